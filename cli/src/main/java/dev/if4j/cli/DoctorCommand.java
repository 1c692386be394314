package dev.if4j.cli;

import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.eval.Registries;
import dev.if4j.constraints.Version;
import dev.if4j.text.resources.ResourceDigest;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Reports what this if4j would score with: its version, registries and fixes, and for every resource"
          + " file where it is found (bundled in the jar, or the resource directory), its SHA-256, and what"
          + " is missing. Downloads nothing.",
      "Exit code 4 when language data is missing (the benchmark prompt sets are optional)."
    })
final class DoctorCommand implements Callable<Integer> {
  private final CliEnv env;

  @Mixin Options.Resources resources;

  DoctorCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    ResourceStore store = resources.store(env);
    PrintStream out = env.out();
    out.println("if4j " + Version.get() + " on Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    out.println("registries: " + String.join(", ", Registries.names()));
    out.println("upstream versions (NAME@VERSION, 'if4j registries'): " + String.join(", ",
        Versions.all().stream().map(UpstreamVersion::name).toList()));
    out.println("fixes: " + String.join(", ", Fixes.ids()));
    out.println("bundled resources: " + (store.bundle().isPresent() ? "yes (looked in first)" : "none in this build"));
    out.println("resource directory: " + store.root() + (Files.isDirectory(store.root()) ? "" : " (does not exist)")
        + (store.isOffline() ? ", offline" : ""));
    int bundled = 0;
    int inDir = 0;
    List<String> missing = new ArrayList<>();
    List<String> optionalMissing = new ArrayList<>();
    for (String file : Upstream.allFiles()) {
      Optional<Path> at = store.locate(file);
      if (at.isEmpty()) {
        (optional(file) ? optionalMissing : missing).add(file);
        out.println("  missing   " + file + (optional(file) ? " (optional)" : ""));
        continue;
      }
      boolean b = ResourceDigest.isBundled(at.get());
      if (b) bundled++;
      else inDir++;
      out.println("  " + (b ? "bundled  " : "directory") + " " + file + "  sha256:" + ResourceDigest.sha256(at.get()));
    }
    out.printf("%d of %d files found (%d bundled, %d in the directory); %d missing, %d of them optional%n",
        bundled + inDir, Upstream.allFiles().size(), bundled, inDir, missing.size() + optionalMissing.size(),
        optionalMissing.size());
    out.flush();
    if (missing.isEmpty()) return Main.OK;
    throw new ResourceMissingException(missing.get(0), missing.size() + " language resource files are missing"
        + " (first: " + missing.get(0) + "). Run 'if4j resources pull', or point --resources at a copy.", null);
  }

  /**
   * Files a run can do without: the benchmarks' prompt sets (eval takes --input-data), and
   * langdetect's CJK normalisation table (detection runs unnormalised, with a warning).
   */
  static boolean optional(String file) {
    return file.startsWith("datasets/") || file.equals("langdetect/messages.properties");
  }
}
