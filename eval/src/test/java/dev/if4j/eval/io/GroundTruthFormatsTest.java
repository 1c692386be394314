package dev.if4j.eval.io;

import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.SourceLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.eval.check.CheckPipeline;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One hand-written file per ground-truth format under {@code src/test/resources/formats/}, good
 * rows and malformed ones. Each row that is a JSON object says what must come of it in its {@code
 * "expect"} field (which the reader ignores like any other unknown field): the id, prompt, answer,
 * format, instruction ids and arguments it reads as, the function it calls, its strict and loose
 * verdicts with the IFEval registry, or the exact reason it is bad input. Lines that are not JSON
 * objects are listed in {@link #NOT_OBJECTS}.
 */
class GroundTruthFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();

  /** file:line → the reason of the lines that are not a JSON object, which carry no expectation. */
  private static final Map<String, String> NOT_OBJECTS = Map.of(
      "ifeval.jsonl:7", "malformed JSON at column 131: Unexpected end-of-input: expected close marker for Object",
      "undetected.jsonl:6", "expected a JSON object, found an array");

  private static final List<String> FILES = List.of("ifeval.jsonl", "hf-google-ifeval.jsonl", "ifbench.jsonl",
      "verl.jsonl", "open-instruct.jsonl", "rlvr-ifeval.jsonl", "verinstruct.jsonl", "undetected.jsonl");

  private static final RowJudge JUDGE = new RowJudge(new Evaluator(IfEval.registry(),
      new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));

  static Stream<String> files() {
    return FILES.stream();
  }

  private static List<SourceLine> lines(String file) throws IOException {
    List<SourceLine> out = new ArrayList<>();
    try (JsonlLines in = new JsonlLines(file, resource(file))) {
      for (SourceLine l = in.next(); l != null; l = in.next()) out.add(l);
    }
    return out;
  }

  private static InputStream resource(String file) {
    InputStream in = GroundTruthFormatsTest.class.getResourceAsStream("/formats/" + file);
    assertThat(in).as(file).isNotNull();
    return in;
  }

  /** What happened to a line: its parse, and its verdict or the reason it was refused. */
  private record Outcome(RowParser.Parsed parsed, RowVerdict verdict, InputProblemException bad) {}

  private static Outcome run(String file, SourceLine line, GroundTruthFormat format) {
    RowParser.Parsed parsed;
    try {
      parsed = RowParser.CHECK.parse(file, line, format);
    } catch (InputProblemException e) {
      return new Outcome(null, null, e);
    }
    try {
      return new Outcome(parsed, JUDGE.judge(file, parsed, false), null);
    } catch (InputProblemException e) {
      return new Outcome(parsed, null, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyLineComesOutAsItsExpectationSays(String file) throws IOException {
    List<SourceLine> lines = lines(file);
    assertThat(lines).isNotEmpty();
    for (SourceLine line : lines) {
      String where = file + ":" + line.number();
      Outcome o = run(file, line, null);
      JsonNode row = objectOrNull(line.text());
      if (row == null) {
        assertThat(NOT_OBJECTS).as(where + " is not a JSON object and has no expectation").containsKey(where);
        assertThat(o.bad()).as(where).isNotNull();
        assertThat(o.bad().getMessage()).startsWith(where + ": " + NOT_OBJECTS.get(where));
        continue;
      }
      JsonNode expect = row.get("expect");
      assertThat(expect).as(where + " has an \"expect\"").isNotNull();
      checkParsed(where, o.parsed(), expect);
      if (expect.has("error") || expect.has("error_starts")) {
        assertThat(o.bad()).as(where + " is bad input").isNotNull();
        assertThat(o.bad().line()).as(where).isEqualTo(line.number());
        assertThat(o.bad().source()).isEqualTo(file);
        if (expect.has("error")) {
          assertThat(o.bad().reason()).as(where).isEqualTo(expect.get("error").asText());
        } else {
          assertThat(o.bad().reason()).as(where).startsWith(expect.get("error_starts").asText());
        }
        assertThat(o.bad().getMessage()).startsWith(where + ": ");
      } else {
        assertThat(o.bad()).as(where + " is judged").isNull();
        assertThat(o.verdict().strict()).as(where + " strict").containsExactly(booleans(expect.get("strict")));
        assertThat(o.verdict().loose()).as(where + " loose").containsExactly(booleans(expect.get("loose")));
      }
    }
  }

  /** The parse-level expectations, where the line parsed. */
  private static void checkParsed(String where, RowParser.Parsed p, JsonNode expect) {
    boolean parseLevel = expect.has("id") || expect.has("prompt") || expect.has("response") || expect.has("format")
        || expect.has("ids") || expect.has("args") || expect.has("func_name");
    if (!parseLevel) return;
    assertThat(p).as(where + " parses").isNotNull();
    if (expect.has("id")) assertThat(p.row().id()).as(where + " id").isEqualTo(expect.get("id").asText());
    if (expect.has("prompt")) assertThat(p.row().prompt()).as(where + " prompt").isEqualTo(expect.get("prompt").asText());
    if (expect.has("response")) {
      assertThat(p.row().response()).as(where + " answer").isEqualTo(expect.get("response").asText());
    }
    if (expect.has("format")) assertThat(p.format().cliName()).as(where).isEqualTo(expect.get("format").asText());
    if (expect.has("ids")) {
      assertThat(p.row().instructionIds()).as(where + " ids")
          .containsExactlyElementsOf(JSON.convertValue(expect.get("ids"), List.class));
    }
    if (expect.has("args")) {
      List<Map<String, Object>> args = new ArrayList<>();
      for (Args a : p.row().kwargs()) args.add(a.asMap());
      assertThat(tree(args)).as(where + " args").isEqualTo(tree(expect.get("args")));
    }
    if (expect.has("func_name")) {
      assertThat(p.truth()).as(where).isInstanceOf(GroundTruth.FunctionCall.class);
      GroundTruth.FunctionCall call = (GroundTruth.FunctionCall) p.truth();
      assertThat(call.funcName()).isEqualTo(expect.get("func_name").asText());
      assertThat(tree(call.args())).as(where + " func args").isEqualTo(tree(expect.get("func_args")));
      assertThat(p.row().instructionIds()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void checkSkippingBadLinesAccountsForEveryLine(String file) throws IOException {
    List<SourceLine> lines = lines(file);
    Set<Long> expectedBad = new TreeSet<>();
    for (SourceLine l : lines) {
      JsonNode row = objectOrNull(l.text());
      if (row == null || row.get("expect").has("error") || row.get("expect").has("error_starts")) {
        expectedBad.add(l.number());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    CheckPipeline.Stats stats;
    try (JsonlLines in = new JsonlLines(file, resource(file))) {
      stats = new CheckPipeline(JUDGE, CheckPipeline.Options.defaults().withThreads(2).withSkipBadLines(true))
          .run(in, out, rejects);
    }
    assertThat(stats.rows() + stats.rejected()).as("every line is a row or a reject").isEqualTo(lines.size());
    Set<Long> rejectedLines = new TreeSet<>();
    for (String r : rejects.toString(StandardCharsets.UTF_8).split("\n")) {
      if (r.isEmpty()) continue;
      JsonNode reject = JSON.readTree(r);
      assertThat(reject.get("source").asText()).isEqualTo(file);
      assertThat(reject.get("reason").asText()).isNotBlank();
      rejectedLines.add(reject.get("line").asLong());
    }
    assertThat(rejectedLines).isEqualTo(expectedBad);
  }

  @Test
  void withoutSkippingTheFirstBadLineStopsTheRunWithItsFileAndLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlLines in = new JsonlLines("open-instruct.jsonl", resource("open-instruct.jsonl"))) {
      assertThatThrownBy(() -> new CheckPipeline(JUDGE, CheckPipeline.Options.defaults().withThreads(1)).run(in, out, null))
          .isInstanceOf(InputProblemException.class)
          .hasMessage("open-instruct.jsonl:4: field 'ground_truth': not a Python literal: at position 57 ('dict'):"
              + " a function call is not a literal (open-instruct format)");
    }
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(3);
  }

  @Test
  void aNamedFormatIsReadWithoutDetection() throws IOException {
    // The ambiguous row of undetected.jsonl reads as either format once the format is named.
    SourceLine ambiguous = lines("undetected.jsonl").get(1);
    RowParser.Parsed asIfEval = RowParser.CHECK.parse("u.jsonl", ambiguous, GroundTruthFormat.IFEVAL);
    RowParser.Parsed asOpenInstruct = RowParser.CHECK.parse("u.jsonl", ambiguous, GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(asIfEval.format()).isEqualTo(GroundTruthFormat.IFEVAL);
    assertThat(asOpenInstruct.format()).isEqualTo(GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(asIfEval.row().instructionIds()).isEqualTo(asOpenInstruct.row().instructionIds());

    // A row that lacks the named format's field says which field, in which format.
    SourceLine ifevalRow = lines("ifeval.jsonl").get(0);
    assertThatThrownBy(() -> RowParser.CHECK.parse("ifeval.jsonl", ifevalRow, GroundTruthFormat.VERL))
        .hasMessage("ifeval.jsonl:1: field 'reward_model': missing (verl format)");
    assertThatThrownBy(() -> RowParser.CHECK.parse("ifeval.jsonl", ifevalRow, GroundTruthFormat.VERINSTRUCT))
        .hasMessage("ifeval.jsonl:1: field 'checkers': missing (verinstruct format)");
    assertThatThrownBy(() -> RowParser.CHECK.parse("ifeval.jsonl", ifevalRow, GroundTruthFormat.RLVR_IFEVAL))
        .hasMessage("ifeval.jsonl:1: field 'ground_truth': missing (rlvr-ifeval format)");
  }

  @Test
  void theBenchmarkReaderTakesEveryFormatToo() throws IOException {
    SourceLine verl = lines("verl.jsonl").get(0);
    RowParser.Parsed p = RowParser.BENCHMARK.parse("verl.jsonl", verl);
    assertThat(p.row().prompt()).isEqualTo("Reply without commas.");
    assertThat(p.row().response()).isEmpty();
    assertThat(p.row().instructionIds()).containsExactly("punctuation:no_comma");
  }

  /** A value as a JSON tree read from text: numbers compare by value, object keys in any order. */
  private static JsonNode tree(Object value) {
    try {
      return JSON.readTree(JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode objectOrNull(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean[] booleans(JsonNode array) {
    assertThat(array).isNotNull();
    boolean[] out = new boolean[array.size()];
    for (int i = 0; i < out.length; i++) out[i] = array.get(i).asBoolean();
    return out;
  }
}
