package dev.if4j.reward;

import dev.if4j.text.io.Json;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.groundtruth.AnswerExtraction;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.judging.PreparedTruth;
import dev.if4j.judging.RuleChecks;
import dev.if4j.text.Py;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  private final PreparedTruth prepared;

  /**
   * @param instructionIds the instruction ids, in order, at least one
   * @param kwargs the arguments of each instruction (same length)
   */
  public RewardGroundTruth(List<String> instructionIds, List<Args> kwargs) {
    this(new GroundTruth.Instructions(GroundTruthFormat.IFEVAL, instructionIds, kwargs));
  }

  private RewardGroundTruth(GroundTruth truth) {
    if (truth instanceof GroundTruth.Instructions in && in.ids().isEmpty() && !in.hasSoftConstraints()) {
      throw InputProblemException.inField("instruction_id_list", "is empty: there is nothing to judge");
    }
    this.prepared = new PreparedTruth(truth);
  }

  /** VerInstruct's checkers (VerIF's own ground truth). */
  public static RewardGroundTruth ofCheckers(List<GroundTruth.Checker> checkers) {
    return new RewardGroundTruth(new GroundTruth.Checkers(GroundTruthFormat.VERINSTRUCT, checkers));
  }

  /** The ground truth, with what judging it made once (shared by the samples of a group). */
  public PreparedTruth prepared() {
    return prepared;
  }

  private GroundTruth truth() {
    return prepared.truth();
  }

  /** Whether this is VerInstruct's checkers rather than registry instructions. */
  public boolean isCheckers() {
    return truth() instanceof GroundTruth.Checkers;
  }

  /** Whether the sample has a part for the LLM judge: checkers, or a {@code soft_constraints} list. */
  public boolean isHybrid() {
    return isCheckers() || truth() instanceof GroundTruth.Instructions in && in.hasSoftConstraints();
  }

  /** The checkers (empty unless {@link #isCheckers}). */
  public List<GroundTruth.Checker> checkers() {
    return truth() instanceof GroundTruth.Checkers ch ? ch.checkers() : List.of();
  }

  /** The {@code [rule]} checkers, in order. */
  public List<GroundTruth.Checker> ruleCheckers() {
    return RuleChecks.rules(checkers());
  }

  /**
   * What the judge is asked about: the {@code [llm]} checkers as written (tag included, as VerIF
   * passes them), or the {@code soft_constraints}; empty for a plain sample.
   */
  public List<String> judgeConstraints() {
    return switch (truth()) {
      case GroundTruth.Checkers ch -> RuleChecks.judgeConstraints(ch.checkers());
      case GroundTruth.Instructions in -> in.hasSoftConstraints() ? in.softConstraints() : List.of();
      case GroundTruth.FunctionCall fc -> List.of();
    };
  }

  /** The field that holds what the judge is asked about, for messages. */
  String judgeField() {
    return isCheckers() ? "checkers" : "soft_constraints";
  }

  public List<String> instructionIds() {
    return truth() instanceof GroundTruth.Instructions in ? in.ids() : List.of();
  }

  public List<Args> kwargs() {
    return truth() instanceof GroundTruth.Instructions in ? in.args() : List.of();
  }

  /** How the response is read before judging (beyond the reward's own trace removal). */
  public AnswerExtraction extraction() {
    return truth().extraction();
  }

  /** How many verdicts the rule part has: the instructions, or the {@code [rule]} checkers. */
  public int size() {
    return isCheckers() ? ruleCheckers().size() : instructionIds().size();
  }

  @Override
  public String toString() {
    if (isCheckers()) return "RewardGroundTruth" + checkers().stream().map(GroundTruth.Checker::checker).toList();
    List<String> soft = judgeConstraints();
    return "RewardGroundTruth" + instructionIds() + kwargs() + (isHybrid() ? " soft" + soft : "");
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
      } catch (InputProblemException e) {
        throw e.within(GROUND_TRUTH);
      }
    }
    return decodeParsed(value);
  }

  /** {@link #decode} of a value whose text layers are already parsed. */
  private static RewardGroundTruth decodeParsed(Object value) {
    GroundTruth parsed;
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> obj = stringKeys("", map);
      if (obj.get(IDS) != null) {
        parsed = parse(lenient(obj, IDS), GroundTruthFormat.IFEVAL, "");
      } else if (obj.get("instruction_id") != null) {
        parsed = parse(Map.of("ground_truth", List.of(lenient(obj, "instruction_id"))), GroundTruthFormat.OPEN_INSTRUCT,
            "ground_truth[0]");
      } else if (obj.get("checkers") != null) {
        parsed = parse(obj, GroundTruthFormat.VERINSTRUCT, "");
      } else if (obj.containsKey("func_name")) {
        throw InputProblemException.inField("func_name",
            "RLVR-IFeval function calls are not judged by the reward server;"
                + " give instruction_id_list and kwargs (or judge these rows with if4j check)");
      } else {
        throw InputProblemException.inField(obj.containsKey(IDS) ? IDS : "", obj.containsKey(IDS) ? "is null"
            : "expected instruction_id_list and kwargs; found keys " + obj.keySet());
      }
    } else if (value instanceof List<?> || value instanceof String s && startsWith(s, '[', '(')) {
      parsed = parse(Map.of("ground_truth", value), GroundTruthFormat.OPEN_INSTRUCT, "ground_truth");
    } else {
      throw InputProblemException.inField("", "expected an object with instruction_id_list and kwargs, a JSON string"
          + " holding one, or open-instruct's list; got " + Json.kind(value));
    }
    if (parsed instanceof GroundTruth.FunctionCall) {
      throw InputProblemException.inField("", "not a list of registry instructions");
    }
    return new RewardGroundTruth(parsed);
  }

  /**
   * The shared parser's reading of {@code row} as {@code format}; a problem's field is made relative
   * to the sample's ground truth ({@code strip} removed from its front).
   */
  private static GroundTruth parse(Map<String, ?> row, GroundTruthFormat format, String strip) {
    try {
      return GroundTruthParser.parse(row, format);
    } catch (InputProblemException e) {
      // The format is worth naming only when it is not the plain one.
      String plain = GroundTruthParser.inFormat(GroundTruthFormat.IFEVAL);
      String problem = format == GroundTruthFormat.IFEVAL && e.problem().endsWith(plain)
          ? e.problem().substring(0, e.problem().length() - plain.length()) : e.problem();
      throw InputProblemException.inField(relative(e.field(), strip), problem, e);
    }
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
      if (!(k instanceof String)) throw InputProblemException.inField(field, "keys must be strings, got " + k);
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
      throw InputProblemException.inField(field, "a string that is not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
