package dev.if4j.constraints;

/**
 * Judging stopped because its thread was interrupted: the caller (a reward server whose sample ran
 * out of time) wants the CPU back, and the row has no verdict. The thread's interrupt flag stays
 * set, so that code further up still sees the interrupt.
 *
 * <p>Unchecked so that it passes through {@link Constraint#check}'s callers untouched; {@link
 * Evaluator} never turns it into a "not followed" verdict.
 */
public final class JudgingInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JudgingInterruptedException(String rowId) {
    super("judging of row " + rowId + " was interrupted");
  }

  /**
   * Throws when the current thread has been interrupted (leaving its flag set); judging loops call
   * it between units of work that take at most a few milliseconds.
   */
  static void checkInterrupt(String rowId) {
    if (Thread.currentThread().isInterrupted()) throw new JudgingInterruptedException(rowId);
  }
}
