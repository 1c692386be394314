package dev.if4j.data.verl;

import static dev.if4j.data.io.JsonValues.object;

import dev.if4j.data.Task;
import dev.if4j.data.io.JsonValues;
import dev.if4j.data.io.PyLiteralWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSONL formats: one JSON object per line, keys in a fixed order, UTF-8, {@code \n} endings. */
public final class JsonlSinks {
  private JsonlSinks() {}

  /** verl rows as JSONL (the Parquet schema's fields, without the unused kwargs keys). */
  public static TaskSink verl(OutputStream out, VerlOptions options) {
    return new Sink(out, (r) -> VerlRows.row(r.task, r.split, r.index, options));
  }

  /** Google IFEval's {@code input_data.jsonl} shape: {@code key, prompt, instruction_id_list, kwargs}. */
  public static TaskSink ifeval(OutputStream out) {
    return new Sink(out, r -> object("key", r.task.key(), "prompt", r.task.prompt(),
        "instruction_id_list", r.task.instructionIds(), "kwargs", VerlRows.kwargs(r.task)));
  }

  /**
   * open-instruct's {@code IF_multi_constraints} rows: {@code key}, {@code messages} (the user
   * turn), {@code ground_truth} (Python {@code str()} of {@code [{'instruction_id': [...],
   * 'kwargs': [...]}]}, which its {@code IFEvalVerifier} reads with {@code ast.literal_eval}),
   * {@code dataset} ({@code "ifeval"}, the verifier it routes to), {@code constraint_type} and
   * {@code constraint} (the appended instructions, as {@code describer} gives them).
   */
  public static TaskSink openInstruct(OutputStream out, Function<Task, String> describer) {
    return new Sink(out, r -> object(
        "key", r.task.keyText(),
        "messages", List.of(object("role", "user", "content", r.task.prompt())),
        "ground_truth", openInstructGroundTruth(r.task),
        "dataset", "ifeval",
        "constraint_type", r.task.instructionIds().size() == 1 ? "single" : "multi",
        "constraint", describer.apply(r.task)));
  }

  /** {@code str([{'instruction_id': ids, 'kwargs': kwargs}])} as Python prints it. */
  public static String openInstructGroundTruth(Task t) {
    return PyLiteralWriter.repr(List.of(object("instruction_id", t.instructionIds(), "kwargs", VerlRows.kwargs(t))));
  }

  private record Item(Task task, String split, long index) {}

  private static final class Sink implements TaskSink {
    private final Writer w;
    private final Function<Item, Map<String, Object>> shape;

    Sink(OutputStream out, Function<Item, Map<String, Object>> shape) {
      this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.shape = shape;
    }

    @Override
    public void write(Task task, String split, long index) throws IOException {
      w.write(JsonValues.json(shape.apply(new Item(task, split, index))));
      w.write('\n');
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }
}
