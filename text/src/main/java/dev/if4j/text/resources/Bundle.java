package dev.if4j.text.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Language data bundled into the runnable jar (the {@code bundle-resources} build profile copies a
 * resource directory to {@value #ROOT} on the class path). The repository bundles nothing; a
 * released jar may bundle everything, and then needs no download at all.
 *
 * <p>A bundled file is handed out as a {@link Path} of the jar's own file system, so the loaders
 * read it exactly as they read a file of the resource directory.
 */
public final class Bundle {
  /** Where bundled files live on the class path: the layout of the resource directory below it. */
  public static final String ROOT = "if4j-resources/";

  /** A bundle that has nothing (stores built for tests, or with bundling switched off). */
  public static final Bundle NONE = new Bundle(null);

  private static final Bundle CLASS_PATH = new Bundle(Bundle.class.getClassLoader());

  /**
   * The file every bundle has (the build refuses to bundle a directory without it): a class path
   * without it bundles nothing, and then no file is looked up in it. A lookup of a name the class
   * path lacks asks every module of the JDK first; the 55 langdetect profiles cost a short run 10 ms
   * or more of such misses.
   */
  static final String PROBE = "nltk/tokenizers/punkt_tab/english/abbrev_types.txt";

  private final ClassLoader loader;
  /** Whether the loader has {@link #PROBE}; null until asked (racing threads may both look: harmless). */
  private volatile Boolean present;

  private Bundle(ClassLoader loader) {
    this.loader = loader;
  }

  /** The bundle of if4j's own class path (the runnable jar). */
  public static Bundle classPath() {
    return CLASS_PATH;
  }

  /** The bundle seen through {@code loader} (tests hand in a jar of their own). */
  public static Bundle of(ClassLoader loader) {
    return new Bundle(Objects.requireNonNull(loader));
  }

  /** The bundled copy of {@code relativePath}, if there is one. */
  public Optional<Path> find(String relativePath) {
    if (!isPresent()) return Optional.empty();
    URL url = loader.getResource(ROOT + relativePath);
    if (url == null) return Optional.empty();
    try {
      URI uri = url.toURI();
      Path p = switch (uri.getScheme()) {
        case "file" -> Path.of(uri);
        case "jar" -> inJar(uri);
        default -> null;
      };
      return p != null && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** True when the class path bundles language data (it has {@link #PROBE}); looked up once. */
  public boolean isPresent() {
    Boolean p = present;
    if (p == null) present = p = loader != null && loader.getResource(ROOT + PROBE) != null;
    return p;
  }

  private static Path inJar(URI uri) {
    // The jar's file system is opened once and stays open: its paths are handed out for reading.
    synchronized (Bundle.class) {
      try {
        return Path.of(uri);
      } catch (FileSystemNotFoundException notOpen) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException raced) {
          // opened meanwhile: fine
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return Path.of(uri);
      }
    }
  }
}
