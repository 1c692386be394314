package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code custom:*} and {@code repeat:*} constraints. */
final class CustomAndRepeat {
  private CustomAndRepeat() {}

  static final List<ConstraintType> TYPES = List.of(
      MultiplesOfSeven.TYPE,
      MultipleChoiceQuestions.TYPE,
      AfricanCountriesReversed.TYPE,
      ReversedWordOrder.TYPE,
      ReversedCharacters.TYPE,
      AlphabeticalSentenceStarts.TYPE,
      EuropeanCapitalsByLatitude.TYPE,
      CityCsv.TYPE,
      SpecialCharacterCsv.TYPE,
      QuotedTabCsv.TYPE,
      NapoleonBattleDates.TYPE,
      RepeatWithNewFirstWord.TYPE,
      RepeatThisSentence.TYPE,
      RepeatPromptSpan.TYPE);
}
