package dev.if4j.autoif;

import dev.if4j.sandbox.PythonSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * AutoIF's steps over one working directory ({@link Workdir}), each reading the files of the steps
 * before it and writing its own; this class holds what the steps share: the settings, the model
 * client and the sandbox, both started when a step first needs them.
 *
 * <p>LLM steps keep what the model said in a resumable {@code NAME.gen.jsonl} (see {@link Llm}) and
 * then write their output file from it; filter steps are functions of their input files. Every
 * output is written to a temporary file renamed into place, so a file of the pipeline is either
 * whole or absent, and rerunning a step gives the same bytes.
 */
public final class AutoifSteps implements AutoCloseable {
  /** What a step did: its main output and a one-line summary. */
  public record Report(String step, Path output, String summary) {
    @Override
    public String toString() {
      return step + ": " + summary + " -> " + output;
    }
  }

  /** One step of the pipeline (one class each: {@link AugmentStep} to {@link ExportStep}). */
  public interface Step {
    Report run(AutoifSteps steps) throws IOException, InterruptedException;
  }

  private final Workdir workdir;
  private final AutoifConfig config;
  private final Prompts prompts;
  private final Supplier<Llm> llmSupplier;
  private final PythonSandbox.Options sandboxOptions;
  private final Consumer<String> log;
  private Llm llm;
  private PythonSandbox box;
  private Verifier verifier;

  /**
   * @param llm makes the model client when an LLM step first needs it (may throw to say that no
   *     endpoint was configured)
   */
  public AutoifSteps(Path dir, AutoifConfig config, Prompts prompts, Supplier<Llm> llm,
      PythonSandbox.Options sandboxOptions, Consumer<String> log) {
    this.workdir = new Workdir(dir);
    this.config = Objects.requireNonNull(config);
    this.prompts = Objects.requireNonNull(prompts);
    this.llmSupplier = Objects.requireNonNull(llm);
    this.sandboxOptions = Objects.requireNonNull(sandboxOptions);
    this.log = log == null ? s -> {} : log;
  }

  public Path dir() {
    return workdir.dir();
  }

  public Report run(Step step) throws IOException, InterruptedException {
    return step.run(this);
  }

  /** Every step in order; {@code seeds} and {@code queries} as for {@link AugmentStep} and {@link RespondStep}. */
  public List<Report> run(Path seeds, Path queries) throws IOException, InterruptedException {
    List<Step> all = List.of(new AugmentStep(seeds), new FuncsStep(), new CrossValidateStep(), new BackTranslateStep(),
        new RespondStep(queries), new VerifyResponsesStep(), new ScoreStep(), new ExportStep());
    List<Report> out = new ArrayList<>();
    for (Step step : all) out.add(run(step));
    return out;
  }

  Path file(String name) {
    return workdir.file(name);
  }

  AutoifConfig config() {
    return config;
  }

  Prompts prompts() {
    return prompts;
  }

  void log(String message) {
    log.accept(message);
  }

  Llm llm() {
    if (llm == null) llm = llmSupplier.get();
    return llm;
  }

  Verifier verifier() {
    if (verifier == null) {
      box = PythonSandbox.start(sandboxOptions);
      verifier = new Verifier(box);
    }
    return verifier;
  }

  /** The step's report, logged. */
  Report report(String step, String output, String summary) {
    Report r = new Report(step, file(output), summary);
    log.accept(r.toString());
    return r;
  }

  @Override
  public void close() {
    if (verifier != null) verifier.close();
    if (box != null) box.close();
  }
}
