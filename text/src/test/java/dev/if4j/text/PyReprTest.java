package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyReprTest {
  // Expected strings are CPython 3.11's repr() of the same values.
  @Test
  void listsUseSingleQuotesByDefault() {
    assertThat(PyRepr.repr(List.of("a", "b"))).isEqualTo("['a', 'b']");
    assertThat(PyRepr.repr(List.of())).isEqualTo("[]");
  }

  @Test
  void aStringWithOnlyApostrophesIsDoubleQuoted() {
    assertThat(PyRepr.repr(List.of("it's"))).isEqualTo("[\"it's\"]");
    assertThat(PyRepr.repr(List.of("say \"hi\"", "both ' and \"")))
        .isEqualTo("['say \"hi\"', 'both \\' and \"']");
  }

  @Test
  void controlCharactersAndBackslashesAreEscaped() {
    assertThat(PyRepr.repr(List.of("tab\there", "nl\nx", "back\\slash")))
        .isEqualTo("['tab\\there', 'nl\\nx', 'back\\\\slash']");
  }

  @Test
  void nonPrintablesAreEscapedByWidthAndPrintablesKept() {
    String s = "\u0000\u007f\u0085\u00a0é\u200b\u2028\uD83D\uDE00\uDB40\uDC01\ue000";
    assertThat(PyRepr.repr(s))
        .isEqualTo("'\\x00\\x7f\\x85\\xa0é\\u200b\\u2028😀\\U000e0001\\ue000'");
  }
}
