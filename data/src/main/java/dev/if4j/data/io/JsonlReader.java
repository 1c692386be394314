package dev.if4j.data.io;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The objects of a JSONL file as trees, one at a time, read through the project's one line reader
 * ({@link JsonlLines}: BOM, blank lines, bad UTF-8 and a torn last line handled as everywhere); a
 * line that is not a JSON object is an {@link InputProblemException} naming it.
 */
public final class JsonlReader implements Closeable {
  /** One object and where it came from. */
  public record Line(String source, long number, String text, JsonNode node) {
    /** An error about this line. */
    public InputProblemException bad(String problem) {
      return InputProblemException.atLine(source, number, null, problem);
    }
  }

  private final JsonlLines lines;

  public JsonlReader(Path file) throws IOException {
    this.lines = JsonlLines.open(file);
  }

  /** The next object, or {@code null} at the end of the file. */
  public Line next() {
    try {
      SourceLine line = lines.next();
      return line == null ? null : parse(line.requireUtf8(lines.name()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Line parse(SourceLine line) {
    JsonNode node;
    try {
      node = JsonValues.MAPPER.readTree(line.text());
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(lines.name(), line.number(), null,
          "not JSON: " + e.getOriginalMessage() + line.tornHint());
    }
    if (node == null || !node.isObject()) {
      throw InputProblemException.atLine(lines.name(), line.number(), null, "expected a JSON object");
    }
    return new Line(lines.name(), line.number(), line.text(), node);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
