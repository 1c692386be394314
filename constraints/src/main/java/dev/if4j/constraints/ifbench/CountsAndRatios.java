package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code count:*} and {@code ratio:*} constraints. */
final class CountsAndRatios {
  private CountsAndRatios() {}

  static final List<ConstraintType> TYPES = List.of(
      WordCountRange.TYPE,
      UniqueWordCount.TYPE,
      StopWordRatio.TYPE,
      SentenceTypeRatio.TYPE,
      SentenceBalance.TYPE,
      Conjunctions.TYPE,
      PersonNames.TYPE,
      TrigramOverlap.TYPE,
      NumbersCount.TYPE,
      PunctuationCover.TYPE,
      EqualLengthSentences.TYPE,
      JapaneseEveryNthWord.TYPE,
      Pronouns.TYPE,
      KeywordsMultiple.TYPE);
}
