package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFEval instructions that count things in the text or judge its language and case. */
final class CountingAndLanguage {
  private CountingAndLanguage() {}

  static final List<ConstraintType> TYPES = List.of(
      ResponseLanguage.TYPE,
      NumberOfSentences.TYPE,
      NumberOfParagraphs.TYPE,
      NumberOfWords.TYPE,
      NthParagraphFirstWord.TYPE,
      IncludeKeywords.TYPE,
      KeywordFrequency.TYPE,
      ForbiddenWords.TYPE,
      LetterFrequency.TYPE,
      CapitalWordFrequency.TYPE,
      EnglishCapital.TYPE,
      EnglishLowercase.TYPE,
      NoComma.TYPE);
}
