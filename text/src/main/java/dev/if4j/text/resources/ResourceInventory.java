package dev.if4j.text.resources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each language resource file is found for a store (bundled in the jar, in the resource
 * directory, or nowhere), counted per package: what {@code if4j doctor} reports. Looks only; downloads
 * nothing.
 */
public final class ResourceInventory {
  /** One upstream file and where it was found ({@code at} empty: missing). */
  public record File(String name, Optional<Path> at, boolean bundled) {
    public boolean optional() {
      return ResourceInventory.optional(name);
    }
  }

  /** What one package (the first path segment: nltk, langdetect, ...) has. */
  public record Package(int bundled, int inDirectory, List<String> missing) {
    public int total() {
      return bundled + inDirectory + missing.size();
    }

    public int found() {
      return bundled + inDirectory;
    }
  }

  private final List<File> files;

  private ResourceInventory(List<File> files) {
    this.files = files;
  }

  /** Every file of {@link Upstream#allFiles()}, in that order, located in {@code store}. */
  public static ResourceInventory of(ResourceStore store) {
    List<File> files = new ArrayList<>();
    for (String name : Upstream.allFiles()) {
      Optional<Path> at = store.locate(name);
      files.add(new File(name, at, at.isPresent() && ResourceDigest.isBundled(at.get())));
    }
    return new ResourceInventory(List.copyOf(files));
  }

  public List<File> files() {
    return files;
  }

  /** The packages by name, sorted. */
  public Map<String, Package> packages() {
    Map<String, List<File>> byPackage = new TreeMap<>();
    for (File f : files) {
      byPackage.computeIfAbsent(f.name().substring(0, Math.max(0, f.name().indexOf('/'))), k -> new ArrayList<>()).add(f);
    }
    Map<String, Package> out = new TreeMap<>();
    byPackage.forEach((name, in) -> out.put(name, new Package(
        (int) in.stream().filter(f -> f.at().isPresent() && f.bundled()).count(),
        (int) in.stream().filter(f -> f.at().isPresent() && !f.bundled()).count(),
        in.stream().filter(f -> f.at().isEmpty()).map(File::name).toList())));
    return out;
  }

  public int bundled() {
    return (int) files.stream().filter(f -> f.at().isPresent() && f.bundled()).count();
  }

  public int inDirectory() {
    return (int) files.stream().filter(f -> f.at().isPresent() && !f.bundled()).count();
  }

  /** The missing files a run cannot do without, in order. */
  public List<String> missingRequired() {
    return files.stream().filter(f -> f.at().isEmpty() && !f.optional()).map(File::name).toList();
  }

  /** The missing files a run can do without. */
  public List<String> missingOptional() {
    return files.stream().filter(f -> f.at().isEmpty() && f.optional()).map(File::name).toList();
  }

  /**
   * Files a run can do without: the benchmarks' prompt sets (eval takes --input-data), and
   * langdetect's CJK normalisation table (detection runs unnormalised, with a warning).
   */
  public static boolean optional(String file) {
    return file.startsWith("datasets/") || file.equals("langdetect/messages.properties");
  }
}
