package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintTesting;

/**
 * Building and checking the words:* and sentence:* constraints in tests
 * ({@link ConstraintTesting}).
 */
final class WordsAndSentencesTesting extends ConstraintTesting {
  private WordsAndSentencesTesting() {}
}
