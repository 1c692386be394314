package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyFloatTest {
  // str(float(x)) in CPython 3.11.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "5 | 5.0", "71 | 71.0", "-3 | -3.0", "0 | 0.0", "-0.0 | -0.0", "0.1 | 0.1", "2.5 | 2.5",
    "1e15 | 1000000000000000.0", "1e16 | 1e+16", "1.5e16 | 1.5e+16", "123456789012345678 | 1.2345678901234568e+17",
    "0.0001 | 0.0001", "0.00001 | 1e-05", "0.000123 | 0.000123", "1.23e-5 | 1.23e-05",
    "1e100 | 1e+100", "1e-300 | 1e-300", "1e7 | 10000000.0", "0.1e-3 | 0.0001",
    "3.141592653589793 | 3.141592653589793", "1.7976931348623157e308 | 1.7976931348623157e+308",
    "5e-324 | 5e-324", "1e-323 | 1e-323", "1.5e-323 | 1.5e-323", "2e-323 | 2e-323", "2.5e-323 | 2.5e-323", "9.9e-324 | 1e-323", "1e-322 | 1e-322", "Infinity | inf", "-Infinity | -inf", "NaN | nan", "89.47368421052632 | 89.47368421052632",
  })
  void printsAsPython(String java, String python) {
    assertThat(PyFloat.str(Double.parseDouble(java))).isEqualTo(python);
  }
}
