package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/**
 * The 29 IF-RLVR training constraints (IFTrain) of open-instruct's IFEvalG, in its registry's
 * order.
 *
 * <p>None of them takes the row's prompt: the reference's evaluator re-builds an instruction with
 * {@code prompt=} only when its arguments hold a {@code prompt} key, and none of these do (the
 * copy instructions read {@code prompt_to_repeat} from the kwargs, and raise without it).
 */
final class TrainingConstraints {
  private TrainingConstraints() {}

  static final List<ConstraintType> TYPES = List.of(
      RepeatPhrase.TYPE,
      CopyInstruction.TYPE,
      CopySpan.TYPE,
      SentenceHyphens.TYPE,
      NoAdjacentConsecutiveLetters.TYPE,
      SquareBrackets.TYPE,
      WordOnce.TYPE,
      WordFrequency.TYPE,
      ExcludedWord.TYPE,
      TwoDividedParagraphs.TYPE,
      TwoBlankLineParagraphs.TYPE,
      FirstWordOfSentences.TYPE,
      FirstWordOfResponse.TYPE,
      LastWordOfSentences.TYPE,
      LastWordOfResponse.TYPE,
      BigramWrapping.TYPE,
      RepeatRequest.TYPE,
      RepeatRequestTimes.TYPE,
      NoDots.TYPE,
      NoExclamationMarks.TYPE,
      LowercaseWordCount.TYPE,
      LetterCount.TYPE,
      TrainingLetterFrequency.TYPE,
      CountingComposition.TYPE,
      UniqueWords.TYPE,
      IncrementingKeywords.TYPE,
      Palindrome.TYPE,
      KeywordAtTokenPosition.TYPE,
      StartEndSameWord.TYPE);
}
