package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyLinesTest {
  @Test
  void breaksWherePythonBreaks() {
    assertThat(PyLines.splitLines("a\r\nb\rc\nd\u000be\u000cf\u001cg\u0085h\u2028i\u2029j"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
  }

  @Test
  void aFinalBreakAddsNoEmptyLine() {
    assertThat(PyLines.splitLines("a\n")).containsExactly("a");
    assertThat(PyLines.splitLines("a\n\n")).containsExactly("a", "");
    assertThat(PyLines.splitLines("")).isEmpty();
    assertThat(PyLines.splitLines("\r\n")).containsExactly("");
  }

  @Test
  void otherSpacesDoNotBreak() {
    assertThat(PyLines.splitLines("a\tb\u00a0c\u3000d")).containsExactly("a\tb\u00a0c\u3000d");
    assertThat(PyLines.isLineBoundary('\u001f')).isFalse(); // a unit separator is whitespace, not a line break
  }
}
