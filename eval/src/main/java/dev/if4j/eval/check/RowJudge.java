package dev.if4j.eval.check;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.Registries;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.RowParser;
import dev.if4j.judging.Judge;
import dev.if4j.judging.JudgeStep;
import dev.if4j.judging.Judgment;
import dev.if4j.judging.PreparedTruth;
import dev.if4j.judging.RuleChecks;
import dev.if4j.judging.Verification;
import dev.if4j.llm.judge.JudgeOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code if4j check}'s adapter over the judging core ({@link Judge}): it words what is wrong with a
 * row's instructions (an unknown id, an invalid argument, a prompt-repeating instruction without a
 * prompt) as {@link InputProblemException}s that name the file, the line and the field as the row's
 * format spells it, and shapes the core's verdicts as a {@link RowVerdict}. Thread-safe.
 *
 * <p>What a row needs beyond the registry:
 *
 * <ul>
 *   <li>{@link GroundTruth.Checkers} (VerInstruct): {@code [rule]} checkers run or mapped (see {@link
 *       Judge}); the {@code [llm]} checkers together by the LLM judge, one verdict appended ({@link
 *       JudgeStep#JUDGE_ID}). A row with a checker that cannot be judged so ({@code [llm]} without a
 *       judge, or, in the registry mode, a rule no instruction states) is bad input that lists, per
 *       checker, what maps and what does not;
 *   <li>{@link GroundTruth.Instructions} with {@code soft_constraints}: the registry, then the judge's
 *       verdict about them appended.
 * </ul>
 */
public final class RowJudge {
  private final Evaluator evaluator;
  private final Supplier<Verification> verifSource;
  private volatile Verification verif;
  /** The run's judge; rows that name another registry get theirs ({@link #judgeFor}). */
  private final Judge judge;
  private final Map<String, Judge> byRegistry = new ConcurrentHashMap<>();

  public RowJudge(Evaluator evaluator) {
    this(evaluator, Verification.registryOnly());
  }

  public RowJudge(Evaluator evaluator, Verification verif) {
    this(evaluator, constant(verif));
    this.verif = verif;
  }

  /**
   * A judge whose {@link Verification} is made when a row first needs it (a VerInstruct row or one
   * with soft constraints): finding out whether the Python sandbox runs here starts processes, which
   * a run of IFEval rows should not wait for.
   */
  public RowJudge(Evaluator evaluator, Supplier<Verification> verif) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.verifSource = Objects.requireNonNull(verif);
    this.judge = new Judge(evaluator, this::verif);
  }

  private static Supplier<Verification> constant(Verification v) {
    Objects.requireNonNull(v);
    return () -> v;
  }

  /** What VerInstruct rows and soft constraints need (made now if it was deferred). */
  public Verification verif() {
    Verification v = verif;
    if (v == null) {
      synchronized (verifSource) {
        v = verif;
        if (v == null) verif = v = Objects.requireNonNull(verifSource.get(), "verif");
      }
    }
    return v;
  }

  /** The {@link Verification} if it was made, else null (without making it). */
  public Verification verifIfMade() {
    return verif;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /** The verdicts of {@code parsed}, a row of {@code source}. */
  public RowVerdict judge(String source, RowParser.Parsed parsed, boolean explain) {
    Row row = parsed.row();
    Judge rowJudge = judgeFor(parsed);
    PreparedTruth truth = new PreparedTruth(judgedTruth(parsed));
    return switch (truth.truth()) {
      case GroundTruth.Instructions in -> {
        Fields fields = new Fields(idsField(in.format()), null);
        requireKnown(source, parsed, rowJudge.evaluator().registry(), in.ids(), fields);
        Judgment judged = judged(source, parsed, rowJudge, truth, explain, in.format());
        yield withJudge(source, parsed, judged, softField(in.format()), explain);
      }
      case GroundTruth.Checkers ch -> judgeCheckers(source, parsed, rowJudge, truth, ch, explain);
      case GroundTruth.FunctionCall fc -> verdict(row, rowJudge.judge(truth, row.id(), row.prompt(), row.response(),
          explain, true).rules());
    };
  }

  /**
   * The row's ground truth with the row's own instructions: a benchmark judges rows whose data it
   * patched ({@code DataPatches}) under their prompt's ground truth, and the row is what is judged.
   */
  private static GroundTruth judgedTruth(RowParser.Parsed parsed) {
    Row row = parsed.row();
    if (parsed.truth() instanceof GroundTruth.Instructions in
        && (in.ids() != row.instructionIds() || in.args() != row.kwargs())) {
      return new GroundTruth.Instructions(in.format(), row.instructionIds(), row.kwargs(), in.softConstraints());
    }
    return parsed.truth();
  }

  /** Where a row's instruction ids are, for messages: by position, or by the checker that stated each. */
  private record Fields(String ids, List<Integer> checkerIndex) {
    String id(int i) {
      return ids + "[" + (checkerIndex != null ? checkerIndex.get(i) : i) + "]";
    }
  }

  /** Refuses an id the registry does not know, and one that repeats the prompt of a row without one. */
  private static void requireKnown(String source, RowParser.Parsed parsed, Registry registry, List<String> ids,
      Fields fields) {
    for (int i = 0; i < ids.size(); i++) {
      ConstraintType type;
      try {
        type = registry.get(ids.get(i));
      } catch (UnknownInstructionException e) {
        throw InputProblemException.atLine(source, parsed.line(), fields.id(i), e.getMessage(), e);
      }
      if (!parsed.hasPrompt() && type.takesPrompt()) {
        throw InputProblemException.atLine(source, parsed.line(), "prompt",
            "missing, and instruction " + type.id() + " needs the row's prompt");
      }
    }
  }

  /** The core's judgment of the row; an invalid argument is named as the row's format spells its field. */
  private static Judgment judged(String source, RowParser.Parsed parsed, Judge judge, PreparedTruth truth,
      boolean explain, GroundTruthFormat format) {
    Row row = parsed.row();
    try {
      return judge.judge(truth, row.id(), row.prompt(), row.response(), explain, true);
    } catch (InputProblemException e) {
      // The cause is what the core met (an ArgumentException), as before: reports read it for a short reason.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw InputProblemException.atLine(source, parsed.line(), groundTruthPrefix(format) + e.field(), e.problem(), cause);
    }
  }

  private RowVerdict judgeCheckers(String source, RowParser.Parsed parsed, Judge rowJudge, PreparedTruth truth,
      GroundTruth.Checkers checkers, boolean explain) {
    String field = groundTruthPrefix(checkers.format()) + "checkers";
    List<String> llm = RuleChecks.judgeConstraints(checkers.checkers());
    Verification v = verif();
    boolean llmJudged = v.runsRules() || v.judge() != null;
    if (llmJudged && !llm.isEmpty() && v.judge() == null) {
      throw InputProblemException.atLine(source, parsed.line(), field, llm.size() + " [llm] checker" + (llm.size() == 1 ? "" : "s")
          + " need an LLM judge (--judge-endpoint and --judge-model) (" + checkers.format().cliName() + " format)");
    }
    if (!v.runsRules()) {
      RuleChecks.Mapping m = rowJudge.mapping(truth);
      requireJudgeable(source, parsed, checkers, m, field, llmJudged);
      requireKnown(source, parsed, rowJudge.evaluator().registry(), m.ids(), new Fields(field, m.checkerIndex()));
    }
    Judgment judged = judged(source, parsed, rowJudge, truth, explain, checkers.format());
    if (v.runsRules() && explain) judged = new Judgment(namingCheckers(judged.rules(), checkers), judged.pending());
    if (!llmJudged || llm.isEmpty()) return verdict(parsed.row(), judged.rules());
    return withJudge(source, parsed, judged, field, explain);
  }

  /** Run rules' reasons, each led by its checker ({@code checkers[2]: ...}): a row has several. */
  private static List<InstructionVerdict> namingCheckers(List<InstructionVerdict> verdicts,
      GroundTruth.Checkers checkers) {
    List<GroundTruth.Checker> rules = RuleChecks.rules(checkers.checkers());
    List<InstructionVerdict> out = new ArrayList<>(verdicts.size());
    for (int i = 0; i < verdicts.size(); i++) {
      InstructionVerdict v = verdicts.get(i);
      out.add(new InstructionVerdict(v.instructionId(), v.strict(), v.loose(), v.referenceRandom(),
          "checkers[" + rules.get(i).index() + "]: " + v.reason(), v.looseVariant()));
    }
    return out;
  }

  /**
   * Refuses a row with checkers that cannot be judged here (rules no instruction states; {@code
   * [llm]} checkers when no judge asks about them), listing each, and what did map.
   */
  private static void requireJudgeable(String source, RowParser.Parsed parsed, GroundTruth.Checkers checkers,
      RuleChecks.Mapping m, String field, boolean llmJudged) {
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
          if (m.isUnmapped(c.index())) {
            unjudgeable.add(at + " states no " + m.mapper().registry().name()
                + " instruction (rules are judged through the registry here; --verinstruct-rules python runs their Python): "
                + quote(c.text()));
          } else {
            mapped.add(at + " -> " + m.instructionOf(c.index()));
          }
        }
      }
    }
    if (!unjudgeable.isEmpty()) {
      throw InputProblemException.atLine(source, parsed.line(), field, "cannot judge " + unjudgeable.size() + " of "
          + checkers.checkers().size() + " checkers: " + String.join("; ", unjudgeable)
          + (mapped.isEmpty() ? "" : "; mapped: " + String.join(", ", mapped))
          + " (" + checkers.format().cliName() + " format)");
    }
  }

  /**
   * The row's verdicts with the LLM judge's verdict about its pending request appended (none when
   * the judgment has none). The judge sees the row's prompt and answer; verdict 1 (or more) is followed.
   */
  private RowVerdict withJudge(String source, RowParser.Parsed parsed, Judgment judged, String field,
      boolean explain) {
    if (!judged.hybrid()) return verdict(parsed.row(), judged.rules());
    Verification v = verif();
    if (v.judge() == null) {
      throw InputProblemException.atLine(source, parsed.line(), field, "the row has constraints for an LLM judge;"
          + " if4j check and serve judge them with --judge-endpoint and --judge-model");
    }
    JudgeOutcome o = judged.pending().askWith(v.judge()).join();
    return switch (JudgeStep.decide(o, v.policy())) {
      case JudgeStep.Failed f ->
          throw InputProblemException.atLine(source, parsed.line(), field, "the LLM judge failed: " + f.failure());
      case JudgeStep.Excluded x -> verdict(parsed.row(), judged.rules());
      case JudgeStep.Counted c -> {
        List<InstructionVerdict> all = new ArrayList<>(judged.rules());
        all.add(JudgeStep.verdict(c, o.cached(), explain));
        yield verdict(parsed.row(), all);
      }
    };
  }

  private static RowVerdict verdict(Row row, List<InstructionVerdict> verdicts) {
    return new RowVerdict(row.id(), verdicts);
  }

  /**
   * The run's judge, or one over the registry the row names in its {@code "registry"} field. Its
   * checkers state instructions of the run's registry all the same.
   */
  private Judge judgeFor(RowParser.Parsed parsed) {
    String name = parsed.registry();
    if (name == null || name.equals(evaluator.registry().name())) return judge;
    return byRegistry.computeIfAbsent(name, n -> new Judge(
        new Evaluator(withRunFixes(Registries.byName(n)), evaluator.tools()), this::verif, evaluator.registry()));
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

  /** Where a format keeps its ground truth's fields, in front of the core's field paths. */
  private static String groundTruthPrefix(GroundTruthFormat format) {
    return switch (format) {
      case VERL -> "reward_model.ground_truth.";
      case OPEN_INSTRUCT -> "ground_truth[0].";
      default -> "";
    };
  }

  private static String idsField(GroundTruthFormat format) {
    return format == GroundTruthFormat.OPEN_INSTRUCT ? "ground_truth[0].instruction_id"
        : groundTruthPrefix(format) + "instruction_id_list";
  }

  private static String softField(GroundTruthFormat format) {
    return format == GroundTruthFormat.VERL ? "reward_model.ground_truth.soft_constraints" : "soft_constraints";
  }

  private static String quote(String text) {
    String t = text.length() <= 80 ? text : text.substring(0, 77) + "...";
    return "'" + t + "'";
  }
}
