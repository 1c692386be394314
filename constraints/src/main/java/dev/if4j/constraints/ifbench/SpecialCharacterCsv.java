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
 * {@code custom:csv_special_character}: comma-separated CSV with the header {@code
 * ProductID,Category,Brand,Price,Stock}, 14 rows of five fields, and a quoted field holding a
 * special character.
 *
 * <p>The reference's rules, reproduced:
 *
 * <ul>
 *   <li>The first line, stripped, is the header: the five names, each bare or in double quotes,
 *       separated by commas that spaces or tabs may follow, and nothing else.
 *   <li>Every quote is tripled before the text is read with {@code csv.reader} ({@link PyCsv}), so
 *       a field written in quotes keeps them. Exactly 15 records are needed (blank lines and code
 *       fences count).
 *   <li>Rows after the header are looked at in order: one with other than five fields fails the
 *       response, unless an earlier row already had a field that passes, which ends the check.
 *       A field passes when it starts with {@code "} and, on its first line, a character that is
 *       neither {@code \w} nor whitespace is followed later by a {@code "}. That character may be
 *       a quote itself, so a field of three quotes passes; {@code "12.5"} passes too, while
 *       {@code "Acme"} and {@code ""} (an empty field written in quotes) do not.
 *   <li>No passing field: not followed. Where the reader raises, the reference raises.
 * </ul>
 */
public final class SpecialCharacterCsv extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:csv_special_character").factory(SpecialCharacterCsv::new);

  private static final String[] HEADER = {"ProductID", "Category", "Brand", "Price", "Stock"};
  private static final int RECORDS = 15;

  SpecialCharacterCsv(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Generate CSV data: The column names are [\"ProductID\", \"Category\", \"Brand\","
        + " \"Price\", \"Stock\"], the data should be comma delimited. Please generate 14 rows. Add"
        + " one field which contains a special character and enclose it in double quotes.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    if (!CsvRecords.firstLineIsHeader(text, HEADER, ',', " \t")) {
      return Verdict.notFollowed(() -> "the first line is not the header"
          + " ProductID,Category,Brand,Price,Stock");
    }
    CsvRecords.Reading read = CsvRecords.exactly(CsvRecords.tripleQuotes(text), ',', RECORDS);
    if (read.failed()) return read.failure();
    List<List<String>> records = read.records();
    for (int i = 1; i < RECORDS; i++) {
      List<String> row = records.get(i);
      if (row.size() != 5) return CsvRecords.wrongWidth("row " + i, row.size(), 5);
      int number = i;
      for (String field : row) {
        if (quotedSpecial(field)) {
          return Verdict.followed(() -> "row " + number + " has the quoted field " + field
              + " with a special character");
        }
      }
    }
    return Verdict.notFollowed(() -> "no field is enclosed in double quotes with a special character");
  }

  /**
   * {@code re.match(r'".*[^\d\w\s].*"', field)}: a quote first; then, before the first line break,
   * a character that is not {@code \w} or whitespace, and after it a quote.
   */
  static boolean quotedSpecial(String field) {
    if (field.isEmpty() || field.charAt(0) != '"') return false;
    int nl = field.indexOf('\n', 1);
    int end = nl < 0 ? field.length() : nl;
    int lastQuote = field.lastIndexOf('"', end - 1);
    for (int i = 1; i < lastQuote; ) {
      int cp = field.codePointAt(i);
      if (!Py.isWordChar(cp) && !Py.isSpace(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }
}
