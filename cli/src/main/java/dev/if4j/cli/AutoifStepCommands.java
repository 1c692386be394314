package dev.if4j.cli;

import dev.if4j.autoif.AutoifConfig;
import dev.if4j.autoif.AutoifInputException;
import dev.if4j.autoif.AugmentStep;
import dev.if4j.autoif.AutoifSteps;
import dev.if4j.autoif.BackTranslateStep;
import dev.if4j.autoif.CrossValidateStep;
import dev.if4j.autoif.ExportStep;
import dev.if4j.autoif.FuncsStep;
import dev.if4j.autoif.RespondStep;
import dev.if4j.autoif.ScoreStep;
import dev.if4j.autoif.VerifyResponsesStep;
import dev.if4j.autoif.Llm;
import dev.if4j.autoif.Prompts;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code autoif} subcommands that run AutoIF's steps (docs/autoif.md). */
final class AutoifStepCommands {
  private AutoifStepCommands() {}

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

  /** A step: opens the working directory and the model client, runs, maps failures to exit codes. */
  abstract static class StepCommand implements Callable<Integer> {
    static final boolean ASKS_MODEL = true;
    static final boolean NO_MODEL = false;

    final CliEnv env;
    /** Whether this step asks the model (then --endpoint and --model are checked before anything runs). */
    private final boolean usesModel;

    @Spec CommandSpec spec;

    @Mixin StepOptions options;

    StepCommand(CliEnv env, boolean usesModel) {
      this.env = env;
      this.usesModel = usesModel;
    }

    /** Whether the working directory may be created by this step. */
    boolean createsDir() {
      return false;
    }

    abstract List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException;

    @Override
    public Integer call() throws Exception {
      Path dir = env.resolve(Path.of(options.dir));
      if (!Files.isDirectory(dir)) {
        if (!createsDir() || Files.exists(dir)) {
          throw new ParameterException(spec.commandLine(), "--dir: " + options.dir + " is not a directory");
        }
        Files.createDirectories(dir);
      }
      AutoifConfig config = options.config(spec);
      PythonSandbox.Options sandbox = options.sandbox.options(spec);
      Prompts prompts;
      try {
        prompts = Prompts.withOverrides(options.promptsDir == null ? null : env.resolve(Path.of(options.promptsDir)));
      } catch (AutoifInputException e) {
        throw new ParameterException(spec.commandLine(), "--prompts: " + e.getMessage());
      }
      ChatClient.Config clientConfig = usesModel ? options.model.clientConfig(spec) : null;
      Llm.Settings settings = usesModel ? options.llmSettings(spec) : null;
      List<ChatClient> clients = new ArrayList<>();
      boolean terminal = env.err() == System.err && ProgressMeter.onTerminal();
      try (AutoifSteps steps = new AutoifSteps(dir, config, prompts, () -> {
        if (settings == null) throw new IllegalStateException("this step does not ask a model");
        ChatClient client = new ChatClient(clientConfig);
        clients.add(client);
        return new Llm(client, settings,
            (total, before) -> new ProgressMeter(env.err(), terminal, total, before, Duration.ofSeconds(10)),
            msg -> env.err().println("if4j autoif " + msg));
      }, sandbox, msg -> env.err().println("if4j autoif " + msg))) {
        for (AutoifSteps.Report r : run(steps)) env.out().println(r);
        env.out().flush();
        return Main.OK;
      } catch (AutoifInputException e) {
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

    Path input(String name, String option) {
      return FileArgs.existingFile(spec, env, name, option);
    }
  }

  @Command(name = "augment", mixinStandardHelpOptions = true,
      description = "Step 1: new instructions from seed instructions (DIR/seed_instruction.txt, or --seeds) ->"
          + " augment_instructions.txt (raw answers: augment_instructions.gen.jsonl).")
  static final class Augment extends StepCommand {
    @Option(names = "--seeds", paramLabel = "FILE",
        description = "Seed instructions, one per line (copied to DIR/seed_instruction.txt).")
    String seeds;

    Augment(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    boolean createsDir() {
      return true;
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new AugmentStep(seeds == null ? null : input(seeds, "--seeds"))));
    }
  }

  @Command(name = "funcs", mixinStandardHelpOptions = true,
      description = "Step 2: verification functions and test cases for the seed and augmented instructions ->"
          + " eval_func_rft.jsonl ({prompt, instruction, gpt-answer, parsed: [{func, cases}]}).")
  static final class Funcs extends StepCommand {
    Funcs(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new FuncsStep()));
    }
  }

  @Command(name = "cross-validate", mixinStandardHelpOptions = true,
      description = "Step 3: runs every function on every case in the sandbox; keeps instructions with >= 3 functions and"
          + " >= 10 cases, cases some function gets right, functions right on >= 80% of those -> cross_validation.jsonl"
          + " (dropped ones and why: cross_validation.dropped.jsonl).")
  static final class CrossValidate extends StepCommand {
    CrossValidate(CliEnv env) {
      super(env, NO_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new CrossValidateStep()));
    }
  }

  @Command(name = "back-translate", mixinStandardHelpOptions = true,
      description = "Step 4: back-translates each instruction's first 3 functions into instructions (back_trans.jsonl),"
          + " asks the model as an NLI judge, drops instructions with a contradiction -> back_trans_filter.jsonl.")
  static final class BackTranslate extends StepCommand {
    BackTranslate(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new BackTranslateStep()));
    }
  }

  @Command(name = "respond", mixinStandardHelpOptions = true,
      description = "Step 5: draws queries for each instruction (query_sampled.jsonl) and generates responses ->"
          + " query_rft.jsonl.")
  static final class Respond extends StepCommand {
    @Option(names = "--queries", required = true, paramLabel = "FILE",
        description = "Query pool, JSONL: \"query\" or \"prompt\" strings, or ShareGPT \"messages\"/\"conversations\".")
    String queries;

    Respond(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new RespondStep(input(queries, "--queries"))));
    }
  }

  @Command(name = "verify-responses", mixinStandardHelpOptions = true,
      description = "Step 6: runs each instruction's functions on its responses in the sandbox; keeps responses with"
          + " mean accuracy > 0 -> query_wo_score.jsonl, and all with their accuracy -> eval_score_results.jsonl.")
  static final class VerifyResponses extends StepCommand {
    VerifyResponses(CliEnv env) {
      super(env, NO_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new VerifyResponsesStep()));
    }
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Step 7: the model scores each verified response 0-10 (query_rft_score.jsonl); keeps mean > 8 ->"
          + " query_score_filter.jsonl.")
  static final class Score extends StepCommand {
    Score(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new ScoreStep()));
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Step 8: SFT data (IF_sft_data.json, LLaMA-Factory alpaca) and DPO pairs (dpo_pairs.jsonl,"
          + " IF_dpo_data.json: chosen accuracy >= 0.5, rejected 0), with dataset_info.json.")
  static final class Export extends StepCommand {
    Export(CliEnv env) {
      super(env, NO_MODEL);
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return List.of(steps.run(new ExportStep()));
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Every step in order in DIR. LLM steps resume from their .gen.jsonl files, so a stopped run goes on"
          + " where it stopped when started again.")
  static final class Run extends StepCommand {
    @Option(names = "--seeds", paramLabel = "FILE",
        description = "Seed instructions, one per line (default: DIR/seed_instruction.txt).")
    String seeds;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "Query pool for step 5.")
    String queries;

    Run(CliEnv env) {
      super(env, ASKS_MODEL);
    }

    @Override
    boolean createsDir() {
      return true;
    }

    @Override
    List<AutoifSteps.Report> run(AutoifSteps steps) throws IOException, InterruptedException {
      return steps.run(seeds == null ? null : input(seeds, "--seeds"), input(queries, "--queries"));
    }
  }
}
