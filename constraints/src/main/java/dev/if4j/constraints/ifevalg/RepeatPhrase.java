package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code copy:repeat_phrase}: the response holds the phrase exactly {@code small_n} times, each
 * copy with exactly one word changed.
 *
 * <p>A copy is what the reference's {@code re.findall(first + " .*? " + last)} finds: the phrase's
 * first word and a space, then the shortest run without a newline up to a space and the last
 * word, leftmost first and non-overlapping. Every copy must have as many words as the phrase (else
 * the instruction fails at once), and each must differ from it in exactly one position.
 *
 * <p>Quirks kept: {@code small_n} 0 is drawn at random like a missing one; a phrase of whitespace
 * only makes the reference raise {@code IndexError} in every check (not followed here).
 * Difference: the reference builds its regex from the phrase's words; we match them literally,
 * so words with regex metacharacters ({@code "C++"}, {@code "e.g."}) mean what they say.
 *
 * <p>The version before ebca9f7d4 is this class configured differently ({@link #LAST_COPY}).
 */
public final class RepeatPhrase extends TypedConstraint {
  public static final ConstraintType TYPE = declare()
      .factory(ctx -> new RepeatPhrase(ctx, RepeatPhrase.TYPE, false));

  /**
   * open-instruct before ebca9f7d4 (IF-RLVR training time up to v0.2.0): only the last copy must
   * change exactly one word; the others may also be verbatim (ebca9f7d4 counts every copy). A copy
   * of another length, or one that changes two words, still fails at once.
   */
  public static final ConstraintType LAST_COPY = declare()
      .factory(ctx -> new RepeatPhrase(ctx, RepeatPhrase.LAST_COPY, true));

  private static ConstraintType.Builder declare() {
    return ConstraintType.define("copy:repeat_phrase")
        .string("phrase", "the phrase to repeat (stripped)")
        .integer("small_n", "how many transformed copies the response must hold");
  }

  private final boolean lastCopyOnly;
  private final String phrase;
  private final long smallN;
  private final List<String> words;

  private RepeatPhrase(BuildContext ctx, ConstraintType type, boolean lastCopyOnly) {
    super(type);
    this.lastCopyOnly = lastCopyOnly;
    String given = ctx.args().string("phrase");
    this.phrase = given == null || given.isEmpty() ? ctx.choice(TrainingArgs.PHRASES) : Py.strip(given);
    this.smallN = TrainingArgs.nonZeroOrDraw(ctx, "small_n", 2, 3);
    this.words = Py.splitWhitespace(phrase);
  }

  @Override
  public String describe() {
    return "Repeat the phrase " + phrase + " exactly " + smallN
        + " times, transforming it slightly each time by replacing only one word in the center of the phrase.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("phrase", phrase, "small_n", smallN);
  }

  @Override
  public Verdict check(TextView response) {
    if (words.isEmpty()) {
      return Verdict.notFollowed(() -> "the phrase is blank (the reference raises IndexError)");
    }
    List<String> found = copies(response.text(), words.get(0), words.get(words.size() - 1));
    if (found.size() != smallN) {
      return Verdict.notFollowed(() -> "found " + found.size() + " copies of the phrase, expected " + smallN);
    }
    int transformed = 0;
    int differences = 0;
    for (String copy : found) {
      List<String> copyWords = Py.splitWhitespace(copy);
      if (copyWords.size() != words.size()) {
        return Verdict.notFollowed(() -> "the copy " + TrainingTexts.quote(copy) + " has "
            + copyWords.size() + " words, the phrase " + words.size());
      }
      differences = 0;
      for (int i = 0; i < words.size(); i++) {
        if (!copyWords.get(i).equals(words.get(i)) && ++differences > 1) {
          return Verdict.notFollowed(() -> "the copy " + TrainingTexts.quote(copy)
              + " changes more than one word");
        }
      }
      if (differences == 1) transformed++;
    }
    if (lastCopyOnly) {
      // The reference read the difference count left by its loop: the last copy's only.
      boolean lastChanged = differences == 1;
      return Verdict.of(lastChanged, () -> "the last copy changes "
          + (lastChanged ? "exactly one word" : "no word") + " (only the last copy is checked)");
    }
    int changed = transformed;
    return Verdict.of(changed == smallN, () -> changed + " of " + found.size()
        + " copies change exactly one word, expected " + smallN);
  }

  /**
   * The matches of {@code first + " " + ".*?" + " " + last}. Linear in the text's and the words'
   * length: the head, the tail and the newline are each found by one left-to-right pass, the next
   * {@code " " + last} and the next newline remembered while the start moves right.
   */
  static List<String> copies(String text, String first, String last) {
    String head = first + " ";
    String tail = " " + last;
    Needle.Scan heads = Needle.of(head).scan(text, 0);
    Needle.Scan tails = Needle.of(tail).scan(text, 0);
    List<String> out = new ArrayList<>();
    int pos = 0;
    int tailAt = -2;
    int newlineAt = -2;
    while (true) {
      int start = heads.nextFrom(pos);
      if (start < 0) break;
      int middle = start + head.length();
      if (tailAt != -1 && tailAt < middle) tailAt = tails.nextFrom(middle);
      if (tailAt < 0) break;
      if (newlineAt != -1 && newlineAt < middle) newlineAt = text.indexOf('\n', middle);
      if (newlineAt >= 0 && newlineAt < tailAt) {
        pos = start + 1;
        continue;
      }
      int end = tailAt + tail.length();
      out.add(text.substring(start, end));
      pos = end;
    }
    return out;
  }
}
