package dev.if4j.text.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
  private static Object parse(String text) throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      p.nextToken();
      return Json.readValue(p);
    }
  }

  @Test
  void readsPythonsDialectIntoPlainValues() throws IOException {
    Object v = parse("{\"n\": NaN, \"i\": -Infinity, \"l\": 7, \"b\": 123456789012345678901234567890,"
        + " \"d\": 1.5, \"s\": \"x\", \"t\": true, \"z\": null, \"a\": [1, {}]}");
    assertThat(v).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("n", "i", "l", "b", "d", "s", "t", "z", "a");
    assertThat((Double) m.get("n")).isNaN();
    assertThat(m.get("i")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(m.get("l")).isEqualTo(7L);
    assertThat(m.get("b")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(m.get("d")).isEqualTo(1.5);
    assertThat(m.get("a")).isEqualTo(List.of(1L, Map.of()));
  }

  @Test
  void aRepeatedKeyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> parse("{\"response\": \"a\", \"response\": \"b\"}"))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(Json.problem((JsonProcessingException) e)).contains("'response'"));
  }

  @Test
  void writesAsciiOnlyWithoutASeparatorBetweenRootValues() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      g.writeString("\u00e9");
      g.writeNumber(1);
    }
    assertThat(out).hasToString("\"\\u00E9\"1");
  }

  @Test
  void describesValuesForMessages() {
    assertThat(Json.describe((Object) 42L)).isEqualTo("a number (42)");
    assertThat(Json.kind(42L)).isEqualTo("a number");
    assertThat(Json.describe((Object) "x")).isEqualTo("a string");
    assertThat(Json.describe((Object) null)).isEqualTo("null");
    assertThat(Json.kind(List.of())).isEqualTo("an array");
    assertThat(Json.kind(Map.of())).isEqualTo("an object");
    assertThat(Json.kind(true)).isEqualTo("a boolean");
  }

  @Test
  void writesIndentedJsonAsAnObjectMapperWithIndentOutputDoes(@TempDir Path dir)
      throws IOException {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("accuracy", 0.7948243992606284);
    inner.put("nan", Double.NaN);
    inner.put("count", 541);
    inner.put("long", 1L << 40);
    inner.put("big", new BigInteger("123456789012345678901234567890"));
    inner.put("exact", new BigDecimal("1.50"));
    inner.put("float", 2.5f);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("file", "/données/réponses \"v2\".jsonl\u2028");
    value.put("empty", Map.of());
    value.put("none", List.of());
    value.put("flags", Arrays.asList(true, false, null));
    value.put("scores", inner);
    value.put("rows", List.of(Map.of("key", "1000"), List.of(1, 2)));
    Path ours = dir.resolve("ours.json");
    Path mapper = dir.resolve("mapper.json");
    Json.writeIndented(ours, value);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(mapper.toFile(), value);
    assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(mapper));
    assertThat(Files.readString(ours)).contains("données").startsWith("{\n  \"file\" : ");

    assertThatThrownBy(() -> Json.writeIndented(dir.resolve("x.json"), Map.of("when", LocalDate.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.LocalDate");
    assertThatThrownBy(() -> Json.writeIndented(dir.resolve("y.json"), Map.of(1, "one")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a string");
  }
}
