package dev.if4j.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads one line from a stream that is not trusted to keep its lines short. */
final class BoundedLines {
  private BoundedLines() {}

  /**
   * The next line (UTF-8, without its newline), or null at the end of the stream. A line longer than
   * {@code maxBytes} is an {@link IOException}, found after reading at most {@code maxBytes + 1}
   * bytes of it.
   */
  static String read(InputStream in, int maxBytes) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    while (true) {
      int b = in.read();
      if (b < 0) return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      if (b == '\n') return line.toString(StandardCharsets.UTF_8);
      if (line.size() == maxBytes) throw new IOException("line longer than " + maxBytes + " bytes");
      line.write(b);
    }
  }
}
