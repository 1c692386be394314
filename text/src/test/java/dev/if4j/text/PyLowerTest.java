package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
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

  @Test
  void onlyCapitalIWithDotAboveLowerCasesToMoreChars() {
    // What lets a slice's lower() be a slice of its whole's (TextView): the bounds move only by
    // the U+0130 before them.
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp == 0x03A3 || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) continue;
      String s = new String(Character.toChars(cp));
      int expected = Character.charCount(cp) + (cp == 0x0130 ? 1 : 0);
      assertThat(PyLower.lower(s).length()).as("U+%04X", cp).isEqualTo(expected);
    }
    assertThat(PyLower.longerBefore("a\u0130b\u0130c", 2)).isEqualTo(1);
    assertThat(PyLower.longerBefore("a\u0130b\u0130c", 5)).isEqualTo(2);
  }

  @Test
  void aSlicesLowerCaseIsTheWholesWhereNoSigmaCanSeePastItsBounds() {
    TextView whole = new TextView("ΟΔΟΣ.Α \u0130ΑΣ Σ\nΑΣ",
        new TextTools(ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources"))));
    // "ΟΔΟΣ" alone ends in ς; in the whole, "." (case-ignorable) and "Α" follow: σ.
    assertThat(TextView.slice(whole, 0, 4).lower()).isEqualTo("οδος");
    assertThat(whole.lower()).startsWith("οδοσ.α");
    assertThat(TextView.slice(whole, 7, 10).lower()).isEqualTo("i\u0307ας");
    assertThat(TextView.slice(whole, 11, 12).lower()).isEqualTo("σ");
    assertThat(TextView.slice(whole, 13, 15).lower()).isEqualTo("ας");
    assertThat(TextView.slice(whole, 3, 6).lower()).isEqualTo(PyLower.lower("Σ.Α"));
  }
}
