package dev.if4j.cli;

import java.util.concurrent.Callable;
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
    subcommands = {AutoifVerifyCommand.class, AutoifStepCommands.Augment.class, AutoifStepCommands.Funcs.class,
        AutoifStepCommands.CrossValidate.class, AutoifStepCommands.BackTranslate.class,
        AutoifStepCommands.Respond.class, AutoifStepCommands.VerifyResponses.class, AutoifStepCommands.Score.class,
        AutoifStepCommands.Export.class, AutoifStepCommands.Run.class})
final class AutoifCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }
}
