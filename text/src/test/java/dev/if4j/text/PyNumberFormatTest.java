package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

// Expected strings are CPython 3.11's str() of the same values.
class PyNumberFormatTest {
  @Test
  void intsPrintAsDigits() {
    assertThat(PyNumberFormat.str((Number) 8L)).isEqualTo("8");
    assertThat(PyNumberFormat.str((Number) (-3))).isEqualTo("-3");
  }

  @Test
  void floatsPrintAsPythonsRepr() {
    assertThat(PyNumberFormat.floatStr(8.0)).isEqualTo("8.0");
    assertThat(PyNumberFormat.str((Number) 4.0)).isEqualTo("4.0");
    assertThat(PyNumberFormat.floatStr(-0.0)).isEqualTo("-0.0");
    assertThat(PyNumberFormat.floatStr(0.5)).isEqualTo("0.5");
    assertThat(PyNumberFormat.floatStr(123.25)).isEqualTo("123.25");
    assertThat(PyNumberFormat.floatStr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyNumberFormat.floatStr(1e16)).isEqualTo("1e+16");
    assertThat(PyNumberFormat.floatStr(1.5e300)).isEqualTo("1.5e+300");
    assertThat(PyNumberFormat.floatStr(12345678.0)).isEqualTo("12345678.0");
    assertThat(PyNumberFormat.floatStr(0.0001)).isEqualTo("0.0001");
    assertThat(PyNumberFormat.floatStr(0.00001)).isEqualTo("1e-05");
    assertThat(PyNumberFormat.floatStr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PyNumberFormat.floatStr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PyNumberFormat.floatStr(Double.NaN)).isEqualTo("nan");
  }
}
