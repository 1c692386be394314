package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkVersionTest {
  @TempDir Path dir;

  @Test
  void thePromptsOfAVersionALanguageOrNoneAtAll() {
    assertThat(BenchmarkVersion.parse("ifbench@8a66c06").inputData(null)).isEqualTo(Upstream.IFBENCH_2025_INPUT_DATA);
    assertThat(BenchmarkVersion.parse("ifeval").inputData(null)).isEqualTo(Benchmark.IFEVAL.defaultInputData());
    assertThat(BenchmarkVersion.parse("mifeval").inputData("es")).isEqualTo(Benchmark.MIFEVAL.defaultInputData("es"));
    assertThat(BenchmarkVersion.parse("lmeval-es").inputData(null)).isNull();
    assertThatThrownBy(() -> BenchmarkVersion.parse("ifeval").inputData("es"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--language is for M-IFEval");
  }

  @Test
  void withoutACopyTheMessageSaysWhereItLookedAndHowToGetOne() throws Exception {
    BenchmarkVersion ifeval = BenchmarkVersion.parse("ifeval");
    String file = ifeval.inputData(null);
    ResourceStore store = ResourceStore.offline(dir);

    assertThatThrownBy(() -> ifeval.requireInputData(store, file)).isInstanceOf(ResourceMissingException.class)
        .hasMessageStartingWith("no copy of the " + Benchmark.IFEVAL.title() + " prompts at " + dir.resolve(file)
            + " (offline mode). Pass --input-data FILE, or fetch " + ifeval.defaultInputDescription()
            + " with 'if4j resources pull'.");

    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), "{}\n");
    assertThat(ifeval.requireInputData(store, file)).isEqualTo(dir.resolve(file));
  }
}
