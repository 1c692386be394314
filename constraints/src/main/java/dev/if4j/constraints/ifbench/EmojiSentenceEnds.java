package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.emoji.Emoji;
import java.util.List;

/**
 * {@code format:emoji}: every sentence ends with an emoji.
 *
 * <p>Sentences are NLTK Punkt's ({@code nltk.sent_tokenize}). Each sentence, with ASCII
 * punctuation deleted and then stripped, must be non-empty and have an emoji ({@code
 * emoji.is_emoji} of a single code point) as its last or second-to-last code point; failing that,
 * an emoji opening the next sentence (after the same clean-up) also counts, since Punkt often
 * puts a trailing emoji at the start of the following sentence. Quirks kept: a sentence of
 * punctuation only (a lone {@code "..."}) fails at once; the second-to-last check lets one
 * non-emoji character follow the emoji ({@code "Hi 😀a"} passes); multi-code-point emoji are
 * judged by their last code point or the one before it ({@code ❤️} is {@code ❤} + U+FE0F, and
 * U+2764 is an emoji), and a flag (two regional indicators) is no emoji at all; a response with no
 * sentence passes.
 */
public final class EmojiSentenceEnds extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:emoji").factory(EmojiSentenceEnds::new);

  EmojiSentenceEnds(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Please use an emoji at the end of every sentence.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    // Punkt finds at least one sentence in any text that is not blank, and the first one can only
    // pass with an emoji in it or in the next one; so without any emoji the answer is no, and
    // the (costly) sentence split can be skipped.
    if (!containsEmoji(text) && !Py.isBlank(text)) {
      return Verdict.notFollowed(() -> "the response contains no emoji");
    }
    List<String> sentences = response.get(Counts.SENTENCES);
    int n = sentences.size();
    for (int i = 0; i < n; i++) {
      String s = sentences.get(i);
      int number = i + 1;
      int[] ends = lastTwo(s);
      if (ends == null) {
        return Verdict.notFollowed(() -> "sentence " + number + " has nothing but punctuation");
      }
      if (Emoji.isEmoji(ends[0]) || Emoji.isEmoji(ends[1])) continue;
      if (i == n - 1) {
        return Verdict.notFollowed(() -> "the last sentence (" + number + ") does not end with an emoji");
      }
      int first = first(sentences.get(i + 1));
      if (first < 0) {
        return Verdict.notFollowed(() -> "sentence " + (number + 1) + " has nothing but punctuation");
      }
      if (!Emoji.isEmoji(first)) {
        return Verdict.notFollowed(() -> "sentence " + number + " does not end with an emoji");
      }
    }
    return Verdict.followed(() -> "all " + n + " sentence" + (n == 1 ? "" : "s") + " end with an emoji");
  }

  // The reference looks at t = sentence.translate(<delete string.punctuation>).strip(). Rather than
  // build t, these read its ends from the sentence: t ends at the last code point that is neither
  // punctuation nor whitespace, and the code point before it in t is the previous one that is not
  // punctuation (whitespace inside t counts). When t is a single code point, the whitespace that
  // may precede it stands in for the reference's t[-1]: that makes no difference, as t[-1] has
  // then been tested already and whitespace is never an emoji.

  /** {@code [t[-1], t[-2] if len(t) > 1 else t[-1]]}, or null when t is empty. */
  private static int[] lastTwo(String s) {
    int i = s.length();
    int last = -1;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      i -= Character.charCount(cp);
      if (!Py.isPunctuation(cp) && !Py.isSpace(cp)) {
        last = cp;
        break;
      }
    }
    if (last < 0) return null;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      i -= Character.charCount(cp);
      if (!Py.isPunctuation(cp)) return new int[] {last, cp};
    }
    return new int[] {last, last};
  }

  private static boolean containsEmoji(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Emoji.isEmoji(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** {@code t[0]}, or -1 when t is empty. */
  private static int first(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Py.isPunctuation(cp) && !Py.isSpace(cp)) return cp;
      i += Character.charCount(cp);
    }
    return -1;
  }
}
