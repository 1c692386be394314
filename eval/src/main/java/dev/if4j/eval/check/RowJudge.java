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
import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.llm.judge.LlmJudge;
import dev.if4j.constraints.iffunctions.IfFunctions;
import dev.if4j.constraints.Registries;
import dev.if4j.eval.io.BadInputException;
import dev.if4j.eval.io.RowParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Judges parsed rows with an {@link Evaluator}, turning what is wrong with a row's instructions
 * (an unknown id, an invalid argument, a prompt-repeating instruction without a prompt) into {@link
 * BadInputException}s that name the file, the line and the field. Thread-safe.
 *
 * <p>Each kind of {@link GroundTruth} meets its judge here:
 *
 * <ul>
 *   <li>{@link GroundTruth.Instructions}: the registry, as read;
 *   <li>{@link GroundTruth.Checkers} (VerInstruct): each {@code [rule]} checker by running its
 *       Python ({@link VerinstructRules#PYTHON}, through the {@link RuleRunner}) or through the
 *       registry instruction it states ({@link CheckerMapper}); the {@code [llm]} checkers together
 *       by the LLM judge, one verdict appended ({@link #JUDGE_ID}). A row with a checker that cannot
 *       be judged so ({@code [llm]} without a judge, or, in the registry mode, a rule no instruction
 *       states) is bad input that lists, per checker, what maps and what does not. Untagged
 *       checkers are ignored, as VerIF ignores them;
 *   <li>{@link GroundTruth.Instructions} with {@code soft_constraints}: the registry, then the judge's
 *       verdict about them appended;
 *   <li>{@link GroundTruth.FunctionCall} (RLVR-IFeval): {@link #judgeFunctionCall}.
 * </ul>
 */
public final class RowJudge {
  /** The id of a VerInstruct rule verdict when the rule's Python was run (its checker is in the row). */
  public static final String RULE_ID = "verinstruct:rule";
  /** The id of the one verdict the LLM judge gives a row (about all its [llm] checkers or soft constraints). */
  public static final String JUDGE_ID = "verif:llm_judge";

  /**
   * What VerInstruct rows and soft constraints need besides the evaluator.
   *
   * @param rules how {@code [rule]} checkers are judged
   * @param runner runs their Python ({@link VerinstructRules#PYTHON}), or {@code null}
   * @param judge the LLM judge of {@code [llm]} checkers and {@code soft_constraints}, or {@code null}
   *     (then rows that need one are bad input)
   * @param policy what a failed judge call means: {@code fail} makes the row bad input naming the
   *     failure, {@code exclude} leaves the judge verdict out, {@code zero} reports it as not followed
   */
  public record Verif(VerinstructRules rules, RuleRunner runner, LlmJudge judge, JudgePolicy policy) {
    public Verif {
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(policy, "policy");
      if (rules == VerinstructRules.PYTHON && runner == null) {
        throw new IllegalArgumentException("running [rule] checkers' Python needs a rule runner");
      }
    }

    /** Rules through the registry, no judge: what check did before rules could run. */
    public static Verif registryOnly() {
      return new Verif(VerinstructRules.REGISTRY, null, null, JudgePolicy.FAIL);
    }
  }

  private final Evaluator evaluator;
  private final Supplier<Verif> verifSource;
  private volatile Verif verif;
  private volatile IfFunctions functions;
  private final Map<String, Evaluator> byRegistry = new ConcurrentHashMap<>();

  public RowJudge(Evaluator evaluator) {
    this(evaluator, Verif.registryOnly());
  }

  public RowJudge(Evaluator evaluator, Verif verif) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.verif = Objects.requireNonNull(verif);
    this.verifSource = () -> verif;
  }

  /**
   * A judge whose {@link Verif} is made when a row first needs it (a VerInstruct row or one with
   * soft constraints): finding out whether the Python sandbox runs here starts processes, which a
   * run of IFEval rows should not wait for.
   */
  public RowJudge(Evaluator evaluator, Supplier<Verif> verif) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.verifSource = Objects.requireNonNull(verif);
  }

  /** What VerInstruct rows and soft constraints need (made now if it was deferred). */
  public Verif verif() {
    Verif v = verif;
    if (v == null) {
      synchronized (verifSource) {
        v = verif;
        if (v == null) verif = v = Objects.requireNonNull(verifSource.get(), "verif");
      }
    }
    return v;
  }

  /** The {@link Verif} if it was made, else null (without making it). */
  public Verif verifIfMade() {
    return verif;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /** The verdicts of {@code parsed}, a row of {@code source}. */
  public RowVerdict judge(String source, RowParser.Parsed parsed, boolean explain) {
    return switch (parsed.truth()) {
      case GroundTruth.Instructions in -> withJudge(source, parsed, judgeInstructions(source, parsed, parsed.row(),
          new Fields(idsField(in.format()), argsField(in.format()), null), explain),
          in.hasSoftConstraints() ? in.softConstraints() : List.of(), softField(in.format()), in.hasSoftConstraints(), explain);
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
    List<String> llm = checkers.checkers().stream().filter(c -> c.kind() == GroundTruth.Kind.LLM)
        .map(GroundTruth.Checker::checker).toList();
    if (verif().rules() == VerinstructRules.PYTHON || verif().judge() != null) {
      if (!llm.isEmpty() && verif().judge() == null) {
        throw new BadInputException(source, parsed.line(), field, llm.size() + " [llm] checker" + (llm.size() == 1 ? "" : "s")
            + " need an LLM judge (--judge-endpoint and --judge-model) (" + checkers.format().cliName() + " format)");
      }
      RowVerdict rules = verif().rules() == VerinstructRules.PYTHON
          ? runRules(parsed, checkers, explain)
          : mappedRules(source, parsed, checkers, field, explain, true);
      return withJudge(source, parsed, rules, llm, field, !llm.isEmpty(), explain);
    }
    return mappedRules(source, parsed, checkers, field, explain, false);
  }

  /** Each {@code [rule]} checker's Python, run as VerIF runs it; strict and loose are its one verdict. */
  private RowVerdict runRules(RowParser.Parsed parsed, GroundTruth.Checkers checkers, boolean explain) {
    String answer = parsed.row().response();
    List<InstructionVerdict> out = new ArrayList<>();
    for (GroundTruth.Checker c : checkers.checkers()) {
      if (c.kind() != GroundTruth.Kind.RULE) continue;
      RuleRunner.Outcome o = verif().runner().run(c, answer);
      String reason = !explain ? ""
          : o.reason() != null ? "checkers[" + c.index() + "]: no verdict (counts as not followed): " + o.reason()
          : "checkers[" + c.index() + "]: check_following returned a " + (o.passed() ? "truthy" : "falsy") + " value";
      out.add(new InstructionVerdict(RULE_ID, o.passed(), o.passed(), false, reason,
          explain && o.passed() ? LooseVariant.AS_IS : null));
    }
    return new RowVerdict(parsed.row().id(), out);
  }

  /**
   * {@code verdict} with the LLM judge's verdict about {@code constraints} appended, when {@code
   * ask}. The judge sees the row's prompt and answer; verdict 1 (or more) is followed.
   */
  private RowVerdict withJudge(String source, RowParser.Parsed parsed, RowVerdict verdict, List<String> constraints,
      String field, boolean ask, boolean explain) {
    if (!ask) return verdict;
    if (verif().judge() == null) {
      throw new BadInputException(source, parsed.line(), field, "the row has constraints for an LLM judge;"
          + " if4j check and serve judge them with --judge-endpoint and --judge-model");
    }
    JudgeOutcome o = verif().judge().judge(parsed.row().prompt(), parsed.row().response(), constraints).join();
    InstructionVerdict judged;
    if (o.failed()) {
      switch (verif().policy()) {
        case FAIL -> throw new BadInputException(source, parsed.line(), field, "the LLM judge failed: " + o.failure());
        case EXCLUDE -> {
          return verdict;
        }
        default -> judged = new InstructionVerdict(JUDGE_ID, false, false, false,
            explain ? "the LLM judge failed (counted as verdict 0): " + o.failure() : "", null);
      }
    } else {
      boolean followed = o.verdict() >= 1;
      judged = new InstructionVerdict(JUDGE_ID, followed, followed, false,
          explain ? "judge verdict [[" + o.verdict() + "]]" + (o.cached() ? " (cached)" : "") : "",
          explain && followed ? LooseVariant.AS_IS : null);
    }
    List<InstructionVerdict> all = new ArrayList<>(verdict.instructions());
    all.add(judged);
    return new RowVerdict(verdict.id(), all);
  }

  private RowVerdict mappedRules(String source, RowParser.Parsed parsed, GroundTruth.Checkers checkers, String field,
      boolean explain, boolean llmJudged) {
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
        case LLM -> {
          if (!llmJudged) unjudgeable.add(at + " needs an LLM judge: " + quote(c.text()));
        }
        case RULE -> {
          var mapping = m.map(c.text());
          if (mapping.isPresent()) {
            ids.add(mapping.get().instructionId());
            args.add(mapping.get().args());
            index.add(c.index());
            mapped.add(at + " -> " + mapping.get().instructionId());
          } else {
            unjudgeable.add(at + " states no " + m.registry().name()
                + " instruction (rules are judged through the registry here; --verinstruct-rules python runs their Python): "
                + quote(c.text()));
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
    if (ids.isEmpty()) return new RowVerdict(base.id(), List.of());
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
    return CheckerMapper.of(evaluator.registry());
  }

  private static String idsField(GroundTruthFormat format) {
    return switch (format) {
      case VERL -> "reward_model.ground_truth.instruction_id_list";
      case OPEN_INSTRUCT -> "ground_truth[0].instruction_id";
      default -> "instruction_id_list";
    };
  }

  private static String softField(GroundTruthFormat format) {
    return format == GroundTruthFormat.VERL ? "reward_model.ground_truth.soft_constraints" : "soft_constraints";
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
