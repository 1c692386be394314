package dev.if4j.data.verl;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.data.Task;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.data.io.TaskReader;
import dev.if4j.text.PyRandom;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * IFEval-style prompts ({@code key, prompt, instruction_id_list, kwargs}) → verl's train and test
 * files, split at random with a seed.
 *
 * <p>Two passes over the input, so that no row is held in memory: the first reads and checks every
 * row (every instruction known to the registry and buildable from its arguments; a bad row stops
 * the run before anything is written), the second writes. The split: the row indices shuffled with
 * {@code random.Random(seed).shuffle} semantics ({@link PyRandom}); the first {@code ceil(n *
 * fraction)} shuffled indices are the test rows. Each file keeps the input order.
 */
public final class IfEvalToVerl {
  /** Parquet (verl's native input) or JSONL (the same rows, for reading with the eye). */
  public enum Format {
    PARQUET("parquet"),
    JSONL("jsonl");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /** What was written. */
  public record Result(Path train, Path test, long trainRows, long testRows) {}

  private final Registry registry;
  private final double testFraction;
  private final long seed;
  private final Format format;
  private final String instructionPrompt;

  public IfEvalToVerl(Registry registry, double testFraction, long seed, Format format, String instructionPrompt) {
    if (!(testFraction >= 0 && testFraction <= 1)) {
      throw new IllegalArgumentException("the test fraction must lie in [0, 1], got " + testFraction);
    }
    this.registry = registry;
    this.testFraction = testFraction;
    this.seed = seed;
    this.format = format;
    this.instructionPrompt = instructionPrompt;
  }

  public Result run(Path input, Path outputDir) throws IOException {
    long n = 0;
    boolean integerKeys = true;
    try (JsonlReader r = new JsonlReader(input)) {
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        Task t = TaskReader.read(line);
        check(line, t);
        if (t.key() != null && !(t.key() instanceof Long)) integerKeys = false;
        n++;
      }
    }
    if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many rows to split: " + n);
    BitSet test = testRows((int) n, testFraction, seed);
    Files.createDirectories(outputDir);
    Path trainPath = outputDir.resolve("train." + format.extension);
    Path testPath = outputDir.resolve("test." + format.extension);
    VerlOptions options = new VerlOptions(VerlOptions.IFEVAL_DATA_SOURCE, VerlOptions.ABILITY, integerKeys, instructionPrompt);
    KwargsSchema schema = KwargsSchema.of(List.of(registry));
    long trainRows = 0;
    long testRows = 0;
    try (TaskSink train = open(trainPath, schema, options);
        TaskSink tst = open(testPath, schema, options);
        JsonlReader r = new JsonlReader(input)) {
      int i = 0;
      for (JsonlReader.Line line = r.next(); line != null; line = r.next(), i++) {
        Task t = TaskReader.read(line);
        if (test.get(i)) tst.write(t, "test", testRows++);
        else train.write(t, "train", trainRows++);
      }
    }
    return new Result(trainPath, testPath, trainRows, testRows);
  }

  private TaskSink open(Path file, KwargsSchema schema, VerlOptions options) throws IOException {
    Files.deleteIfExists(file);
    return format == Format.PARQUET
        ? new VerlParquetSink(file, schema, options)
        : JsonlSinks.verl(new BufferedOutputStream(Files.newOutputStream(file)), options);
  }

  /** The indices of the test rows among {@code n}. */
  public static BitSet testRows(int n, double fraction, long seed) {
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) order.add(i);
    new PyRandom(seed).shuffle(order);
    int testCount = (int) Math.min(n, Math.ceil(n * fraction - 1e-9));
    BitSet test = new BitSet(n);
    for (int i = 0; i < testCount; i++) test.set(order.get(i));
    return test;
  }

  private void check(JsonlReader.Line line, Task t) {
    for (int i = 0; i < t.instructionIds().size(); i++) {
      String id = t.instructionIds().get(i);
      try {
        ConstraintType type = registry.get(id);
        Args args = Args.of(id, t.kwargs().get(i));
        if (type.takesPrompt()) args = args.with("prompt", t.prompt());
        type.create(args);
      } catch (UnknownInstructionException | ArgumentException e) {
        throw line.bad("instruction " + (i + 1) + " (" + id + "): " + e.getMessage());
      }
    }
  }
}
