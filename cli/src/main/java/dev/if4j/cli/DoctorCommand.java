package dev.if4j.cli;

import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.constraints.Registries;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
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

  /** What one package (the first path segment: nltk, langdetect, ...) has. */
  private static final class PackageCount {
    int bundled;
    int inDir;
    final List<String> missing = new ArrayList<>();
  }

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
    Map<String, PackageCount> packages = new TreeMap<>();
    for (String file : Upstream.allFiles()) {
      PackageCount pkg = packages.computeIfAbsent(file.substring(0, Math.max(0, file.indexOf('/'))), k -> new PackageCount());
      Optional<Path> at = store.locate(file);
      if (at.isEmpty()) {
        (optional(file) ? optionalMissing : missing).add(file);
        pkg.missing.add(file);
        if (verbose) out.println("  missing   " + file + (optional(file) ? " (optional)" : ""));
        continue;
      }
      boolean b = ResourceDigest.isBundled(at.get());
      if (b) {
        bundled++;
        pkg.bundled++;
      } else {
        inDir++;
        pkg.inDir++;
      }
      if (verbose) {
        out.println("  " + (b ? "bundled  " : "directory") + " " + file + "  sha256:" + ResourceDigest.sha256(at.get()));
      }
    }
    if (!verbose) packages.forEach((name, pkg) -> printPackage(out, name, pkg));
    out.printf("%d of %d files found (%d bundled, %d in the directory); %d missing, %d of them optional%n",
        bundled + inDir, Upstream.allFiles().size(), bundled, inDir, missing.size() + optionalMissing.size(),
        optionalMissing.size());
    out.flush();
    if (missing.isEmpty()) return Main.OK;
    throw new ResourceMissingException(missing.get(0), missing.size() + " language resource files are missing"
        + " (first: " + missing.get(0) + "). Run 'if4j resources pull', or point --resources at a copy.", null);
  }

  /** One package's line, then its missing files (what to act on); --verbose lists every file. */
  private static void printPackage(PrintStream out, String name, PackageCount pkg) {
    int total = pkg.bundled + pkg.inDir + pkg.missing.size();
    String where = pkg.bundled > 0 && pkg.inDir > 0 ? "bundled and directory"
        : pkg.bundled > 0 ? "bundled" : pkg.inDir > 0 ? "directory" : "";
    out.printf("  %-12s %d of %d files%s%s%n", name, pkg.bundled + pkg.inDir, total,
        where.isEmpty() ? "" : " (" + where + ")", pkg.missing.isEmpty() ? "" : ", " + pkg.missing.size() + " missing");
    // A package missing as a whole is one fact (pull it); its file names would only bury the rest.
    if (pkg.missing.size() == total && total > 3) return;
    for (String file : pkg.missing) out.println("    missing " + file + (optional(file) ? " (optional)" : ""));
  }

  /**
   * Files a run can do without: the benchmarks' prompt sets (eval takes --input-data), and
   * langdetect's CJK normalisation table (detection runs unnormalised, with a warning).
   */
  static boolean optional(String file) {
    return file.startsWith("datasets/") || file.equals("langdetect/messages.properties");
  }
}
