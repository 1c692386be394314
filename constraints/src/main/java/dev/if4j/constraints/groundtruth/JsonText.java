package dev.if4j.constraints.groundtruth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON held in a string field (verl's and RLVR-IFeval's {@code ground_truth}), read as Python's
 * {@code json.loads} reads it (NaN and Infinity allowed) into the same plain values the line reader
 * produces: {@link Long} (or {@link java.math.BigInteger}), {@link Double}, {@link String}, {@link
 * Boolean}, {@code null}, {@link List}, insertion-ordered {@link Map}.
 */
public final class JsonText {
  private JsonText() {}

  /** A repeated key is an error, not "the last one wins": a row could otherwise pass on its second value. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();

  /**
   * Made on the first {@link #write}, not with the class: reading (every row) needs only the
   * factory, and a data-bound mapper's set-up was about a tenth of a short run's start-up.
   */
  private static final class Writer {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** A JSON text that is not one value. */
  static final class NotJson extends Exception {
    private static final long serialVersionUID = 1L;

    NotJson(String message) {
      super(message);
    }
  }

  static Object parse(String text) throws NotJson {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) throw new NotJson("empty text");
      Object v = read(p);
      if (p.nextToken() != null) {
        throw new NotJson("more content after the value at column " + p.currentLocation().getColumnNr());
      }
      return v;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new NotJson("malformed JSON" + where + ": " + problem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String does no I/O
    }
  }

  /** Jackson's "[Source: REDACTED (...); line: 1, column: 5]" inside a message: only the place is worth keeping. */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  /**
   * What is wrong in Jackson's words, for a user: the first line of its message, with a nested
   * location ("start marker at [Source: ...]") written as "line L, column C". The caller says where
   * the error is (file, line, field): {@link JsonProcessingException#getLocation()}.
   */
  public static String problem(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg == null) return e.getClass().getSimpleName();
    int nl = msg.indexOf('\n');
    if (nl >= 0) msg = msg.substring(0, nl);
    return SOURCE.matcher(msg).replaceAll(m -> Matcher.quoteReplacement("line " + m.group(1) + ", column " + m.group(2)))
        .replace("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)", "[")
        .strip();
  }

  /** {@code value} (plain Java: maps, lists, strings, numbers, booleans, null) as compact JSON text. */
  public static String write(Object value) {
    try {
      return Writer.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialise", e);
    }
  }

  /**
   * The value at the parser's current token as plain Java: {@link Long} (or {@link
   * java.math.BigInteger}) for integers, {@link Double} for other numbers, {@link String}, {@link
   * Boolean}, {@code null}, {@link List} and {@link Map} (insertion-ordered). The one JSON-to-Java
   * reader of the project: the row reader (eval) and the reward server read through it too.
   */
  public static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) list.add(read(p));
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        return map;
      }
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }
}
