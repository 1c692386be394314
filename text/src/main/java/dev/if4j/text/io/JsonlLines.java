package dev.if4j.text.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a JSONL stream, numbered from 1, read one at a time (memory holds one line, whatever
 * the file's size): the project's one JSONL reader, under every command that reads JSONL.
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it is dropped). Blank lines are skipped (they are
 * no rows; a trailing newline is common) but counted, and a UTF-8 byte order mark before the first
 * line is dropped. Each line is decoded on its own, so bytes that are not UTF-8 are reported on the
 * line that holds them (Python's {@code json} refuses them too) when it is parsed ({@link
 * SourceLine#requireUtf8}), and a last line without its newline is marked, so that a parser can
 * say the file looks cut short ({@link SourceLine#tornHint}). A line longer than the bound is an
 * {@link InputProblemException} naming it, not an {@link OutOfMemoryError}.
 */
public final class JsonlLines implements Closeable {
  /** How standard input is named in messages. */
  public static final String STDIN = "<stdin>";

  /**
   * The longest line by default: the largest byte array a JVM makes, so that the bound only turns a
   * crash into a message.
   */
  public static final int MAX_LINE_BYTES = Integer.MAX_VALUE - 16;

  /** What the JDK's lenient decoding puts for bytes that are not UTF-8. */
  private static final char REPLACEMENT = '\uFFFD';
  /** The eight bytes at an index of a byte array, as one little-endian word ({@link #newlineAt}). */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  private final String name;
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1 << 12];
  private long number;
  private boolean eof;
  /** Whether the line last read ended at the end of the stream, without {@code \n}. */
  private boolean unterminated;

  public JsonlLines(String name, InputStream in) {
    this(name, in, MAX_LINE_BYTES);
  }

  /** The lines of {@code in}, each at most {@code maxLineBytes} long (its line break not counted). */
  public JsonlLines(String name, InputStream in, int maxLineBytes) {
    this.name = Objects.requireNonNull(name);
    this.in = Objects.requireNonNull(in);
    if (maxLineBytes < 1) throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    this.maxLineBytes = maxLineBytes;
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

  /**
   * Reads up to the next {@code \n} into {@link #line} and counts the line; the length, or -1 at the
   * end.
   */
  private int readLine() throws IOException {
    int len = 0;
    while (true) {
      if (pos == limit) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          if (len == 0) return -1;
          number++;
          unterminated = true;
          return len;
        }
        pos = 0;
        limit = n;
      }
      int nl = newlineAt(buf, pos, limit);
      int chunk = nl - pos;
      if ((long) len + chunk > maxLineBytes) throw tooLong();
      if (len + chunk > line.length) line = Arrays.copyOf(line, grownTo(len + chunk));
      System.arraycopy(buf, pos, line, len, chunk);
      len += chunk;
      pos = nl;
      if (nl < limit) {
        pos++;
        number++;
        return len;
      }
    }
  }

  /**
   * The index of the first {@code \n} in {@code bytes[from:to]}, or {@code to}. Eight bytes at a
   * time (the JIT does not vectorise a search loop): in {@code x = word ^ NEWLINES} a newline is a
   * zero byte, and {@code (x - ONES) & ~x & HIGHS} marks the lowest zero byte (a borrow can only
   * mark bytes above it). Reading the IFEval fuzz rows' lines of 1,600 bytes under C1 took 2.8 µs
   * each with a search byte by byte, 2.3 with this one.
   */
  static int newlineAt(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
    }
    while (i < to && bytes[i] != '\n') i++;
    return i;
  }

  /** Doubles the buffer (not past the bound) so that a long line costs linear time. */
  private int grownTo(int needed) {
    return (int) Math.min(maxLineBytes, Math.max((long) line.length * 2, needed));
  }

  private InputProblemException tooLong() {
    return InputProblemException.atLine(name, number + 1, null,
        "the line is longer than " + maxLineBytes + " bytes (is it JSONL, one object per line?)");
  }

  /**
   * The line's text. The JDK's lenient decoding is the fast one (a vectorised ASCII scan, then a
   * copy), and it shows what the strict decoder would say: its text holds no U+FFFD unless the
   * bytes were not UTF-8 or held that character, and only then are they decoded strictly. A clean
   * text of as many characters as bytes is ASCII (any other character takes two bytes or more).
   */
  private SourceLine decode(int start, int end) {
    int length = end - start;
    String text = new String(line, start, length, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) < 0) return line(text, false, text.length() == length);
    try {
      return line(decoder.decode(ByteBuffer.wrap(line, start, length)).toString(), false, false);
    } catch (CharacterCodingException e) {
      // Reported when the line is parsed, so that --skip-bad-lines can set it aside like any other.
      return line(text, true, false);
    }
  }

  private SourceLine line(String text, boolean notUtf8, boolean ascii) {
    return new SourceLine(number, text, notUtf8, unterminated, ascii);
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
