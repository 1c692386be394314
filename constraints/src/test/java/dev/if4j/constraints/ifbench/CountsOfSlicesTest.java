package dev.if4j.constraints.ifbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.ConstraintTesting;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stopword and number counts of a slice are derived from its whole's where its bounds touch
 * whitespace: on the loose variants' cuts of the parity responses (and of their '*'-free forms)
 * and on random slices, they equal the counts of a fresh view of the slice's text.
 */
class CountsOfSlicesTest {
  @Test
  void sliceCountsAreTheCountsOfTheSlicesText() throws IOException {
    List<String> texts = new ArrayList<>(List.of("1,000 and 3.5 of the\n*THE* 12 cats\n  it is 7  ", "a\n\nb 1 the",
        "the\u00a0of 1\u30002\nand 3"));
    Path parity = Path.of(System.getProperty("if4j.shared", "../../shared"), "parity");
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("ifbench/sample.golden.jsonl", "ifbench/fuzz.golden.jsonl", "ifeval/gpt4.golden.jsonl")) {
      for (String line : Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8)) {
        JsonNode response = json.readTree(line).get("response");
        if (response != null && response.isTextual()) texts.add(response.asText());
      }
    }
    Random random = new Random(11);
    long derived = 0;
    for (String text : texts) {
      for (String whole : List.of(text, text.replace("*", ""))) {
        TextView view = ConstraintTesting.view(whole);
        List<int[]> cuts = new ArrayList<>(List.of(kept(whole, true, false), kept(whole, false, true), kept(whole, true, true)));
        int a = random.nextInt(whole.length() + 1);
        int b = a + random.nextInt(whole.length() - a + 1);
        if (!splitsPair(whole, a) && !splitsPair(whole, b)) cuts.add(new int[] {a, b});
        for (int[] cut : cuts) {
          TextView slice = TextView.slice(view, cut[0], cut[1]);
          TextView fresh = ConstraintTesting.view(slice.text());
          assertThat(slice.get(CountsAndRatiosTexts.STOPWORDS)).as("stopwords of %s", slice.text())
              .isEqualTo(fresh.get(CountsAndRatiosTexts.STOPWORDS));
          assertThat(slice.get(CountsAndRatiosTexts.NUMBERS)).as("numbers of %s", slice.text())
              .isEqualTo(fresh.get(CountsAndRatiosTexts.NUMBERS));
          if (betweenSpaces(whole, cut)) derived++;
        }
      }
    }
    assertThat(derived).isGreaterThan(15_000);
  }

  /** The bounds of "\n".join(lines[a:b]).strip(), as the loose variants cut. */
  private static int[] kept(String s, boolean first, boolean last) {
    int start = first ? s.indexOf('\n') + 1 : 0;
    int end = last ? Math.max(0, s.lastIndexOf('\n')) : s.length();
    if (first && start == 0) start = s.length();
    while (start < end && Py.isSpace(s.charAt(start))) start++;
    while (end > start && Py.isSpace(s.charAt(end - 1))) end--;
    return start < end ? new int[] {start, end} : new int[] {0, 0};
  }

  /** Whether the cut's bounds touch whitespace or the text's ends: its counts come from the whole's. */
  private static boolean betweenSpaces(String s, int[] cut) {
    return (cut[0] == 0 || Py.isSpace(s.charAt(cut[0] - 1))) && (cut[1] == s.length() || Py.isSpace(s.charAt(cut[1])));
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i));
  }
}
