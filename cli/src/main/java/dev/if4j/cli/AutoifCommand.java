package dev.if4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "autoif",
    mixinStandardHelpOptions = true,
    description = "AutoIF: instructions verified by LLM-written Python functions, run in a sandbox.",
    subcommands = {AutoifVerifyCommand.class})
final class AutoifCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }
}
