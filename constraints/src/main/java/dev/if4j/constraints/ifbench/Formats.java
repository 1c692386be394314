package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code format:*} constraints. */
final class Formats {
  private Formats() {}

  static final List<ConstraintType> TYPES = List.of(
      NestedBrackets.TYPE,
      NestedQuotes.TYPE,
      OptionAnswer.TYPE,
      WordPerLine.TYPE,
      EmojiSentenceEnds.TYPE,
      IndentStairs.TYPE,
      QuoteExplanations.TYPE,
      SeparatorList.TYPE,
      ItalicThesis.TYPE,
      SubBullets.TYPE,
      SentencesThenBullets.TYPE,
      TitleCase.TYPE,
      OutputTemplate.TYPE,
      NoWhitespace.TYPE);
}
