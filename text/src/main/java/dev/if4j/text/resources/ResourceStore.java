package dev.if4j.text.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where language data lives: one directory laid out like {@code shared/resources} (see NOTICE).
 *
 * <p>A file is looked up first in the {@link Bundle} (the runnable jar, when it was built with
 * bundled resources), then in the directory: an explicit one ({@code --resources DIR}), else the
 * {@code IF4J_RESOURCES} environment variable, else the user cache {@code ~/.cache/if4j}. A file
 * that is missing from both is fetched into the directory by a {@link ResourceFetcher} unless the
 * store is offline.
 *
 * <p>The store remembers every file it handed out ({@link #served()}), so that scores can record
 * the exact data they were computed with.
 */
public final class ResourceStore {
  /** Environment variable naming the resource directory. */
  public static final String ENV = "IF4J_RESOURCES";

  private final Path root;
  private final boolean offline;
  private final ResourceFetcher fetcher;
  private final Bundle bundle;
  private final Map<String, Path> served = new ConcurrentHashMap<>();
  /** Set on a thread while it runs a load {@link #capturing} what it reads: those files, kept aside. */
  private static final ThreadLocal<Map<String, Path>> CAPTURED = new ThreadLocal<>();
  /** Set on a thread while it loads {@link #withoutDownloads}. */
  private static final ThreadLocal<Boolean> NO_DOWNLOADS = new ThreadLocal<>();
  /** Downloads that failed, by file: tried once per store, so a run reports each file once. */
  private final Map<String, ResourceMissingException> failed = new ConcurrentHashMap<>();

  private ResourceStore(Path root, boolean offline, ResourceFetcher fetcher, Bundle bundle) {
    this.root = root.toAbsolutePath().normalize();
    this.offline = offline;
    this.fetcher = Objects.requireNonNull(fetcher);
    this.bundle = Objects.requireNonNull(bundle);
  }

  /** A store over {@code root} that never downloads (and reads no bundle: tests see only {@code root}). */
  public static ResourceStore offline(Path root) {
    return new ResourceStore(root, true, ResourceFetcher.NONE, Bundle.NONE);
  }

  /** A store over {@code root}, after the class path's bundle, that fetches missing files unless offline. */
  public static ResourceStore of(Path root, boolean offline, ResourceFetcher fetcher) {
    return new ResourceStore(root, offline, fetcher, Bundle.classPath());
  }

  /** A store over {@code bundle}, then {@code root}. */
  public static ResourceStore of(Path root, boolean offline, ResourceFetcher fetcher, Bundle bundle) {
    return new ResourceStore(root, offline, fetcher, bundle);
  }

  /**
   * The store a user asked for: {@code explicitDir} when given, else {@code $IF4J_RESOURCES}, else
   * {@code ~/.cache/if4j}.
   */
  public static ResourceStore locate(
      Optional<Path> explicitDir, boolean offline, ResourceFetcher fetcher) {
    return new ResourceStore(defaultRoot(explicitDir, System.getenv()), offline, fetcher, Bundle.classPath());
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

  /** The bundle looked in before the directory. */
  public Bundle bundle() {
    return bundle;
  }

  /** Every file handed out so far (relative path → where it was read), sorted by path. */
  public Map<String, Path> served() {
    return Collections.unmodifiableMap(new TreeMap<>(served));
  }

  /** How many files were handed out so far: grows when a new one is read (cheap; no copy). */
  public int servedCount() {
    return served.size();
  }

  /** Where {@code relativePath} is now, bundled or in the directory; never downloads, records nothing. */
  public Optional<Path> locate(String relativePath) {
    Optional<Path> bundled = bundle.find(relativePath);
    if (bundled.isPresent()) return bundled;
    Path file = root.resolve(relativePath);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The path of {@code relativePath} when the file is already there; never downloads. */
  public Optional<Path> find(String relativePath) {
    Optional<Path> found = locate(relativePath);
    found.ifPresent(p -> serve(relativePath, p));
    return found;
  }

  private void serve(String relativePath, Path file) {
    Map<String, Path> captured = CAPTURED.get();
    (captured != null ? captured : served).put(relativePath, file);
  }

  /**
   * Runs {@code load} keeping the files it reads aside instead of recording them as served: they come
   * back with the value, for {@link #recordServed} when the value is first used. A value loaded
   * ahead of its use (on another thread, while the run reads its input) and never used is then not
   * in the run's stamp.
   */
  public static <T> Loaded<T> capturing(Supplier<T> load) {
    Map<String, Path> outer = CAPTURED.get();
    Map<String, Path> read = new HashMap<>();
    CAPTURED.set(read);
    try {
      return new Loaded<>(load.get(), Map.copyOf(read));
    } finally {
      if (outer == null) CAPTURED.remove();
      else CAPTURED.set(outer);
    }
  }

  /** A value and the files it was loaded from (relative path to file). */
  public record Loaded<T>(T value, Map<String, Path> read) {}

  /** Records {@code files} (relative path to file) as served: what a {@link Loaded} value read. */
  public void recordServed(Map<String, Path> files) {
    served.putAll(files);
  }

  /**
   * Runs {@code load} on this thread with downloads refused: a missing file fails it as in offline
   * mode. For loads ahead of use, which must not reach the network for a tool the run may not need;
   * the use then loads as usual, with the usual download or error.
   */
  public static void withoutDownloads(Supplier<?> load) {
    NO_DOWNLOADS.set(Boolean.TRUE);
    try {
      load.get();
    } finally {
      NO_DOWNLOADS.remove();
    }
  }

  /**
   * The path of {@code relativePath} (slash-separated, e.g. {@code syllapy/data.csv}), fetching it
   * first when it is missing and the store may download.
   *
   * @throws ResourceMissingException naming the file and the command that fetches it
   */
  public Path require(String relativePath) {
    Optional<Path> there = find(relativePath);
    if (there.isPresent()) return there.get();
    Path file = root.resolve(relativePath);
    if (offline || fetcher == ResourceFetcher.NONE || NO_DOWNLOADS.get() != null) {
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
    ResourceMissingException earlier = failed.get(relativePath);
    if (earlier != null) throw earlier;
    try {
      fetcher.fetch(relativePath, root);
    } catch (IOException | RuntimeException e) {
      ResourceMissingException missing = new ResourceMissingException(
          relativePath,
          "missing language resource "
              + file
              + " and its download failed ("
              + (e.getMessage() == null || e.getMessage().isBlank() ? DownloadFailure.reason(e) : e.getMessage())
              + "). Fetch it with 'if4j resources pull' where the network is reachable, or point"
              + " --resources / "
              + ENV
              + " at a directory that has it.",
          e);
      failed.putIfAbsent(relativePath, missing);
      throw failed.get(relativePath);
    }
    if (!Files.isRegularFile(file)) {
      throw new ResourceMissingException(
          relativePath,
          "missing language resource " + file + ": the download did not produce it. "
              + "Retry with 'if4j resources pull'.",
          null);
    }
    serve(relativePath, file);
    return file;
  }

  @Override
  public String toString() {
    return "ResourceStore[" + root + (offline ? ", offline" : "") + "]";
  }
}
