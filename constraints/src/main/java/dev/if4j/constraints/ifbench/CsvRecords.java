package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
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

  /** {@code which} (the header, row 3...) has {@code found} fields instead of {@code expected}. */
  static Verdict wrongWidth(String which, int found, int expected) {
    return Verdict.notFollowed(() -> which + " has " + found + " fields, expected " + expected);
  }

  /**
   * {@code text.replace('"', '"""')}: the reference triples every quote before reading, so that
   * the quotes a field was written with survive as part of the field ({@code "a"} reads back as
   * {@code "a"}, quotes included).
   */
  static String tripleQuotes(String text) {
    return text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"\"");
  }

  /**
   * The records of a response that must hold exactly a given number, or the verdict that already
   * ends the check: the reader raised, or the count is off. The CSV checkers all start so.
   */
  record Reading(List<List<String>> records, Verdict failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /** Reads {@code text} ({@link #upTo}) and wants exactly {@code expected} records. */
  static Reading exactly(String text, char delimiter, int expected) {
    List<List<String>> records;
    try {
      records = upTo(text, delimiter, expected + 1);
    } catch (PyCsv.CsvError e) {
      return new Reading(null, readerFailed(e));
    }
    if (records.size() != expected) return new Reading(null, wrongCount(records.size(), expected));
    return new Reading(records, null);
  }

  /**
   * Whether the first line of {@code text}, stripped, is the header {@code names} as
   * {@link #headerMatches} reads it: the quote-keeping checkers look at that line before reading
   * any record.
   */
  static boolean firstLineIsHeader(String text, String[] names, char sep, String padding) {
    int nl = text.indexOf('\n');
    return headerMatches(Py.strip(nl < 0 ? text : text.substring(0, nl)), names, sep, padding);
  }

  /**
   * {@code re.match(r'^(A|"A)<sep>(B|"B")...$', header)} for the CSV headers the reference expects:
   * each name bare or in double quotes, names separated by {@code sep} followed by any number of
   * the {@code padding} characters, nothing else. {@code header} has no line break (it is a
   * stripped first line), so {@code $} can only match at its end.
   */
  static boolean headerMatches(String header, String[] names, char sep, String padding) {
    int i = 0;
    int n = header.length();
    for (int k = 0; k < names.length; k++) {
      if (k > 0) {
        if (i >= n || header.charAt(i) != sep) return false;
        i++;
        while (i < n && padding.indexOf(header.charAt(i)) >= 0) i++;
      }
      String name = names[k];
      if (header.startsWith(name, i)) {
        i += name.length();
      } else if (header.startsWith("\"" + name + "\"", i)) {
        i += name.length() + 2;
      } else {
        return false;
      }
    }
    return i == n;
  }
}
