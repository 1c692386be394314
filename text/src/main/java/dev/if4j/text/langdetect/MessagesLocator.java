package dev.if4j.text.langdetect;

import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds langdetect's {@code messages.properties} (the CJK class table), which if4j may not ship.
 *
 * <p>Order: the resource store's {@value #RESOURCE} (a user can drop the file there, or a fetcher
 * can provide it); then an installed Python langdetect: Debian's {@code
 * /usr/lib/python3/dist-packages}, then every {@code site-packages} / {@code dist-packages} of
 * {@code /usr/lib/python3*} and {@code /usr/local/lib/python3*}, in name order.
 */
final class MessagesLocator {
  static final String RESOURCE = "langdetect/messages.properties";
  private static final String IN_PACKAGE = "langdetect/utils/messages.properties";

  private MessagesLocator() {}

  static Optional<Path> locate(ResourceStore store) {
    if (store != null) {
      try {
        return Optional.of(store.require(RESOURCE));
      } catch (ResourceMissingException e) {
        // not in the store: look for a Python installation below
      }
    }
    return firstExisting(pythonCandidates(List.of(Path.of("/usr/lib"), Path.of("/usr/local/lib"))));
  }

  static Optional<Path> firstExisting(List<Path> candidates) {
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Where a Python langdetect may sit under the given library roots (e.g. {@code /usr/lib}). */
  static List<Path> pythonCandidates(List<Path> libRoots) {
    List<Path> out = new ArrayList<>();
    for (Path root : libRoots) {
      out.add(root.resolve("python3/dist-packages").resolve(IN_PACKAGE));
    }
    for (Path root : libRoots) {
      List<Path> pythons = new ArrayList<>();
      if (Files.isDirectory(root)) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "python3*")) {
          for (Path d : dirs) pythons.add(d);
        } catch (IOException e) {
          // unreadable library directory: nothing to find there
        }
      }
      pythons.sort(null);
      for (Path d : pythons) {
        out.add(d.resolve("site-packages").resolve(IN_PACKAGE));
        out.add(d.resolve("dist-packages").resolve(IN_PACKAGE));
      }
    }
    return out;
  }
}
