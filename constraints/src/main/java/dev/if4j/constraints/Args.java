package dev.if4j.constraints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arguments of one instruction, as the row gave them ({@code kwargs[i]}), with typed getters.
 *
 * <p>Values are plain Java: {@link Long} for JSON integers, {@link Double} for other numbers,
 * {@link String}, {@link Boolean}, {@code List<?>} and {@code Map<String, ?>}. A JSON {@code
 * null} is dropped on the way in, as the reference does before building an instruction.
 * Getters return {@code null} for an absent argument: every reference checker treats "absent"
 * specially (usually by drawing a random value), and the constraint decides what to do.
 */
public final class Args {
  private static final Args EMPTY = new Args("", Map.of());

  private final String instructionId;
  private final Map<String, Object> values;

  private Args(String instructionId, Map<String, Object> values) {
    this.instructionId = instructionId;
    this.values = values;
  }

  public static Args empty() {
    return EMPTY;
  }

  /** Arguments for {@code instructionId}; {@code null} values are dropped. */
  public static Args of(String instructionId, Map<String, ?> raw) {
    Map<String, Object> copy = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (v != null) copy.put(k, normalise(v));
    });
    return new Args(Objects.requireNonNull(instructionId), Collections.unmodifiableMap(copy));
  }

  private static Object normalise(Object v) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
    if (v instanceof Float f) return f.doubleValue();
    return v;
  }

  /** The same arguments with {@code key} set (used to hand the row's prompt to a constraint). */
  public Args with(String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, normalise(value));
    return new Args(instructionId, Collections.unmodifiableMap(copy));
  }

  /** The same arguments, addressed to another instruction id (for error messages). */
  public Args forInstruction(String id) {
    return new Args(id, values);
  }

  public String instructionId() {
    return instructionId;
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Object raw(String key) {
    return values.get(key);
  }

  /** An integer argument, or {@code null} when absent. Integral doubles ({@code 3.0}) are accepted. */
  public Long integer(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof Long l) return l;
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return d.longValue();
    throw wrongType(key, v, "an integer");
  }

  /** An integer argument that must fit an {@code int}, or {@code null} when absent. */
  public Integer integer32(String key) {
    Long v = integer(key);
    if (v == null) return null;
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ArgumentException(instructionId, key, v, "out of range");
    }
    return v.intValue();
  }

  /** A string argument, or {@code null} when absent. */
  public String string(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof String s) return s;
    throw wrongType(key, v, "a string");
  }

  /** A list-of-strings argument, or {@code null} when absent. */
  public List<String> stringList(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof String)) throw wrongType(key, v, "a list of strings");
      }
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) list;
      return List.copyOf(strings);
    }
    throw wrongType(key, v, "a list of strings");
  }

  /** A number argument (integer or not), or {@code null} when absent. */
  public Double number(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof Number n) return n.doubleValue();
    throw wrongType(key, v, "a number");
  }

  /** A boolean argument, or {@code null} when absent. */
  public Boolean bool(String key) {
    Object v = values.get(key);
    if (v == null) return null;
    if (v instanceof Boolean b) return b;
    throw wrongType(key, v, "true or false");
  }

  /** An error about {@code key} that names this instruction. */
  public ArgumentException invalid(String key, String problem) {
    return new ArgumentException(instructionId, key, values.get(key), problem);
  }

  private ArgumentException wrongType(String key, Object v, String expected) {
    return new ArgumentException(instructionId, key, v, "expected " + expected);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
