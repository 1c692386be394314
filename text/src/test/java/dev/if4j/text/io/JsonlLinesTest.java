package dev.if4j.text.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  /**
   * Each line decodes as the strict UTF-8 decoder says, whatever its bytes: the text it gives, or
   * not UTF-8; and ASCII exactly when every byte is below 0x80. Lines are drawn from pieces that
   * trip decoders: U+FFFD itself, 2-, 3- and 4-byte characters, lone and encoded surrogates, overlong
   * forms, stray continuation bytes and sequences cut short.
   */
  @Test
  void decodesEveryLineAsTheStrictDecoderDoes() throws IOException {
    byte[][] pieces = {
        bytes(0x61), bytes(0x20), bytes(0x7B, 0x22), bytes(0x7F), utf8("\uFFFD"), utf8("\u00e9"), utf8("\u0928"),
        utf8("\uD83D\uDE00"), bytes(0xED, 0xA0, 0x80), bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF), bytes(0x80),
        bytes(0xBF), bytes(0xC3), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0xF4, 0x90, 0x80, 0x80),
        bytes(0xFF), bytes(0xFE)};
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      line.write('x'); // never blank
      for (int n = random.nextInt(6); n > 0; n--) {
        // Mostly ASCII, as real lines are; now and then a piece that is not.
        line.writeBytes(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : pieces[random.nextInt(4)]);
      }
      byte[] bytes = line.toByteArray();
      byte[] withNewline = java.util.Arrays.copyOf(bytes, bytes.length + 1);
      withNewline[bytes.length] = '\n';
      SourceLine read = read(withNewline).get(0);
      String strict = strictlyDecoded(bytes);
      assertThat(read.notUtf8()).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(strict == null);
      if (strict != null) assertThat(read.text()).isEqualTo(strict);
      boolean ascii = true;
      for (byte b : bytes) ascii &= b >= 0;
      assertThat(read.ascii()).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(ascii);
    }
  }

  @Test
  void findsTheFirstNewlineAsAByteByByteSearchDoes() {
    // Bytes near a newline's bit pattern (0x0A): its neighbours, the high-bit twin 0x8A, 0x0B, 0x01
    // and 0x00, which a word-at-a-time search could mistake for one or let hide one.
    byte[] alphabet = bytes(0x0A, 0x0B, 0x09, 0x8A, 0x01, 0x00, 0x61, 0xFF, 0x80, 0x7F);
    Random random = new Random(5);
    for (int i = 0; i < 50_000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'a';
      }
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      int expected = from;
      while (expected < to && bytes[expected] != '\n') expected++;
      assertThat(JsonlLines.newlineAt(bytes, from, to)).as("%s [%d, %d)", java.util.Arrays.toString(bytes), from, to)
          .isEqualTo(expected);
    }
  }

  private static String strictlyDecoded(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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
