package dev.if4j.text.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON dialect of the project, Python's {@code json}, in one place: the one {@link JsonFactory},
 * the one JSON-to-plain-Java reader, and the words messages use for what the user wrote.
 */
public final class Json {
  private Json() {}

  /**
   * Shared and thread-safe, for reading and writing.
   *
   * <p>Reading: NaN and Infinity are allowed (Python writes them); strings as long as a line can be
   * (a 100 MB response is legal); a repeated key is an error naming it (Python's {@code json} keeps
   * the last, so a row could pass on its second {@code response}).
   *
   * <p>Writing: one value per line with no separator between root values, and only ASCII, other
   * characters escaped as Python's {@code json.dumps} escapes them by default (so a line never holds
   * a raw line break, and a lone surrogate from a {@code \ud800} escape stays writable).
   *
   * <p>A surface with other needs derives its factory from this one ({@link JsonFactory#rebuild()}).
   */
  public static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .rootValueSeparator((String) null)
      .build();

  /**
   * The object on an ASCII line, read from its bytes, or null when the line is not ASCII or not one
   * well-formed JSON object alone. Jackson's byte parser builds each string from the bytes directly;
   * its character parser first copies the whole text into a {@code char[]}, then each string back
   * into a compact {@code String} (5.3 against 3.4 µs for an IFEval fuzz row). Both read the same
   * values, but they word some errors differently and place some a column apart: a caller given
   * null parses the characters, so that a bad line's message does not depend on its other fields.
   */
  public static Map<String, Object> asciiObject(SourceLine line) {
    if (!line.ascii()) return null;
    try (JsonParser p = FACTORY.createParser(line.text().getBytes(StandardCharsets.ISO_8859_1))) {
      if (p.nextToken() != JsonToken.START_OBJECT) return null;
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) readValue(p);
      return p.nextToken() == null ? fields : null;
    } catch (IOException e) {
      return null; // a bad line: its error comes from the character parser
    }
  }

  /**
   * The value at the parser's current token as plain Java: {@link Long} (or {@link
   * java.math.BigInteger}) for integers, {@link Double} for other numbers, {@link String}, {@link
   * Boolean}, {@code null}, {@link List} and {@link Map} (insertion-ordered). The one JSON-to-Java
   * reader of the project: rows, ground truths in strings and the reward server's requests.
   */
  public static Object readValue(JsonParser p) throws IOException {
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
        while (p.nextToken() != JsonToken.END_ARRAY) list.add(readValue(p));
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, readValue(p));
        }
        return map;
      }
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  /**
   * Writes {@code value} (plain Java, as {@link #readValue} makes: maps with string keys, lists,
   * strings, numbers, booleans, null) to {@code file}, indented and in raw UTF-8: the bytes
   * Jackson's {@code ObjectMapper} writes with {@code INDENT_OUTPUT} (the same printer), without
   * making a mapper, whose set-up cost a short run (IFEval's 541 responses) about 12 ms.
   *
   * @throws IllegalArgumentException for a value of any other type
   */
  public static void writeIndented(Path file, Object value) throws IOException {
    try (JsonGenerator g = Indented.FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      write(g, value);
    }
  }

  /** Made on first use: a run that writes no summary needs no second factory. */
  private static final class Indented {
    static final JsonFactory FACTORY = Json.FACTORY.rebuild().disable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    switch (v) {
      case null -> g.writeNull();
      case String s -> g.writeString(s);
      case Boolean b -> g.writeBoolean(b);
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case Double d -> g.writeNumber(d);
      case Float f -> g.writeNumber(f);
      case BigInteger b -> g.writeNumber(b);
      case BigDecimal b -> g.writeNumber(b);
      case Map<?, ?> m -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!(e.getKey() instanceof String key)) throw new IllegalArgumentException("a map key that is not a string: " + e.getKey());
          g.writeFieldName(key);
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case List<?> list -> {
        g.writeStartArray();
        for (Object item : list) write(g, item);
        g.writeEndArray();
      }
      default -> throw new IllegalArgumentException("not a plain JSON value: " + v.getClass().getName());
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

  /** "a string", "an array"...: what the user wrote at a token, for messages. */
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

  /** "a string", "a number (42)"...: what the user wrote, a number with its value, for messages. */
  public static String describe(Object v) {
    return v instanceof Number ? "a number (" + v + ")" : kind(v);
  }

  /** "a string", "a number"...: what kind of plain value {@code v} is, for messages. */
  public static String kind(Object v) {
    if (v == null) return "null";
    if (v instanceof String) return "a string";
    if (v instanceof Number) return "a number";
    if (v instanceof Boolean) return "a boolean";
    if (v instanceof List<?>) return "an array";
    if (v instanceof Map<?, ?>) return "an object";
    return v.getClass().getSimpleName();
  }
}
