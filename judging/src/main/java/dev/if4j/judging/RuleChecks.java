package dev.if4j.judging;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.constraints.groundtruth.CheckerMapper;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.RuleRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * VerInstruct's {@code [rule]} checkers, judged either way: their Python run by a {@link RuleRunner}
 * (as VerIF runs it), or the registry instruction each states ({@link CheckerMapper}).
 */
public final class RuleChecks {
  /** The id of a rule verdict when the rule's Python was run (its checker is in the ground truth). */
  public static final String RULE_ID = "verinstruct:rule";

  private RuleChecks() {}

  /** The {@code [rule]} checkers of {@code checkers}, in order. */
  public static List<GroundTruth.Checker> rules(List<GroundTruth.Checker> checkers) {
    return checkers.stream().filter(c -> c.kind() == GroundTruth.Kind.RULE).toList();
  }

  /** What the LLM judge is asked about: the {@code [llm]} checkers as written (tag included, as VerIF passes them). */
  public static List<String> judgeConstraints(List<GroundTruth.Checker> checkers) {
    return checkers.stream().filter(c -> c.kind() == GroundTruth.Kind.LLM).map(GroundTruth.Checker::checker).toList();
  }

  /**
   * Each of {@code rules}' Python run on {@code answer}: one {@link #RULE_ID} verdict each, strict and
   * loose alike (VerIF has no loose). A run without a verdict (raised, timed out) is not followed.
   */
  public static List<InstructionVerdict> run(List<GroundTruth.Checker> rules, String answer, RuleRunner runner,
      boolean explain) {
    List<InstructionVerdict> out = new ArrayList<>(rules.size());
    for (GroundTruth.Checker c : rules) {
      RuleRunner.Outcome o = runner.run(c, answer);
      String reason = !explain ? ""
          : o.reason() != null ? "no verdict (counts as not followed): " + o.reason()
          : o.passed() ? "check_following returned a truthy value" : "check_following returned a falsy value";
      out.add(new InstructionVerdict(RULE_ID, o.passed(), o.passed(), false, reason,
          explain && o.passed() ? LooseVariant.AS_IS : null));
    }
    return out;
  }

  /**
   * The registry instructions that {@code [rule]} checkers state.
   *
   * @param mapper the mapper it was made with (a cached mapping is reused only for the same one)
   * @param ids the stated instructions, in checker order
   * @param args their arguments
   * @param checkerIndex each instruction's checker ({@link GroundTruth.Checker#index()})
   * @param unmapped the rule checkers that state no instruction
   */
  public record Mapping(CheckerMapper mapper, List<String> ids, List<Args> args, List<Integer> checkerIndex,
      List<GroundTruth.Checker> unmapped) {
    public Mapping {
      ids = List.copyOf(ids);
      args = List.copyOf(args);
      checkerIndex = List.copyOf(checkerIndex);
      unmapped = List.copyOf(unmapped);
    }

    /** Whether checker {@code index} is a rule that states no instruction. */
    public boolean isUnmapped(int index) {
      return unmapped.stream().anyMatch(c -> c.index() == index);
    }

    /** The instruction checker {@code index} states, or null. */
    public String instructionOf(int index) {
      int at = checkerIndex.indexOf(index);
      return at < 0 ? null : ids.get(at);
    }
  }

  /** The registry instructions {@code checkers}' rules state, through {@code mapper}. */
  public static Mapping map(List<GroundTruth.Checker> checkers, CheckerMapper mapper) {
    List<String> ids = new ArrayList<>();
    List<Args> args = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<GroundTruth.Checker> unmapped = new ArrayList<>();
    for (GroundTruth.Checker c : checkers) {
      if (c.kind() != GroundTruth.Kind.RULE) continue;
      var mapping = mapper.map(c.text());
      if (mapping.isEmpty()) {
        unmapped.add(c);
        continue;
      }
      ids.add(mapping.get().instructionId());
      args.add(mapping.get().args());
      index.add(c.index());
    }
    return new Mapping(mapper, ids, args, index, unmapped);
  }
}
