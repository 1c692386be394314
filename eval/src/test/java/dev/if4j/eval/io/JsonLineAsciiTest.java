package dev.if4j.eval.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An ASCII line is parsed from its bytes ({@link Json#asciiObject}), any other from its characters:
 * both must read the same values and fail with the same message, or a row's fields or error would
 * depend on whether another field held an accent. (Jackson's two parsers word some errors
 * differently and place some a column apart: a bad ASCII line is parsed again from its characters.)
 */
class JsonLineAsciiTest {
  /** What a row reader sees of a line: its fields, or its error. */
  private static String outcome(SourceLine line) {
    try {
      return JsonLine.parse("rows.jsonl", line).fields().toString();
    } catch (InputProblemException e) {
      return "error: " + e.getMessage();
    }
  }

  private static void assertBothParsersAgree(String text) {
    SourceLine asBytes = new SourceLine(1, text);
    assertThat(asBytes.ascii()).as("an ASCII line: %s", text).isTrue();
    SourceLine asChars = new SourceLine(1, text, false, false, false);
    assertThat(outcome(asBytes)).as(text).isEqualTo(outcome(asChars));
  }

  private static final List<String> LINES = List.of(
      "{\"id\": \"a-1\", \"response\": \"one\\ntwo\\t\\\"three\\\"\\\\ \\u00e9\\ud83d\\ude00\", \"kwargs\": [{}, {\"n\": 3}]}",
      "{\"n\": NaN, \"i\": -Infinity, \"l\": 7, \"b\": 123456789012345678901234567890, \"d\": 1.5e-3, \"z\": null}",
      "{\"lone\": \"\\ud800 alone\", \"t\": true, \"f\": false, \"e\": [], \"o\": {}}",
      "{\"a\": 1} {\"b\": 2}",
      "{\"a\": 1,}",
      "{\"a\": 1, \"a\": 2}",
      "{a: 1}",
      "{\"a\": 'x'}",
      "{\"a\": \"unterminated",
      "{\"a\": \"bad \\x escape\"}",
      "{\"a\": \"raw \t tab\"}",
      "{\"a\": 01}",
      "{\"a\": tru}",
      "{\"a\": [1, 2}",
      "{\"a\": 1",
      "[1, 2]",
      "\"just a string\"",
      "   ",
      "{\"a\": 1}]",
      "{\"a\": \"\\u12\"}",
      "{\"a\": -}",
      "{\"a\": 1.}",
      "{\"deep\": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}",
      "{\"a\": , \"b\": 1}");

  @Test
  void bytesAndCharactersReadTheSameValuesAndTheSameErrors() {
    LINES.forEach(JsonLineAsciiTest::assertBothParsersAgree);
  }

  @Test
  void agreeOnRandomlyDamagedRows() {
    Random random = new Random(17);
    String alphabet = "{}[]\",:\\ntu0123456789.-eE+ abcNaIfy\t";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder(LINES.get(random.nextInt(3)));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(line.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> { if (at < line.length()) line.deleteCharAt(at); }
          default -> line.setLength(Math.min(line.length(), at));
        }
      }
      assertBothParsersAgree(line.toString());
    }
  }

  @Test
  void onlyAnAsciiLineIsReadFromItsBytes() throws IOException {
    List<SourceLine> lines = new ArrayList<>();
    byte[] file = "{\"a\": \"\u00e9\"}\n{\"a\": \"e\\u00e9\"}\n{\"a\": 1} {}\n".getBytes(StandardCharsets.UTF_8);
    try (JsonlLines in = new JsonlLines("rows.jsonl", new ByteArrayInputStream(file))) {
      for (SourceLine l = in.next(); l != null; l = in.next()) lines.add(l);
    }
    assertThat(lines).extracting(SourceLine::ascii).containsExactly(false, true, true);
    assertThat(Json.asciiObject(lines.get(0))).isNull();
    assertThat(Json.asciiObject(lines.get(1))).containsEntry("a", "e\u00e9");
    assertThat(Json.asciiObject(lines.get(2))).as("more after the object").isNull();
    assertThat(outcome(lines.get(0))).isEqualTo("{a=\u00e9}");
    assertThat(outcome(lines.get(2))).startsWith("error: rows.jsonl:3: malformed JSON: more content after the object");
  }
}
