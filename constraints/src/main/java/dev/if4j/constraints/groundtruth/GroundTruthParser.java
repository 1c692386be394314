package dev.if4j.constraints.groundtruth;

import static dev.if4j.text.io.Json.describe;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.groundtruth.GroundTruth.Checker;
import dev.if4j.constraints.groundtruth.GroundTruth.Kind;
import dev.if4j.text.Py;
import dev.if4j.text.PyLiteral;
import dev.if4j.text.PyLiteral.PyLiteralException;
import dev.if4j.text.io.InputProblemException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the ground truth of one row, a JSON object given as plain Java values ({@link Map}, {@link
 * List}, {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@code null}), in any
 * {@link GroundTruthFormat}.
 *
 * <h2>Detection</h2>
 *
 * A row's format is told by which of these fields it has (present and not {@code null}); nothing
 * else is guessed:
 *
 * <ul>
 *   <li>{@code instruction_id_list} → {@link GroundTruthFormat#IFEVAL};
 *   <li>{@code reward_model.ground_truth} → {@link GroundTruthFormat#VERL} (a {@code reward_model}
 *       without {@code ground_truth}, as some verl exports of IFEval rows have, points nowhere);
 *   <li>{@code checkers} → {@link GroundTruthFormat#VERINSTRUCT};
 *   <li>{@code ground_truth}, by its value: an array, or a string whose first non-blank character is
 *       {@code [} or {@code (} → {@link GroundTruthFormat#OPEN_INSTRUCT}; an object, or a string
 *       starting with <code>{</code> → {@link GroundTruthFormat#RLVR_IFEVAL}.
 * </ul>
 *
 * None of them, or more than one, is an error that lists the formats tried (or the competing
 * ones): such a row is never judged by a guess. A format named by the caller is read without
 * detection, and a row that lacks its deciding field is an error naming that field.
 *
 * <h2>What each format must hold</h2>
 *
 * <ul>
 *   <li>IFEVAL: {@code instruction_id_list}, an array of strings, and {@code kwargs}, an array of
 *       as many objects; {@code null} argument values are dropped (google/IFEval lists every key).
 *       Optionally {@code soft_constraints}, an array of strings (constraints in words for an LLM
 *       judge; {@code null} is the same as absent). The same three fields inside VERL's ground truth.
 *   <li>VERL: {@code reward_model.ground_truth} is an object, or a JSON string of one, shaped as
 *       IFEVAL's two fields, or as VERINSTRUCT's two fields (VerIF's own verl files), or as an
 *       RLVR-IFeval call.
 *   <li>OPEN_INSTRUCT: as open-instruct's {@code IFEvalVerifier} reads it: {@code
 *       ast.literal_eval(ground_truth)} (here {@link PyLiteral}, which evaluates nothing), element
 *       0 only (the verifier ignores the rest), {@code json.loads} of it when it is a string, then
 *       {@code instruction_id} and {@code kwargs}; a {@code None} kwargs entry means no arguments.
 *       Where the verifier would silently {@code zip} lists of different lengths, this is an error.
 *   <li>RLVR_IFEVAL: {@code func_name} and its arguments ({@code null}s dropped, as open-instruct
 *       passes only the others).
 *   <li>VERINSTRUCT: {@code checkers} and {@code functions}, arrays of strings of one length.
 * </ul>
 */
public final class GroundTruthParser {
  private GroundTruthParser() {}

  private static final String IDS = "instruction_id_list";
  private static final String KWARGS = "kwargs";
  private static final String REWARD_MODEL = "reward_model";
  private static final String GROUND_TRUTH = "ground_truth";
  private static final String CHECKERS = "checkers";
  private static final String FUNCTIONS = "functions";
  private static final String FUNC_NAME = "func_name";
  private static final String SOFT = "soft_constraints";

  /** The formats whose deciding field {@code row} has, in declaration order (see the class comment). */
  public static Set<GroundTruthFormat> candidates(Map<String, ?> row) {
    Set<GroundTruthFormat> out = EnumSet.noneOf(GroundTruthFormat.class);
    if (row.get(IDS) != null) out.add(GroundTruthFormat.IFEVAL);
    if (row.get(REWARD_MODEL) instanceof Map<?, ?> rm && rm.get(GROUND_TRUTH) != null) {
      out.add(GroundTruthFormat.VERL);
    }
    if (row.get(CHECKERS) != null) out.add(GroundTruthFormat.VERINSTRUCT);
    Object gt = row.get(GROUND_TRUTH);
    if (gt != null) {
      GroundTruthFormat f = groundTruthKind(gt);
      if (f == null) {
        throw problem(null, GROUND_TRUTH, "expected a Python-literal list (open-instruct)"
            + " or a JSON object with \"func_name\" (rlvr-ifeval), got " + describeStart(gt));
      }
      out.add(f);
    }
    return out;
  }

  /** The one format {@code row} is in; none or several is an error listing what was tried. */
  public static GroundTruthFormat detect(Map<String, ?> row) {
    Set<GroundTruthFormat> found = candidates(row);
    if (found.size() == 1) return found.iterator().next();
    if (found.isEmpty()) {
      throw problem(null, null, "no ground truth found; formats tried: "
          + EnumSet.allOf(GroundTruthFormat.class).stream()
              .map(f -> f.cliName() + " (" + f.shape() + ")")
              .collect(Collectors.joining("; ")));
    }
    throw problem(null, null, "ambiguous ground truth: the row has "
        + found.stream().map(f -> "'" + f.decidingField() + "' (" + f.cliName() + ")").collect(Collectors.joining(" and "))
        + "; choose the format explicitly (--format " + String.join("|", GroundTruthFormat.names()) + ")");
  }

  /** The ground truth of {@code row}, read as {@code format}, or as detected when it is null. */
  public static GroundTruth parse(Map<String, ?> row, GroundTruthFormat format) {
    GroundTruthFormat f = format != null ? format : detect(row);
    return switch (f) {
      case IFEVAL -> instructions(f, row, "");
      case VERL -> verl(row);
      case OPEN_INSTRUCT -> openInstruct(row);
      case RLVR_IFEVAL -> functionCall(f, required(f, row, GROUND_TRUTH, ""), GROUND_TRUTH);
      case VERINSTRUCT -> checkers(f, row, "");
    };
  }

  /**
   * The row's prompt: {@code prompt}, else {@code messages}; either a string or a chat (an array of
   * {@code {"role", "content"}}), whose last {@code user} message is the prompt. Null when the row
   * has neither field.
   */
  public static String prompt(Map<String, ?> row) {
    String field = row.get("prompt") != null ? "prompt" : row.get("messages") != null ? "messages" : null;
    if (field == null) return null;
    Object v = row.get(field);
    if (v instanceof String s) return s;
    if (!(v instanceof List<?> chat)) {
      throw problem(null, field, "expected a string or a chat (an array of"
          + " {\"role\", \"content\"} objects), got " + describe(v));
    }
    for (int i = chat.size() - 1; i >= 0; i--) {
      if (!(chat.get(i) instanceof Map<?, ?> message)) {
        throw problem(null, field + "[" + i + "]",
            "expected a {\"role\", \"content\"} object, got " + describe(chat.get(i)));
      }
      if ("user".equals(message.get("role"))) {
        Object content = message.get("content");
        if (content instanceof String s) return s;
        throw problem(null, field + "[" + i + "].content",
            "expected a string, got " + describe(content));
      }
    }
    throw problem(null, field, "the chat has no message with \"role\": \"user\"");
  }

  // ---- formats

  private static GroundTruth verl(Map<String, ?> row) {
    GroundTruthFormat f = GroundTruthFormat.VERL;
    Object rm = required(f, row, REWARD_MODEL, "");
    if (!(rm instanceof Map<?, ?> rewardModel)) {
      throw problem(f, REWARD_MODEL, "expected an object, got " + describe(rm));
    }
    String field = REWARD_MODEL + "." + GROUND_TRUTH;
    Map<String, Object> payload = jsonObject(f, required(f, rewardModel, GROUND_TRUTH, REWARD_MODEL + "."), field);
    String prefix = field + ".";
    if (payload.containsKey(IDS)) return instructions(f, payload, prefix);
    if (payload.containsKey(CHECKERS)) return checkers(f, payload, prefix);
    if (payload.containsKey(FUNC_NAME)) return functionCall(f, payload, field);
    throw problem(f, field, "expected {\"instruction_id_list\", \"kwargs\"},"
        + " {\"checkers\", \"functions\"} or {\"func_name\", ...}; found keys " + keys(payload));
  }

  private static GroundTruth openInstruct(Map<String, ?> row) {
    GroundTruthFormat f = GroundTruthFormat.OPEN_INSTRUCT;
    Object gt = required(f, row, GROUND_TRUTH, "");
    Object literal;
    if (gt instanceof String text) {
      try {
        literal = PyLiteral.parse(text);
      } catch (PyLiteralException e) {
        throw problem(f, GROUND_TRUTH, "not a Python literal: " + e.getMessage(), e);
      }
    } else if (gt instanceof List<?>) {
      literal = gt;
    } else {
      throw problem(f, GROUND_TRUTH,
          "expected a string holding a Python list, got " + describe(gt));
    }
    if (!(literal instanceof List<?> list)) {
      throw problem(f, GROUND_TRUTH,
          "expected a list (open-instruct reads its element 0), got " + pyDescribe(literal));
    }
    if (list.isEmpty()) {
      throw problem(f, GROUND_TRUTH, "an empty list (open-instruct reads its element 0)");
    }
    String field = GROUND_TRUTH + "[0]";
    Map<String, Object> payload = jsonObject(f, list.get(0), field);
    String prefix = field + ".";
    Object ids = required(f, payload, "instruction_id", prefix);
    List<String> idList = stringList(f, ids, prefix + "instruction_id");
    Object kw = required(f, payload, KWARGS, prefix);
    if (!(kw instanceof List<?> kwargs)) {
      throw problem(f, prefix + KWARGS, "expected a list, got " + pyDescribe(kw));
    }
    if (kwargs.size() != idList.size()) {
      throw problem(f, prefix + KWARGS, entries(kwargs.size())
          + " but instruction_id has " + idList.size() + " (open-instruct would silently zip them)");
    }
    List<Args> args = new ArrayList<>(idList.size());
    for (int i = 0; i < idList.size(); i++) {
      Object a = kwargs.get(i);
      // The verifier turns a None entry into no arguments.
      args.add(Args.of(idList.get(i), a == null ? Map.of() : stringKeyed(f, a, prefix + KWARGS + "[" + i + "]")));
    }
    return new GroundTruth.Instructions(f, idList, args);
  }

  private static GroundTruth instructions(GroundTruthFormat f, Map<String, ?> obj, String prefix) {
    List<String> ids = stringList(f, required(f, obj, IDS, prefix), prefix + IDS);
    Object kw = required(f, obj, KWARGS, prefix);
    if (!(kw instanceof List<?> kwargs)) {
      throw problem(f, prefix + KWARGS, "expected an array of objects, got " + describe(kw));
    }
    for (int i = 0; i < kwargs.size(); i++) {
      if (!(kwargs.get(i) instanceof Map)) {
        throw problem(f, prefix + KWARGS + "[" + i + "]",
            "expected an object, got " + describe(kwargs.get(i)));
      }
    }
    if (kwargs.size() != ids.size()) {
      throw problem(f, prefix + KWARGS,
          entries(kwargs.size()) + " but instruction_id_list has " + ids.size());
    }
    List<Args> args = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      args.add(Args.of(ids.get(i), stringKeyed(f, kwargs.get(i), prefix + KWARGS + "[" + i + "]")));
    }
    Object soft = obj.get(SOFT);
    List<String> softConstraints = soft == null ? null : stringList(f, soft, prefix + SOFT);
    return new GroundTruth.Instructions(f, ids, args, softConstraints);
  }

  private static GroundTruth functionCall(GroundTruthFormat f, Object value, String field) {
    String json = value instanceof String s ? s : null;
    Map<String, Object> call = jsonObject(f, value, field);
    Object name = call.get(FUNC_NAME);
    if (name == null) {
      throw problem(f, field + "." + FUNC_NAME, call.containsKey(FUNC_NAME) ? "is null" : "missing");
    }
    if (!(name instanceof String funcName)) {
      throw problem(f, field + "." + FUNC_NAME, "expected a string, got " + describe(name));
    }
    Map<String, Object> args = new LinkedHashMap<>();
    call.forEach((k, v) -> {
      if (!k.equals(FUNC_NAME) && v != null) args.put(k, v);
    });
    return new GroundTruth.FunctionCall(f, funcName, args, json != null ? json : JsonText.write(call));
  }

  private static GroundTruth checkers(GroundTruthFormat f, Map<String, ?> obj, String prefix) {
    List<String> checkers = stringList(f, required(f, obj, CHECKERS, prefix), prefix + CHECKERS);
    List<String> functions = stringList(f, required(f, obj, FUNCTIONS, prefix), prefix + FUNCTIONS);
    if (functions.size() != checkers.size()) {
      throw problem(f, prefix + FUNCTIONS,
          entries(functions.size()) + " but checkers has " + checkers.size());
    }
    List<Checker> out = new ArrayList<>(checkers.size());
    for (int i = 0; i < checkers.size(); i++) {
      String c = checkers.get(i);
      // VerIF tests "[llm]" in checker before "[rule]" in checker; the same order here.
      Kind kind = c.contains("[llm]") ? Kind.LLM : c.contains("[rule]") ? Kind.RULE : Kind.UNTAGGED;
      String text = switch (kind) {
        case LLM -> Py.strip(c.replace("[llm]", ""));
        case RULE -> Py.strip(c.replace("[rule]", ""));
        case UNTAGGED -> Py.strip(c);
      };
      out.add(new Checker(i, kind, c, text, functions.get(i)));
    }
    return new GroundTruth.Checkers(f, out);
  }

  // ---- values

  private static GroundTruthFormat groundTruthKind(Object gt) {
    if (gt instanceof List) return GroundTruthFormat.OPEN_INSTRUCT;
    if (gt instanceof Map) return GroundTruthFormat.RLVR_IFEVAL;
    if (gt instanceof String s) {
      int i = 0;
      while (i < s.length() && Py.isSpace(s.charAt(i))) i++;
      if (i < s.length()) {
        char c = s.charAt(i);
        if (c == '[' || c == '(') return GroundTruthFormat.OPEN_INSTRUCT;
        if (c == '{') return GroundTruthFormat.RLVR_IFEVAL;
      }
    }
    return null;
  }

  private static Object required(GroundTruthFormat f, Map<?, ?> obj, String key, String prefix) {
    Object v = obj.get(key);
    if (v == null) throw problem(f, prefix + key, obj.containsKey(key) ? "is null" : "missing");
    return v;
  }

  /** An object, or a JSON string of one (a string from a Python literal is {@code json.loads}ed too). */
  private static Map<String, Object> jsonObject(GroundTruthFormat f, Object v, String field) {
    Object value = v;
    if (v instanceof String text) {
      try {
        value = JsonText.parse(text);
      } catch (JsonText.NotJson e) {
        throw problem(f, field, "a string that is not JSON: " + e.getMessage());
      }
      if (!(value instanceof Map)) {
        throw problem(f, field, "a JSON string holding " + describe(value) + ", expected an object");
      }
    }
    if (!(value instanceof Map)) {
      throw problem(f, field, "expected an object (or a JSON string of one), got " + pyDescribe(value));
    }
    return stringKeyed(f, value, field);
  }

  /** A map whose keys are all strings (a Python dict may have others; keyword arguments may not). */
  private static Map<String, Object> stringKeyed(GroundTruthFormat f, Object v, String field) {
    if (!(v instanceof Map<?, ?> map)) {
      throw problem(f, field, "expected a dict, got " + pyDescribe(v));
    }
    for (Object k : map.keySet()) {
      if (!(k instanceof String)) {
        throw problem(f, field, "key " + k + " is not a string");
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) map;
    return m;
  }

  private static List<String> stringList(GroundTruthFormat f, Object v, String field) {
    if (!(v instanceof List<?> list)) {
      throw problem(f, field, "expected an array of strings, got " + describe(v));
    }
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String)) {
        throw problem(f, field + "[" + i + "]", "expected a string, got " + describe(list.get(i)));
      }
    }
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) list;
    return List.copyOf(strings);
  }

  private static String entries(int n) {
    return n + (n == 1 ? " entry" : " entries");
  }

  private static String keys(Map<String, ?> m) {
    return m.keySet().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  /** What the user wrote in Python's words ({@code describe}: JSON's), for values read from a Python literal. */
  private static String pyDescribe(Object v) {
    if (v == null) return "None";
    if (v instanceof String) return "a str";
    if (v instanceof Long || v instanceof BigInteger) return "an int (" + v + ")";
    if (v instanceof Double) return "a float (" + v + ")";
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof List) return "a list";
    if (v instanceof Map) return "a dict";
    return v.getClass().getSimpleName();
  }

  private static String describeStart(Object v) {
    if (v instanceof String s) {
      String head = Py.strip(s);
      return "a string starting " + (head.isEmpty() ? "with nothing" : "'" + head.substring(0, Math.min(12, head.length())) + "'");
    }
    return describe(v);
  }

  /** A problem with {@code field} of a row read as {@code format} (null: none could be told). */
  private static InputProblemException problem(GroundTruthFormat format, String field, String problem) {
    return problem(format, field, problem, null);
  }

  /** The same, keeping what caused it; the problem ends by naming the format ({@link #inFormat}). */
  private static InputProblemException problem(GroundTruthFormat format, String field, String problem,
      Throwable cause) {
    return InputProblemException.inField(field, problem + inFormat(format), cause);
  }

  /** How a problem names the format the row was read in: {@code " (open-instruct format)"}; empty for none. */
  public static String inFormat(GroundTruthFormat format) {
    return format == null ? "" : " (" + format.cliName() + " format)";
  }
}
