package dev.if4j.eval.report;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.text.TextTools;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a report explains each run's failures: an {@link Report.Explainer} over the prompts the run was
 * judged on, or, when those prompts cannot be had, a note saying why (a report without reasons is
 * still a report).
 *
 * @param explainers by run label
 * @param notes by run label, for the runs without an explainer
 */
public record Explanations(Map<String, Report.Explainer> explainers, Map<String, String> notes) {
  /**
   * The explanations of {@code runs}.
   *
   * @param inputData the prompts file for every run, or null: each run's summary names its own
   * @param resolve a path as the user's working directory reads it
   * @param registries a registry by name (an unknown name: {@link IllegalArgumentException})
   */
  public static Explanations of(List<RunResults> runs, Path inputData, UnaryOperator<Path> resolve,
      Function<String, Registry> registries, TextTools tools) throws IOException {
    Map<String, Report.Explainer> explainers = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (RunResults run : runs) {
      String registry = run.summaryField("registry");
      if (inputData == null && run.summary().get("framework") instanceof Map<?, ?> framework) {
        // The prompts were read from the framework's own file, which is no prompts file.
        notes.put(run.label(), "reasons not available: the prompts and their arguments are in the " + framework.get("name")
            + " file " + run.summaryField("responses") + "; pass the benchmark's prompts with --input-data FILE");
        continue;
      }
      Path data = inputData != null ? inputData : locate(run, resolve);
      if (data == null) {
        notes.put(run.label(), "reasons not available: the benchmark's prompts (" + run.summaryField("input_data")
            + ") were not found; pass --input-data FILE");
        continue;
      }
      try {
        explainers.put(run.label(), Report.explainer(data,
            new Evaluator(registries.apply(registry == null ? "ifeval" : registry), tools)));
      } catch (IllegalArgumentException | InputProblemException e) {
        notes.put(run.label(), "reasons not available: " + e.getMessage());
      }
    }
    return new Explanations(explainers, notes);
  }

  /** The input data a run's summary names: as written (from the working directory), else from the run directory. */
  private static Path locate(RunResults run, UnaryOperator<Path> resolve) {
    String named = run.summaryField("input_data");
    if (named == null) return null;
    Path p = Path.of(named);
    if (p.isAbsolute()) return Files.isRegularFile(p) ? p : null;
    for (Path candidate : List.of(resolve.apply(p), run.dir().resolve(p), run.dir().resolve(p.getFileName()))) {
      if (Files.isRegularFile(candidate)) return candidate;
    }
    return null;
  }
}
