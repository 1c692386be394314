package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected verdicts checked against the reference's CityCSVChecker, SpecialCharacterCSVChecker and
 * QuotesCSVChecker.
 */
class CsvConstraintsTest {
  private final Constraint city = build(CityCsv.TYPE);
  private final Constraint special = build(SpecialCharacterCsv.TYPE);
  private final Constraint quoted = build(QuotedTabCsv.TYPE);

  private static final String CITY;
  private static final List<String> PRODUCTS = new ArrayList<>();
  private static final String STUDENTS;

  static {
    StringBuilder sb = new StringBuilder("ID,Country,City,Year,Count");
    for (int i = 1; i <= 7; i++) sb.append('\n').append(i).append(",France,Paris,2020,").append(i * 10);
    CITY = sb.toString();
    for (int i = 1; i <= 14; i++) PRODUCTS.add(i + ",Toys,Acme,9.99," + i);
    StringBuilder st = new StringBuilder("\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"");
    for (int i = 0; i < 3; i++) {
      st.append("\n\"").append(100 + i).append("\"\t\"Math\"\t\"A\"\t\"Fall 2023\"\t\"9").append(i).append('"');
    }
    STUDENTS = st.toString();
  }

  static Stream<Arguments> cityTexts() {
    return Stream.of(
        Arguments.of(CITY, true),
        Arguments.of(CITY + "\n", true),
        // A trailing blank line is a record of its own.
        Arguments.of(CITY + "\n\n", false),
        Arguments.of(CITY.replace("\n", "\r\n"), true),
        Arguments.of("```\n" + CITY + "\n```", false),
        Arguments.of(CITY.replace("ID,Country", "\"ID\",\"Country\""), true),
        Arguments.of(CITY.replace("ID,Country,City,Year,Count", "ID, Country, City, Year, Count"), false),
        Arguments.of(CITY.replace("1,France,Paris", "1,\"Korea, South\",Paris"), true),
        Arguments.of(CITY.replace("1,France,Paris", "1,Korea, South,Paris"), false),
        // csv.Error in the reference: a carriage return inside an unquoted line.
        Arguments.of(CITY.replace("2,France", "2,Fr\rance"), false),
        Arguments.of(CITY.replace("2,France", "2,\"Fr\nance\""), true),
        // An unclosed quote at the end keeps its field.
        Arguments.of(CITY.replace("7,France,Paris,2020,70", "7,France,Paris,2020,\"70"), true));
  }

  @ParameterizedTest
  @MethodSource("cityTexts")
  void cityCsvHasTheHeaderAndSevenRows(String text, boolean expected) {
    assertThat(follows(city, text)).isEqualTo(expected);
  }

  @Test
  void aReaderErrorIsExplained() {
    assertThat(verdict(city, CITY.replace("2,France", "2,Fr\rance")).reason())
        .startsWith("the reference's csv reader raises csv.Error here: new-line character seen");
  }

  private static String products(String header, int row, String replacement) {
    List<String> rows = new ArrayList<>(PRODUCTS);
    if (row >= 0) rows.set(row, replacement);
    return header + "\n" + String.join("\n", rows);
  }

  static Stream<Arguments> specialTexts() {
    String h = "ProductID,Category,Brand,Price,Stock";
    return Stream.of(
        Arguments.of(products(h, 3, "4,\"Home & Garden\",Acme,9.99,4"), true),
        Arguments.of(products(h, 3, "4,\"Home and Garden\",Acme,9.99,4"), false),
        Arguments.of(products(h, 3, "4,\"Smith, Inc.\",Acme,9.99,4"), true),
        Arguments.of(products(h, 3, "4,\"9.99\",Acme,9.99,4"), true),
        Arguments.of(products(h, 3, "4,\"\",Acme,9.99,4"), false),
        Arguments.of(products(h, 3, "4,Home & Garden,Acme,9.99,4"), false),
        Arguments.of(products("\"ProductID\", \"Category\",\t\"Brand\",Price,Stock", 3,
            "4,\"A&B\",Acme,9.99,4"), true),
        Arguments.of(products("ProductID ,Category,Brand,Price,Stock", 3, "4,\"A&B\",Acme,9.99,4"), false),
        Arguments.of(products(h, 3, "4,\"A&B\",Acme,9.99,4,extra"), false),
        // Rows after the first passing field are not looked at.
        Arguments.of(products(h, 3, "4,\"A&B\",Acme,9.99,4").replace("\n6,Toys,Acme,9.99,6", "\n6,x"), true),
        // The special character must come before the first line break of the field.
        Arguments.of(products(h, 3, "4,\"A\n&B\",Acme,9.99,4"), false),
        Arguments.of(products(h, -1, ""), false));
  }

  @ParameterizedTest
  @MethodSource("specialTexts")
  void specialCsvHasAQuotedFieldWithASpecialCharacter(String text, boolean expected) {
    assertThat(follows(special, text)).isEqualTo(expected);
  }

  @Test
  void quotedSpecialIsTheReferencesPattern() {
    assertThat(SpecialCharacterCsv.quotedSpecial("\"a$b\"")).isTrue();
    assertThat(SpecialCharacterCsv.quotedSpecial("\"\"\"")).isTrue();
    assertThat(SpecialCharacterCsv.quotedSpecial("\"\"")).isFalse();
    assertThat(SpecialCharacterCsv.quotedSpecial("\"ab\"")).isFalse();
    assertThat(SpecialCharacterCsv.quotedSpecial("\"a b_c\u00e9\"")).isFalse();
    assertThat(SpecialCharacterCsv.quotedSpecial("x\"$\"")).isFalse();
    assertThat(SpecialCharacterCsv.quotedSpecial("\"$x")).isFalse();
  }

  static Stream<Arguments> quotedTexts() {
    return Stream.of(
        Arguments.of(STUDENTS, true),
        Arguments.of(STUDENTS.replace("\"StudentID\"", "StudentID"), false),
        Arguments.of(STUDENTS.replace("\t\"Subject\"", "\t  \"Subject\""), true),
        Arguments.of(STUDENTS.replace("\"Math\"", " \"Math\" "), true),
        Arguments.of(STUDENTS.replaceFirst("\"Math\"", "Math"), false),
        // IndexError in the reference: an empty field.
        Arguments.of(STUDENTS.replaceFirst("\"Math\"", ""), false),
        // A lone quote both starts and ends the field.
        Arguments.of(STUDENTS.replaceFirst("\"Math\"", "\""), false),
        Arguments.of(STUDENTS.replace('\t', ','), false),
        Arguments.of(STUDENTS + "\n", true),
        Arguments.of(STUDENTS + "\n\n", false));
  }

  @ParameterizedTest
  @MethodSource("quotedTexts")
  void quotedCsvHasEveryFieldInQuotes(String text, boolean expected) {
    assertThat(follows(quoted, text)).isEqualTo(expected);
  }

  @Test
  void anEmptyFieldIsWhereTheReferenceRaises() {
    assertThat(verdict(quoted, STUDENTS.replaceFirst("\"Math\"", "")).reason())
        .isEqualTo("row 1 has a blank field: the reference raises IndexError (field.strip()[0]) here");
  }

  @Test
  void describesAsTheReference() {
    assertThat(city.describe()).isEqualTo("Generate CSV data: The column names are [\"ID\","
        + " \"Country\", \"City\", \"Year\", \"Count\"], the data should be comma delimited."
        + " Please generate 7 rows.");
    assertThat(quoted.describe()).endsWith("the data should be tab delimited. Please generate 3"
        + " rows and enclose each single field in double quotes.");
  }
}
