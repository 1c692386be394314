package dev.if4j.autoif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.io.InputProblemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the two inputs of {@code autoif verify}: no sandbox needed. */
class FunctionVerificationRowsTest {
  @TempDir Path dir;

  private List<FunctionVerification.Function> functions(String content) throws Exception {
    Path f = dir.resolve("funcs.jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return FunctionVerification.readRows(f, "func", FunctionVerification.Function::new);
  }

  private String problem(String content) {
    try {
      functions(content);
    } catch (InputProblemException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError("not an input problem: " + e, e);
    }
    throw new AssertionError("read without a problem: " + content);
  }

  @Test
  void rowsKeepTheirIdsStringOrNumberBlankLinesAndBomSkipped() throws Exception {
    List<FunctionVerification.Function> rows =
        functions("\uFEFF{\"id\": \"f1\", \"func\": \"a\"}\n\n{\"id\": 2, \"func\": \"b\"}\n");

    assertThat(rows).extracting(r -> r.id().toString(), FunctionVerification.Function::source)
        .containsExactly(Tuple.tuple("\"f1\"", "a"), Tuple.tuple("2", "b"));
  }

  @Test
  void eachBadRowNamesItsLineInTheDataCommandsWords() {
    String file = dir.resolve("funcs.jsonl").toString();
    assertThat(problem("{\"id\": 1, \"func\": \"a\"}\n{\"id\": 2}\n")).isEqualTo(file + ":2: \"func\" must be a string");
    assertThat(problem("{\"func\": \"a\"}\n")).isEqualTo(file + ":1: \"id\" must be a string or a number");
    assertThat(problem("{\"id\": [1], \"func\": \"a\"}\n")).isEqualTo(file + ":1: \"id\" must be a string or a number");
    assertThat(problem("[1]\n")).isEqualTo(file + ":1: expected a JSON object");
    assertThat(problem("{\"id\": 1, \"func\": \"a\"} {}\n"))
        .isEqualTo(file + ":1: more content after the object (one object per line)");
    assertThat(problem("{\"id\": 1, \"func\": \"a\", \"func\": \"b\"}\n")).startsWith(file + ":1: not JSON: Duplicate field 'func'");
    assertThat(problem("{\"id\": 1, \"func\": \"a")).startsWith(file + ":1: not JSON: Unexpected end-of-input")
        .endsWith("(the file ends inside this line, without a newline: was it cut short?)");
  }
}
