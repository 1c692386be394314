package dev.if4j.text.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The SHA-256 of language data files, remembered between runs in the {@link StartupCache} folder:
 * a run's version stamp digests every file it read (the 55 langdetect profiles are 2.3 MB), and
 * hashing them again on every run was a fifth of a 541-row {@code eval}.
 *
 * <p>An entry is used only while its file is the same file with the same size and modification
 * time (the quick check of rsync and make); any other file is hashed. A package's digest (a digest
 * of its files' lines, see {@link ResourceDigest#packages}) is remembered with those lines, and
 * used while they are the same: a run whose files are all known then makes no digest at all (the
 * first one costs a short run about 4 ms, setting up the JDK's security providers). The file of entries
 * ({@value #FILE}: {@code path, identity, sha256} per line, tab-separated) is written under a
 * temporary name and renamed, so a reader never sees half of it; a file that cannot be read or
 * written means hashing as before, never an error. Files inside the jar are always hashed (they
 * are few and small).
 */
final class DigestCache {
  static final String FILE = "resource-digests.tsv";
  /** Entries kept at most: a folder of language data has a few hundred files. */
  private static final int MAX_ENTRIES = 4096;

  private final Path file;
  /** By absolute path: {identity, sha256}. */
  private final Map<String, String[]> entries;
  private boolean changed;

  private DigestCache(Path file, Map<String, String[]> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** The cache of the run's folder; one that remembers nothing when the run has none. */
  static DigestCache open() {
    Optional<Path> folder = StartupCache.directory();
    return folder.isEmpty() ? new DigestCache(null, new HashMap<>()) : load(folder.get().resolve(FILE));
  }

  /** The digest of {@code file} by {@code hash}, remembered while the file is unchanged. */
  String digest(Path file, Function<Path, String> hash) {
    if (this.file == null) return hash.apply(file);
    String identity = identity(file);
    if (identity == null) return hash.apply(file);
    String path = file.toAbsolutePath().toString();
    String[] known = entries.get(path);
    if (known != null && known[0].equals(identity)) return known[1];
    String digest = hash.apply(file);
    // Stat again: a file that changed while it was read is not remembered.
    if (identity.equals(identity(file)) && path.indexOf('\t') < 0 && path.indexOf('\n') < 0) {
      entries.put(path, new String[] {identity, digest});
      changed = true;
    }
    return digest;
  }

  /** Size, modification time and file key (device and inode where there are), or null. */
  private static String identity(Path file) {
    if (!file.getFileSystem().equals(FileSystems.getDefault())) return null;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.size() + "/" + a.lastModifiedTime().toMillis() + "/" + a.fileKey();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static DigestCache load(Path file) {
    Map<String, String[]> entries = new HashMap<>();
    try {
      if (Files.isRegularFile(file) && Files.size(file) < 16L << 20) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] fields = line.split("\t");
          if (fields.length == 3 && isSha256(fields[2])) {
            entries.put(fields[0], new String[] {fields[1], fields[2]});
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      entries.clear();
    }
    return new DigestCache(file, entries);
  }

  /**
   * The digest of {@code text} by {@code hash}, remembered under {@code name} with the text (escaped
   * onto one line) and used while the text is the same.
   */
  String digestOfText(String name, String text, Function<String, String> hash) {
    String key = "text:" + name;
    String line = text.replace("\\", "\\\\").replace("\n", "\\n");
    String[] known = entries.get(key);
    if (known != null && known[0].equals(line)) return known[1];
    String digest = hash.apply(text);
    if (file != null && (key + line).indexOf('\t') < 0 && key.indexOf('\n') < 0) {
      entries.put(key, new String[] {line, digest});
      changed = true;
    }
    return digest;
  }

  /** Whether {@code s} is a SHA-256 in lower-case hex (a loop, not a regex compiled again for every line). */
  static boolean isSha256(String s) {
    if (s.length() != 64) return false;
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
    }
    return true;
  }

  /** Writes the entries back when a digest was added (a cache without a folder writes nothing). */
  void saveIfChanged() {
    if (file == null || !changed || entries.size() > MAX_ENTRIES) return;
    StringBuilder text = new StringBuilder();
    new TreeMap<>(entries).forEach((path, e) -> text.append(path).append('\t').append(e[0]).append('\t')
        .append(e[1]).append('\n'));
    Path temporary = file.resolveSibling(FILE + ".tmp." + ProcessHandle.current().pid());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // only takes space; the next writer uses its own name
      }
    }
  }
}
