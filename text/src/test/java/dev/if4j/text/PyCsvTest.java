package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Records as CPython 3.11's {@code list(csv.reader(io.StringIO(text)))} returns them. */
class PyCsvTest {
  static Stream<Arguments> commaSeparated() {
    return Stream.of(
        Arguments.of("", List.of()),
        Arguments.of("a,b\n\nc\n", List.of(List.of("a", "b"), List.of(), List.of("c"))),
        Arguments.of("a\r\nb", List.of(List.of("a"), List.of("b"))),
        Arguments.of("x\r\n\r\ny", List.of(List.of("x"), List.of(), List.of("y"))),
        Arguments.of("\n", List.of(List.of())),
        Arguments.of("\r", List.of(List.of())),
        Arguments.of(" \n", List.of(List.of(" "))),
        Arguments.of("a,\n", List.of(List.of("a", ""))),
        Arguments.of("a\n\n", List.of(List.of("a"), List.of())),
        Arguments.of("\"a\nb\",c", List.of(List.of("a\nb", "c"))),
        Arguments.of("\"abc", List.of(List.of("abc"))),
        Arguments.of("\"abc\n", List.of(List.of("abc\n"))),
        Arguments.of("\"", List.of(List.of(""))),
        Arguments.of("\"a\"b,c", List.of(List.of("ab", "c"))),
        Arguments.of("a\"b\",c", List.of(List.of("a\"b\"", "c"))),
        Arguments.of("\"a\"\"b\"", List.of(List.of("a\"b"))),
        Arguments.of("a,\"b\"   ,c", List.of(List.of("a", "b   ", "c"))),
        Arguments.of("\"a\" ,b", List.of(List.of("a ", "b"))),
        Arguments.of("a\u0000b", List.of(List.of("a\u0000b"))),
        Arguments.of("\"\"\"x\"\"\",y", List.of(List.of("\"x\"", "y"))));
  }

  @ParameterizedTest
  @MethodSource("commaSeparated")
  void readsRecordsAsPythonDoes(String text, List<List<String>> expected) {
    assertThat(PyCsv.readAll(text, ',')).isEqualTo(expected);
  }

  @Test
  void aTabDelimiterLeavesCommasInFields() {
    assertThat(PyCsv.readAll("\"a\"\tb,c\t\n", '\t'))
        .isEqualTo(List.of(List.of("a", "b,c", "")));
  }

  @Test
  void aCarriageReturnInsideAnUnquotedLineIsAnError() {
    assertThatThrownBy(() -> PyCsv.readAll("a,b\rc", ','))
        .isInstanceOf(PyCsv.CsvError.class).hasMessageContaining("new-line character seen");
    assertThatThrownBy(() -> PyCsv.readAll("a\rb\n", ','))
        .isInstanceOf(PyCsv.CsvError.class);
    // Inside quotes it is an ordinary character.
    assertThat(PyCsv.readAll("\"a\rb\"", ',')).isEqualTo(List.of(List.of("a\rb")));
  }

  @Test
  void fieldsAreLimitedTo131072CodePoints() {
    assertThat(PyCsv.readAll("a".repeat(131072) + ",b", ',').get(0).get(0)).hasSize(131072);
    assertThatThrownBy(() -> PyCsv.readAll("a".repeat(131073) + ",b", ','))
        .isInstanceOf(PyCsv.CsvError.class).hasMessage("field larger than field limit (131072)");
    String emoji = "\uD83D\uDE00";
    assertThat(PyCsv.readAll(emoji.repeat(131072), ',').get(0).get(0)).hasSize(2 * 131072);
    assertThatThrownBy(() -> PyCsv.readAll(emoji.repeat(131073), ','))
        .isInstanceOf(PyCsv.CsvError.class);
  }

  @Test
  void readsOneRecordAtATime() {
    PyCsv.Reader reader = PyCsv.reader("a\nb\"\nc\rd", ',');
    assertThat(reader.next()).containsExactly("a");
    assertThat(reader.next()).containsExactly("b\"");
    // The error comes only with the record that holds it.
    assertThatThrownBy(reader::next).isInstanceOf(PyCsv.CsvError.class);
  }
}
