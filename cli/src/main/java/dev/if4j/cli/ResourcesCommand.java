package dev.if4j.cli;

import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description = "Manages the language data cache.",
    subcommands = {ResourcesCommand.Pull.class})
final class ResourcesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = {
        "Downloads every file if4j may need into the resource directory: NLTK's punkt_tab, stopwords"
            + " and averaged_perceptron_tagger_eng, langdetect's 55 profiles and messages, syllapy's"
            + " dictionary, the google/IFEval prompts and the IFBench test set. Files already there are kept.",
        "With --offline, downloads nothing and lists what is missing (exit 4 if anything is)."
      })
  static final class Pull implements Callable<Integer> {
    private final CliEnv env;

    @Mixin Options.Resources resources;

    Pull(CliEnv env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      ResourceStore store = resources.store(env);
      env.out().println("resource directory: " + store.root());
      List<String> absent = Upstream.allFiles().stream()
          .filter(f -> store.locate(f).isEmpty()) // bundled in the jar, or already in the directory
          .toList();
      List<String> missing = new ArrayList<>();
      String lastError = null;
      for (String file : absent) {
        if (store.isOffline()) {
          missing.add(file);
          continue;
        }
        try {
          store.require(file); // a no-op for the files of a package fetched a moment ago
        } catch (ResourceMissingException e) {
          missing.add(file);
          lastError = e.getMessage();
        }
      }
      int present = Upstream.allFiles().size() - absent.size();
      int fetched = absent.size() - missing.size();
      env.out().printf("%d files were there, %d downloaded, %d missing%n", present, fetched, missing.size());
      env.out().flush();
      if (missing.isEmpty()) return Main.OK;
      for (String m : missing) env.err().println("  missing: " + m);
      throw new ResourceMissingException(missing.get(0), missing.size() + " resource files are missing from "
          + store.root() + (store.isOffline()
              ? ". Run 'if4j resources pull' without --offline to download them."
              : ". The last download error: " + lastError + " Check the network (or a proxy) and run 'if4j resources pull' again."),
          null);
    }
  }
}
