package dev.if4j.eval.check;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.groundtruth.CheckerMapper;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.iffunctions.IfFunctions;
import dev.if4j.eval.Registries;
import dev.if4j.eval.io.BadInputException;
import dev.if4j.eval.io.RowParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges parsed rows with an {@link Evaluator}, turning what is wrong with a row's instructions
 * (an unknown id, an invalid argument, a prompt-repeating instruction without a prompt) into {@link
 * BadInputException}s that name the file, the line and the field. Thread-safe.
 *
 * <p>Each kind of {@link GroundTruth} meets its judge here:
 *
 * <ul>
 *   <li>{@link GroundTruth.Instructions}: the registry, as read;
 *   <li>{@link GroundTruth.Checkers} (VerInstruct): each {@code [rule]} checker through the registry
 *       instruction it states ({@link CheckerMapper}); a row with a checker that cannot be judged
 *       so ({@code [llm]}, or a rule no instruction states) is bad input that lists, per checker,
 *       what maps and what does not. Untagged checkers are ignored, as VerIF ignores them;
 *   <li>{@link GroundTruth.FunctionCall} (RLVR-IFeval): {@link #judgeFunctionCall}.
 * </ul>
 */
public final class RowJudge {
  private final Evaluator evaluator;
  private volatile CheckerMapper mapper;
  private volatile IfFunctions functions;
  private final Map<String, Evaluator> byRegistry = new ConcurrentHashMap<>();

  public RowJudge(Evaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator);
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /** The verdicts of {@code parsed}, a row of {@code source}. */
  public RowVerdict judge(String source, RowParser.Parsed parsed, boolean explain) {
    return switch (parsed.truth()) {
      case GroundTruth.Instructions in -> judgeInstructions(source, parsed, parsed.row(),
          new Fields(idsField(in.format()), argsField(in.format()), null), explain);
      case GroundTruth.Checkers ch -> judgeCheckers(source, parsed, ch, explain);
      case GroundTruth.FunctionCall fc -> judgeFunctionCall(parsed, fc, explain);
    };
  }

  /** Where a row's instruction ids and arguments are, for messages. */
  private record Fields(String ids, String args, int[] checkerIndex) {
    String id(int i) {
      return checkerIndex != null ? ids + "[" + checkerIndex[i] + "]" : ids + "[" + i + "]";
    }

    String arg(int i) {
      return checkerIndex != null ? args + "[" + checkerIndex[i] + "]" : args + "[" + i + "]";
    }
  }

  private RowVerdict judgeInstructions(String source, RowParser.Parsed parsed, Row row, Fields fields,
      boolean explain) {
    Evaluator evaluator = evaluatorFor(parsed);
    Registry registry = evaluator.registry();
    List<String> ids = row.instructionIds();
    for (int i = 0; i < ids.size(); i++) {
      ConstraintType type;
      try {
        type = registry.get(ids.get(i));
      } catch (UnknownInstructionException e) {
        throw new BadInputException(source, parsed.line(), fields.id(i), e.getMessage(), e);
      }
      if (!parsed.hasPrompt() && type.takesPrompt()) {
        throw new BadInputException(source, parsed.line(), "prompt",
            "missing, and instruction " + type.id() + " needs the row's prompt");
      }
    }
    List<Evaluator.Built> built;
    try {
      built = evaluator.build(row);
    } catch (ArgumentException e) {
      int at = Math.max(0, ids.indexOf(e.instructionId()));
      throw new BadInputException(source, parsed.line(), fields.arg(at), e.getMessage(), e);
    }
    return evaluator.evaluate(row.id(), row.response(), built, explain);
  }

  private RowVerdict judgeCheckers(String source, RowParser.Parsed parsed, GroundTruth.Checkers checkers,
      boolean explain) {
    String field = checkers.format() == GroundTruthFormat.VERL ? "reward_model.ground_truth.checkers" : "checkers";
    CheckerMapper m = mapper();
    List<String> ids = new ArrayList<>();
    List<Args> args = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<String> mapped = new ArrayList<>();
    List<String> unjudgeable = new ArrayList<>();
    for (GroundTruth.Checker c : checkers.checkers()) {
      String at = "[" + c.index() + "]";
      switch (c.kind()) {
        case UNTAGGED -> { }
        case LLM -> unjudgeable.add(at + " needs an LLM judge: " + quote(c.text()));
        case RULE -> {
          var mapping = m.map(c.text());
          if (mapping.isPresent()) {
            ids.add(mapping.get().instructionId());
            args.add(mapping.get().args());
            index.add(c.index());
            mapped.add(at + " -> " + mapping.get().instructionId());
          } else {
            unjudgeable.add(at + " states no " + m.registry().name()
                + " instruction (running its Python is not supported): " + quote(c.text()));
          }
        }
      }
    }
    if (!unjudgeable.isEmpty()) {
      throw new BadInputException(source, parsed.line(), field, "cannot judge " + unjudgeable.size() + " of "
          + checkers.checkers().size() + " checkers: " + String.join("; ", unjudgeable)
          + (mapped.isEmpty() ? "" : "; mapped: " + String.join(", ", mapped))
          + " (" + checkers.format().cliName() + " format)");
    }
    Row base = parsed.row();
    Row row = new Row(base.id(), base.prompt(), base.response(), ids, args);
    int[] checkerIndex = index.stream().mapToInt(Integer::intValue).toArray();
    return judgeInstructions(source, parsed, row, new Fields(field, field, checkerIndex), explain);
  }

  /**
   * The one place where RLVR-IFeval rows meet a judge: open-instruct's {@code if_functions.py}
   * (see {@link IfFunctions}). The row's response is already cut to the answer as open-instruct
   * cuts it. The reference's verifier has no loose variants, so strict and loose are its one
   * verdict; where the reference raises, the verdict is "not followed" and names the exception.
   */
  private RowVerdict judgeFunctionCall(RowParser.Parsed parsed, GroundTruth.FunctionCall call,
      boolean explain) {
    IfFunctions.Outcome outcome = functions().outcomeOnAnswer(call.json(), parsed.row().response());
    boolean followed = outcome.followed();
    String reason = explain ? outcome.verdict().reason() : "";
    return new RowVerdict(parsed.row().id(), List.of(new InstructionVerdict(
        call.funcName(), followed, followed, false, reason, explain && followed ? LooseVariant.AS_IS : null)));
  }

  private IfFunctions functions() {
    IfFunctions f = functions;
    if (f == null) {
      synchronized (this) {
        f = functions;
        if (f == null) functions = f = new IfFunctions(evaluator.tools());
      }
    }
    return f;
  }

  /** The run's evaluator, or one over the registry the row names in its {@code "registry"} field. */
  private Evaluator evaluatorFor(RowParser.Parsed parsed) {
    String name = parsed.registry();
    if (name == null || name.equals(evaluator.registry().name())) return evaluator;
    return byRegistry.computeIfAbsent(name,
        n -> new Evaluator(withRunFixes(Registries.byName(n)), evaluator.tools()));
  }

  /**
   * The registry a row names, with the run's fixes: a fixed run ({@code --registry ifeval-fixed})
   * judges it with its fixed flavour, a run with chosen fixes with those of them that apply.
   */
  private Registry withRunFixes(Registry named) {
    Registry run = evaluator.registry();
    if (run.fixes().isEmpty() || !named.fixes().isEmpty()) return named;
    if (Fixes.isFixedName(run.name())) return Fixes.fixed(named);
    return Fixes.enable(named, run.fixes().stream().filter(id -> Fixes.appliesTo(id, named)).toList());
  }

  private CheckerMapper mapper() {
    CheckerMapper m = mapper;
    if (m == null) {
      // Built once, on the first VerInstruct row: templates from every registry instruction.
      synchronized (this) {
        m = mapper;
        if (m == null) mapper = m = CheckerMapper.of(evaluator.registry());
      }
    }
    return m;
  }

  private static String idsField(GroundTruthFormat format) {
    return switch (format) {
      case VERL -> "reward_model.ground_truth.instruction_id_list";
      case OPEN_INSTRUCT -> "ground_truth[0].instruction_id";
      default -> "instruction_id_list";
    };
  }

  private static String argsField(GroundTruthFormat format) {
    return switch (format) {
      case VERL -> "reward_model.ground_truth.kwargs";
      case OPEN_INSTRUCT -> "ground_truth[0].kwargs";
      default -> "kwargs";
    };
  }

  private static String quote(String text) {
    String t = text.length() <= 80 ? text : text.substring(0, 77) + "...";
    return "'" + t + "'";
  }
}
