package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.PyCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-IF's conversations as turns to score: each turn of each conversation with the
 * instructions it is checked against (the dataset's {@code turn_N_instruction_id_list} and {@code
 * turn_N_kwargs}, which already hold the earlier turns' instructions too) and the user messages up
 * to it.
 *
 * <p>Two layouts are read:
 *
 * <ul>
 *   <li>the dataset as Multi-IF publishes it ({@code multiIF_20241018.csv}: {@code key}, {@code
 *       language}, and per turn {@code turn_N_prompt} (a JSON {@code {"role", "content"}}), {@code
 *       turn_N_instruction_id_list} (a JSON list) and {@code turn_N_kwargs} (a JSON list of JSON
 *       object strings)); a turn whose prompt is empty or {@code "None"} is no turn, as in {@code
 *       metrics_gen};
 *   <li>JSON lines, one per turn: {@code conv_id} (or {@code key}), {@code turn}, {@code language},
 *       {@code instruction_id_list}, {@code kwargs}, and the turn's prompt ({@code prompt}, or the
 *       last user message of {@code messages}); the layout of if4j's Multi-IF golden files.
 * </ul>
 */
public final class MultiIfTurns {
  private MultiIfTurns() {}

  /** The languages {@code metrics_gen} scores; any other raises {@code KeyError} there. */
  public static final List<String> LANGUAGES = List.of("German", "Italian", "Vietnamese", "Spanish", "Hindi",
      "Portuguese", "English", "French", "Thai", "Chinese", "Russian");

  /** Multi-IF conversations have up to three turns. */
  public static final int MAX_TURNS = 3;

  /**
   * One turn to score.
   *
   * @param conversation the conversation's key
   * @param turn 1-based
   * @param prompt the turn's row: its user message as prompt, its instructions (no response)
   * @param userMessages the user messages of turns 1..turn, in order
   */
  public record Turn(String conversation, int turn, String language, String source, RowParser.Parsed prompt,
      List<String> userMessages) {
    /** How responses name this turn: {@code conversation#turn}. */
    public String id() {
      return id(conversation, turn);
    }

    public static String id(String conversation, int turn) {
      return conversation + "#" + turn;
    }
  }

  /** The turns of {@code file} (CSV when its name ends in {@code .csv}, else JSON lines), in file order. */
  public static List<Turn> read(Path file) throws IOException {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? readCsv(file) : readJsonl(file);
  }

  static List<Turn> readJsonl(Path file) throws IOException {
    List<Turn> out = new ArrayList<>();
    try (JsonlLines lines = JsonlLines.open(file)) {
      String source = lines.name();
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        JsonLine json = JsonLine.parse(source, l);
        String conversation = json.optionalId("conv_id");
        if (conversation == null) conversation = json.optionalId("key");
        if (conversation == null) throw json.bad("conv_id", "missing (" + json.found("conv_id") + "; each turn needs its conversation's \"conv_id\" or \"key\")");
        int turn = turnNumber(json);
        String language = language(json, json.string("language"));
        Map<String, Object> fields = new LinkedHashMap<>(json.fields());
        fields.put("key", Turn.id(conversation, turn));
        fields.remove("id");
        RowParser.Parsed parsed = RowParser.BENCHMARK.parse(JsonLine.of(source, l.number(), fields), null);
        out.add(new Turn(conversation, turn, language, source, parsed, userMessages(json, parsed)));
      }
    }
    return out;
  }

  private static int turnNumber(JsonLine json) {
    Object t = json.fields().get("turn");
    if (!(t instanceof Long n) || n < 1 || n > MAX_TURNS) {
      throw json.bad("turn", "expected 1, 2 or 3, got " + (t == null ? "nothing" : t));
    }
    return n.intValue();
  }

  private static String language(JsonLine json, String language) {
    if (!LANGUAGES.contains(language)) {
      throw json.bad("language", "'" + language + "' is not a language Multi-IF scores (" + String.join(", ", LANGUAGES)
          + "); its metrics_gen raises KeyError on it");
    }
    return language;
  }

  /** The user messages of {@code messages}, else the prompt alone. */
  private static List<String> userMessages(JsonLine json, RowParser.Parsed parsed) {
    if (!(json.fields().get("messages") instanceof List<?> messages)) return List.of(parsed.row().prompt());
    List<String> users = new ArrayList<>();
    for (Object m : messages) {
      if (m instanceof Map<?, ?> map && "user".equals(map.get("role")) && map.get("content") instanceof String s) users.add(s);
    }
    return users.isEmpty() ? List.of(parsed.row().prompt()) : users;
  }

  static List<Turn> readCsv(Path file) throws IOException {
    String source = file.toString();
    PyCsv.Reader reader = PyCsv.reader(Files.readString(file, StandardCharsets.UTF_8), ',');
    List<String> header = reader.next();
    if (header == null) throw InputProblemException.atLine(source, 1, null, "empty CSV: no header");
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.size(); i++) column.putIfAbsent(header.get(i), i);
    for (String required : List.of("key", "language", "turn_1_prompt", "turn_1_instruction_id_list", "turn_1_kwargs")) {
      if (!column.containsKey(required)) {
        throw InputProblemException.atLine(source, 1, required,
            "missing column (header: " + String.join(", ", header) + ")");
      }
    }
    List<Turn> out = new ArrayList<>();
    for (List<String> record = reader.next(); record != null; record = reader.next()) {
      long line = reader.lineNumber();
      if (record.isEmpty()) continue;
      Map<String, String> cells = new HashMap<>();
      for (Map.Entry<String, Integer> c : column.entrySet()) {
        cells.put(c.getKey(), c.getValue() < record.size() ? record.get(c.getValue()) : "");
      }
      JsonLine row = JsonLine.of(source, line, new LinkedHashMap<>(cells));
      String conversation = cells.get("key");
      String language = language(row, cells.get("language"));
      List<String> users = new ArrayList<>();
      for (int turn = 1; turn <= MAX_TURNS; turn++) {
        String promptCell = cells.get("turn_" + turn + "_prompt");
        if (promptCell == null || promptCell.isEmpty() || promptCell.equals("None")) continue;
        String content = messageContent(row, "turn_" + turn + "_prompt", promptCell);
        users.add(content);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", Turn.id(conversation, turn));
        fields.put("prompt", content);
        fields.put("instruction_id_list", jsonValue(row, "turn_" + turn + "_instruction_id_list",
            cells.getOrDefault("turn_" + turn + "_instruction_id_list", "")));
        fields.put("kwargs", kwargs(row, "turn_" + turn + "_kwargs", cells.getOrDefault("turn_" + turn + "_kwargs", "")));
        RowParser.Parsed parsed = RowParser.BENCHMARK.parse(JsonLine.of(source, line, fields), null);
        out.add(new Turn(conversation, turn, language, source, parsed, List.copyOf(users)));
      }
    }
    return out;
  }

  /** The content of a {@code {"role": "user", "content": ...}} cell. */
  private static String messageContent(JsonLine row, String field, String cell) {
    if (jsonValue(row, field, cell) instanceof Map<?, ?> m && m.get("content") instanceof String s) return s;
    throw row.bad(field, "expected a JSON object {\"role\": \"user\", \"content\": ...}");
  }

  /** {@code [json.loads(k) for k in json.loads(cell)]}: a list of JSON texts, each an object. */
  private static List<Object> kwargs(JsonLine row, String field, String cell) {
    if (!(jsonValue(row, field, cell) instanceof List<?> list)) throw row.bad(field, "expected a JSON list of JSON object strings");
    List<Object> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object v = list.get(i);
      out.add(v instanceof String s ? jsonValue(row, field + "[" + i + "]", s) : v);
    }
    return out;
  }

  private static Object jsonValue(JsonLine row, String field, String text) {
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) throw row.bad(field, "empty; expected JSON");
      Object value = Json.readValue(p);
      if (p.nextToken() != null) throw row.bad(field, "more than one JSON value");
      return value;
    } catch (JsonProcessingException e) {
      throw row.bad(field, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does no I/O
    }
  }
}
