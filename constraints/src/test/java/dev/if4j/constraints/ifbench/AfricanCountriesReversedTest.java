package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's ReverseNewlineChecker. */
class AfricanCountriesReversedTest {
  private final Constraint c = build(AfricanCountriesReversed.TYPE);

  /** 54 countries in reverse order once accents are removed. */
  private static final List<String> COUNTRIES = List.of("Zimbabwe", "Zambia", "Uganda", "Tunisia",
      "Togo", "Tanzania", "Sudan", "South Sudan", "South Africa", "Somalia", "Sierra Leone",
      "Seychelles", "Senegal", "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Rwanda",
      "Republic of the Congo", "Nigeria", "Niger", "Namibia", "Mozambique", "Morocco", "Mauritius",
      "Mauritania", "Mali", "Malawi", "Madagascar", "Libya", "Liberia", "Lesotho", "Kenya",
      "Guinea-Bissau", "Guinea", "Ghana", "Gambia", "Gabon", "Ethiopia", "Eswatini", "Eritrea",
      "Equatorial Guinea", "Egypt", "Djibouti", "Democratic Republic of the Congo",
      "C\u00f4te d'Ivoire", "Comoros", "Chad", "Central African Republic", "Cameroon", "Cabo Verde",
      "Burundi", "Burkina Faso", "Botswana", "Benin", "Angola", "Algeria");

  private static String lines(List<String> items) {
    return String.join("\n", items);
  }

  static Stream<Arguments> texts() {
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.size(); i++) numbered.add((i + 1) + ". " + COUNTRIES.get(i));
    // Sorted with the accents in place, São Tomé comes right after Sudan: wrong once folded.
    List<String> byRawText = new ArrayList<>(COUNTRIES);
    Collections.sort(byRawText, Collections.reverseOrder());
    return Stream.of(
        Arguments.of(lines(COUNTRIES), true),
        Arguments.of("Countries:\n" + lines(COUNTRIES), true),
        Arguments.of(lines(numbered), false),
        Arguments.of(lines(COUNTRIES.subList(0, 51)), false),
        Arguments.of(lines(COUNTRIES.subList(0, 52)), true),
        Arguments.of(lines(byRawText), false),
        Arguments.of(COUNTRIES.stream().map(s -> "- " + s + ".").collect(Collectors.joining("\n")), true),
        Arguments.of(COUNTRIES.stream().map(s -> "\t" + s).collect(Collectors.joining("\n")), true),
        Arguments.of(lines(COUNTRIES).replace("Zimbabwe", "zimbabwe"), false),
        Arguments.of("Zimbabwe\n" + "Zambia\n".repeat(51), true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void linesFromZimbabweOnDescend(String text, boolean expected) {
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheFirstLineOutOfOrder() {
    List<String> swapped = new ArrayList<>(COUNTRIES);
    Collections.swap(swapped, 1, 2);
    assertThat(verdict(c, lines(swapped)).reason())
        .isEqualTo("line 3 of the list (\"Zambia\") comes after \"Uganda\" in reverse alphabetical order");
  }
}
