package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the pipeline's JSONL files. */
final class Jsonl {
  /** A repeated key in a line is an error naming it (a model's output must not pass on its second value). */
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Jsonl() {}

  /** One row of an input file, with where it came from for error messages. */
  record Row(Path file, long line, ObjectNode node) {
    InputProblemException bad(String field, String problem) {
      return InputProblemException.atLine(file.toString(), line, null, "field \"" + field + "\" " + problem);
    }

    String text(String field) {
      JsonNode v = node.get(field);
      if (v == null) throw bad(field, "is missing");
      if (!v.isTextual()) throw bad(field, "must be a string, got " + kind(v));
      return v.textValue();
    }

    ArrayNode array(String field) {
      JsonNode v = node.get(field);
      if (v == null) throw bad(field, "is missing");
      if (!v.isArray()) throw bad(field, "must be a list, got " + kind(v));
      return (ArrayNode) v;
    }

    /** A list of strings. */
    List<String> texts(String field) {
      ArrayNode a = array(field);
      List<String> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) throw bad(field, "item " + i + " must be a string, got " + kind(a.get(i)));
        out.add(a.get(i).textValue());
      }
      return out;
    }

    /** {@code [[func, accuracy], ...]} as cross-validation writes it: the function sources. */
    List<String> functions(String field) {
      ArrayNode a = array(field);
      List<String> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        JsonNode f = a.get(i);
        if (f.isArray() && f.size() >= 1 && f.get(0).isTextual()) {
          out.add(f.get(0).textValue());
        } else {
          throw bad(field, "item " + i + " must be [function source, accuracy], got " + kind(f));
        }
      }
      return out;
    }
  }

  static String kind(JsonNode v) {
    if (v.isTextual()) return "a string";
    if (v.isNumber()) return "a number";
    if (v.isBoolean()) return "a boolean";
    if (v.isNull()) return "null";
    if (v.isArray()) return "a list";
    return "an object";
  }

  /** What is done with each row of a streamed file. */
  interface RowConsumer {
    void accept(Row row) throws IOException;
  }

  /** The rows of a JSONL file (blank lines skipped); any line that is not a JSON object is an error. */
  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    forEach(file, rows::add);
    return rows;
  }

  /**
   * Each row of a JSONL file in turn, without holding the file (a query pool can be large), read by
   * the project's one line reader ({@link JsonlLines}: BOM, bad UTF-8, a torn last line).
   */
  static void forEach(Path file, RowConsumer consumer) throws IOException {
    requireFile(file);
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine line = lines.next(); line != null; line = lines.next()) {
        consumer.accept(new Row(file, line.number(), object(lines.name(), line)));
      }
    }
  }

  /** The object on {@code line} of {@code source}; anything else is an input problem naming the line. */
  static ObjectNode object(String source, SourceLine line) {
    JsonNode node;
    try (JsonParser p = JSON.createParser(line.requireUtf8(source).text())) {
      node = JSON.readTree(p);
      // Two objects on a line (a lost newline) must not pass as the first alone.
      if (p.nextToken() != null) {
        throw InputProblemException.atLine(source, line.number(), null,
            "not JSON (more content after the object: one object per line)");
      }
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(source, line.number(), null,
          "not JSON (" + e.getOriginalMessage() + ")" + line.tornHint());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does no I/O
    }
    if (!(node instanceof ObjectNode o)) {
      throw InputProblemException.atLine(source, line.number(), null, "not a JSON object");
    }
    return o;
  }

  /** An input file of a step must be there: the message says which step writes it. */
  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InputProblemException.atLine(file.toString(), 0, null, Files.exists(file) ? "not a regular file"
          : "does not exist (run the step that writes it first)");
    }
  }

  /** The non-blank lines of a text file, stripped (AutoIF's instruction files: one per line). */
  static List<String> readLines(Path file) throws IOException {
    requireFile(file);
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /** Writes the rows to a temporary file renamed over {@code file}: the file is whole at every moment. */
  static void write(Path file, List<? extends JsonNode> rows) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (JsonNode row : rows) {
        w.write(JSON.writeValueAsString(row));
        w.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A JSON document (LLaMA-Factory's dataset files), indented by four spaces, written atomically. */
  static void writeDocument(Path file, JsonNode doc) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    DefaultIndenter four = new DefaultIndenter("    ", "\n");
    pp.indentObjectsWith(four);
    pp.indentArraysWith(four);
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(JSON.writer(pp).writeValueAsString(doc));
      w.write('\n');
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void writeLines(Path file, List<String> lines) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String s : lines) {
        w.write(s);
        w.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
