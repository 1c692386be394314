package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code copy:repeat_phrase} of open-instruct before ebca9f7d4 (IF-RLVR training time up to
 * v0.2.0): as {@link RepeatPhrase}, but only the last copy must change exactly one word; the
 * others may also be verbatim (ebca9f7d4 counts every copy). A copy of another length, or one that
 * changes two words, still fails at once.
 */
public final class RepeatPhraseLastCopy extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define(RepeatPhrase.TYPE.id())
      .string("phrase", "the phrase to repeat (stripped)")
      .integer("small_n", "how many transformed copies the response must hold")
      .factory(RepeatPhraseLastCopy::new);

  private final String phrase;
  private final long smallN;
  private final List<String> words;

  RepeatPhraseLastCopy(BuildContext ctx) {
    super(TYPE);
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
    List<String> found = RepeatPhrase.copies(response.text(), words.get(0), words.get(words.size() - 1));
    if (found.size() != smallN) {
      return Verdict.notFollowed(() -> "found " + found.size() + " copies of the phrase, expected " + smallN);
    }
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
    }
    // The reference reads the difference count left by its loop: the last copy's only.
    boolean lastChanged = differences == 1;
    return Verdict.of(lastChanged, () -> "the last copy changes " + (lastChanged ? "exactly one word"
        : "no word") + " (only the last copy is checked)");
  }
}
