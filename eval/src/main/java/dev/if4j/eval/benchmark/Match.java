package dev.if4j.eval.benchmark;

/**
 * How a benchmark prompt found its response.
 *
 * @param how the rule that matched
 * @param response the matched response, or null when {@link How#NONE}
 */
public record Match(How how, ResponseRecord response) {
  /** The matching rules, in the order they are tried. */
  public enum How {
    /** The response row's {@code key} equals the prompt's. */
    KEY("by_key"),
    /** Same prompt text. */
    PROMPT("by_prompt"),
    /** Same prompt text after Python's {@code strip()} on both. */
    STRIPPED_PROMPT("by_stripped_prompt"),
    /** Same row position, in files shown to be parallel (see {@link ResponseMatcher}). */
    POSITION("by_position"),
    /** No response: every instruction of the prompt is scored not followed. */
    NONE("unmatched");

    private final String label;

    How(String label) {
      this.label = label;
    }

    /** The name used in {@code summary.json}. */
    public String label() {
      return label;
    }
  }

  public boolean matched() {
    return how != How.NONE;
  }
}
