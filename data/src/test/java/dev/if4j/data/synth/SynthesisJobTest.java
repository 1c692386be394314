package dev.if4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.data.verl.JsonlSinks;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisJobTest {
  @TempDir Path dir;

  @Test
  void replacesTheOutputWritesATaskPerPromptAndTheStatisticsBesideIt() throws Exception {
    Path prompts = dir.resolve("prompts.jsonl");
    Files.writeString(prompts, "{\"key\": 1, \"prompt\": \"Write a poem.\"}\n{\"key\": 2, \"prompt\": \"Write a story.\"}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("tasks.jsonl");
    Files.writeString(out, "an old output, longer than the new one will be ".repeat(100));
    Path stats = dir.resolve("tasks.stats.json");
    Synthesizer synth = new Synthesizer(new Synthesizer.Config(List.of(IfEval.registry()), 1, 2,
        ArgRanges.none(), ConflictRules.builtIn(), false, 7L, "\n", Set.of()));

    SynthesisJob.Result result = SynthesisJob.run(prompts, synth, out,
        () -> JsonlSinks.ifeval(new BufferedOutputStream(Files.newOutputStream(out))), () -> null, stats);

    assertThat(Files.readAllLines(out)).hasSize(2).allMatch(l -> l.contains("\"instruction_id_list\""));
    assertThat(Files.readString(stats)).startsWith("{").endsWith("}\n").contains("\"rows\" : 2");
    assertThat(result.stats().summary()).startsWith("2 prompts");
    assertThat(result.seconds()).isPositive();
  }
}
