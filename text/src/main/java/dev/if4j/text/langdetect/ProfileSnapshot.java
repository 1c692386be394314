package dev.if4j.text.langdetect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The built n-gram table of langdetect's profiles, kept in a file so that a later run reads it back
 * instead of parsing the 55 JSON profiles again (that parse was about 40% of a 541-row run).
 *
 * <p>A snapshot is a cache, never a source of truth: its name and header hold a key made of what
 * the table was built from (each profile's path, size and modification time) and of the code that
 * built it (the jar's or class folder's size and time, {@link #FORMAT}), so a changed profile, a
 * rebuilt jar or another format makes a new one. A file that is missing, truncated, fails its
 * checksum or has another key is ignored and the profiles are parsed as before; a snapshot that
 * cannot be written (read-only cache) is skipped. Either way the run goes on.
 *
 * <p>Used only where the run has a {@link dev.if4j.text.resources.StartupCache} folder (the
 * launcher passes one); a library or a test that sets none parses the profiles every time.
 */
final class ProfileSnapshot {
  /** Bumped whenever what {@link NgramTable#writeTo} writes, or how the table is built, changes. */
  static final int FORMAT = 1;
  private static final long MAGIC = 0x4946344A4C445331L; // "IF4JLDS1"
  private static final String PREFIX = "langdetect-";
  private static final String SUFFIX = ".snapshot";
  /** Larger than any table of langdetect's profiles (9 MB): a bigger file is not one of ours. */
  private static final long MAX_BYTES = 256L << 20;

  private ProfileSnapshot() {}

  /** The languages and their table. */
  record Content(List<String> languages, NgramTable table) {}

  /**
   * What a snapshot of tables built from {@code profiles} by this code is valid for; empty when a
   * profile cannot be looked at (then no snapshot is used).
   */
  static Optional<String> key(List<Path> profiles) {
    StringBuilder key = new StringBuilder("format ").append(FORMAT).append('\n');
    try {
      appendIdentity(key, codeLocation());
      for (Path profile : profiles) appendIdentity(key, profile);
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(key.toString());
  }

  private static void appendIdentity(StringBuilder key, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    key.append(file.toAbsolutePath()).append(' ').append(attributes.size()).append(' ')
        .append(attributes.lastModifiedTime().toMillis()).append('\n');
  }

  /** The jar or class folder this code runs from. */
  private static Path codeLocation() throws java.net.URISyntaxException {
    return Path.of(ProfileSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * The start of this code's snapshot names: a checksum of where it runs from. Several checkouts or
   * installs may share one cache folder; each removes its own older snapshots only, where removing
   * every other one made each of them parse the profiles again after another had run.
   */
  private static String ownPrefix() {
    String location;
    try {
      location = codeLocation().toAbsolutePath().toString();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      location = "";
    }
    return PREFIX + crc32c(location) + "-";
  }

  /** The file of the snapshot for {@code key} in {@code directory}. */
  static Path file(Path directory, String key) {
    return directory.resolve(ownPrefix() + crc32c(key) + "-" + key.length() + SUFFIX);
  }

  private static String crc32c(String text) {
    CRC32C crc = new CRC32C();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  /** The snapshot in {@code file} when it is whole and made for {@code key}; otherwise empty. */
  static Optional<Content> read(Path file, String key) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    // Read, not mapped: a mapped file that someone truncates while it is read would crash the JVM
    // (SIGBUS) instead of failing here. Read in chunks into the table's arrays (SnapshotInput), and
    // checked against its CRC once read: a damaged file fails a check on the way or that one.
    try (SnapshotInput in = new SnapshotInput(file)) {
      if (in.remaining() > MAX_BYTES) return Optional.empty();
      if (in.getLong() != MAGIC) return Optional.empty();
      int keyLength = in.getInt();
      if (keyLength < 0 || keyLength > in.remaining()) return Optional.empty();
      byte[] storedKey = new byte[keyLength];
      in.get(storedKey);
      if (!new String(storedKey, StandardCharsets.UTF_8).equals(key)) return Optional.empty();
      long payloadLength = in.getLong();
      int checksum = in.getInt();
      if (payloadLength != in.remaining()) return Optional.empty();
      in.startChecksum();
      List<String> languages = new ArrayList<>();
      int count = in.getInt();
      if (count < 1 || count > Byte.MAX_VALUE + 1) return Optional.empty();
      for (int i = 0; i < count; i++) {
        byte[] name = new byte[in.get() & 0xFF];
        in.get(name);
        languages.add(new String(name, StandardCharsets.UTF_8));
      }
      NgramTable table = NgramTable.readFrom(in);
      if (table.width() != count || in.remaining() != 0 || in.checksum() != checksum) return Optional.empty();
      return Optional.of(new Content(languages, table));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code content} as the snapshot for {@code key} (under a temporary name, then renamed,
   * so a reader never sees half of one) and removes this code's other snapshots in the folder
   * (made from older builds of the same jar, or other profiles). Failing to write is not an error: the next run parses
   * the profiles again.
   */
  static void write(Path directory, String key, Content content) {
    Path target = file(directory, key);
    Path temporary = directory.resolve(target.getFileName() + ".tmp." + ProcessHandle.current().pid());
    try {
      Files.createDirectories(directory);
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      int namesSize = 4;
      for (String language : content.languages()) {
        int length = language.getBytes(StandardCharsets.UTF_8).length;
        if (length > 0xFF) return; // no profile name is this long; such a set is just not kept
        namesSize += 1 + length;
      }
      int payloadSize = namesSize + content.table().serializedSize();
      ByteBuffer out = ByteBuffer.allocate(8 + 4 + keyBytes.length + 8 + 4 + payloadSize)
          .order(ByteOrder.LITTLE_ENDIAN);
      out.putLong(MAGIC).putInt(keyBytes.length).put(keyBytes).putLong(payloadSize);
      int checksumAt = out.position();
      out.putInt(0);
      int payloadAt = out.position();
      out.putInt(content.languages().size());
      for (String language : content.languages()) {
        byte[] name = language.getBytes(StandardCharsets.UTF_8);
        out.put((byte) name.length).put(name);
      }
      content.table().writeTo(out);
      CRC32C crc = new CRC32C();
      crc.update(out.array(), payloadAt, out.position() - payloadAt);
      out.putInt(checksumAt, (int) crc.getValue());
      Files.write(temporary, out.array());
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      removeOthers(directory, target);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // a leftover temporary file only takes space; the next writer uses another name
      }
    }
  }

  private static void removeOthers(Path directory, Path keep) throws IOException {
    try (DirectoryStream<Path> snapshots = Files.newDirectoryStream(directory, ownPrefix() + "*" + SUFFIX)) {
      for (Path other : snapshots) {
        if (!other.getFileName().equals(keep.getFileName())) Files.deleteIfExists(other);
      }
    }
  }
}
