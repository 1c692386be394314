package dev.if4j.judging;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.constraints.groundtruth.CheckerMapper;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.iffunctions.IfFunctions;
import dev.if4j.text.io.InputProblemException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one judging core: a ground truth, a prompt and an answer in; rule verdicts and the LLM judge's
 * pending request out. {@code eval}'s row judge, {@code reward}'s function and {@code data}'s scorer
 * are adapters over it: they word their own checks of a row or sample first (with their locations),
 * read the answer as the format's verifier reads it, and shape what comes out.
 *
 * <p>Each kind of {@link GroundTruth} meets its judge here:
 *
 * <ul>
 *   <li>{@link GroundTruth.Instructions}: the evaluator's registry; {@code soft_constraints} become
 *       the pending judge request;
 *   <li>{@link GroundTruth.Checkers} (VerInstruct): each {@code [rule]} checker by running its Python
 *       ({@link Verification#runsRules()}) or through the registry instruction it states; the
 *       {@code [llm]} checkers together become the pending judge request. Untagged checkers are
 *       ignored, as VerIF ignores them;
 *   <li>{@link GroundTruth.FunctionCall} (RLVR-IFeval): open-instruct's {@code if_functions.py}
 *       ({@link IfFunctions}); the reference has no loose variants, so strict and loose are its one
 *       verdict, and where it raises the verdict is "not followed" and names the exception.
 * </ul>
 *
 * <p>Input problems are {@link InputProblemException}s whose field path is relative to the ground
 * truth ({@code kwargs[1]}, {@code checkers[2]}); callers put their part in front. Thread-safe.
 */
public final class Judge {
  private final Evaluator evaluator;
  private final Supplier<Verification> verification;
  /** The registry whose descriptions rule checkers are read as (its mapper is made on first use: it is costly). */
  private final Registry checkerRegistry;
  private volatile IfFunctions functions;

  public Judge(Evaluator evaluator, Verification verification) {
    this(evaluator, constant(verification));
  }

  /** A judge whose {@link Verification} is asked for when a ground truth first needs it. */
  public Judge(Evaluator evaluator, Supplier<Verification> verification) {
    this(evaluator, verification, evaluator.registry());
  }

  /**
   * A judge whose rule checkers state instructions of {@code checkerRegistry} (a row that names its
   * own registry is judged by it, while its checkers are read as the run's registry words them).
   */
  public Judge(Evaluator evaluator, Supplier<Verification> verification, Registry checkerRegistry) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.verification = Objects.requireNonNull(verification);
    this.checkerRegistry = Objects.requireNonNull(checkerRegistry);
  }

  private static Supplier<Verification> constant(Verification v) {
    Objects.requireNonNull(v);
    return () -> v;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  public Verification verification() {
    return verification.get();
  }

  /**
   * The verdicts of {@code answer} against {@code truth}.
   *
   * @param rowId the id the verdicts are computed under (for interrupts and messages)
   * @param prompt the row's prompt ("" when it has none)
   * @param answer the response, already read as the format's verifier reads it
   * @param explain whether verdicts carry reasons
   * @param loose whether loose verdicts are computed (else each equals the strict one)
   * @throws InputProblemException when the ground truth cannot be judged (an invalid argument, a
   *     rule that states no instruction where rules are judged through the registry)
   */
  public Judgment judge(PreparedTruth truth, String rowId, String prompt, String answer, boolean explain,
      boolean loose) {
    return switch (truth.truth()) {
      case GroundTruth.Instructions in -> new Judgment(
          instructions(truth, rowId, prompt, answer, in.ids(), in.args(), null, explain, loose),
          in.hasSoftConstraints() ? new JudgeRequest(prompt, answer, in.softConstraints()) : null);
      case GroundTruth.Checkers ch -> new Judgment(checkerRules(truth, ch, rowId, prompt, answer, explain, loose),
          new JudgeRequest(prompt, answer, RuleChecks.judgeConstraints(ch.checkers())));
      case GroundTruth.FunctionCall fc -> new Judgment(List.of(functionCall(fc, answer, explain)), null);
    };
  }

  /**
   * The registry instructions {@code truth}'s rule checkers state (made once per ground truth and
   * registry); an adapter words what does not map in its own terms before judging.
   */
  public RuleChecks.Mapping mapping(PreparedTruth truth) {
    return truth.mapping(mapper());
  }

  /**
   * {@link #mapping}, refusing a rule that states no instruction: the first such checker is the
   * field ({@code checkers[2]}).
   */
  public RuleChecks.Mapping requireMapping(PreparedTruth truth) {
    RuleChecks.Mapping m = mapping(truth);
    if (!m.unmapped().isEmpty()) {
      GroundTruth.Checker c = m.unmapped().get(0);
      throw InputProblemException.inField("checkers[" + c.index() + "]", "states no " + m.mapper().registry().name()
          + " instruction, and [rule] checkers are judged through the registry (--verinstruct-rules registry):"
          + " '" + c.text() + "'");
    }
    return m;
  }

  /** The mapper of rule checkers onto registry instructions (made on first use, then shared). */
  public CheckerMapper mapper() {
    return CheckerMapper.of(checkerRegistry);
  }

  private List<InstructionVerdict> checkerRules(PreparedTruth truth, GroundTruth.Checkers ch, String rowId,
      String prompt, String answer, boolean explain, boolean loose) {
    Verification v = verification();
    if (v.runsRules()) return RuleChecks.run(RuleChecks.rules(ch.checkers()), answer, v.runner(), explain);
    RuleChecks.Mapping m = requireMapping(truth);
    if (m.ids().isEmpty()) return List.of();
    return instructions(truth, rowId, prompt, answer, m.ids(), m.args(), m.checkerIndex(), explain, loose);
  }

  /**
   * Registry instructions judged; {@code checkerIndex} (or null) says which checker stated each,
   * for the field of an invalid argument.
   */
  private List<InstructionVerdict> instructions(PreparedTruth truth, String rowId, String prompt, String answer,
      List<String> ids, List<Args> args, List<Integer> checkerIndex, boolean explain, boolean loose) {
    List<Evaluator.Built> built = built(truth, new Row(rowId, prompt, answer, ids, args), checkerIndex);
    return evaluator.evaluate(rowId, answer, built, explain, loose).instructions();
  }

  /**
   * Builds {@code truth}'s registry instructions for {@code prompt} now, so that a caller with many
   * answers to one ground truth (a GRPO group) has a bad one refused before any answer, even with
   * none. A no-op for other ground truths.
   *
   * @throws InputProblemException as {@link #judge} does
   */
  public void prepare(PreparedTruth truth, String rowId, String prompt) {
    if (truth.truth() instanceof GroundTruth.Instructions in) {
      built(truth, new Row(rowId, prompt, "", in.ids(), in.args()), null);
    }
  }

  private List<Evaluator.Built> built(PreparedTruth truth, Row row, List<Integer> checkerIndex) {
    List<String> ids = row.instructionIds();
    try {
      return truth.built(evaluator, row);
    } catch (UnknownInstructionException e) {
      throw InputProblemException.inField(field("instruction_id_list", unknownAt(ids, e), checkerIndex),
          e.getMessage(), e);
    } catch (ArgumentException e) {
      int at = Math.max(0, ids.indexOf(e.instructionId()));
      throw InputProblemException.inField(field("kwargs", at, checkerIndex), e.getMessage(), e);
    }
  }

  /** The first id the registry does not know (it is the one {@link Evaluator#build} stopped at). */
  private int unknownAt(List<String> ids, UnknownInstructionException e) {
    for (int i = 0; i < ids.size(); i++) {
      if (!evaluator.registry().contains(ids.get(i))) return i;
    }
    return 0;
  }

  private static String field(String list, int at, List<Integer> checkerIndex) {
    return checkerIndex == null ? list + "[" + at + "]" : "checkers[" + checkerIndex.get(at) + "]";
  }

  private InstructionVerdict functionCall(GroundTruth.FunctionCall call, String answer, boolean explain) {
    IfFunctions.Outcome outcome = functions().outcomeOnAnswer(call.json(), answer);
    boolean followed = outcome.followed();
    return new InstructionVerdict(call.funcName(), followed, followed, false,
        explain ? outcome.verdict().reason() : "", explain && followed ? LooseVariant.AS_IS : null);
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
}
