package dev.if4j.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings are CPython 3.11's {@code repr()} of the same values. */
class PyLiteralWriterTest {
  @Test
  void stringsPickTheirQuoteAndEscapeAsPythonDoes() {
    assertThat(PyLiteralWriter.repr("plain")).isEqualTo("'plain'");
    assertThat(PyLiteralWriter.repr("it's")).isEqualTo("\"it's\"");
    assertThat(PyLiteralWriter.repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThat(PyLiteralWriter.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
    assertThat(PyLiteralWriter.repr("tab\there\nnew\\")).isEqualTo("'tab\\there\\nnew\\\\'");
    assertThat(PyLiteralWriter.repr("\u0000\u001f\u007f")).isEqualTo("'\\x00\\x1f\\x7f'");
  }

  @Test
  void printableNonAsciiStaysAndTheRestIsEscapedByWidth() {
    assertThat(PyLiteralWriter.repr("caf\u00e9 \u00a0 \u00ad \u2028 \uD83D\uDE00 \ud7ff \ue000"))
        .isEqualTo("'caf\u00e9 \\xa0 \\xad \\u2028 \uD83D\uDE00 \\ud7ff \\ue000'");
    assertThat(PyLiteralWriter.repr("\u0378")).isEqualTo("'\\u0378'");
    assertThat(PyLiteralWriter.repr("\uDBFF\uDFFF")).isEqualTo("'\\U0010ffff'");
  }

  @Test
  void floatsUseTheShortestDigitsInPythonsLayout() {
    double[] in = {1e-05, 0.0001, 1e16, 1e15, 123.456, -0.0, 2.5e-300, Double.MAX_VALUE, 0.1, 100.0, 12345678901234567.0};
    String[] out = {"1e-05", "0.0001", "1e+16", "1000000000000000.0", "123.456", "-0.0", "2.5e-300",
        "1.7976931348623157e+308", "0.1", "100.0", "1.2345678901234568e+16"};
    for (int i = 0; i < in.length; i++) assertThat(PyLiteralWriter.repr(in[i])).as("%s", in[i]).isEqualTo(out[i]);
    assertThatThrownBy(() -> PyLiteralWriter.repr(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void containersAsStrOfAListOfDicts() {
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("n", 3L);
    kw.put("x", null);
    kw.put("t", true);
    kw.put("l", List.of("a", "b"));
    kw.put("f", 0.5);
    Map<String, Object> gt = new LinkedHashMap<>();
    gt.put("instruction_id", List.of("a:b"));
    gt.put("kwargs", List.of(kw, Map.of()));
    assertThat(PyLiteralWriter.repr(List.of(gt)))
        .isEqualTo("[{'instruction_id': ['a:b'], 'kwargs': [{'n': 3, 'x': None, 't': True, 'l': ['a', 'b'], 'f': 0.5}, {}]}]");
  }
}
