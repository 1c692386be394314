package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code words:*} and {@code sentence:*} constraints. */
final class WordsAndSentences {
  private WordsAndSentences() {}

  static final List<ConstraintType> TYPES = List.of();
}
