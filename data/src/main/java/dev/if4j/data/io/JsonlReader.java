package dev.if4j.data.io;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import com.fasterxml.jackson.core.JsonParser;
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
    try (JsonParser p = JsonValues.MAPPER.createParser(line.text())) {
      node = JsonValues.MAPPER.readTree(p);
      // Two objects on a line (a lost newline) must not pass as the first alone.
      if (p.nextToken() != null) throw bad(line, "more content after the object (one object per line)");
    } catch (JsonProcessingException e) {
      throw bad(line, "not JSON: " + e.getOriginalMessage() + line.tornHint());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does no I/O
    }
    if (node == null || !node.isObject()) throw bad(line, "expected a JSON object");
    return new Line(lines.name(), line.number(), line.text(), node);
  }

  private InputProblemException bad(SourceLine line, String problem) {
    return InputProblemException.atLine(lines.name(), line.number(), null, problem);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
