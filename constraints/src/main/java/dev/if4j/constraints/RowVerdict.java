package dev.if4j.constraints;

import java.util.List;

/** The verdicts of every instruction of a row, in the row's order. */
public record RowVerdict(String id, List<InstructionVerdict> instructions) {
  public RowVerdict {
    instructions = List.copyOf(instructions);
  }

  public boolean[] strict() {
    boolean[] out = new boolean[instructions.size()];
    for (int i = 0; i < out.length; i++) out[i] = instructions.get(i).strict();
    return out;
  }

  public boolean[] loose() {
    boolean[] out = new boolean[instructions.size()];
    for (int i = 0; i < out.length; i++) out[i] = instructions.get(i).loose();
    return out;
  }

  public boolean followsAllStrict() {
    return instructions.stream().allMatch(InstructionVerdict::strict);
  }

  public boolean followsAllLoose() {
    return instructions.stream().allMatch(InstructionVerdict::loose);
  }
}
