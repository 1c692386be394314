package dev.if4j.autoif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's files are read through the one line reader: what that adds over the old reader. */
class JsonlTest {
  @TempDir Path dir;

  @Test
  void dropsABomAndNumbersLinesAsInTheFile() throws IOException {
    Path f = Files.write(dir.resolve("q.jsonl"), "\uFEFF{\"query\": \"a\"}\n\n{\"query\": \"b\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    List<Jsonl.Row> rows = Jsonl.read(f);
    assertThat(rows).extracting(Jsonl.Row::line).containsExactly(1L, 3L);
    assertThat(rows.get(0).text("query")).isEqualTo("a");
  }

  @Test
  void bytesThatAreNotUtf8AreBadInputOnTheirLine() throws IOException {
    byte[] bytes = "{\"query\": \"a\"}\n{\"query\": \"?\"}\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;
    Path f = Files.write(dir.resolve("q.jsonl"), bytes);
    assertThatThrownBy(() -> Jsonl.read(f)).isInstanceOf(InputProblemException.class)
        .hasMessage(f + ":2: not valid UTF-8 text");
  }

  @Test
  void aTornLastLineIsReportedAsSuch() throws IOException {
    Path f = Files.write(dir.resolve("q.jsonl"), "{\"query\": \"a\"}\n{\"query\": ".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Jsonl.read(f)).isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith(f + ":2: not JSON (")
        .hasMessageEndingWith("(the file ends inside this line, without a newline: was it cut short?)");
  }

  @Test
  void twoObjectsOnOneLineAreBadInputNotTheFirstAlone() throws IOException {
    Path f = Files.write(dir.resolve("q.jsonl"),
        "{\"query\": \"a\"} {\"query\": \"b\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Jsonl.read(f)).isInstanceOf(InputProblemException.class)
        .hasMessage(f + ":1: not JSON (more content after the object: one object per line)");
  }

  @Test
  void aMissingFileSaysWhichStepWritesIt() {
    Path f = dir.resolve("absent.jsonl");
    assertThatThrownBy(() -> Jsonl.read(f)).isInstanceOf(InputProblemException.class)
        .hasMessage(f + ": does not exist (run the step that writes it first)");
  }
}
