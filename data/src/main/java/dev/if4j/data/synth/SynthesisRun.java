package dev.if4j.data.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Registry;
import dev.if4j.data.Task;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.data.io.TaskReader;
import dev.if4j.data.verl.TaskSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Streams base prompts through a {@link Synthesizer} into a {@link TaskSink}: one row read, one
 * row written, so memory does not grow with the input.
 */
public final class SynthesisRun {
  private SynthesisRun() {}

  /** Synthesizes a row for every prompt of {@code prompts} (JSONL with {@code prompt} or {@code messages}). */
  public static SynthStats run(Path prompts, Synthesizer synth, TaskSink sink) throws IOException {
    return run(prompts, synth, sink, null);
  }

  /**
   * {@link #run(Path, Synthesizer, TaskSink)}, each row also checked by {@code check} (null: not
   * checked): whether a constructed response follows all its instructions.
   */
  public static SynthStats run(Path prompts, Synthesizer synth, TaskSink sink, ResponseConstructor check)
      throws IOException {
    SynthStats stats = new SynthStats();
    try (JsonlReader r = new JsonlReader(prompts)) {
      long i = 0;
      for (JsonlReader.Line line = r.next(); line != null; line = r.next(), i++) {
        JsonNode row = line.node();
        String prompt = TaskReader.prompt(line, row);
        JsonNode k = row.hasNonNull("key") ? row.get("key") : row.get("id");
        Object key = k == null || k.isNull() ? null : k.isIntegralNumber() && k.canConvertToLong() ? (Object) k.longValue() : k.asText();
        Synthesizer.Result res = synth.synthesize(i, key, prompt, stats);
        if (check != null) stats.checked(res.task().key(), res.task().instructionIds(), check.check(res.task()));
        sink.write(res.task(), "train", i);
      }
    }
    return stats;
  }

  /**
   * The instructions of a task as one text, each described by its own template (for open-instruct's
   * {@code constraint} column). The first registry that knows an id builds it.
   */
  public static Function<Task, String> describer(List<Registry> registries, String separator) {
    return t -> {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < t.instructionIds().size(); i++) {
        String id = t.instructionIds().get(i);
        Registry reg = registries.stream().filter(r -> r.contains(id)).findFirst().orElseThrow();
        Args a = Args.of(id, t.kwargs().get(i));
        if (reg.get(id).takesPrompt()) a = a.with("prompt", t.prompt());
        parts.add(reg.get(id).create(a).describe());
      }
      return String.join(separator, parts);
    };
  }
}
