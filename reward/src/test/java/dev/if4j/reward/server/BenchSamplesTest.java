package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.io.InputProblemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSamplesTest {
  @TempDir Path dir;

  private static final String ROW = "{\"prompt\": \"p%d\", \"response\": \"r\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
      + " \"kwargs\": [{}]}";

  @Test
  void rowsBecomeScoreSamplesSkippingBlankLinesTheBomAndUnusableRowsUpToMax() throws Exception {
    Path rows = dir.resolve("rows.jsonl");
    Files.writeString(rows, "\uFEFF" + ROW.formatted(1) + "\n\n[1]\n{\"response\": \"no ids\"}\n"
        + ROW.formatted(2) + "\n" + ROW.formatted(3) + "\n", StandardCharsets.UTF_8);

    List<byte[]> samples = BenchSamples.fromRows(rows, 2);

    assertThat(samples).extracting(s -> new String(s, StandardCharsets.UTF_8)).containsExactly(
        "{\"prompt\":\"p1\",\"response\":\"r\",\"ground_truth\":{\"instruction_id_list\":[\"punctuation:no_comma\"],\"kwargs\":[{}]}}",
        "{\"prompt\":\"p2\",\"response\":\"r\",\"ground_truth\":{\"instruction_id_list\":[\"punctuation:no_comma\"],\"kwargs\":[{}]}}");
  }

  @Test
  void aLineThatIsNotUtf8IsAnInputProblemNamingIt() throws Exception {
    Path rows = dir.resolve("rows.jsonl");
    Files.write(rows, (ROW.formatted(1) + "\n{\"response\": \"\u00ff\"}\n").getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> BenchSamples.fromRows(rows, 10)).isInstanceOf(InputProblemException.class)
        .hasMessage(rows + ":2: not valid UTF-8 text");
  }

  @Test
  void theSyntheticSamplesAsCheckRowsHaveIdsAndTheirInstructionsAtTheTop() throws Exception {
    List<String> rows = Files.readAllLines(BenchSamples.syntheticCheckRows());

    assertThat(rows).hasSize(BenchSamples.synthetic().size());
    assertThat(rows.get(0)).isEqualTo("{\"id\":\"builtin-0\",\"prompt\":\"Write without commas.\",\"response\":\""
        + "Rewards are computed for every sampled response. The server judges them in parallel. Each instruction is"
        + " checked with the same rules as the benchmark.\",\"instruction_id_list\":[\"punctuation:no_comma\"],"
        + "\"kwargs\":[{}]}");
    // The server's null kwargs entry (no arguments) is an empty object for check.
    assertThat(rows.get(4)).contains("\"instruction_id_list\":[\"detectable_format:json_format\"],\"kwargs\":[{}]}");
  }
}
