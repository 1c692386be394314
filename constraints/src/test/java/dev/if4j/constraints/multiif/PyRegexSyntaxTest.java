package dev.if4j.constraints.multiif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python 3.11's {@code re.compile} errors on keyword-like patterns. */
class PyRegexSyntaxTest {
  @Test
  void validPatterns() {
    for (String p : new String[] {"word", "two words", "e.g.", "a+", "a*?", "a{2}", "a{,2}", "a{x}", "{", "x{2,3}?",
        "(a|b)", "[)]", "[]a]", "\\d+", "\\.", "(?:x)", "(?i)x", "a*+", "\\u00e9", "(a)\\1", "über", "(?P<n>x)(?P=n)", "(?#note)x", "(?<=a)b", "(?i:x)"}) {
      assertThat(PyRegexSyntax.error(p)).as(p).isEmpty();
    }
  }

  @Test
  void invalidPatterns() {
    // 3.11 has possessive quantifiers, so "C++" compiles; a third repeat does not.
    assertThat(PyRegexSyntax.error("C++")).isEmpty();
    assertThat(PyRegexSyntax.error("C+++")).contains("multiple repeat");
    assertThat(PyRegexSyntax.error("a**")).contains("multiple repeat");
    assertThat(PyRegexSyntax.error("a*??")).contains("multiple repeat");
    assertThat(PyRegexSyntax.error("+x")).contains("nothing to repeat");
    assertThat(PyRegexSyntax.error("(*)")).contains("nothing to repeat");
    assertThat(PyRegexSyntax.error("a|?")).contains("nothing to repeat");
    assertThat(PyRegexSyntax.error("(oops")).contains("missing ), unterminated subpattern");
    assertThat(PyRegexSyntax.error("oops)")).contains("unbalanced parenthesis");
    assertThat(PyRegexSyntax.error("[abc")).contains("unterminated character set");
    assertThat(PyRegexSyntax.error("end\\")).contains("bad escape (end of pattern)");
    assertThat(PyRegexSyntax.error("\\q")).contains("bad escape \\q");
    assertThat(PyRegexSyntax.error("\\1")).contains("invalid group reference 1");
    assertThat(PyRegexSyntax.error("(?Q)")).contains("unknown extension ?Q");
  }
}
