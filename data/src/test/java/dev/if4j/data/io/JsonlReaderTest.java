package dev.if4j.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data commands read through the one line reader: what it adds over their old reader. */
class JsonlReaderTest {
  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("rows.jsonl"), bytes);
  }

  @Test
  void readsObjectsWithTheirLineNumbersSkippingBlankLinesAndABom() throws IOException {
    Path f = file(bytes("\uFEFF{\"a\": 1}\r\n\n{\"b\": 2}"));
    try (JsonlReader r = new JsonlReader(f)) {
      JsonlReader.Line first = r.next();
      assertThat(first.number()).isEqualTo(1);
      assertThat(first.node().get("a").intValue()).isEqualTo(1);
      assertThat(r.next().number()).isEqualTo(3);
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void bytesThatAreNotUtf8AreBadInputOnTheirLine() throws IOException {
    byte[] bytes = bytes("{\"a\": 1}\n{\"b\": \"?\"}\n");
    bytes[bytes.length - 4] = (byte) 0xFF;
    Path f = file(bytes);
    try (JsonlReader r = new JsonlReader(f)) {
      r.next();
      assertThatThrownBy(r::next).isInstanceOf(InputProblemException.class)
          .hasMessage(f + ":2: not valid UTF-8 text");
    }
  }

  @Test
  void aLineThatIsNotAnObjectIsBadInputNamingIt() throws IOException {
    Path f = file(bytes("{\"a\": 1}\n[1]\n"));
    try (JsonlReader r = new JsonlReader(f)) {
      r.next();
      assertThatThrownBy(r::next).hasMessage(f + ":2: expected a JSON object");
    }
  }

  @Test
  void aTornLastLineIsReportedAsSuch() throws IOException {
    Path f = file(bytes("{\"a\": 1}\n{\"b\": "));
    try (JsonlReader r = new JsonlReader(f)) {
      r.next();
      assertThatThrownBy(r::next).isInstanceOf(InputProblemException.class)
          .hasMessageStartingWith(f + ":2: not JSON: ")
          .hasMessageEndingWith("(the file ends inside this line, without a newline: was it cut short?)");
    }
  }

  @Test
  void twoObjectsOnOneLineAreBadInputNotTheFirstAlone() throws IOException {
    // A bare carriage return ends no line (as in every reader of the project): the second object
    // would otherwise be lost without a word.
    Path f = file(bytes("{\"a\": 1}\r{\"b\": 2}\n"));
    try (JsonlReader r = new JsonlReader(f)) {
      assertThatThrownBy(r::next).isInstanceOf(InputProblemException.class)
          .hasMessage(f + ":1: more content after the object (one object per line)");
    }
  }

  @Test
  void aLineOfOtherUnicodeSpacesIsNotBlank() throws IOException {
    // Python's json refuses U+3000 as whitespace; so does every reader of the project.
    Path f = file(bytes("{\"a\": 1}\n\u3000\n"));
    try (JsonlReader r = new JsonlReader(f)) {
      r.next();
      assertThatThrownBy(r::next).isInstanceOf(InputProblemException.class)
          .hasMessageStartingWith(f + ":2: not JSON: ");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
