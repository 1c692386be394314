package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

// Expected strings are CPython 3.11's str.lower() of the same text. The predicates were also
// compared with CPython over every code point (via lower() of "Α" + c + "Σ", c + "Σ" and
// "ΑΣ" + c): they agree on all code points assigned in Unicode 14 but U+1171E, whose category
// changed in Unicode 15.
class PyLowerTest {
  @Test
  void finalSigmaFollowsPythonsRuleNotJavasWordBoundaries() {
    assertThat(PyLower.lower("ΟΔΟΣ-Α")).isEqualTo("οδος-α");
    assertThat("ΟΔΟΣ-Α".toLowerCase(Locale.ROOT)).isEqualTo("οδοσ-α"); // why this class exists
    assertThat(PyLower.lower("ΑΣ1")).isEqualTo("ας1");
    assertThat(PyLower.lower("ΟΔΟΣ.Α")).isEqualTo("οδοσ.α"); // "." is case-ignorable
    assertThat(PyLower.lower("ΑΣ'Α")).isEqualTo("ασ'α");
    assertThat(PyLower.lower("ΑΣ\u0301")).isEqualTo("ας\u0301");
    assertThat(PyLower.lower("Α\u0301Σ")).isEqualTo("α\u0301ς");
    assertThat(PyLower.lower("ΟΔΟΣ ΟΔΟΣ")).isEqualTo("οδος οδος");
    assertThat(PyLower.lower("Σ")).isEqualTo("σ");
  }

  @Test
  void everythingElseIsJavasFullLowerCase() {
    assertThat(PyLower.lower("İ")).isEqualTo("i\u0307");
    assertThat(PyLower.lower("ABC")).isEqualTo("abc");
    assertThat(PyLower.lower("")).isEmpty();
  }

  @Test
  void caseIgnorableAndCasedProperties() {
    assertThat(PyLower.isCaseIgnorable('\'')).isTrue();
    assertThat(PyLower.isCaseIgnorable(':')).isTrue();
    assertThat(PyLower.isCaseIgnorable('-')).isFalse();
    assertThat(PyLower.isCaseIgnorable(0x0301)).isTrue(); // Mn
    assertThat(PyLower.isCased(0x02B0)).isTrue(); // modifier small h: Other_Lowercase
    assertThat(PyLower.isCased('1')).isFalse();
  }
}
