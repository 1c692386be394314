package dev.if4j.text.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Records of another layout (Parquet rows, a framework's prediction entries) offered as the bytes of
 * JSONL lines, one record at a time, so that the project's one JSONL reader reads them with its
 * line numbers and checks, and memory holds one line, not the file.
 */
public abstract class LineStream extends InputStream {
  private byte[] line = new byte[0];
  private int at;

  /** The next line's bytes, its newline included; {@code null} after the last. */
  protected abstract byte[] nextLine() throws IOException;

  @Override
  public int read() throws IOException {
    if (!fill()) return -1;
    return line[at++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (!fill()) return -1;
    int n = Math.min(len, line.length - at);
    System.arraycopy(line, at, b, off, n);
    at += n;
    return n;
  }

  /** True when bytes are left, taking the next line when the current one is spent. */
  private boolean fill() throws IOException {
    while (at == line.length) {
      byte[] next = nextLine();
      if (next == null) return false;
      line = next;
      at = 0;
    }
    return true;
  }
}
