package dev.if4j.eval.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a JSONL stream, numbered, read one at a time (memory stays flat on any file size).
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it is dropped). Blank lines are skipped (they are
 * no rows; a trailing newline is common), and a UTF-8 byte order mark before the first line is
 * dropped. Each line is decoded on its own, so bytes that are not UTF-8 are reported on the line
 * that holds them (Python's {@code json} refuses them too) when it is parsed.
 */
public final class JsonlLines implements Closeable {
  /** How standard input is named in messages. */
  public static final String STDIN = "<stdin>";

  private final String name;
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1 << 12];
  private long number;
  private boolean eof;

  public JsonlLines(String name, InputStream in) {
    this.name = Objects.requireNonNull(name);
    this.in = Objects.requireNonNull(in);
  }

  /** The lines of {@code file}, named as the user named it. */
  public static JsonlLines open(Path file) throws IOException {
    return new JsonlLines(file.toString(), Files.newInputStream(file));
  }

  /** The name used in messages (the path as given, or {@link #STDIN}). */
  public String name() {
    return name;
  }

  /** The next non-blank line, or null at the end. */
  public SourceLine next() throws IOException {
    while (!eof) {
      int len = readLine();
      if (len < 0) return null;
      number++;
      int start = 0;
      if (number == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
          && (line[2] & 0xFF) == 0xBF) {
        start = 3;
      }
      if (len > start && line[len - 1] == '\r') len--;
      if (isBlank(start, len)) continue;
      return decode(start, len);
    }
    return null;
  }

  /** Reads up to the next {@code \n} into {@link #line}; the length, or -1 at the end. */
  private int readLine() throws IOException {
    int len = 0;
    while (true) {
      if (pos == limit) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          return len == 0 ? -1 : len;
        }
        pos = 0;
        limit = n;
      }
      int nl = pos;
      while (nl < limit && buf[nl] != '\n') nl++;
      int chunk = nl - pos;
      if (len + chunk > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
      System.arraycopy(buf, pos, line, len, chunk);
      len += chunk;
      pos = nl;
      if (nl < limit) {
        pos++;
        return len;
      }
    }
  }

  private SourceLine decode(int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (line[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) return new SourceLine(number, new String(line, start, end - start, StandardCharsets.ISO_8859_1));
    try {
      return new SourceLine(number, decoder.decode(ByteBuffer.wrap(line, start, end - start)).toString());
    } catch (CharacterCodingException e) {
      // Reported when the line is parsed, so that --skip-bad-lines can set it aside like any other.
      return new SourceLine(number, new String(line, start, end - start, StandardCharsets.UTF_8), true);
    }
  }

  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      byte c = line[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f') return false;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
