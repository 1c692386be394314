package dev.if4j.reward;

import dev.if4j.constraints.groundtruth.JsonText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values, in the dialect Python's {@code json} writes (NaN and Infinity allowed):
 * {@link Long} (or {@link java.math.BigInteger}) for integers, {@link Double}, {@link String},
 * {@link Boolean}, {@code null}, {@link List} and insertion-ordered {@link Map}.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Shared, thread-safe. Strings may be as long as a request may be (the server bounds requests);
   * nesting is bounded, so a hostile document cannot exhaust the stack. A repeated key is an error
   * naming it (a sample's second {@code response} must not silently replace its first). Its
   * buffers are recycled through one shared pool: Jackson's default pool is per thread, and the
   * server parses on a new virtual thread per request, so it would allocate fresh buffers (some
   * 16 KiB) for every request.
   */
  public static final JsonFactory FACTORY = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNestingDepth(200)
          .build())
      .build();

  /** The one JSON value in {@code text}; trailing content is an error. */
  public static Object parse(String text) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return readDocument(p);
    }
  }

  /** The one JSON value {@code p} holds; trailing content is an error. */
  public static Object readDocument(JsonParser p) throws IOException {
    if (p.nextToken() == null) throw new Malformed("no JSON value (empty input)");
    Object v = read(p);
    if (p.nextToken() != null) throw new Malformed("unexpected content after the JSON value");
    return v;
  }

  /** Well-formed JSON tokens that do not make one document (empty input, two values). */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /** The value at the parser's current token. */
  public static Object read(JsonParser p) throws IOException {
    return JsonText.read(p);
  }

  /** A parse error for a user: Jackson's problem and where it is ("... (line 3, column 7)"). */
  public static String describe(JsonProcessingException e) {
    return JsonText.problem(e) + (e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
  }

  /** "a string", "an array"...: what a value is, for messages. */
  public static String describe(Object v) {
    if (v == null) return "null";
    if (v instanceof String) return "a string";
    if (v instanceof Boolean) return "a boolean";
    if (v instanceof Number) return "a number";
    if (v instanceof List<?>) return "an array";
    if (v instanceof Map<?, ?>) return "an object";
    return v.getClass().getSimpleName();
  }
}
