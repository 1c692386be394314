package dev.if4j.cli;

import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.constraints.Registries;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "registries",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every registry --registry takes, and every upstream version of the reference checkers"
          + " that 'NAME@VERSION' names (by commit or alias), with its upstream commit, date and what it"
          + " changed. The plain name is the pinned version."
    })
final class RegistriesCommand implements Callable<Integer> {
  private static final String REFUSED = " (refused)";

  private final CliEnv env;

  RegistriesCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintStream out = env.out();
    out.println("registries: " + String.join(", ", Registries.names()));
    out.println();
    out.println("upstream versions (--registry NAME@COMMIT or NAME@ALIAS; eval --benchmark NAME@VERSION):");
    String registry = null;
    for (UpstreamVersion v : Versions.all()) {
      if (!v.registry().equals(registry)) {
        registry = v.registry();
        out.println();
        out.println(registry + ":");
      }
      out.println("  " + v.name() + "  " + v.date() + "  " + v.source() + (v.pinned() ? "  [pinned: --registry " + registry + "]" : "")
          + (v.aliases().isEmpty() ? "" : "  aliases: " + String.join(", ", v.aliases())));
      out.println("      " + v.change());
      if (!v.pinned()) {
        List<String> changed = Versions.overriddenIds(v);
        List<String> overridden = changed.stream().filter(id -> !id.endsWith(REFUSED)).toList();
        long refused = changed.size() - overridden.size();
        out.println("      built from " + v.registry() + "@" + v.neighbour() + ": overrides "
            + String.join(", ", overridden) + (refused == 0 ? "" : "; refuses " + refused + " ids"));
      }
    }
    out.flush();
    return Main.OK;
  }
}
