package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every expectation here was checked against CPython 3.11's {@code json.loads}. */
class PyJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {"null", "true", "false", "[]", "{}", "\"a\"", "[true,false,null]",
      "{\"a\":[{\"b\":null}]}", "[[[]]]", "{\"\":\"\"}", " \t\n\r[] \t\n\r"})
  void acceptsAnyTopLevelValue(String s) {
    assertThat(PyJson.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "[-Infinity,NaN,Infinity]"})
  void acceptsPythonsNonStandardConstants(String s) {
    assertThat(PyJson.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-NaN", "nan", "infinity", "nulll", "truex", "None", "True"})
  void rejectsOtherSpellingsOfConstants(String s) {
    assertThat(PyJson.isValid(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "1.5", "1e5", "1E+5", "1e-5", "1.5e3", "0.0", "[1.0e+10,-0.0E-0]"})
  void acceptsNumbersOfTheJsonGrammar(String s) {
    assertThat(PyJson.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "-01", "00", "1.", ".5", "1e", "1e+", "-", "+1", "[-]", "[1\u0663]", "\uff11"})
  void rejectsLeadingZerosBareDotsSignsAndNonAsciiDigits(String s) {
    assertThat(PyJson.isValid(s)).isFalse();
  }

  @Test
  void rejectsIntegersLongerThanPythonsConversionLimit() {
    String digits = "1".repeat(4300);
    assertThat(PyJson.isValid(digits)).isTrue();
    assertThat(PyJson.isValid("-" + digits)).isTrue();
    assertThat(PyJson.isValid(digits + "1")).isFalse();
    assertThat(PyJson.isValid("[-" + digits + "1]")).isFalse();
    // Floats have no such limit.
    assertThat(PyJson.isValid(digits + "1.0")).isTrue();
    assertThat(PyJson.isValid(digits + "1e0")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\u00e9\"", "\"\\ud800\"", "\"\\uDFFF\\ud800\"", "\"\\/\"",
      "\"\\b\\f\\n\\r\\t\\\"\\\\\"", "\"\u007f\"", "\"\u2028\"", "\"\ud83d\ude00\"", "\"\ud800\""})
  void acceptsValidEscapesLoneSurrogatesAndNonControlCharacters(String s) {
    assertThat(PyJson.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'a'", "\"\\u12\"", "\"\\u+1a2\"", "\"\\u 1a2\"", "\"\\u12g4\"", "\"\\x41\"",
      "\"\\a\"", "\"\u0001\"", "\"\u001f\"", "\"tab\there\"", "\"line\nbreak\"", "\"unterminated", "\"\\\""})
  void rejectsBadEscapesRawControlCharactersAndUnterminatedStrings(String s) {
    assertThat(PyJson.isValid(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}", "{\"a\":1,\"a\":2}", "{ \"a\" : [ 1 , 2 ] }"})
  void acceptsObjectsIncludingDuplicateKeys(String s) {
    assertThat(PyJson.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,]", "[,1]", "[1 2]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{1:1}",
      "{'a':1}", "[[[]]", "[1]]", "{\"a\":1", "[1,2", "[1 // c\n]"})
  void rejectsTrailingCommasMissingSeparatorsAndUnbalancedBrackets(String s) {
    assertThat(PyJson.isValid(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1 2", "[] []", "{\"a\":1}x", "\f[]", "\u00a0[]", "[]\u00a0",
      "\ufeff[]"})
  void rejectsEmptyTextExtraDataAndNonJsonWhitespace(String s) {
    assertThat(PyJson.isValid(s)).isFalse();
  }

  @Test
  void checksARangeWithoutLookingOutsideIt() {
    String s = "x[1, 2]y";
    assertThat(PyJson.isValid(s, 1, 7)).isTrue();
    assertThat(PyJson.isValid(s, 0, 7)).isFalse();
    assertThat(PyJson.isValid(s, 1, 6)).isFalse();
  }

  @Test
  void reportsWhereParsingFails() {
    assertThat(PyJson.errorOffset("[1, 2]", 0, 6)).isEqualTo(-1);
    assertThat(PyJson.errorOffset("[1, 2,]", 0, 7)).isEqualTo(6);
    assertThat(PyJson.errorOffset("{} x", 0, 4)).isEqualTo(3);
  }

  @Test
  void answersByTheGrammarAtDepthsWherePythonRaisesRecursionError() {
    // CPython gives up at about 1000 levels with RecursionError; there is no verdict to copy.
    int depth = 100_000;
    String nested = "[".repeat(depth) + "]".repeat(depth);
    assertThat(PyJson.isValid(nested)).isTrue();
    assertThat(PyJson.isValid("[".repeat(depth))).isFalse();
    assertThat(PyJson.isValid("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))).isTrue();
  }

  @Test
  void runsInLinearTimeOnAMegabyte() {
    String big = "[" + "\"abc\\u00e9\", 12.5e3, {\"k\": [true, null]}, ".repeat(25_000) + "0]";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThat(PyJson.isValid(big)).isTrue();
      assertThat(PyJson.isValid("\"" + "\\\\".repeat(500_000))).isFalse();
    });
  }
}
