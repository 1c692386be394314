package dev.if4j.text.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checksums of language data, for version stamps and {@code if4j doctor}: of one file, and of a
 * package (the files of one directory, e.g. the 55 langdetect profiles) as one digest.
 */
public final class ResourceDigest {
  private ResourceDigest() {}

  /** One package of files as a stamp records it. */
  public record Package(String directory, String release, int files, String sha256, String from) {}

  /** SHA-256 of a file's bytes, in hex. */
  public static String sha256(Path file) {
    MessageDigest md = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The files grouped by directory, each group one digest: SHA-256 over the lines {@code "<relative
   * path> <sha256 of the file>\n"} in path order, so that a group's digest changes when any of its
   * files does. {@code from} says where the group was read: "bundled" (the jar) or the directory.
   * A file's own digest is taken from the {@link DigestCache} while the file is unchanged, and a
   * group's while its lines are the same.
   */
  public static List<Package> packages(Map<String, Path> files, Bundle bundle) {
    Map<String, Map<String, Path>> byDir = new TreeMap<>();
    for (Map.Entry<String, Path> e : new TreeMap<>(files).entrySet()) {
      String rel = e.getKey();
      String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
      byDir.computeIfAbsent(dir, k -> new TreeMap<>()).put(rel, e.getValue());
    }
    DigestCache cache = DigestCache.open();
    List<Package> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Path>> g : byDir.entrySet()) {
      StringBuilder lines = new StringBuilder();
      boolean bundled = false;
      for (Map.Entry<String, Path> f : g.getValue().entrySet()) {
        lines.append(f.getKey()).append(' ').append(cache.digest(f.getValue(), ResourceDigest::sha256)).append('\n');
        bundled |= isBundled(f.getValue());
      }
      String first = g.getValue().keySet().iterator().next();
      out.add(new Package(g.getKey(), Upstream.release(first), g.getValue().size(),
          cache.digestOfText("package " + g.getKey(), lines.toString(), ResourceDigest::sha256OfText),
          bundled ? "bundled" : directoryOf(g.getValue().values().iterator().next(), first)));
    }
    cache.saveIfChanged();
    return out;
  }

  private static String sha256OfText(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** True for a path inside the jar's file system (a bundled file). */
  public static boolean isBundled(Path p) {
    return !p.getFileSystem().equals(java.nio.file.FileSystems.getDefault());
  }

  /** The resource directory {@code file} was found in: {@code file} minus {@code relativePath}. */
  private static String directoryOf(Path file, String relativePath) {
    Path p = file;
    for (int i = relativePath.split("/").length; i > 0 && p != null; i--) p = p.getParent();
    return p == null ? file.toString() : p.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
