package dev.if4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "autoif",
    mixinStandardHelpOptions = true,
    description = {
      "AutoIF: instructions verified by LLM-written Python functions, run in a sandbox.",
      "Steps, in order, each reading and writing files in --dir under AutoIF's names (docs/autoif.md):"
          + " augment, funcs, cross-validate, back-translate, respond, verify-responses, score, export; or all"
          + " of them: run."
    },
    subcommands = AutoifVerifyCommand.class,
    modelTransformer = AutoifCommand.StepCommands.class)
final class AutoifCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  /** Adds one {@link AutoifStepCommand} per step, in the pipeline's order, after {@code verify}. */
  static final class StepCommands implements CommandLine.IModelTransformer {
    private final CliEnv env;

    StepCommands(CliEnv env) {
      this.env = env;
    }

    @Override
    public CommandSpec transform(CommandSpec autoif) {
      for (AutoifStepCommand.Step step : AutoifStepCommand.Step.values()) {
        autoif.addSubcommand(step.command, AutoifStepCommand.commandLine(env, step));
      }
      return autoif;
    }
  }
}
