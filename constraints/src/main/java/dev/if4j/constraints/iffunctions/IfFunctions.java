package dev.if4j.constraints.iffunctions;

import dev.if4j.constraints.groundtruth.AnswerExtraction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * open-instruct's older RLVR-IFeval ground truth: a JSON string {@code {"func_name":
 * "validate_lowercase", ...args}} naming one of the 25 functions of {@code if_functions.py},
 * judged as {@code IFEvalVerifierOld} judges it:
 *
 * <ol>
 *   <li>the answer is the prediction without its think section ({@link #removeThinkingSection});
 *   <li>the ground truth is decoded with Python's {@code json.loads} rules; without a {@code
 *       func_name} it scores 0;
 *   <li>{@code func_name} is looked up ({@code KeyError} when unknown); arguments whose value is
 *       {@code null} are dropped, the rest are passed by name ({@code TypeError} when one is
 *       unknown or missing);
 *   <li>the function's boolean is the verdict.
 * </ol>
 *
 * <p>Wherever the reference raises, its verifier gives no score at all; here the verdict is "not
 * followed" and its reason names the exception ({@link Outcome#raises()} gives its type).
 */
public final class IfFunctions {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // json.loads takes NaN and Infinity
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // and nothing after the value
      .build();

  private final TextTools tools;

  /** A judge whose language checks use {@code tools}' langdetect (seed included). */
  public IfFunctions(TextTools tools) {
    this.tools = Objects.requireNonNull(tools);
  }

  /** What judging one row gave: the verdict, and the reference's exception type where it raises. */
  public record Outcome(Verdict verdict, String raises) {
    public boolean followed() {
      return verdict.isFollowed();
    }

    /** True when the reference raises here instead of scoring. */
    public boolean referenceRaises() {
      return raises != null;
    }
  }

  /** The verdict on {@code prediction} for a JSON ground truth; never throws. */
  public Verdict judge(String groundTruthJson, String prediction) {
    return outcome(groundTruthJson, prediction).verdict();
  }

  /** {@link #judge(String, String)} with the exception type where the reference raises. */
  public Outcome outcome(String groundTruthJson, String prediction) {
    return outcomeOnAnswer(groundTruthJson, removeThinkingSection(prediction));
  }

  /** {@link #outcome(String, String)} for an answer whose think section is already removed. */
  public Outcome outcomeOnAnswer(String groundTruthJson, String answer) {
    IfFunctionCall call;
    try {
      call = parse(groundTruthJson);
    } catch (ReferenceRaises e) {
      return raised(e);
    } catch (MissingFuncName e) {
      return new Outcome(Verdict.notFollowed(e::getMessage), null);
    }
    return run(call, answer);
  }

  /** {@link #outcome(String, String)} for a ground truth already decoded into a map. */
  public Outcome outcome(Map<String, ?> groundTruth, String prediction) {
    String answer = removeThinkingSection(prediction);
    try {
      return run(bind(new LinkedHashMap<>(groundTruth)), answer);
    } catch (ReferenceRaises e) {
      return raised(e);
    } catch (MissingFuncName e) {
      return new Outcome(Verdict.notFollowed(e::getMessage), null);
    }
  }

  private Outcome run(IfFunctionCall call, String answer) {
    try {
      return new Outcome(call.checkOrRaise(new TextView(answer, tools)), null);
    } catch (ReferenceRaises e) {
      return raised(e);
    }
  }

  private static Outcome raised(ReferenceRaises e) {
    return new Outcome(Verdict.notFollowed(() -> "the reference raises " + e.getMessage()), e.pythonType());
  }

  /**
   * The call a JSON ground truth names.
   *
   * @throws ReferenceRaises where the reference raises before calling the function (undecodable
   *     JSON, unknown {@code func_name}, arguments that do not fit the function)
   * @throws MissingFuncName where the reference scores 0 without calling anything
   */
  public static IfFunctionCall parse(String groundTruthJson) {
    Object decoded = decode(groundTruthJson);
    if (decoded instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> constraint = (Map<String, Object>) map;
      return bind(constraint);
    }
    // The reference then asks '"func_name" in constraint' of whatever json.loads returned.
    if (decoded instanceof List<?> list) {
      if (list.contains("func_name")) {
        throw ReferenceRaises.typeError("'str' object cannot be interpreted as an integer (list.pop)");
      }
    } else if (decoded instanceof String s) {
      if (s.contains("func_name")) {
        throw new ReferenceRaises("AttributeError",
            "'str' object has no attribute 'pop' (the ground truth is JSON-encoded twice)");
      }
    } else {
      throw ReferenceRaises.typeError(
          "argument of type '" + PyValues.typeName(decoded) + "' is not iterable");
    }
    throw new MissingFuncName();
  }

  private static IfFunctionCall bind(Map<String, Object> constraint) {
    if (!constraint.containsKey("func_name")) throw new MissingFuncName();
    Object name = constraint.remove("func_name");
    if (name instanceof List || name instanceof Map) {
      throw ReferenceRaises.typeError("unhashable type: '" + PyValues.typeName(name) + "'");
    }
    IfFunction function = name instanceof String s ? IfFunction.named(s) : null;
    if (function == null) throw new ReferenceRaises("KeyError", PyValues.repr(name));
    String f = function.funcName() + "()";
    Map<String, Object> args = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : constraint.entrySet()) {
      if (e.getValue() == null) continue; // dropped before the call
      String key = e.getKey();
      if (key.equals("text")) throw ReferenceRaises.typeError(f + " got multiple values for argument 'text'");
      if (function.params().stream().noneMatch(p -> p.name().equals(key))) {
        throw ReferenceRaises.typeError(f + " got an unexpected keyword argument '" + key + "'");
      }
      args.put(key, e.getValue());
    }
    List<String> missing = function.params().stream()
        .map(p -> p.name()).filter(p -> !args.containsKey(p)).toList();
    if (!missing.isEmpty()) {
      throw ReferenceRaises.typeError(f + " missing " + missing.size() + " required positional argument"
          + (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing));
    }
    // Keep the function's parameter order, whatever order the JSON used.
    Map<String, Object> ordered = new LinkedHashMap<>();
    function.params().forEach(p -> ordered.put(p.name(), args.get(p.name())));
    return new IfFunctionCall(function, ordered);
  }

  /** Python's wording of a missing-arguments list: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
  private static String quotedList(List<String> names) {
    List<String> q = names.stream().map(n -> "'" + n + "'").toList();
    if (q.size() == 1) return q.get(0);
    if (q.size() == 2) return q.get(0) + " and " + q.get(1);
    return String.join(", ", q.subList(0, q.size() - 1)) + ", and " + q.get(q.size() - 1);
  }

  /** {@code json.loads(s)} into plain Java values ({@code int} beyond a long as BigInteger). */
  static Object decode(String json) {
    if (Py.isBlank(json)) throw new ReferenceRaises("JSONDecodeError", "Expecting value");
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ReferenceRaises("JSONDecodeError", e.getOriginalMessage());
    }
    return value(node);
  }

  private static Object value(JsonNode n) {
    if (n.isTextual()) return n.textValue();
    if (n.isBoolean()) return n.booleanValue();
    if (n.isIntegralNumber()) return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
    if (n.isNumber()) return n.doubleValue();
    if (n.isArray()) {
      List<Object> out = new ArrayList<>(n.size());
      n.forEach(x -> out.add(value(x)));
      return out;
    }
    if (n.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), value(e.getValue()));
      }
      return out;
    }
    return null;
  }

  /** open-instruct's {@code remove_thinking_section} (see {@link AnswerExtraction#OPEN_INSTRUCT}). */
  public static String removeThinkingSection(String prediction) {
    return AnswerExtraction.OPEN_INSTRUCT.apply(prediction);
  }

  /** The ground truth names no {@code func_name}: the reference logs a warning and scores 0. */
  public static final class MissingFuncName extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingFuncName() {
      super("the ground truth has no 'func_name' (the reference scores 0)");
    }
  }
}
