package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Verdict;
import dev.if4j.text.PyCsv;
import java.util.ArrayList;
import java.util.List;

/** Reading a response as the CSV checkers' {@code list(csv.reader(io.StringIO(text)))} does. */
final class CsvRecords {
  private CsvRecords() {}

  /**
   * The records of {@code text}, but at most {@code max}: the checkers want an exact count, so
   * once there is one record too many the answer is known. The reference reads every record first
   * and would raise on a later malformed line; that too is "not followed", so stopping early never
   * changes a verdict. Throws {@link PyCsv.CsvError} where the reader does.
   */
  static List<List<String>> upTo(String text, char delimiter, int max) {
    PyCsv.Reader reader = PyCsv.reader(text, delimiter);
    List<List<String>> out = new ArrayList<>();
    for (List<String> row; out.size() < max && (row = reader.next()) != null; ) out.add(row);
    return out;
  }

  static Verdict readerFailed(PyCsv.CsvError e) {
    return Verdict.notFollowed(() -> "the reference's csv reader raises csv.Error here: "
        + e.getMessage());
  }

  static Verdict wrongCount(int found, int expected) {
    return Verdict.notFollowed(() -> "found " + (found > expected ? "more than " + expected : found)
        + " CSV records (header included, blank lines count), expected " + expected);
  }

  /**
   * {@code text.replace('"', '"""')}: the reference triples every quote before reading, so that
   * the quotes a field was written with survive as part of the field ({@code "a"} reads back as
   * {@code "a"}, quotes included).
   */
  static String tripleQuotes(String text) {
    return text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"\"");
  }
}
