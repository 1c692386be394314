package dev.if4j.reward;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sample's ground truth: the instructions its response must follow, with their arguments.
 *
 * <p>This is the one place where the reward plane decodes ground truth; it reads the shape verl's
 * IFEval data and Google's IFEval rows use: an object, or a JSON string holding one, with {@code
 * instruction_id_list} (open-instruct spells it {@code instruction_id}) and {@code kwargs}, one
 * argument object per instruction. {@code null} arguments are dropped (parquet and the Hugging Face
 * copy fill every key of every instruction, unused ones with {@code null}); a {@code null} or absent
 * argument object means "no arguments"; an argument object may itself be a JSON string. Arrays
 * (numpy's, after {@code tolist()}) arrive as JSON arrays.
 *
 * <p>A ground truth also keeps the constraints last built from it: GRPO scores a group of responses
 * (16, say) against one ground truth, and constraints are immutable, so the group builds them once
 * when its samples share this object (the server makes identical ground truths of a request share one).
 */
public final class RewardGroundTruth {
  private final List<String> instructionIds;
  private final List<Args> kwargs;
  private volatile BuiltFor cache;

  private record BuiltFor(Evaluator evaluator, String prompt, List<Evaluator.Built> built) {}

  /**
   * @param instructionIds the instruction ids, in order, at least one
   * @param kwargs the arguments of each instruction (same length)
   */
  public RewardGroundTruth(List<String> instructionIds, List<Args> kwargs) {
    this.instructionIds = List.copyOf(instructionIds);
    this.kwargs = List.copyOf(kwargs);
    if (instructionIds.size() != kwargs.size()) {
      throw new IllegalArgumentException(instructionIds.size() + " instruction ids but " + kwargs.size() + " kwargs");
    }
    if (instructionIds.isEmpty()) throw new RewardInputException("instruction_id_list", "is empty: there is nothing to judge");
  }

  public List<String> instructionIds() {
    return instructionIds;
  }

  public List<Args> kwargs() {
    return kwargs;
  }

  public int size() {
    return instructionIds.size();
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
    return "RewardGroundTruth" + instructionIds + kwargs;
  }

  /**
   * Decodes {@code raw}: a {@link Map} (parsed JSON), a JSON string, or an already decoded ground
   * truth. Errors name the field relative to the ground truth ({@code kwargs[1]}).
   */
  public static RewardGroundTruth decode(Object raw) {
    if (raw instanceof RewardGroundTruth gt) return gt;
    Object value = raw;
    // A JSON string, possibly encoded twice (a JSON string column written with json.dumps again).
    for (int depth = 0; value instanceof String s && depth < 2; depth++) value = parseJson("", s);
    if (!(value instanceof Map<?, ?> map)) {
      throw new RewardInputException("", "expected an object with instruction_id_list and kwargs (or a JSON string"
          + " holding one), got " + JsonTree.describe(value));
    }
    String idsKey = map.containsKey("instruction_id_list") ? "instruction_id_list" : "instruction_id";
    Object idsValue = map.get(idsKey);
    if (idsValue == null) {
      throw new RewardInputException("instruction_id_list", map.containsKey(idsKey) ? "is null" : "missing");
    }
    if (!(idsValue instanceof List<?> idList)) {
      throw new RewardInputException(idsKey, "expected an array of instruction ids, got " + JsonTree.describe(idsValue));
    }
    if (idList.isEmpty()) throw new RewardInputException(idsKey, "is empty: there is nothing to judge");
    List<String> ids = new ArrayList<>(idList.size());
    for (int i = 0; i < idList.size(); i++) {
      if (!(idList.get(i) instanceof String id)) {
        throw new RewardInputException(idsKey + "[" + i + "]", "expected a string, got " + JsonTree.describe(idList.get(i)));
      }
      ids.add(id);
    }
    Object kwValue = map.get("kwargs");
    List<Args> args = new ArrayList<>(ids.size());
    if (kwValue == null) {
      for (String id : ids) args.add(Args.of(id, Map.of()));
    } else {
      if (!(kwValue instanceof List<?> kwList)) {
        throw new RewardInputException("kwargs", "expected an array of argument objects, got " + JsonTree.describe(kwValue));
      }
      if (kwList.size() != ids.size()) {
        throw new RewardInputException("kwargs", kwList.size() + (kwList.size() == 1 ? " entry" : " entries")
            + " but " + idsKey + " has " + ids.size());
      }
      for (int i = 0; i < ids.size(); i++) {
        String field = "kwargs[" + i + "]";
        Object entry = kwList.get(i);
        if (entry instanceof String s) entry = parseJson(field, s);
        if (entry == null) {
          args.add(Args.of(ids.get(i), Map.of()));
        } else if (entry instanceof Map<?, ?> m) {
          args.add(Args.of(ids.get(i), stringKeys(field, m)));
        } else {
          throw new RewardInputException(field, "expected an object of arguments, got " + JsonTree.describe(entry));
        }
      }
    }
    return new RewardGroundTruth(ids, args);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> stringKeys(String field, Map<?, ?> m) {
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) throw new RewardInputException(field, "argument names must be strings, got " + k);
    }
    return (Map<String, ?>) m;
  }

  private static Object parseJson(String field, String s) {
    try {
      return JsonTree.parse(s);
    } catch (IOException e) {
      throw new RewardInputException(field, "a string that is not valid JSON ("
          + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
