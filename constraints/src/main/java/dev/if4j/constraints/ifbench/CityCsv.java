package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.PyCsv;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code custom:csv_city}: comma-separated CSV with the header {@code ID,Country,City,Year,Count}
 * and seven rows of five fields.
 *
 * <p>The whole response is read as Python's {@code csv.reader} reads it ({@link PyCsv}), so a
 * code fence, a sentence before the data or a blank line is a record of its own and changes the
 * count (8 records are needed). The header fields must be exactly the five names once unquoted
 * (no spaces after the commas). Where the reader raises ({@code \r} inside a line, a field over
 * 131,072 characters) the reference raises too; the response is then not followed.
 */
public final class CityCsv extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("custom:csv_city").factory(CityCsv::new);

  private static final List<String> HEADER = List.of("ID", "Country", "City", "Year", "Count");
  private static final int RECORDS = 8;

  CityCsv(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Generate CSV data: The column names are [\"ID\", \"Country\", \"City\", \"Year\","
        + " \"Count\"], the data should be comma delimited. Please generate 7 rows.";
  }

  @Override
  public Verdict check(TextView response) {
    CsvRecords.Reading read = CsvRecords.exactly(response.text(), ',', RECORDS);
    if (read.failed()) return read.failure();
    List<List<String>> records = read.records();
    if (!records.get(0).equals(HEADER)) {
      List<String> header = records.get(0);
      return Verdict.notFollowed(() -> "the header is " + header + ", expected " + HEADER);
    }
    for (int i = 1; i < RECORDS; i++) {
      List<String> row = records.get(i);
      if (row.size() != 5) return CsvRecords.wrongWidth("row " + i, row.size(), 5);
    }
    return Verdict.followed(() -> "a header and 7 rows of 5 fields");
  }
}
