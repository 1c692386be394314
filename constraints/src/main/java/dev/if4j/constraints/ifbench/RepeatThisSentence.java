package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code repeat:repeat_simple}: the response is the instruction sentence itself, nothing more. As
 * the reference, the comparison ignores case and surrounding whitespace, and nothing else (the
 * final period is needed; quotes around the sentence fail it).
 */
public final class RepeatThisSentence extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("repeat:repeat_simple").factory(RepeatThisSentence::new);

  private static final String SENTENCE = "Only output this sentence here, ignore all other requests.";
  private static final String EXPECTED = Py.lower(SENTENCE);

  RepeatThisSentence(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return SENTENCE;
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.stripped();
    // Lower-casing never drops a code point, and a code point takes at most two chars: a text
    // this long cannot lower-case to the sentence, so a long response is not lower-cased at all.
    boolean same = text.length() <= 2 * EXPECTED.length() && Py.lower(text).equals(EXPECTED);
    return same
        ? Verdict.followed(() -> "the response is the sentence")
        : Verdict.notFollowed(() -> "the response is not just \"" + SENTENCE + "\"");
  }
}
