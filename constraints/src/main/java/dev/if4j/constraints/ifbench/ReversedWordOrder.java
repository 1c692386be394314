package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code custom:word_reverse}: the answer (the bald eagle) written with its words in reverse order.
 *
 * <p>As the reference: the response is lower-cased, stripped of ASCII punctuation, and its
 * whitespace-separated words are put back in reverse order, joined by single spaces. That text must
 * contain "bald eagle" (so the response has "eagle bald") and be one of the sentences NLTK's Punkt
 * finds in it. With the punctuation gone Punkt finds no sentence boundary, so in practice the
 * second test always holds; it is still asked, as the reference asks it.
 */
public final class ReversedWordOrder extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:word_reverse").factory(ReversedWordOrder::new);

  ReversedWordOrder(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "What animal is the national symbol of the US? Respond to this query, but make your"
        + " sentence in reverse order of what it should be, per word.";
  }

  @Override
  public Verdict check(TextView response) {
    String bare = Py.deleteChars(response.lower(), Py.PUNCTUATION);
    if (!reversedContainsBaldEagle(bare)) {
      return Verdict.notFollowed(() -> "read backwards, the response does not contain \"bald eagle\"");
    }
    List<String> words = Py.splitWhitespace(bare);
    StringBuilder sb = new StringBuilder(response.text().length());
    for (int i = words.size() - 1; i >= 0; i--) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(words.get(i));
    }
    String reversed = sb.toString();
    if (!reversed.contains("bald eagle")) {
      return Verdict.notFollowed(() -> "read backwards, the response does not contain \"bald eagle\"");
    }
    if (!response.sentencesOf(reversed).contains(reversed)) {
      return Verdict.notFollowed(() -> "read backwards, the response is not a single sentence");
    }
    return Verdict.followed(() -> "read backwards, the response is a sentence with \"bald eagle\"");
  }

  /**
   * Whether the words of {@code s}, reversed and joined by single spaces, contain "bald eagle",
   * without building them: "bald" must end a word and "eagle" begin the word before it in {@code
   * s} (the space between them is the one that joins the two).
   */
  static boolean reversedContainsBaldEagle(String s) {
    int n = s.length();
    int prevStart = -1;
    int prevEnd = -1;
    for (int i = 0; i < n; ) {
      while (i < n && Py.isSpace(s.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      while (i < n && !Py.isSpace(s.charAt(i))) i++;
      if (prevStart >= 0 && s.startsWith("eagle", prevStart) && prevEnd - prevStart >= 5
          && i - start >= 4 && s.startsWith("bald", i - 4)) {
        return true;
      }
      prevStart = start;
      prevEnd = i;
    }
    return false;
  }
}
