package dev.if4j.reward;

/** A sample of a batch cannot be judged: which one ({@link #index()}), and why ({@link #getCause()}). */
public final class SampleInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int index;

  public SampleInputException(int index, RewardInputException cause) {
    super("sample " + index + ": " + cause.getMessage(), cause);
    this.index = index;
  }

  public int index() {
    return index;
  }

  @Override
  public synchronized RewardInputException getCause() {
    return (RewardInputException) super.getCause();
  }
}
