package dev.if4j.cli;

import dev.if4j.autoif.AugmentStep;
import dev.if4j.autoif.AutoifConfig;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.autoif.AutoifSteps;
import dev.if4j.autoif.BackTranslateStep;
import dev.if4j.autoif.CrossValidateStep;
import dev.if4j.autoif.ExportStep;
import dev.if4j.autoif.FuncsStep;
import dev.if4j.autoif.Llm;
import dev.if4j.autoif.Prompts;
import dev.if4j.autoif.RespondStep;
import dev.if4j.autoif.ScoreStep;
import dev.if4j.autoif.VerifyResponsesStep;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ProgressMeter;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code autoif} subcommands that run AutoIF's steps (docs/autoif.md): one command,
 * parameterised by the {@link Step} it runs, registered once per step by {@link AutoifCommand}.
 */
@Command(mixinStandardHelpOptions = true)
final class AutoifStepCommand implements Callable<Integer> {
  /** Options every step takes: the working directory, the model, the sandbox, the step settings. */
  static final class StepOptions {
    @Option(names = "--dir", required = true, paramLabel = "DIR",
        description = "The working directory: each step reads the files of the steps before it there and writes its own,"
            + " under AutoIF's names.")
    String dir;

    @Mixin EndpointOptions model;

    @Option(names = "--keep-going",
        description = "When some requests of a step failed for good, go on with the answers there are"
            + " (default: stop; a rerun asks only for the missing answers).")
    boolean keepGoing;

    @Option(names = "--prompts", paramLabel = "DIR",
        description = "Directory of prompt templates replacing the bundled ones: augment.txt, funcs.txt, backtranslate.txt,"
            + " nli.txt, respond.txt, score.txt (any of them).")
    String promptsDir;

    @Option(names = "--augment-samples", paramLabel = "K", defaultValue = "1",
        description = "Step 1: augmentation answers (default: ${DEFAULT-VALUE}).")
    int augmentSamples;

    @Option(names = "--func-samples", paramLabel = "K", defaultValue = "6",
        description = "Step 2: function-writing answers per instruction (default: ${DEFAULT-VALUE}).")
    int funcSamples;

    @Option(names = "--response-samples", paramLabel = "K", defaultValue = "4",
        description = "Step 5: responses per query (default: ${DEFAULT-VALUE}).")
    int responseSamples;

    @Option(names = "--score-samples", paramLabel = "K", defaultValue = "1",
        description = "Step 7: judgements per response (default: ${DEFAULT-VALUE}).")
    int scoreSamples;

    @Option(names = "--queries-per-instruction", paramLabel = "N", defaultValue = "16",
        description = "Step 5: queries drawn per instruction (default: ${DEFAULT-VALUE}, as AutoIF).")
    int queriesPerInstruction;

    @Option(names = "--draw-seed", paramLabel = "N", defaultValue = "0",
        description = "Seed of the query draw (step 5) and the DPO draw (step 8) (default: ${DEFAULT-VALUE}, as AutoIF).")
    long drawSeed;

    @Mixin SandboxOptions sandbox;

    AutoifConfig config(CommandSpec spec) {
      try {
        return AutoifConfig.defaults().withSamples(augmentSamples, funcSamples, responseSamples, scoreSamples)
            .withQueriesPerInstruction(queriesPerInstruction).withSeed(drawSeed);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    /** The model settings, checked up front (a step that needs no model ignores them). */
    Llm.Settings llmSettings(CommandSpec spec) {
      model.check(spec);
      try {
        return new Llm.Settings(model.model, model.sampling(spec), model.concurrency, model.errorBudget(spec), keepGoing,
            model.reasoning(spec));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  /** A step's input file option ({@code --seeds}, {@code --queries}), added to its command's model. */
  private record FileOption(String name, boolean required, String description) {
    OptionSpec spec() {
      return OptionSpec.builder(name).paramLabel("FILE").type(String.class).required(required)
          .description(description).build();
    }
  }

  private static final FileOption SEEDS_COPIED = new FileOption("--seeds", false,
      "Seed instructions, one per line (copied to DIR/seed_instruction.txt).");
  private static final FileOption SEEDS_DEFAULT = new FileOption("--seeds", false,
      "Seed instructions, one per line (default: DIR/seed_instruction.txt).");
  private static final FileOption QUERIES = new FileOption("--queries", true,
      "Query pool, JSONL: \"query\" or \"prompt\" strings, or ShareGPT \"messages\"/\"conversations\".");
  private static final FileOption QUERIES_OF_RUN = new FileOption("--queries", true, "Query pool for step 5.");

  /** Runs a step's library code with its command's input files. */
  @FunctionalInterface
  private interface Runner {
    List<AutoifSteps.Report> run(AutoifSteps steps, Inputs in) throws IOException, InterruptedException;
  }

  /** Each command: its name, help, whether it asks the model or may create DIR, its file options, its step. */
  enum Step {
    AUGMENT("augment", "Step 1: new instructions from seed instructions (DIR/seed_instruction.txt, or --seeds) ->"
        + " augment_instructions.txt (raw answers: augment_instructions.gen.jsonl).", true, true, List.of(SEEDS_COPIED),
        (steps, in) -> List.of(steps.run(new AugmentStep(in.file("--seeds"))))),
    FUNCS("funcs", "Step 2: verification functions and test cases for the seed and augmented instructions ->"
        + " eval_func_rft.jsonl ({prompt, instruction, gpt-answer, parsed: [{func, cases}]}).", true, false, List.of(),
        (steps, in) -> List.of(steps.run(new FuncsStep()))),
    CROSS_VALIDATE("cross-validate", "Step 3: runs every function on every case in the sandbox; keeps instructions"
        + " with >= 3 functions and >= 10 cases, cases some function gets right, functions right on >= 80% of those ->"
        + " cross_validation.jsonl (dropped ones and why: cross_validation.dropped.jsonl).", false, false, List.of(),
        (steps, in) -> List.of(steps.run(new CrossValidateStep()))),
    BACK_TRANSLATE("back-translate", "Step 4: back-translates each instruction's first 3 functions into instructions"
        + " (back_trans.jsonl), asks the model as an NLI judge, drops instructions with a contradiction ->"
        + " back_trans_filter.jsonl.", true, false, List.of(),
        (steps, in) -> List.of(steps.run(new BackTranslateStep()))),
    RESPOND("respond", "Step 5: draws queries for each instruction (query_sampled.jsonl) and generates responses ->"
        + " query_rft.jsonl.", true, false, List.of(QUERIES),
        (steps, in) -> List.of(steps.run(new RespondStep(in.file("--queries"))))),
    VERIFY_RESPONSES("verify-responses", "Step 6: runs each instruction's functions on its responses in the sandbox;"
        + " keeps responses with mean accuracy > 0 -> query_wo_score.jsonl, and all with their accuracy ->"
        + " eval_score_results.jsonl.", false, false, List.of(),
        (steps, in) -> List.of(steps.run(new VerifyResponsesStep()))),
    SCORE("score", "Step 7: the model scores each verified response 0-10 (query_rft_score.jsonl); keeps mean > 8 ->"
        + " query_score_filter.jsonl.", true, false, List.of(),
        (steps, in) -> List.of(steps.run(new ScoreStep()))),
    EXPORT("export", "Step 8: SFT data (IF_sft_data.json, LLaMA-Factory alpaca) and DPO pairs (dpo_pairs.jsonl,"
        + " IF_dpo_data.json: chosen accuracy >= 0.5, rejected 0), with dataset_info.json.", false, false, List.of(),
        (steps, in) -> List.of(steps.run(new ExportStep()))),
    RUN("run", "Every step in order in DIR. LLM steps resume from their .gen.jsonl files, so a stopped run goes on"
        + " where it stopped when started again.", true, true, List.of(SEEDS_DEFAULT, QUERIES_OF_RUN),
        (steps, in) -> steps.run(in.file("--seeds"), in.file("--queries")));

    final String command;
    final String description;
    /** Whether this step asks the model (then --endpoint and --model are checked before anything runs). */
    final boolean asksModel;
    /** Whether the working directory may be created by this step. */
    final boolean createsDir;
    private final List<FileOption> files;
    private final Runner runner;

    Step(String command, String description, boolean asksModel, boolean createsDir, List<FileOption> files,
        Runner runner) {
      this.command = command;
      this.description = description;
      this.asksModel = asksModel;
      this.createsDir = createsDir;
      this.files = files;
      this.runner = runner;
    }
  }

  /** The command line of {@code step}'s command: this class's model with the step's help and file options. */
  static CommandLine commandLine(CliEnv env, Step step) {
    CommandLine cl = new CommandLine(new AutoifStepCommand(env, step));
    CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().description(step.description);
    for (FileOption option : step.files) spec.addOption(option.spec());
    return cl;
  }

  /** The step's input files, checked when the step reads them (after DIR and the settings). */
  private final class Inputs {
    /** The existing file the option names; null when the option was not given. */
    Path file(String option) {
      String name = spec.findOption(option).getValue();
      return name == null ? null : FileArgs.existingFile(spec, env, name, option);
    }
  }

  private final CliEnv env;
  private final Step step;

  @Spec CommandSpec spec;

  @Mixin StepOptions options;

  private AutoifStepCommand(CliEnv env, Step step) {
    this.env = env;
    this.step = step;
  }

  @Override
  public Integer call() throws Exception {
    Path dir = workdir();
    AutoifConfig config = options.config(spec);
    PythonSandbox.Options sandbox = options.sandbox.options(spec);
    Prompts prompts = prompts();
    ChatClient.Config clientConfig = step.asksModel ? options.model.clientConfig(spec) : null;
    Llm.Settings settings = step.asksModel ? options.llmSettings(spec) : null;
    List<ChatClient> clients = new ArrayList<>();
    try (AutoifSteps steps = new AutoifSteps(dir, config, prompts, () -> llm(clientConfig, settings, clients), sandbox,
        msg -> env.err().println("if4j autoif " + msg))) {
      for (AutoifSteps.Report r : step.runner.run(steps, new Inputs())) env.out().println(r);
      env.out().flush();
      return Main.OK;
    } catch (InputProblemException e) {
      env.err().println("if4j: bad input: " + e.getMessage());
      env.err().println("if4j: fix that and run again (the steps before it keep their files).");
      return Main.BAD_INPUT;
    } catch (Llm.StepFailedException e) {
      env.err().println("if4j autoif " + e.getMessage());
      return Main.GENERATION_FAILED;
    } catch (SandboxUnavailableException e) {
      env.err().println("if4j: " + e.getMessage());
      return Main.INTERNAL;
    } finally {
      clients.forEach(ChatClient::close);
    }
  }

  /** The working directory: created when the step may create it, else it must be there. */
  private Path workdir() throws IOException {
    Path dir = env.resolve(Path.of(options.dir));
    if (!Files.isDirectory(dir)) {
      if (!step.createsDir || Files.exists(dir)) {
        throw new ParameterException(spec.commandLine(), "--dir: " + options.dir + " is not a directory");
      }
      Files.createDirectories(dir);
    }
    return dir;
  }

  private Prompts prompts() throws IOException {
    try {
      return Prompts.withOverrides(options.promptsDir == null ? null : env.resolve(Path.of(options.promptsDir)));
    } catch (InputProblemException e) {
      throw new ParameterException(spec.commandLine(), "--prompts: " + e.getMessage());
    }
  }

  /** The model client, made when a step first asks the model; {@code clients} keeps it to be closed. */
  private Llm llm(ChatClient.Config clientConfig, Llm.Settings settings, List<ChatClient> clients) {
    if (settings == null) throw new IllegalStateException("this step does not ask a model");
    boolean terminal = env.err() == System.err && ProgressMeter.onTerminal();
    ChatClient client = new ChatClient(clientConfig);
    clients.add(client);
    return new Llm(client, settings,
        (total, before) -> new ProgressMeter(env.err(), terminal, total, before, Duration.ofSeconds(10)),
        msg -> env.err().println("if4j autoif " + msg));
  }
}
