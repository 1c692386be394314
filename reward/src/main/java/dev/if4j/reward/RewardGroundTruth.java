package dev.if4j.reward;

import dev.if4j.text.io.Json;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.groundtruth.AnswerExtraction;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthException;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.text.Py;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sample's ground truth: the instructions its response must follow, with their arguments, and
 * how the format's own verifier reads a response.
 *
 * <p>This is the one place where the reward plane decodes ground truth, on top of the shared
 * {@link GroundTruthParser}. A sample's {@code ground_truth} may be:
 *
 * <ul>
 *   <li>the verl/IFEval shape: an object, or a JSON string holding one (even encoded twice), with
 *       {@code instruction_id_list} and {@code kwargs}. {@code null} arguments are dropped (parquet
 *       and the Hugging Face copy fill every key of every instruction); leniently for trainers'
 *       data, a missing {@code kwargs}, a {@code null} entry (no arguments) and an entry that is a
 *       JSON string are accepted;
 *   <li>open-instruct's: a Python-literal list (text, or an array) whose element 0 holds {@code
 *       instruction_id} and {@code kwargs}, or that element alone as an object; the answer is then
 *       read as open-instruct's verifier reads it ({@link AnswerExtraction#OPEN_INSTRUCT}).
 * </ul>
 *
 * <ul>
 *   <li>VerIF's VerInstruct ground truth: {@code {"checkers", "functions"}} (an object or a JSON
 *       string of one, as VerIF's verl files hold it), judged as a hybrid sample;
 *   <li>the verl/IFEval shape with {@code soft_constraints}, an array of strings for the LLM judge
 *       next to the registry instructions (also hybrid).
 * </ul>
 *
 * Any of these may come wrapped in verl's {@code reward_model} object ({@code {"style": "rule",
 * "ground_truth": ...}}), as a whole column of verl's parquet is passed on by OpenRLHF and TRL.
 *
 * <p>Arrays (numpy's, after {@code tolist()}) arrive as JSON arrays. RLVR-IFeval function calls
 * ({@code func_name}) are a format of {@code if4j check}, not judged here.
 *
 * <p>A ground truth also keeps the constraints last built from it: GRPO scores a group of responses
 * (16, say) against one ground truth, and constraints are immutable, so the group builds them once
 * when its samples share this object (the server makes identical ground truths of a request share one).
 */
public final class RewardGroundTruth {
  private final List<String> instructionIds;
  private final List<Args> kwargs;
  private final AnswerExtraction extraction;
  private final List<GroundTruth.Checker> checkers;
  private final List<String> softConstraints;
  private volatile BuiltFor cache;
  private volatile Mapped mapped;

  /** The registry instructions a VerInstruct sample's rule checkers state, found once per mapper. */
  record Mapped(Object mapper, List<String> ids, List<Args> args, List<Integer> checkerIndex) {}

  private record BuiltFor(Evaluator evaluator, String prompt, List<Evaluator.Built> built) {}

  /**
   * @param instructionIds the instruction ids, in order, at least one
   * @param kwargs the arguments of each instruction (same length)
   */
  public RewardGroundTruth(List<String> instructionIds, List<Args> kwargs) {
    this(instructionIds, kwargs, AnswerExtraction.NONE);
  }

  /** As above, for a format whose verifier reads the response through {@code extraction}. */
  public RewardGroundTruth(List<String> instructionIds, List<Args> kwargs, AnswerExtraction extraction) {
    this(instructionIds, kwargs, extraction, null, null);
  }

  private RewardGroundTruth(List<String> instructionIds, List<Args> kwargs, AnswerExtraction extraction,
      List<GroundTruth.Checker> checkers, List<String> softConstraints) {
    this.instructionIds = List.copyOf(instructionIds);
    this.kwargs = List.copyOf(kwargs);
    this.extraction = Objects.requireNonNull(extraction);
    this.checkers = checkers == null ? null : List.copyOf(checkers);
    this.softConstraints = softConstraints == null ? null : List.copyOf(softConstraints);
    if (instructionIds.size() != kwargs.size()) {
      throw new IllegalArgumentException(instructionIds.size() + " instruction ids but " + kwargs.size() + " kwargs");
    }
    if (instructionIds.isEmpty() && checkers == null && softConstraints == null) {
      throw new RewardInputException("instruction_id_list", "is empty: there is nothing to judge");
    }
  }

  /** Registry instructions with constraints in words for the LLM judge ({@code soft_constraints}). */
  public static RewardGroundTruth withSoftConstraints(List<String> instructionIds, List<Args> kwargs,
      AnswerExtraction extraction, List<String> softConstraints) {
    return new RewardGroundTruth(instructionIds, kwargs, extraction, null, Objects.requireNonNull(softConstraints));
  }

  /** VerInstruct's checkers (VerIF's own ground truth). */
  public static RewardGroundTruth ofCheckers(List<GroundTruth.Checker> checkers) {
    return new RewardGroundTruth(List.of(), List.of(), AnswerExtraction.VERIF, Objects.requireNonNull(checkers), null);
  }

  /** Whether this is VerInstruct's checkers rather than registry instructions. */
  public boolean isCheckers() {
    return checkers != null;
  }

  /** Whether the sample has a part for the LLM judge: checkers, or a {@code soft_constraints} list. */
  public boolean isHybrid() {
    return checkers != null || softConstraints != null;
  }

  /** The checkers (empty unless {@link #isCheckers}). */
  public List<GroundTruth.Checker> checkers() {
    return checkers == null ? List.of() : checkers;
  }

  /** The {@code [rule]} checkers, in order. */
  public List<GroundTruth.Checker> ruleCheckers() {
    return checkers().stream().filter(c -> c.kind() == GroundTruth.Kind.RULE).toList();
  }

  /**
   * What the judge is asked about: the {@code [llm]} checkers as written (tag included, as VerIF
   * passes them), or the {@code soft_constraints}; empty for a plain sample.
   */
  public List<String> judgeConstraints() {
    if (checkers != null) {
      return checkers.stream().filter(c -> c.kind() == GroundTruth.Kind.LLM).map(GroundTruth.Checker::checker).toList();
    }
    return softConstraints == null ? List.of() : softConstraints;
  }

  /** The field that holds what the judge is asked about, for messages. */
  String judgeField() {
    return checkers != null ? "checkers" : "soft_constraints";
  }

  Mapped mapped() {
    return mapped;
  }

  void mapped(Mapped m) {
    this.mapped = m;
  }

  public List<String> instructionIds() {
    return instructionIds;
  }

  public List<Args> kwargs() {
    return kwargs;
  }

  /** How the response is read before judging (beyond the reward's own trace removal). */
  public AnswerExtraction extraction() {
    return extraction;
  }

  /** How many verdicts the rule part has: the instructions, or the {@code [rule]} checkers. */
  public int size() {
    return checkers != null ? (int) checkers.stream().filter(c -> c.kind() == GroundTruth.Kind.RULE).count()
        : instructionIds.size();
  }

  /** The constraints of {@code row} (built from this ground truth), built once per evaluator and prompt. */
  List<Evaluator.Built> built(Evaluator evaluator, Row row) {
    BuiltFor c = cache;
    if (c != null && c.evaluator == evaluator && c.prompt.equals(row.prompt())) return c.built;
    List<Evaluator.Built> built = evaluator.build(row);
    cache = new BuiltFor(evaluator, row.prompt(), built);
    return built;
  }

  @Override
  public String toString() {
    if (checkers != null) return "RewardGroundTruth" + checkers().stream().map(GroundTruth.Checker::checker).toList();
    return "RewardGroundTruth" + instructionIds + kwargs + (softConstraints == null ? "" : " soft" + softConstraints);
  }

  /**
   * Decodes {@code raw}: a {@link Map} (parsed JSON), a {@link List}, a JSON or Python-literal
   * string, or an already decoded ground truth. Errors name the field relative to the ground truth
   * ({@code kwargs[1]}, {@code [0].kwargs[2]}).
   */
  public static RewardGroundTruth decode(Object raw) {
    if (raw instanceof RewardGroundTruth gt) return gt;
    Object value = parsedText(raw);
    // verl's whole reward_model column ({"style": "rule", "ground_truth": ...}): one parquet then
    // serves verl, OpenRLHF (--data.label_key reward_model) and TRL alike.
    // Unwrapped once only: a wrapper in the wrapper is refused as a ground truth without instructions.
    if (value instanceof Map<?, ?> map && isVerlRewardModel(map)) {
      try {
        return decodeParsed(parsedText(map.get(GROUND_TRUTH)));
      } catch (RewardInputException e) {
        throw e.within(GROUND_TRUTH);
      }
    }
    return decodeParsed(value);
  }

  /** {@link #decode} of a value whose text layers are already parsed. */
  private static RewardGroundTruth decodeParsed(Object value) {
    GroundTruth parsed;
    String strip = "";
    try {
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> obj = stringKeys("", map);
        if (obj.get(IDS) != null) {
          strip = "";
          parsed = GroundTruthParser.parse(lenient(obj, IDS), GroundTruthFormat.IFEVAL);
        } else if (obj.get("instruction_id") != null) {
          strip = "ground_truth[0]";
          parsed = GroundTruthParser.parse(Map.of("ground_truth", List.of(lenient(obj, "instruction_id"))),
              GroundTruthFormat.OPEN_INSTRUCT);
        } else if (obj.get("checkers") != null) {
          parsed = GroundTruthParser.parse(obj, GroundTruthFormat.VERINSTRUCT);
        } else if (obj.containsKey("func_name")) {
          throw new RewardInputException("func_name",
              "RLVR-IFeval function calls are not judged by the reward server;"
                  + " give instruction_id_list and kwargs (or judge these rows with if4j check)");
        } else {
          throw new RewardInputException(obj.containsKey(IDS) ? IDS : "", obj.containsKey(IDS) ? "is null"
              : "expected instruction_id_list and kwargs; found keys " + obj.keySet());
        }
      } else if (value instanceof List<?> || value instanceof String s && startsWith(s, '[', '(')) {
        strip = "ground_truth";
        parsed = GroundTruthParser.parse(Map.of("ground_truth", value), GroundTruthFormat.OPEN_INSTRUCT);
      } else {
        throw new RewardInputException("", "expected an object with instruction_id_list and kwargs, a JSON string"
            + " holding one, or open-instruct's list; got " + Json.kind(value));
      }
    } catch (GroundTruthException e) {
      // The format is worth naming only when it is not the plain one.
      String problem = e.format() == GroundTruthFormat.IFEVAL ? e.problem() : e.problemInFormat();
      throw new RewardInputException(relative(e.field(), strip), problem, e);
    }
    if (parsed instanceof GroundTruth.Checkers ch) return ofCheckers(ch.checkers());
    if (!(parsed instanceof GroundTruth.Instructions ins)) {
      throw new RewardInputException("", "not a list of registry instructions");
    }
    if (ins.hasSoftConstraints()) {
      return withSoftConstraints(ins.ids(), ins.args(), ins.extraction(), ins.softConstraints());
    }
    return new RewardGroundTruth(ins.ids(), ins.args(), ins.extraction());
  }

  private static final String IDS = "instruction_id_list";
  private static final String GROUND_TRUTH = "ground_truth";

  /** A JSON object or string in a string (a JSON column written with json.dumps again): parsed. */
  private static Object parsedText(Object raw) {
    Object value = raw;
    for (int depth = 0; depth < 2 && value instanceof String s && startsWith(s, '{', '"'); depth++) {
      value = parseJson(s);
    }
    return value;
  }

  /**
   * verl's {@code reward_model} object: a {@code ground_truth} and nothing that a ground truth itself
   * holds (its other keys, {@code style}, say nothing about judging).
   */
  private static boolean isVerlRewardModel(Map<?, ?> map) {
    return map.get(GROUND_TRUTH) != null && !map.containsKey(IDS) && !map.containsKey("instruction_id")
        && !map.containsKey("checkers");
  }

  /**
   * The IFEval shape with what trainers' files do that the strict reader refuses: no {@code
   * kwargs} (no arguments at all), a {@code null} entry (none for that instruction), an entry
   * written as a JSON string.
   */
  private static Map<String, Object> lenient(Map<String, Object> obj, String idsKey) {
    if (!(obj.get(idsKey) instanceof List<?> ids)) return obj;
    Object kw = obj.get("kwargs");
    if (kw != null && !(kw instanceof List<?>)) return obj;
    List<?> given = kw == null ? null : (List<?>) kw;
    List<Object> entries = new ArrayList<>();
    int n = given == null ? ids.size() : given.size();
    boolean changed = given == null;
    for (int i = 0; i < n; i++) {
      Object e = given == null ? null : given.get(i);
      if (e == null) {
        entries.add(Map.of());
        changed = true;
      } else if (e instanceof String text) {
        entries.add(parseJson("kwargs[" + i + "]", text));
        changed = true;
      } else {
        entries.add(e);
      }
    }
    if (!changed) return obj;
    Map<String, Object> out = new LinkedHashMap<>(obj);
    out.put("kwargs", entries);
    return out;
  }

  /** {@code field} of the parser's row, relative to the sample's ground truth. */
  private static String relative(String field, String strip) {
    if (field == null) return "";
    if (strip.isEmpty() || !field.startsWith(strip)) return field;
    String rest = field.substring(strip.length());
    return rest.startsWith(".") ? rest.substring(1) : rest;
  }

  private static boolean startsWith(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Py.isSpace(c)) continue;
      return c == a || c == b;
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stringKeys(String field, Map<?, ?> m) {
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) throw new RewardInputException(field, "keys must be strings, got " + k);
    }
    return (Map<String, Object>) m;
  }

  private static Object parseJson(String s) {
    return parseJson("", s);
  }

  private static Object parseJson(String field, String s) {
    try {
      return JsonTree.parse(s);
    } catch (IOException e) {
      throw new RewardInputException(field, "a string that is not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
