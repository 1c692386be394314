package dev.if4j.text.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where language data lives: one directory laid out like {@code shared/resources} (see NOTICE).
 *
 * <p>Resolution order: an explicit directory ({@code --resources DIR}), then the {@code
 * IF4J_RESOURCES} environment variable, then the user cache {@code ~/.cache/if4j}. A file that is
 * missing is fetched by a {@link ResourceFetcher} unless the store is offline.
 */
public final class ResourceStore {
  /** Environment variable naming the resource directory. */
  public static final String ENV = "IF4J_RESOURCES";

  private final Path root;
  private final boolean offline;
  private final ResourceFetcher fetcher;

  private ResourceStore(Path root, boolean offline, ResourceFetcher fetcher) {
    this.root = root.toAbsolutePath().normalize();
    this.offline = offline;
    this.fetcher = Objects.requireNonNull(fetcher);
  }

  /** A store over {@code root} that never downloads. */
  public static ResourceStore offline(Path root) {
    return new ResourceStore(root, true, ResourceFetcher.NONE);
  }

  /** A store over {@code root} that fetches missing files with {@code fetcher} unless offline. */
  public static ResourceStore of(Path root, boolean offline, ResourceFetcher fetcher) {
    return new ResourceStore(root, offline, fetcher);
  }

  /**
   * The store a user asked for: {@code explicitDir} when given, else {@code $IF4J_RESOURCES}, else
   * {@code ~/.cache/if4j}.
   */
  public static ResourceStore locate(
      Optional<Path> explicitDir, boolean offline, ResourceFetcher fetcher) {
    return new ResourceStore(defaultRoot(explicitDir, System.getenv()), offline, fetcher);
  }

  static Path defaultRoot(Optional<Path> explicitDir, Map<String, String> env) {
    if (explicitDir.isPresent()) return explicitDir.get();
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
    String xdg = env.get("XDG_CACHE_HOME");
    Path cacheHome =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return cacheHome.resolve("if4j");
  }

  public Path root() {
    return root;
  }

  public boolean isOffline() {
    return offline;
  }

  /** The path of {@code relativePath} when the file is already there; never downloads. */
  public Optional<Path> find(String relativePath) {
    Path file = root.resolve(relativePath);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * The path of {@code relativePath} (slash-separated, e.g. {@code syllapy/data.csv}), fetching it
   * first when it is missing and the store may download.
   *
   * @throws ResourceMissingException naming the file and the command that fetches it
   */
  public Path require(String relativePath) {
    Path file = root.resolve(relativePath);
    if (Files.isRegularFile(file)) return file;
    if (offline || fetcher == ResourceFetcher.NONE) {
      throw new ResourceMissingException(
          relativePath,
          "missing language resource "
              + file
              + (offline ? " (offline mode)" : "")
              + ". Fetch it with 'if4j resources pull' (or point --resources / "
              + ENV
              + " at a directory that has it).",
          null);
    }
    try {
      fetcher.fetch(relativePath, root);
    } catch (IOException | RuntimeException e) {
      throw new ResourceMissingException(
          relativePath,
          "missing language resource "
              + file
              + " and its download failed ("
              + e.getMessage()
              + "). Retry with 'if4j resources pull', or copy the file there by hand.",
          e);
    }
    if (!Files.isRegularFile(file)) {
      throw new ResourceMissingException(
          relativePath,
          "missing language resource " + file + ": the download did not produce it. "
              + "Retry with 'if4j resources pull'.",
          null);
    }
    return file;
  }

  /** A directory under the root (e.g. {@code langdetect/profiles}), fetched as a whole if needed. */
  public Path requireDirectory(String relativeDir, String probeFile) {
    return require(relativeDir + "/" + probeFile).getParent();
  }

  @Override
  public String toString() {
    return "ResourceStore[" + root + (offline ? ", offline" : "") + "]";
  }
}
