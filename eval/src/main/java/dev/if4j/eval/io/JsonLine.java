package dev.if4j.eval.io;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.SourceLine;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One JSONL line parsed into an object, with typed field getters whose errors name the file, the
 * line and the field.
 */
public final class JsonLine {
  private final String source;
  private final long line;
  private final Map<String, Object> fields;

  private JsonLine(String source, long line, Map<String, Object> fields) {
    this.source = source;
    this.line = line;
    this.fields = fields;
  }

  /**
   * An object already parsed, e.g. a nested one ({@code doc} of an lm-eval sample), read with the
   * same getters; errors name {@code source} and {@code line}.
   */
  public static JsonLine of(String source, long line, Map<String, Object> fields) {
    return new JsonLine(source, line, fields);
  }

  /** Parses {@code line} of {@code source}; anything but one JSON object is bad input. */
  public static JsonLine parse(String source, SourceLine line) {
    line.requireUtf8(source);
    Map<String, Object> ascii = Json.asciiObject(line);
    if (ascii != null) return new JsonLine(source, line.number(), ascii);
    try (JsonParser p = Json.FACTORY.createParser(line.text())) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw InputProblemException.atLine(source, line.number(), null,
            "expected a JSON object, found " + Json.describe(first));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) Json.readValue(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw InputProblemException.atLine(source, line.number(), null, "malformed JSON: more content after the"
            + " object at column " + p.currentLocation().getColumnNr() + " (one object per line)");
      }
      return new JsonLine(source, line.number(), fields);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw InputProblemException.atLine(source, line.number(), null,
          "malformed JSON" + where + ": " + Json.problem(e) + line.tornHint(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does no I/O
    }
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  /** The line's fields as plain values (see {@link Json#readValue}); not to be modified. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** True when the field is present and not {@code null}. */
  public boolean has(String field) {
    return fields.get(field) != null;
  }

  /** True when the field is present with the value {@code null}. */
  public boolean isNull(String field) {
    return fields.containsKey(field) && fields.get(field) == null;
  }

  /** An error about {@code field} of this line. */
  public InputProblemException bad(String field, String problem) {
    return InputProblemException.atLine(source, line, field, problem);
  }

  /** A required string field. */
  public String string(String field) {
    Object v = fields.get(field);
    if (v == null) throw missing(field);
    if (v instanceof String s) return s;
    throw bad(field, "expected a string, got " + Json.describe(v));
  }

  /** An optional string field, or null. */
  public String optionalString(String field) {
    return has(field) ? string(field) : null;
  }

  /** An id: a string or an integer, as text; null when absent. */
  public String optionalId(String field) {
    Object v = fields.get(field);
    if (v == null) return null;
    if (v instanceof String s) return s;
    if (v instanceof Long || v instanceof BigInteger) return v.toString();
    throw bad(field, "expected a string or an integer, got " + Json.describe(v));
  }

  /** A required array of strings. */
  public List<String> stringList(String field) {
    Object v = fields.get(field);
    if (v == null) throw missing(field);
    if (!(v instanceof List<?> list)) throw bad(field, "expected an array of strings, got " + Json.describe(v));
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String)) {
        throw bad(field + "[" + i + "]", "expected a string, got " + Json.describe(list.get(i)));
      }
    }
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) list;
    return strings;
  }

  /** A required array of objects. */
  public List<Map<String, Object>> objectList(String field) {
    Object v = fields.get(field);
    if (v == null) throw missing(field);
    if (!(v instanceof List<?> list)) throw bad(field, "expected an array of objects, got " + Json.describe(v));
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map)) {
        throw bad(field + "[" + i + "]", "expected an object, got " + Json.describe(list.get(i)));
      }
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> maps = (List<Map<String, Object>>) list;
    return maps;
  }

  private InputProblemException missing(String field) {
    return bad(field, fields.containsKey(field) ? "is null" : "missing" + foundHint(field));
  }

  /**
   * What the line has instead, for a missing field: {@code " (found: output, input — did you mean
   * 'response'?)"}. A new user's file usually names the field differently; saying what we saw
   * turns "missing" into the fix.
   */
  public String foundHint(String field) {
    return " (" + found(field) + ")";
  }

  /** {@link #foundHint}'s text without the parentheses, to join with other advice. */
  public String found(String field) {
    if (fields.isEmpty()) return "the object is empty";
    String found = String.join(", ", fields.keySet().stream().limit(12).toList())
        + (fields.size() > 12 ? ", ..." : "");
    String alias = FieldAliases.aliasOf(field, fields.keySet());
    return "found: " + found + (alias == null ? "" : " \u2014 did you mean '" + field + "' (for '" + alias + "')?");
  }
}
