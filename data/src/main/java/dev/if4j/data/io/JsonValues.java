package dev.if4j.data.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out as plain Java values: {@link Long}, {@link Double}, {@link String}, {@link
 * Boolean}, {@code null}, {@link List} and insertion-ordered {@link Map}. Output keys keep the
 * order they were put in, never a hash order, so that the same input gives the same bytes.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The one mapper: no pretty printing, map entries in insertion order, non-ASCII written as is; a
   * repeated key in what it reads is an error naming the key (not "the last one wins").
   */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** {@code node} as plain Java values (objects keep their key order). */
  public static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (node.isTextual()) return node.textValue();
    if (node.isBoolean()) return node.booleanValue();
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) return node.doubleValue();
      return node.longValue();
    }
    if (node.isNumber()) return node.doubleValue();
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      for (JsonNode item : node) out.add(plain(item));
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), plain(e.getValue()));
    }
    return out;
  }

  /** {@code value} as compact JSON text. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not writable as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** An insertion-ordered map from alternating keys and values (values may be null). */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return out;
  }
}
