package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.PyCsv;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code custom:csv_quotes}: tab-separated CSV with the header {@code
 * StudentID,Subject,Grade,Semester,Score}, three rows, every field in double quotes.
 *
 * <p>The reference's rules, reproduced:
 *
 * <ul>
 *   <li>The first line, stripped, is the header: the five names, each bare or in double quotes,
 *       separated by a tab that spaces (not tabs) may follow, and nothing else.
 *   <li>Every quote is tripled before the text is read with {@code csv.reader(delimiter='\t')}
 *       ({@link PyCsv}), so quoted fields keep their quotes. Exactly 4 records are needed.
 *   <li>Every record, the header included, has five fields, and every field, stripped, starts and
 *       ends with {@code "} (a lone {@code "} does both). So the header must be quoted too.
 *   <li>A field that is blank once stripped makes the reference raise IndexError (unless an
 *       earlier field or row already failed); the response is then not followed either.
 * </ul>
 */
public final class QuotedTabCsv extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:csv_quotes").factory(QuotedTabCsv::new);

  private static final String[] HEADER = {"StudentID", "Subject", "Grade", "Semester", "Score"};
  private static final int RECORDS = 4;

  QuotedTabCsv(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Generate CSV data: The column names are [\"StudentID\", \"Subject\", \"Grade\","
        + " \"Semester\", \"Score\"], the data should be tab delimited. Please generate 3 rows and"
        + " enclose each single field in double quotes.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    if (!CsvRecords.firstLineIsHeader(text, HEADER, '\t', " ")) {
      return Verdict.notFollowed(() -> "the first line is not the tab-separated header"
          + " StudentID, Subject, Grade, Semester, Score");
    }
    CsvRecords.Reading read = CsvRecords.exactly(CsvRecords.tripleQuotes(text), '\t', RECORDS);
    if (read.failed()) return read.failure();
    List<List<String>> records = read.records();
    for (int i = 0; i < RECORDS; i++) {
      List<String> row = records.get(i);
      String which = i == 0 ? "the header" : "row " + i;
      if (row.size() != 5) return CsvRecords.wrongWidth(which, row.size(), 5);
      for (String field : row) {
        String s = Py.strip(field);
        if (s.isEmpty()) {
          return Verdict.notFollowed(() -> which + " has a blank field: the reference raises"
              + " IndexError (field.strip()[0]) here");
        }
        if (s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
          return Verdict.notFollowed(() -> which + " has the field " + field
              + ", which is not enclosed in double quotes");
        }
      }
    }
    return Verdict.followed(() -> "a quoted header and 3 rows of 5 quoted fields");
  }
}
