package dev.if4j.data.synth;

import dev.if4j.data.io.JsonValues;
import dev.if4j.data.verl.TaskSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One {@code if4j synth} run to files: the old output removed, the tasks written by a sink over the
 * output, the statistics as JSON in their own file.
 */
public final class SynthesisJob {
  private SynthesisJob() {}

  /** What a run counted, and how long it took. */
  public record Result(SynthStats stats, double seconds) {}

  /** Opens the sink over the output file, once the old output is gone. */
  public interface SinkOpener {
    TaskSink open() throws Exception;
  }

  /**
   * Synthesizes a task for every prompt of {@code prompts} into the sink {@code opener} opens over
   * {@code out}, each checked by the constructor {@code check} gives (null: not checked; made only
   * once the sink is open), then writes the statistics to {@code statsFile}.
   */
  public static Result run(Path prompts, Synthesizer synth, Path out, SinkOpener opener,
      Supplier<ResponseConstructor> check, Path statsFile) throws Exception {
    long start = System.nanoTime();
    SynthStats stats;
    Files.deleteIfExists(out);
    try (TaskSink sink = opener.open()) {
      stats = SynthesisRun.run(prompts, synth, sink, check.get());
    }
    Files.writeString(statsFile, JsonValues.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(stats.toMap()) + "\n",
        StandardCharsets.UTF_8);
    return new Result(stats, (System.nanoTime() - start) / 1e9);
  }
}
