package dev.if4j.llm;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An append-only JSONL file of records keyed by {@link RecordKey} ({@code "key"} and {@code
 * "sample"} fields), that a killed run can be resumed from.
 *
 * <ul>
 *   <li>Each record is one line written with one positional write of its whole bytes, so a killed
 *       process can leave at most one torn line, the last. {@link #open} detects it (the file does
 *       not end with a newline) and cuts it off; every complete line is a whole record.
 *   <li>{@link #done()} tells a resumed run what to skip. {@link #append} refuses a key that is
 *       already there: no record is ever written twice.
 *   <li>The file is locked while open, so two runs cannot write it at once.
 *   <li>{@link #finish} puts the records in a canonical order (completion order depends on timing)
 *       by writing a sorted copy and renaming it over the file; a killed {@code finish} leaves the
 *       old file whole. So a run killed and resumed ends with the same bytes as one never killed.
 * </ul>
 */
public final class ResumableJsonl implements Closeable {
  /** A complete line of the file that is not a record. */
  public static final class CorruptException extends IOException {
    CorruptException(String message) {
      super(message);
    }
  }

  private record Entry(RecordKey key, long offset, int length) {}

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<RecordKey> keys = new HashSet<>();
  private final long repairedBytes;
  private long end;

  private ResumableJsonl(Path file, FileChannel channel, FileLock lock, long repairedBytes) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.repairedBytes = repairedBytes;
  }

  /** Opens (creating it if needed) and locks {@code file}, cutting off a torn last line. */
  public static ResumableJsonl open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IOException(file + " is being written by another run (it is locked); wait for it"
            + " to end or write to another file");
      }
      Scan scan = scan(file, ch);
      long repaired = ch.size() - scan.completeBytes;
      if (repaired > 0) {
        ch.truncate(scan.completeBytes);
        ch.force(false);
      }
      ResumableJsonl out = new ResumableJsonl(file, ch, lock, repaired);
      for (Entry e : scan.entries) {
        out.entries.add(e);
        out.keys.add(e.key);
      }
      out.end = scan.completeBytes;
      return out;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private record Scan(List<Entry> entries, long completeBytes) {}

  /**
   * Reads the lines' bytes itself, not through the project's JSONL reader ({@code JsonlLines}): it
   * needs each record's byte offset, to cut a torn tail off and to rewrite the records in order.
   */
  private static Scan scan(Path file, FileChannel ch) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Set<RecordKey> seen = new HashSet<>();
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    byte[] line = new byte[1 << 12];
    int len = 0;
    long lineStart = 0;
    long pos = 0;
    long lineNumber = 0;
    while (true) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n < 0) break;
      byte[] a = buf.array();
      for (int i = 0; i < n; i++) {
        byte b = a[i];
        if (b != '\n') {
          if (len == line.length) line = Arrays.copyOf(line, line.length * 2);
          line[len++] = b;
          continue;
        }
        lineNumber++;
        if (!blank(line, len)) {
          RecordKey key = keyOf(line, len);
          if (key == null) {
            throw new CorruptException(file + ": line " + lineNumber + " is not a record of this run"
                + " (a JSON object with \"key\" and \"sample\"); move the file aside or write to another one");
          }
          if (seen.add(key)) entries.add(new Entry(key, lineStart, len + 1));
        }
        len = 0;
        lineStart = pos + i + 1;
      }
      pos += n;
    }
    return new Scan(entries, lineStart);
  }

  private static boolean blank(byte[] line, int len) {
    for (int i = 0; i < len; i++) {
      byte c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  /** The key of a record line, or null when the line is not one. */
  static RecordKey keyOf(byte[] line, int len) {
    String key = null;
    int sample = -1;
    try (JsonParser p = Json.FACTORY.createParser(line, 0, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("key") && (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT)) {
          key = p.getText();
        } else if (name.equals("sample") && t == JsonToken.VALUE_NUMBER_INT) {
          sample = p.getIntValue();
        } else {
          p.skipChildren();
        }
        if (key != null && sample >= 0) return new RecordKey(key, sample);
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  public Path file() {
    return file;
  }

  /** Bytes of a torn last line cut off when the file was opened (0: none). */
  public long repairedBytes() {
    return repairedBytes;
  }

  /** The keys already in the file. */
  public synchronized Set<RecordKey> done() {
    return Collections.unmodifiableSet(new HashSet<>(keys));
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Appends one record line ({@code line} ends with a newline and holds no other). */
  public synchronized void append(RecordKey key, byte[] line) throws IOException {
    if (line.length == 0 || line[line.length - 1] != '\n') throw new IllegalArgumentException("a record line ends with \\n");
    if (!keys.add(key)) throw new IllegalStateException("record " + key + " is already in " + file);
    ByteBuffer b = ByteBuffer.wrap(line);
    long at = end;
    while (b.hasRemaining()) at += channel.write(b, at);
    entries.add(new Entry(key, end, line.length));
    end = at;
  }

  /**
   * Rewrites the file with its records in {@code order} (records the order does not know keep
   * their relative order, after the others), then closes it. The rewrite goes to a temporary file
   * renamed over this one, so the file is whole at every moment.
   */
  public synchronized void finish(Comparator<RecordKey> order) throws IOException {
    try {
      List<Entry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparing(Entry::key, order)); // stable
      boolean inPlace = true;
      long at = 0;
      for (Entry e : sorted) {
        if (e.offset != at) {
          inPlace = false;
          break;
        }
        at += e.length;
      }
      if (inPlace && at == end) {
        channel.force(false);
        return;
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".sorting");
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        long written = 0;
        for (Entry e : sorted) {
          long done = 0;
          while (done < e.length) done += channel.transferTo(e.offset + done, e.length - done, out);
          written += e.length;
        }
        out.truncate(written);
        out.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      close();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (!channel.isOpen()) return;
    try {
      if (lock.isValid()) lock.release();
    } finally {
      channel.close();
    }
  }
}
