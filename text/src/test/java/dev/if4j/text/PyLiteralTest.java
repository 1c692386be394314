package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.if4j.text.PyLiteral.PyLiteralException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PyLiteral} against CPython 3.11's {@code ast.literal_eval}: every expected value below is
 * what {@code repr(ast.literal_eval(text))} printed (tuples shown as lists, as PyLiteral returns
 * them), and every rejected text is one Python rejects too, except the few kinds PyLiteral refuses
 * on purpose (sets, bytes, complex numbers, Ellipsis, \N aliases).
 */
class PyLiteralTest {
  static Stream<Arguments> literals() {
    return Stream.of(
        ok("[{'instruction_id': ['length_constraints:number_paragraphs', 'keywords:word_once'], 'kwargs': [{'num_paragraphs': 4}, {'keyword': 'flight'}]}]", "[{'instruction_id': ['length_constraints:number_paragraphs', 'keywords:word_once'], 'kwargs': [{'num_paragraphs': 4}, {'keyword': 'flight'}]}]"),
        ok("[{'instruction_id': ['detectable_format:title'], 'kwargs': [None]}]", "[{'instruction_id': ['detectable_format:title'], 'kwargs': [None]}]"),
        ok("{'a': True, 'b': False, 'c': None}", "{'a': True, 'b': False, 'c': None}"),
        ok("'single'", "'single'"),
        ok("\"double\"", "'double'"),
        ok("'''triple\nline'''", "'triple\\nline'"),
        ok("\"\"\"tri\"ple\"\"\"", "'tri\"ple'"),
        ok("'it\\'s'", "\"it's\""),
        ok("\"say \\\"hi\\\"\"", "'say \"hi\"'"),
        ok("'a' \"b\" 'c'", "'abc'"),
        ok("u'unicode'", "'unicode'"),
        ok("R'raw\\n'", "'raw\\\\n'"),
        ok("r'\\d+\\''", "\"\\\\d+\\\\'\""),
        ok("'\\n\\t\\r\\\\\\a\\b\\f\\v'", "'\\n\\t\\r\\\\\\x07\\x08\\x0c\\x0b'"),
        ok("'\\x41\\u00e9\\U0001F600'", "'A\u00e9\ud83d\ude00'"),
        ok("'\\101\\7\\777\\0'", "'A\\x07\u01ff\\x00'"),
        ok("'\\d\\w\\8'", "'\\\\d\\\\w\\\\8'"),
        ok("'\\N{EM DASH}\\N{latin small letter a}'", "'\u2014a'"),
        ok("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\u4e00'"),
        ok("'a\\\nb'", "'ab'"),
        ok("'\\ud800'", "'\\ud800'"),
        ok("'caf\u00e9 \ud83d\ude00'", "'caf\u00e9 \ud83d\ude00'"),
        ok("0", "0"),
        ok("00", "0"),
        ok("0_0", "0"),
        ok("-0", "0"),
        ok("+7", "7"),
        ok("- 1", "-1"),
        ok("-(1)", "-1"),
        ok("(-1)", "-1"),
        ok("1_000", "1000"),
        ok("0x_1f", "31"),
        ok("0XfF", "255"),
        ok("0o17", "15"),
        ok("0O_7", "7"),
        ok("0b101", "5"),
        ok("9223372036854775807", "9223372036854775807"),
        ok("9223372036854775808", "9223372036854775808"),
        ok("-9223372036854775808", "-9223372036854775808"),
        ok("-9223372036854775809", "-9223372036854775809"),
        ok("0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695"),
        ok("1.5", "1.5"),
        ok(".5", "0.5"),
        ok("5.", "5.0"),
        ok("1e5", "100000.0"),
        ok("1E-3", "0.001"),
        ok("-1.5e3", "-1500.0"),
        ok("1_000.5_5", "1000.55"),
        ok("09.5", "9.5"),
        ok("00.5", "0.5"),
        ok("0e0", "0.0"),
        ok("1e400", "inf"),
        ok("-1e400", "-inf"),
        ok("1.e5", "100000.0"),
        ok("[]", "[]"),
        ok("[1,]", "[1]"),
        ok("()", "[]"),
        ok("(1,)", "[1]"),
        ok("(1)", "1"),
        ok("((1))", "1"),
        ok("-((2))", "-2"),
        ok("(1, 2,)", "[1, 2]"),
        ok("{}", "{}"),
        ok("{'a': 1,}", "{'a': 1}"),
        ok("[[[]]]", "[[[]]]"),
        ok("{1: 'a', True: 'b', 1.0: 'c'}", "{1: 'c'}"),
        ok("{'k': 1, 'k': 2, 'j': 3}", "{'k': 2, 'j': 3}"),
        ok("{(1, 2): 'tuple key', None: 0}", "{[1, 2]: 'tuple key', None: 0}"),
        ok("{(1,): 'x', (1.0,): 'y'}", "{[1]: 'y'}"),
        ok("[1, # comment\n 2]", "[1, 2]"),
        ok("\n[1]\n", "[1]"),
        ok(" \t1", "1"),
        ok("1 # trailing", "1"),
        ok("[\n  1,\n  2\n]\n", "[1, 2]"),
        ok("-\\\n1", "-1"),
        ok("{'a':\n [1,\n 2]}", "{'a': [1, 2]}"),
        ok("'x'  'y'", "'xy'"),
        ok("[ 'a' \n 'b' ]", "['ab']")
    );
  }

  private static Arguments ok(String text, String pythonRepr) {
    return Arguments.of(text, pythonRepr);
  }

  @ParameterizedTest
  @MethodSource("literals")
  void readsWhatLiteralEvalReads(String text, String pythonRepr) {
    assertThat(repr(PyLiteral.parse(text))).isEqualTo(pythonRepr);
  }

  @Test
  void valuesArePlainJavaTypes() {
    Object v = PyLiteral.parse("{'n': 4, 'big': 18446744073709551616, 'f': 0.5}");
    assertThat(v).isInstanceOf(Map.class);
    Map<?, ?> m = (Map<?, ?>) v;
    assertThat(m.get("n")).isEqualTo(4L);
    assertThat(m.get("big")).isEqualTo(new BigInteger("18446744073709551616"));
    assertThat(m.get("f")).isEqualTo(0.5);
    assertThat(PyLiteral.parse("(1, 'a')")).isEqualTo(List.of(1L, "a"));
    assertThat(PyLiteral.parse("None")).isNull();
    assertThat(PyLiteral.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aRepeatedKeyKeepsItsFirstPlaceAndFirstSpellingWithTheLastValue() {
    @SuppressWarnings("unchecked")
    Map<Object, Object> m = (Map<Object, Object>) PyLiteral.parse("{1: 'a', 'x': 0, True: 'b', 1.0: 'c'}");
    assertThat(m.keySet()).containsExactly(1L, "x");
    assertThat(m.get(1L)).isEqualTo("c");
  }

  @Test
  void aFunctionCallIsNamedWithItsPosition() {
    PyLiteralException e = rejected("[{'kwargs': [len('abc')]}]");
    assertThat(e.position()).isEqualTo(13);
    assertThat(e.token()).isEqualTo("'len'");
    assertThat(e.getMessage()).isEqualTo("at position 13 ('len'): a function call is not a literal");
  }

  @Test
  void namesAreNotLiterals() {
    PyLiteralException e = rejected("[1, nan]");
    assertThat(e.position()).isEqualTo(4);
    assertThat(e.getMessage()).isEqualTo(
        "at position 4 ('nan'): a name is not a literal (only True, False and None are)");
    assertThat(rejected("__import__('os')").problem()).isEqualTo("a function call is not a literal");
    assertThat(rejected("lambda: 1").token()).isEqualTo("'lambda'");
  }

  @Test
  void operatorsAndSubscriptsAreNotLiterals() {
    assertThat(rejected("1 + 2").getMessage())
        .isEqualTo("at position 2 ('+'): operators are not allowed: only literals");
    assertThat(rejected("[1, 2] + [3]").position()).isEqualTo(7);
    assertThat(rejected("'a'.upper()").problem()).isEqualTo("operators are not allowed: only literals");
    assertThat(rejected("[1][0]").problem()).isEqualTo("a subscript is not a literal");
    assertThat(rejected("-True").getMessage())
        .isEqualTo("at position 0 ('-'): a sign may only precede a number (expressions are not literals)");
    assertThat(rejected("--1").position()).isEqualTo(0);
    assertThat(rejected("-(-1)").position()).isEqualTo(0);
    assertThat(rejected("{**{}}").token()).isEqualTo("'*'");
    assertThat(rejected("[1, \"x\" \"y\" + 1]").token()).isEqualTo("'+'");
  }

  @Test
  void positionsCountCodePointsAsPythonIndexes() {
    // The emoji is two Java chars but one Python character.
    assertThat(rejected("['\uD83D\uDE00', x]").position()).isEqualTo(6);
  }

  @Test
  void whatLiteralEvalAcceptsButGroundTruthNeverHoldsIsRefusedByName() {
    assertThat(rejected("set()").problem()).isEqualTo("a function call is not a literal");
    assertThat(rejected("{1, 2}").getMessage()).isEqualTo("at position 0 ('{'): set literals are not supported");
    assertThat(rejected("b'x'").problem()).isEqualTo("bytes literals are not supported");
    assertThat(rejected("rb'x'").problem()).isEqualTo("bytes literals are not supported");
    assertThat(rejected("'a' b'x'").problem()).isEqualTo("bytes literals are not supported");
    assertThat(rejected("f'x'").problem()).isEqualTo("f-strings are not literals");
    assertThat(rejected("1j").problem()).isEqualTo("complex numbers are not supported");
    assertThat(rejected("1+2j").problem()).isEqualTo("operators are not allowed: only literals");
    assertThat(rejected("...").problem()).startsWith("'...' (Ellipsis) is not supported");
    assertThat(rejected("'\\N{LF}'").problem()).startsWith("unknown Unicode character name");
  }

  @Test
  void malformedNumbersAreNamed() {
    assertThat(rejected("007").getMessage()).isEqualTo(
        "at position 0 ('007'): leading zeros in a decimal integer are not allowed (use 0o for octal)");
    assertThat(rejected("0_1").problem()).startsWith("leading zeros");
    assertThat(rejected("1__0").problem()).isEqualTo("invalid number literal (misplaced '_')");
    assertThat(rejected("1_").problem()).isEqualTo("invalid number literal (misplaced '_')");
    assertThat(rejected("1e_5").problem()).isEqualTo("invalid number literal");
    assertThat(rejected("0b2").problem()).isEqualTo("invalid digit '2' in a base-2 literal");
    assertThat(rejected("0x").problem()).isEqualTo("invalid hexadecimal literal");
    assertThat(rejected("1" + "0".repeat(4300)).problem())
        .isEqualTo("integer of more than 4300 digits (Python's conversion limit)");
    assertThat(PyLiteral.parse("1" + "0".repeat(4299))).isInstanceOf(BigInteger.class);
  }

  @Test
  void malformedStringsAreNamed() {
    assertThat(rejected("'\\x4'").getMessage()).isEqualTo("at position 1 (\"\\\\x4'\"): truncated \\x escape");
    assertThat(rejected("'\\u12'").problem()).isEqualTo("truncated \\u escape");
    assertThat(rejected("'\\U00110000'").problem()).isEqualTo("illegal Unicode character");
    assertThat(rejected("'\\N{NO SUCH NAME}'").token()).isEqualTo("'\\\\N{NO SUCH NAME}'");
    assertThat(rejected("'\\N{ LATIN SMALL LETTER A}'").problem()).startsWith("unknown Unicode character name");
    assertThat(rejected("'\\N{LINE FEED (LF)}'").problem()).startsWith("unknown Unicode character name");
    assertThat(rejected("'\\N{HANGUL SYLLABLES AC00}'").problem()).startsWith("unknown Unicode character name");
    assertThat(rejected("'abc").getMessage()).isEqualTo("at position 0 (\"'abc\"): unterminated string");
    assertThat(rejected("'a\nb'").problem()).isEqualTo("unterminated string (a line break inside quotes)");
    assertThat(rejected("'''abc''").problem()).isEqualTo("unterminated triple-quoted string");
  }

  @Test
  void malformedStructureIsNamed() {
    assertThat(rejected("[").getMessage()).isEqualTo("at position 0 ('['): '[' was never closed");
    assertThat(rejected("[1").problem()).isEqualTo("'[' was never closed");
    assertThat(rejected("{'a': (1, 2").problem()).isEqualTo("'(' was never closed");
    assertThat(rejected("[1]]").getMessage()).isEqualTo("at position 3 (']'): unmatched closing bracket after the literal");
    assertThat(rejected("]").problem()).isEqualTo("unmatched closing bracket");
    assertThat(rejected("[1 2]").getMessage()).isEqualTo("at position 3 ('2'): unexpected token in a list: expected ',' or ']'");
    assertThat(rejected("[1,,2]").problem()).isEqualTo("expected a literal before ','");
    assertThat(rejected("[,]").position()).isEqualTo(1);
    assertThat(rejected("{'a' 1}").problem()).isEqualTo("unexpected token in a dict: expected ':'");
    assertThat(rejected("{[1]: 2}").problem()).isEqualTo("unhashable dict key (a list or dict cannot be a key)");
    assertThat(rejected("{(1, [2]): 3}").position()).isEqualTo(1);
    assertThat(rejected("1\n2").problem()).isEqualTo("unexpected token after the literal");
    assertThat(rejected("'a'\n'b'").position()).isEqualTo(4);
    assertThat(rejected("\n 1").problem()).isEqualTo("unexpected indent before the literal");
    assertThat(rejected("").getMessage()).isEqualTo("at position 0: empty text: expected a literal");
    assertThat(rejected("  ").problem()).isEqualTo("empty text: expected a literal");
    assertThat(rejected("[" .repeat(201) + "]".repeat(201)).problem())
        .isEqualTo("too deeply nested (more than 200 brackets)");
    assertThat(PyLiteral.parse("[".repeat(200) + "]".repeat(200))).isInstanceOf(List.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "inf", "Ellipsis", "not True", "1 if True else 2", "'a' % 1", "[*[]]",
      "{'a': 1}['a']", "-'a'", "{1}"})
  void otherNonLiteralsAreRejected(String text) {
    assertThatThrownBy(() -> PyLiteral.parse(text)).isInstanceOf(PyLiteralException.class);
  }

  @Test
  void aLongLiteralIsReadInLinearTime() {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < 200_000; k++) sb.append("{'keyword': 'w").append(k).append("', 'n': ").append(k).append("}, ");
    sb.append(']');
    long t = System.nanoTime();
    assertThat((List<?>) PyLiteral.parse(sb)).hasSize(200_000);
    assertThat((System.nanoTime() - t) / 1e9).isLessThan(5.0);
  }

  private static PyLiteralException rejected(String text) {
    PyLiteralException e = catchThrowableOfType(PyLiteralException.class, () -> PyLiteral.parse(text));
    assertThat(e).as("rejects %s", text).isNotNull();
    return e;
  }

  /** Python's repr of the value, tuples shown as lists. */
  static String repr(Object v) {
    if (v == null) return "None";
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof String s) return PyRepr.repr(s);
    if (v instanceof Long || v instanceof BigInteger) return v.toString();
    if (v instanceof Double d) {
      if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
      String s = d.toString();
      if (s.contains("E")) throw new AssertionError("no Python repr for " + s + " here");
      return s;
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int k = 0; k < l.size(); k++) sb.append(k > 0 ? ", " : "").append(repr(l.get(k)));
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        first = false;
      }
      return sb.append('}').toString();
    }
    throw new AssertionError(v.getClass());
  }
}
