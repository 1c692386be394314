package dev.if4j.cli;

import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.constraints.Registries;
import dev.if4j.constraints.Version;
import dev.if4j.text.resources.ResourceDigest;
import dev.if4j.text.resources.ResourceInventory;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Reports what this if4j would score with: its version, registries and fixes, and for every resource"
          + " file where it is found (bundled in the jar, or the resource directory), its SHA-256, and what"
          + " is missing (one line per package; --verbose: every file). Downloads nothing.",
      "Exit code 4 when language data is missing (the benchmark prompt sets are optional)."
    })
final class DoctorCommand implements Callable<Integer> {
  private final CliEnv env;

  @Mixin Options.Resources resources;

  @Option(names = {"-v", "--verbose"},
      description = "List every resource file, where it was found and its SHA-256 (default: one line per package).")
  boolean verbose;

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
    ResourceInventory inventory = ResourceInventory.of(store);
    if (verbose) inventory.files().forEach(file -> printFile(out, file));
    else inventory.packages().forEach((name, pkg) -> printPackage(out, name, pkg));
    List<String> missing = inventory.missingRequired();
    int optionalMissing = inventory.missingOptional().size();
    out.printf("%d of %d files found (%d bundled, %d in the directory); %d missing, %d of them optional%n",
        inventory.bundled() + inventory.inDirectory(), inventory.files().size(), inventory.bundled(),
        inventory.inDirectory(), missing.size() + optionalMissing, optionalMissing);
    out.flush();
    if (missing.isEmpty()) return Main.OK;
    throw new ResourceMissingException(missing.get(0), missing.size() + " language resource files are missing"
        + " (first: " + missing.get(0) + "). Run 'if4j resources pull', or point --resources at a copy.", null);
  }

  /** --verbose: one file, where it was found and its SHA-256, or that it is missing. */
  private static void printFile(PrintStream out, ResourceInventory.File file) {
    if (file.at().isEmpty()) {
      out.println("  missing   " + file.name() + (file.optional() ? " (optional)" : ""));
    } else {
      out.println("  " + (file.bundled() ? "bundled  " : "directory") + " " + file.name() + "  sha256:"
          + ResourceDigest.sha256(file.at().get()));
    }
  }

  /** One package's line, then its missing files (what to act on); --verbose lists every file. */
  private static void printPackage(PrintStream out, String name, ResourceInventory.Package pkg) {
    int total = pkg.total();
    String where = pkg.bundled() > 0 && pkg.inDirectory() > 0 ? "bundled and directory"
        : pkg.bundled() > 0 ? "bundled" : pkg.inDirectory() > 0 ? "directory" : "";
    out.printf("  %-12s %d of %d files%s%s%n", name, pkg.found(), total,
        where.isEmpty() ? "" : " (" + where + ")", pkg.missing().isEmpty() ? "" : ", " + pkg.missing().size() + " missing");
    // A package missing as a whole is one fact (pull it); its file names would only bury the rest.
    if (pkg.missing().size() == total && total > 3) return;
    for (String file : pkg.missing()) {
      out.println("    missing " + file + (ResourceInventory.optional(file) ? " (optional)" : ""));
    }
  }
}
