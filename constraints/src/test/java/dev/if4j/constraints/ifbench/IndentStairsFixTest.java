package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix line-indent-drop-blank-lines: the reference's verdict (checked with its code) and the fixed one. */
class IndentStairsFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text, reference, fixed
    "a\\n  b\\n\\n\\n    c | false | true",
    "a\\n  b\\n   \\n\\n    c | false | true",
    "a\\n\\n\\n\\n  b | false | true",
    "a\\n  b\\n\\n    c | true | true",
    "'  a\\n b' | false | false",
  })
  void dropsEveryBlankLine(String text, boolean reference, boolean fixed) {
    String response = text.replace("\\n", "\n");
    assertThat(follows(IndentStairs.TYPE, Map.of(), response)).isEqualTo(reference);
    assertThat(follows(IndentStairs.TYPE, Map.of(), response, IndentStairs.FIX)).isEqualTo(fixed);
  }

  @Test
  void staysLinearOnManyBlankLines() {
    String text = "a\n" + "\n".repeat(400_000) + " b";
    assertThat(follows(IndentStairs.TYPE, Map.of(), text, IndentStairs.FIX)).isTrue();
  }
}
