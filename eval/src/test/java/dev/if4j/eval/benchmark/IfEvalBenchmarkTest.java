package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring and the outputs of {@code eval}, on a hand-made four-prompt benchmark. */
class IfEvalBenchmarkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private IfEvalBenchmark.Result runTiny() throws IOException {
    Path data = write("input_data.jsonl",
        "{\"key\": 1, \"prompt\": \"No commas please\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Say hi, no commas\", \"instruction_id_list\": [\"punctuation:no_comma\", \"test:contains\"], \"kwargs\": [{}, {\"word\": \"hi\"}]}",
        "{\"key\": 3, \"prompt\": \"Mention **bold**\", \"instruction_id_list\": [\"test:contains\"], \"kwargs\": [{\"word\": \"bold\"}]}",
        "{\"key\": 4, \"prompt\": \"Nobody answered this\", \"instruction_id_list\": [\"punctuation:no_comma\", \"test:contains\"], \"kwargs\": [{}, {\"word\": \"x\"}]}");
    Path responses = write("responses.jsonl",
        "{\"prompt\": \"No commas please\", \"response\": \"Fine by me\"}",
        "{\"prompt\": \"  Say hi, no commas\", \"response\": \"Sure\\nhi, there\"}",
        "{\"prompt\": \"Mention **bold**\", \"response\": \"Here\\n**bold** text\"}");
    return new IfEvalBenchmark(TestRegistry.judge(dir), 2, warnings::add)
        .run(data, responses, dir.resolve("out"));
  }

  @Test
  void scoresPromptAndInstructionLevelStrictAndLoose() throws IOException {
    IfEvalBenchmark.Result r = runTiny();

    // Strict: key 1 [T]; key 2 [F (comma), T]; key 3 [T]; key 4 unmatched [F, F].
    assertThat(r.strict().promptLevel().followed()).isEqualTo(2);
    assertThat(r.strict().promptLevel().total()).isEqualTo(4);
    assertThat(r.strict().instructionLevel().followed()).isEqualTo(3);
    assertThat(r.strict().instructionLevel().total()).isEqualTo(6);
    // Loose: key 2's comma sits on the last line, which a loose variant drops; each instruction
    // gets its own variant, so "hi" still counts (found in the response as is).
    assertThat(r.loose().promptLevel().followed()).isEqualTo(3);
    assertThat(r.loose().instructionLevel().followed()).isEqualTo(4);
    assertThat(r.strict().categories().get("punctuation").followed()).isEqualTo(1);
    assertThat(r.strict().categories().get("punctuation").total()).isEqualTo(3);
    assertThat(r.loose().instructions().get("punctuation:no_comma").followed()).isEqualTo(2);
    assertThat(r.strict().instructions().get("test:contains").followed()).isEqualTo(2);
  }

  @Test
  void writesTheReferenceResultFilesAndASummary() throws IOException {
    runTiny();
    Path out = dir.resolve("out");

    List<String> strict = Files.readAllLines(out.resolve("eval_results_strict.jsonl"));
    assertThat(strict).hasSize(4);
    JsonNode second = JSON.readTree(strict.get(1));
    assertThat(second.fieldNames()).toIterable().containsExactly("follow_all_instructions",
        "follow_instruction_list", "instruction_id_list", "prompt", "response");
    assertThat(second.get("follow_all_instructions").asBoolean()).isFalse();
    assertThat(second.get("follow_instruction_list").toString()).isEqualTo("[false,true]");
    assertThat(second.get("prompt").asText()).isEqualTo("Say hi, no commas");
    assertThat(second.get("response").asText()).isEqualTo("Sure\nhi, there");
    JsonNode unmatched = JSON.readTree(strict.get(3));
    assertThat(unmatched.get("response").asText()).isEmpty();
    assertThat(unmatched.get("follow_instruction_list").toString()).isEqualTo("[false,false]");
    assertThat(JSON.readTree(Files.readAllLines(out.resolve("eval_results_loose.jsonl")).get(1))
        .get("follow_instruction_list").toString()).isEqualTo("[true,true]");

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("registry").asText()).isEqualTo("test");
    assertThat(summary.get("if4j_version").asText()).isNotBlank();
    assertThat(summary.get("prompts").asInt()).isEqualTo(4);
    assertThat(summary.get("instructions").asInt()).isEqualTo(6);
    assertThat(summary.at("/strict/prompt_level/accuracy").asDouble()).isEqualTo(0.5);
    assertThat(summary.at("/strict/instruction_level/accuracy").asDouble()).isEqualTo(0.5);
    assertThat(summary.at("/loose/instruction_level/followed").asInt()).isEqualTo(4);
    assertThat(summary.at("/loose/categories/test/total").asInt()).isEqualTo(3);
    assertThat(summary.at("/strict/instructions/test:contains/accuracy").asDouble()).isEqualTo(2.0 / 3);
    assertThat(summary.at("/matching/by_prompt").asInt()).isEqualTo(2);
    assertThat(summary.at("/matching/by_stripped_prompt").asInt()).isEqualTo(1);
    assertThat(summary.at("/matching/unmatched").asInt()).isEqualTo(1);
    assertThat(summary.at("/unmatched/0/key").asText()).isEqualTo("4");
    // The same bytes from run to run: fields in a fixed order.
    assertThat(summary.at("/unmatched/0").fieldNames()).toIterable().containsExactly("key", "prompt");
  }

  @Test
  void theUnmatchedPromptIsReportedInWarningsAndTable() throws IOException {
    IfEvalBenchmark.Result r = runTiny();

    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 4: no response found"));
    assertThat(r.unmatched()).containsExactly(new IfEvalBenchmark.Unmatched("4", "Nobody answered this"));
    assertThat(r.table())
        .contains("prompt-level")
        .containsPattern("prompt-level\\s+4\\s+0\\.5000 2/4\\s+0\\.7500 3/4")
        .containsPattern("instruction-level\\s+6\\s+0\\.5000 3/6\\s+0\\.6667 4/6")
        .contains("UNMATCHED (scored not followed): prompt 4");
  }

  @Test
  void aBadPromptLineIsBadInputNamingTheDataFile() throws IOException {
    Path data = write("bad_data.jsonl",
        "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"test:what\"], \"kwargs\": [{}]}");
    Path responses = write("r.jsonl", "{\"prompt\": \"p\", \"response\": \"r\"}");

    assertThatThrownBy(() -> new IfEvalBenchmark(TestRegistry.judge(dir), 1, warnings::add)
            .run(data, responses, dir.resolve("o")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith(data + ":1: field 'instruction_id_list[0]': unknown instruction id 'test:what'");
  }
}
