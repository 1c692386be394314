package dev.if4j.eval.io;

import dev.if4j.constraints.groundtruth.JsonText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The JSON dialect if4j reads (Python's {@code json}: NaN and Infinity allowed) and value helpers. */
public final class Json {
  private Json() {}

  /**
   * Shared, thread-safe factory. Strings as long as a line can be: a 100 MB response is legal. A
   * repeated key is an error naming it (Python's {@code json} keeps the last; a row could pass on
   * its second {@code response}).
   */
  public static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();

  /**
   * Shared factory for output: one object per line (no separator between root values), and only
   * ASCII, with other characters escaped as Python's {@code json.dumps} escapes them by default
   * (which also keeps a lone surrogate from a {@code \ud800} escape writable).
   */
  public static final JsonFactory OUTPUT = new JsonFactoryBuilder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .rootValueSeparator((String) null)
      .build();

  /**
   * The value at the parser's current token as plain Java: {@link Long} (or {@link
   * java.math.BigInteger}) for integers, {@link Double} for other numbers, {@link String}, {@link
   * Boolean}, {@code null}, {@link List} and {@link Map} (insertion-ordered).
   */
  public static Object readValue(JsonParser p) throws IOException {
    return JsonText.read(p);
  }

  /** "a string", "an array"...: what the user wrote, for messages. */
  public static String describe(JsonToken t) {
    if (t == null) return "nothing";
    return switch (t) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> t.toString();
    };
  }
}
