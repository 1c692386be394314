package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The queries of a ShareGPT-like file: JSONL rows with a {@code query} or {@code prompt} string,
 * or {@code messages} (the first {@code user} message) or {@code conversations} (the first turn
 * from {@code human} or {@code user}); kept when longer than {@code minQueryChars} and shorter
 * than {@code maxQueryChars} characters (code points, as Python's {@code len}).
 */
final class QueryPool {
  private QueryPool() {}

  static List<String> read(Path file, AutoifConfig config) throws IOException {
    List<String> out = new ArrayList<>();
    Jsonl.forEach(file, row -> {
      String q = queryOf(row);
      int n = q.codePointCount(0, q.length());
      if (n > config.minQueryChars() && n < config.maxQueryChars()) out.add(q);
    });
    return out;
  }

  private static String queryOf(Jsonl.Row row) {
    ObjectNode n = row.node();
    if (n.has("query")) return row.text("query");
    if (n.has("prompt")) return row.text("prompt");
    if (n.has("messages")) return firstTurn(row, "messages", "role", "content", Set.of("user"));
    if (n.has("conversations")) return firstTurn(row, "conversations", "from", "value", Set.of("human", "user"));
    throw InputProblemException.atLine(row.file().toString(), row.line(), null,
        "no query: expected a \"query\" or \"prompt\" string, or \"messages\" / \"conversations\" (ShareGPT)");
  }

  private static String firstTurn(Jsonl.Row row, String field, String roleKey, String textKey, Set<String> roles) {
    ArrayNode turns = row.array(field);
    for (JsonNode t : turns) {
      if (t.isObject() && roles.contains(t.path(roleKey).asText())) {
        JsonNode text = t.get(textKey);
        if (text == null || !text.isTextual()) throw row.bad(field, "has a " + t.path(roleKey).asText()
            + " turn whose \"" + textKey + "\" is not a string");
        return text.textValue();
      }
    }
    throw row.bad(field, "has no turn with " + roleKey + " " + String.join(" or ", roles));
  }
}
