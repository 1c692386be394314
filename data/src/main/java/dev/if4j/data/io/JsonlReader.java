package dev.if4j.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSONL file one object at a time (memory stays bounded however long the file is). Blank
 * lines are skipped; a line that is not a JSON object is a {@link DataInputException} naming it.
 */
public final class JsonlReader implements Closeable {
  /** One object and where it came from. */
  public record Line(String source, long number, String text, JsonNode node) {
    /** An error about this line. */
    public DataInputException bad(String problem) {
      return new DataInputException(source, number, problem);
    }
  }

  private final String source;
  private final BufferedReader reader;
  private long number;

  public JsonlReader(Path file) throws IOException {
    this.source = file.toString();
    this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** The next object, or {@code null} at the end of the file. */
  public Line next() {
    try {
      String text;
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) continue;
        JsonNode node;
        try {
          node = JsonValues.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
          throw new DataInputException(source, number, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
          throw new DataInputException(source, number, "expected a JSON object");
        }
        return new Line(source, number, text, node);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many non-blank lines {@code file} has (a first pass for splits that must not hold rows). */
  public static long countRows(Path file) throws IOException {
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      while ((text = r.readLine()) != null) {
        if (!text.isBlank()) n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
