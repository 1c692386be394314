package dev.if4j.data.verl;

import com.jerolba.carpet.CarpetReader;
import com.jerolba.carpet.CloseableIterator;
import com.jerolba.carpet.io.FileSystemInputFile;
import dev.if4j.data.io.JsonValues;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.LineStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A Parquet file (verl's, as {@code data ifeval-to-verl} writes it) read as JSON lines, one row a
 * line with nested groups as objects and lists as arrays, so that every reader of JSONL rows reads
 * it as it is. Rows are read one at a time: memory stays one row group's, whatever the file's size.
 */
public final class ParquetRows extends LineStream {
  /** Parquet files begin (and end) with these four bytes. */
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private final CloseableIterator<Map> rows;

  private final Path file;

  private ParquetRows(Path file) throws IOException {
    this.file = file;
    @SuppressWarnings("rawtypes")
    CarpetReader<Map> reader = new CarpetReader<>(new FileSystemInputFile(file.toFile()), Map.class);
    try {
      this.rows = reader.iterator();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      // Parquet's reader says "corrupted file: the footer index is not within the file": bad input,
      // not a bug of ours.
      throw unreadable(file, e);
    }
  }

  private static InputProblemException unreadable(Path file, RuntimeException e) {
    return InputProblemException.atLine(file.toString(), 0, null, "not a readable Parquet file (" + e.getMessage()
        + "); it starts as one (PAR1) but is cut short or damaged");
  }

  /** The rows of {@code file} as JSONL text (UTF-8). */
  public static InputStream asJsonLines(Path file) throws IOException {
    return new ParquetRows(file);
  }

  /** Whether {@code file} starts as a Parquet file does. */
  public static boolean isParquet(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) < 8) return false;
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(4), MAGIC);
    }
  }

  @Override
  protected byte[] nextLine() throws IOException {
    try {
      if (!rows.hasNext()) return null;
      return (JsonValues.MAPPER.writeValueAsString(rows.next()) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (InputProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      rows.close();
    } catch (Exception e) {
      throw e instanceof IOException io ? io : new IOException(e);
    }
  }
}
