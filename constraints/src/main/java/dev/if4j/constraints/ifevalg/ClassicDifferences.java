package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/**
 * IFEvalG's copies of the classic IFEval instructions, where they behave differently from Google's:
 * none, so the flavour keeps Google's checkers for all 25 classic ids.
 *
 * <p>Audit of open-instruct's {@code open_instruct/IFEvalG} (HEAD, and the first version of it,
 * commit 878147126) against google-research {@code instruction_following_eval}: the 25 classic
 * classes are Google's code reformatted, with loops folded into {@code any()}/{@code all()}/{@code
 * bool()} (same results, same exceptions, same random draws, same description texts);
 * {@code instructions_util}'s {@code count_words}, {@code count_sentences}, {@code
 * split_into_sentences}, {@code generate_keywords}, {@code WORD_LIST} (the same 1,525 words) and
 * {@code LANGUAGE_CODES} are identical; {@code INSTRUCTION_DICT} maps each classic id to the class
 * of the same name. Differentially, 10,387 classic instructions taken from the ifeval, ifevalg and
 * ifbench fuzz goldens got identical verdicts from both references.
 *
 * <p>A variant added here must say in one line what differs and why, and parameterise the Google
 * class rather than copy it.
 */
final class ClassicDifferences {
  private ClassicDifferences() {}

  static final List<ConstraintType> TYPES = List.of();
}
