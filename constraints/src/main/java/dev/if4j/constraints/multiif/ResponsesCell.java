package dev.if4j.constraints.multiif;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.if4j.text.PyJson;
import java.io.IOException;

/**
 * Multi-IF's {@code metrics_gen} reads a model's answer as {@code json.loads(cell)[0]["response"]}
 * when that succeeds (a generation tool that stored {@code [{"response": ...}]}), else the cell as
 * it is; the answer is then made a string with {@code str()}.
 */
final class ResponsesCell {
  private ResponsesCell() {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  /** The text Multi-IF judges for the responses cell {@code cell}. */
  static String unwrap(String cell) {
    // Only a JSON array can be indexed with [0] and then give an object: skip everything else fast.
    int start = firstNonJsonSpace(cell);
    if (start >= cell.length() || cell.charAt(start) != '[' || !PyJson.isValid(cell)) return cell;
    JsonNode first;
    try {
      first = JSON.readTree(cell).path(0);
    } catch (IOException e) {
      return cell;
    }
    JsonNode value = first.isObject() ? first.get("response") : null;
    return value == null ? cell : str(value);
  }

  /**
   * Python's {@code str()} of a decoded JSON value, for the values a responses cell holds: strings
   * as they are, {@code True}/{@code False}/{@code None}, integers; other numbers and containers
   * as their JSON text (Python would print floats and containers in its own repr).
   */
  private static String str(JsonNode value) {
    if (value.isTextual()) return value.textValue();
    if (value.isBoolean()) return value.booleanValue() ? "True" : "False";
    if (value.isNull()) return "None";
    if (value.isIntegralNumber()) return value.bigIntegerValue().toString();
    return value.toString();
  }

  private static int firstNonJsonSpace(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
    return i;
  }
}
