package dev.if4j.llm.judge;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judge verdicts by content hash, kept in memory and, when a file is given, in an append-only JSONL
 * file ({@code {"key": "<sha256 hex>", "verdict": n}} per line) that is read back at start, so that
 * a restarted reward server does not pay for verdicts it has already bought.
 *
 * <p>A crash can leave the last line torn (no newline, or half a JSON object): it is cut off when
 * the file is opened, and the next line is written after the last whole one. A bad line that is not
 * the last is an error naming the line (the file is not one this class wrote). Only verdicts are
 * kept; failed calls are tried again next time. Thread-safe; each line is one positional write.
 */
public final class JudgeCache implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  private final ConcurrentHashMap<String, Long> verdicts = new ConcurrentHashMap<>();
  private final Path file;
  private final FileChannel channel;
  private final int loaded;
  private final boolean cutTornLine;

  private JudgeCache(Path file, FileChannel channel, int loaded, boolean cutTornLine) {
    this.file = file;
    this.channel = channel;
    this.loaded = loaded;
    this.cutTornLine = cutTornLine;
  }

  /** A cache that lives as long as the process. */
  public static JudgeCache inMemory() {
    return new JudgeCache(null, null, 0, false);
  }

  /** Opens (or creates) {@code file} and loads its verdicts, reading it line by line. */
  public static JudgeCache open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      ConcurrentHashMap<String, Long> map = new ConcurrentHashMap<>();
      int count = 0;
      long lineNo = 0;
      long offset = 0;
      long lineStart = 0;
      // A whole line that does not parse is a torn write only if it is the last one: kept pending
      // until the next line shows it was not.
      long badStart = -1;
      long badLine = 0;
      String badProblem = null;
      ByteArrayOutputStream line = new ByteArrayOutputStream(128);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        int b;
        while ((b = in.read()) >= 0) {
          offset++;
          if (b != '\n') {
            line.write(b);
            continue;
          }
          lineNo++;
          String text = line.toString(StandardCharsets.UTF_8).strip();
          line.reset();
          if (!text.isEmpty()) {
            if (badStart >= 0) {
              throw new IOException(file + ":" + badLine + ": not a judge cache line (" + badProblem + ")");
            }
            String problem = parseInto(text, map);
            if (problem == null) {
              count++;
            } else {
              badStart = lineStart;
              badLine = lineNo;
              badProblem = problem;
            }
          }
          lineStart = offset;
        }
      }
      boolean torn = false;
      long keep = offset;
      if (line.size() > 0) {
        // No newline at the end: a write cut short.
        torn = true;
        keep = lineStart;
      }
      if (badStart >= 0) {
        torn = true;
        keep = badStart;
      }
      if (torn) ch.truncate(keep);
      JudgeCache cache = new JudgeCache(file, ch, count, torn);
      cache.verdicts.putAll(map);
      return cache;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Puts the entry of {@code line} into {@code map}; the problem when it is not one, else null. */
  private static String parseInto(String line, Map<String, Long> map) {
    try {
      JsonNode node = JSON.readTree(line);
      JsonNode k = node == null ? null : node.get("key");
      JsonNode v = node == null ? null : node.get("verdict");
      if (k == null || !k.isTextual() || v == null || !v.canConvertToLong()) return "not a cache entry";
      map.put(k.asText(), v.asLong());
      return null;
    } catch (IOException e) {
      return firstLine(e.getMessage());
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The file, or {@code null} for an in-memory cache. */
  public Path file() {
    return file;
  }

  /** Verdicts read from the file at open. */
  public int loaded() {
    return loaded;
  }

  /** Whether a torn last line was cut off at open. */
  public boolean cutTornLine() {
    return cutTornLine;
  }

  public int size() {
    return verdicts.size();
  }

  /** The verdict stored under {@code key}, or {@code null}. */
  public Long get(String key) {
    return verdicts.get(key);
  }

  /** Stores a verdict (in memory at once, then one line appended to the file). */
  public void put(String key, long verdict) {
    if (verdicts.put(key, verdict) != null || channel == null) return;
    ByteArrayOutputStream out = new ByteArrayOutputStream(96);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("key", key);
      g.writeNumberField("verdict", verdict);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    ByteBuffer buf = ByteBuffer.wrap(out.toByteArray());
    synchronized (channel) {
      try {
        long at = channel.size();
        while (buf.hasRemaining()) at += channel.write(buf, at);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the judge cache " + file, e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null) channel.close();
  }
}
