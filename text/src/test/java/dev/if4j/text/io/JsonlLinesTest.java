package dev.if4j.text.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlLinesTest {
  private static List<SourceLine> read(byte[] bytes) throws IOException {
    return read(new JsonlLines("rows.jsonl", new ByteArrayInputStream(bytes)));
  }

  private static List<SourceLine> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<SourceLine> read(JsonlLines lines) throws IOException {
    List<SourceLine> out = new ArrayList<>();
    try (lines) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) out.add(l);
    }
    return out;
  }

  @Test
  void numbersLinesFromOneAndCountsTheBlankOnesItSkips() throws IOException {
    List<SourceLine> lines = read("{\"a\": 1}\n\n   \t\n{\"b\": 2}\r\n\f\n{\"c\": 3}\n");
    assertThat(lines).extracting(SourceLine::number).containsExactly(1L, 4L, 6L);
    assertThat(lines).extracting(SourceLine::text).containsExactly("{\"a\": 1}", "{\"b\": 2}", "{\"c\": 3}");
    assertThat(lines).noneMatch(SourceLine::unterminated);
  }

  @Test
  void linesAreNumberedAsInTheFileSkippingBlanksWithCrLfAndBom() throws IOException {
    byte[] bytes = "\uFEFF{\"a\": 1}\r\n\n  \n{\"b\": \"\u00e9\"}\n{\"c\": 3}".getBytes(StandardCharsets.UTF_8);
    List<SourceLine> lines = read(bytes);
    // The last line has no newline: it is marked, for a parser to say so if it does not parse. Each
    // line says whether it is ASCII (so its bytes may be parsed for its characters).
    assertThat(lines).containsExactly(new SourceLine(1, "{\"a\": 1}"), new SourceLine(4, "{\"b\": \"\u00e9\"}"),
        new SourceLine(5, "{\"c\": 3}", false, true, true));
    assertThat(lines).extracting(SourceLine::ascii).containsExactly(true, false, true);
  }

  @Test
  void dropsAByteOrderMarkBeforeTheFirstLineOnly() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String rest = "{\"a\": 1}\n\uFEFF{\"b\": 2}\n";
    byte[] bytes = new byte[3 + rest.getBytes(StandardCharsets.UTF_8).length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(rest.getBytes(StandardCharsets.UTF_8), 0, bytes, 3, bytes.length - 3);
    List<SourceLine> lines = read(bytes);
    assertThat(lines.get(0).text()).isEqualTo("{\"a\": 1}");
    // A mark inside the file is text (Python's json refuses it), not something to hide.
    assertThat(lines.get(1).text()).isEqualTo("\uFEFF{\"b\": 2}");
  }

  @Test
  void aBomOnlyFirstLineIsBlank() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', '{', '}', '\n'};
    assertThat(read(bytes)).extracting(SourceLine::number).containsExactly(2L);
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirOwnLine() throws IOException {
    byte[] bytes = "{\"a\": \"x\"}\n{\"b\": \"?\"}\n{\"c\": \"\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('?');
    bytes[at] = (byte) 0xFF;
    List<SourceLine> lines = read(bytes);
    assertThat(lines).extracting(SourceLine::notUtf8).containsExactly(false, true, false);
    assertThat(lines.get(2).requireUtf8("rows.jsonl").text()).isEqualTo("{\"c\": \"\u00e9\"}");
    assertThatThrownBy(() -> lines.get(1).requireUtf8("rows.jsonl"))
        .isInstanceOf(InputProblemException.class)
        .hasMessage("rows.jsonl:2: not valid UTF-8 text");
  }

  @Test
  void marksALastLineWithoutItsNewline() throws IOException {
    List<SourceLine> lines = read("{\"a\": 1}\n{\"b\": ");
    assertThat(lines).extracting(SourceLine::unterminated).containsExactly(false, true);
    assertThat(lines.get(0).tornHint()).isEmpty();
    assertThat(lines.get(1).tornHint()).contains("without a newline").contains("cut short");
    assertThat(read("{\"a\": 1}")).singleElement().matches(SourceLine::unterminated);
  }

  @Test
  void aLineLongerThanTheBoundIsAnInputProblemNamingIt() {
    String ok = "{\"a\": \"" + "x".repeat(20) + "\"}\n";
    String tooLong = "{\"b\": \"" + "y".repeat(100) + "\"}\n";
    JsonlLines lines = new JsonlLines("big.jsonl",
        new ByteArrayInputStream((ok + tooLong).getBytes(StandardCharsets.UTF_8)), 64);
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputProblemException.class)
        .hasMessage("big.jsonl:2: the line is longer than 64 bytes (is it JSONL, one object per line?)");
  }

  @Test
  void aLineAsLongAsTheBoundIsRead() throws IOException {
    String line = "x".repeat(64);
    JsonlLines lines = new JsonlLines("rows.jsonl",
        new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), 64);
    assertThat(read(lines)).extracting(SourceLine::text).containsExactly(line);
  }

  @Test
  void readsALongLineSplitAcrossManyBuffers() throws IOException {
    String big = "{\"r\": \"" + "\u00e9".repeat(200_000) + "\"}";
    List<SourceLine> lines = read(big + "\n{}\n");
    assertThat(lines).extracting(SourceLine::text).containsExactly(big, "{}");
  }

  @Test
  void holdsOneLineAtATime() throws IOException {
    // A stream that would never end: the reader must hand out lines as they come.
    InputStream endless = new InputStream() {
      private long n;

      @Override
      public int read() {
        return n++ % 3 == 2 ? '\n' : '{';
      }
    };
    try (JsonlLines lines = new JsonlLines("<stdin>", endless)) {
      assertThat(lines.next().text()).isEqualTo("{{");
      assertThat(lines.next().number()).isEqualTo(2);
    }
  }
}
