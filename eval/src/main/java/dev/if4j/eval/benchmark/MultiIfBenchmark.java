package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.Stamp;
import dev.if4j.text.OrderedParallel;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.eval.report.MultiIfReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code if4j eval --benchmark multiif}: scores Multi-IF conversations turn by turn as its {@code
 * metrics_gen} does: each turn's response against the turn's (accumulated) instructions, with the
 * registry's rules (responses-cell unwrap, strict without {@code strip()}); figures per turn and per
 * language ({@link MultiIfScores}).
 *
 * <p>Responses (JSON lines) come in either of two layouts, mixed freely:
 *
 * <ul>
 *   <li>one line per turn: {@code conv_id} (or {@code key}), {@code turn}, {@code response};
 *   <li>one line per conversation, as {@code if4j generate --benchmark multiif} writes it: {@code
 *       key}, {@code messages} (the conversation the model saw, its own earlier answers in it) and
 *       {@code response} (its answer to the last turn): turn N's response is the N-th assistant
 *       message, the last turn's is {@code response}.
 * </ul>
 *
 * A turn without a response is scored not followed and reported. When no prompts are given and
 * the responses' lines carry their instructions ({@code instruction_id_list}; the golden files'
 * layout), those are the turns.
 *
 * <p>Outputs: {@code eval_results.jsonl} (one line per turn: verdicts strict and loose), {@code
 * summary.json} (per turn and language; also under {@code metrics_gen}'s own keys), {@code
 * summary.md} and {@code summary.html}; all written under temporary names and renamed together.
 */
public final class MultiIfBenchmark {
  public static final String RESULTS = "eval_results.jsonl";
  public static final String SUMMARY = "summary.json";
  public static final String MARKDOWN = "summary.md";
  public static final String HTML = "summary.html";

  private final RowJudge judge;
  private final int threads;
  private final Consumer<String> warn;
  private final Integer conversations;

  public MultiIfBenchmark(RowJudge judge, int threads, Consumer<String> warn) {
    this(judge, threads, warn, null);
  }

  private MultiIfBenchmark(RowJudge judge, int threads, Consumer<String> warn, Integer conversations) {
    this.judge = Objects.requireNonNull(judge);
    this.threads = threads;
    this.warn = Objects.requireNonNull(warn);
    this.conversations = conversations;
  }

  /** The same, scoring only the first {@code n} conversations (what {@code eval --endpoint --limit N} generated). */
  public MultiIfBenchmark firstConversations(int n) {
    return new MultiIfBenchmark(judge, threads, warn, n);
  }

  /** What an evaluation found. */
  public record Result(int turns, MultiIfScores scores, List<String> missing, int unusedResponses,
      Map<String, Object> summary) {
    /** The figures as a markdown table (what {@code if4j eval} prints). */
    public String table() {
      return scores.table();
    }
  }

  /** A turn's response and where it was read. */
  record Answer(String response, String source, long line) {}

  /** A judged turn. */
  private record Judged(MultiIfTurns.Turn turn, Row row, RowVerdict verdict) {}

  /** True when {@code responses}'s first line carries its turn's instructions (no prompts needed). */
  public static boolean carriesInstructions(Path responses) throws IOException {
    try (JsonlLines lines = JsonlLines.open(responses)) {
      SourceLine first = lines.next();
      if (first == null) return false;
      JsonLine json = JsonLine.parse(lines.name(), first);
      return json.has("instruction_id_list") && json.has("turn");
    }
  }

  /**
   * Scores {@code responses} against the turns of {@code inputData} (null: the turns the responses
   * carry); writes into {@code outputDir}.
   */
  public Result run(Path inputData, Path responses, Path outputDir) throws IOException {
    List<MultiIfTurns.Turn> turns = MultiIfTurns.read(inputData != null ? inputData : responses);
    if (conversations != null) turns = firstConversations(turns, conversations);
    Map<String, Answer> answers = readResponses(responses);
    Files.createDirectories(outputDir);
    try (PendingOutputs outputs = new PendingOutputs(outputDir)) {
      Result r = score(turns, answers, inputData != null ? inputData.toString() : responses.toString(),
          responses.toString(), outputs);
      outputs.commit();
      return r;
    }
  }

  private Result score(List<MultiIfTurns.Turn> turns, Map<String, Answer> answers, String inputName,
      String responsesName, PendingOutputs outputs) throws IOException {
    MultiIfScores scores = new MultiIfScores();
    List<String> missing = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (MultiIfTurns.Turn t : turns) {
      if (answers.containsKey(t.id())) used.add(t.id());
      else missing.add(t.id());
    }
    if (!missing.isEmpty()) {
      warn.accept(missing.size() + " turn(s) have no response in " + responsesName + " (scored not followed), first: "
          + String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
    }
    int unused = answers.size() - used.size();
    if (unused > 0) warn.accept(unused + " response(s) in " + responsesName + " match no turn of " + inputName);
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(outputs.pending(RESULTS)));
        JsonGenerator g = Json.FACTORY.createGenerator(o, JsonEncoding.UTF8)) {
      int[] next = {0};
      OrderedParallel.<Integer, Judged>run(
          () -> next[0] < turns.size() ? next[0]++ : null,
          i -> judgeOne(turns.get(i), answers.get(turns.get(i).id())),
          j -> {
            scores.add(j.turn().turn(), j.turn().language(), j.verdict().strict(), j.verdict().loose());
            writeResult(g, j);
          },
          threads,
          threads * 16);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("benchmark", "multiif");
    summary.put("title", "Multi-IF");
    summary.put("registry", judge.evaluator().registry().name());
    summary.put("input_data", inputName);
    summary.put("responses", responsesName);
    summary.put("turns", scores.toMap());
    summary.put("metrics_gen", scores.referenceKeys());
    summary.put("missing_responses", missing);
    summary.put("unused_responses", unused);
    summary.put("stamp", Stamp.of(judge.evaluator().registry(), judge.evaluator().tools().store()).toMap());
    Json.writeIndented(outputs.pending(SUMMARY), summary);
    Files.writeString(outputs.pending(MARKDOWN), "# Multi-IF\n\nregistry " + summary.get("registry") + "; prompts "
        + inputName + "; responses " + responsesName + "\n\n" + scores.table(), StandardCharsets.UTF_8);
    Files.writeString(outputs.pending(HTML), MultiIfReport.html(scores, (String) summary.get("registry"), inputName,
        responsesName), StandardCharsets.UTF_8);
    return new Result(turns.size(), scores, List.copyOf(missing), unused, summary);
  }

  private static List<MultiIfTurns.Turn> firstConversations(List<MultiIfTurns.Turn> turns, int n) {
    Set<String> kept = new LinkedHashSet<>();
    List<MultiIfTurns.Turn> out = new ArrayList<>();
    for (MultiIfTurns.Turn t : turns) {
      if (kept.size() < n) kept.add(t.conversation());
      if (kept.contains(t.conversation())) out.add(t);
    }
    return out;
  }

  private Judged judgeOne(MultiIfTurns.Turn turn, Answer answer) {
    Row p = turn.prompt().row();
    // A turn without a response is judged on an empty one: its instructions are still validated,
    // and an empty response follows nothing.
    String response = answer == null || answer.response() == null ? "" : answer.response();
    Row row = new Row(p.id(), p.prompt(), response, p.instructionIds(), p.kwargs());
    RowParser.Parsed parsed = new RowParser.Parsed(turn.prompt().line(), row, true, turn.prompt().truth());
    return new Judged(turn, row, judge.judge(turn.source(), parsed, false));
  }

  private static void writeResult(JsonGenerator g, Judged j) throws IOException {
    g.writeStartObject();
    g.writeStringField("conv_id", j.turn().conversation());
    g.writeNumberField("turn", j.turn().turn());
    g.writeStringField("language", j.turn().language());
    g.writeArrayFieldStart("instruction_id_list");
    for (String id : j.row().instructionIds()) g.writeString(id);
    g.writeEndArray();
    g.writeArrayFieldStart("follow_instruction_list_strict");
    for (boolean f : j.verdict().strict()) g.writeBoolean(f);
    g.writeEndArray();
    g.writeArrayFieldStart("follow_instruction_list_loose");
    for (boolean f : j.verdict().loose()) g.writeBoolean(f);
    g.writeEndArray();
    g.writeStringField("response", j.row().response());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /** Every turn's response, by {@link MultiIfTurns.Turn#id()}; a turn answered twice is bad input. */
  static Map<String, Answer> readResponses(Path responses) throws IOException {
    Map<String, Answer> out = new HashMap<>();
    try (JsonlLines lines = JsonlLines.open(responses)) {
      String source = lines.name();
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        JsonLine json = JsonLine.parse(source, l);
        if (json.fields().containsKey("turn")) {
          String conversation = json.optionalId("conv_id");
          if (conversation == null) conversation = json.optionalId("key");
          if (conversation == null) throw json.bad("conv_id", "missing (" + json.found("conv_id") + ")");
          if (!(json.fields().get("turn") instanceof Long turn)) throw json.bad("turn", "expected an integer");
          put(out, json, MultiIfTurns.Turn.id(conversation, turn.intValue()), json.optionalString("response"));
        } else if (json.fields().get("messages") instanceof List<?> messages) {
          conversationAnswers(out, json, messages);
        } else {
          throw json.bad("turn", "missing: a response line is one turn (conv_id, turn, response) or one"
              + " conversation (key, messages, response)" + json.foundHint("turn"));
        }
      }
    }
    return out;
  }

  /** A generated conversation: its assistant messages answer turns 1.., its response the last turn. */
  private static void conversationAnswers(Map<String, Answer> out, JsonLine json, List<?> messages) {
    String conversation = json.optionalId("key");
    if (conversation == null) throw json.bad("key", "missing" + json.foundHint("key"));
    Object sample = json.fields().get("sample");
    if (sample instanceof Long s && s != 0) {
      throw json.bad("sample", "is " + s + ": Multi-IF is scored on one sample; give one sample's responses");
    }
    int turn = 0;
    for (int i = 0; i < messages.size(); i++) {
      if (!(messages.get(i) instanceof Map<?, ?> m)) throw json.bad("messages[" + i + "]", "expected an object");
      if ("user".equals(m.get("role"))) turn++;
      if ("assistant".equals(m.get("role")) && turn > 0) {
        if (!(m.get("content") instanceof String content)) throw json.bad("messages[" + i + "].content", "expected a string");
        put(out, json, MultiIfTurns.Turn.id(conversation, turn), content);
      }
    }
    if (turn == 0) throw json.bad("messages", "has no user message");
    put(out, json, MultiIfTurns.Turn.id(conversation, turn), json.optionalString("response"));
  }

  private static void put(Map<String, Answer> out, JsonLine json, String turnId, String response) {
    Answer before = out.putIfAbsent(turnId, new Answer(response, json.source(), json.line()));
    if (before != null) {
      throw InputProblemException.atLine(json.source(), json.line(), null, "a second response for turn " + turnId
          + " (the first is on line " + before.line() + ")");
    }
  }
}
