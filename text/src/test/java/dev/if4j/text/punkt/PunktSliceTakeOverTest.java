package dev.if4j.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A slice split from its whole's {@link PunktSentenceTokenizer.Trace} has the sentences of a
 * fresh split of the slice: the loose variants of every parity response (less its first line, its
 * last line or both, with and without its '*'), random cuts of them, and generated texts full of
 * candidate ends, quotes and closing brackets cut anywhere.
 */
class PunktSliceTakeOverTest {
  private static final PunktSentenceTokenizer punkt =
      PunktSentenceTokenizer.english(PunktSentenceTokenizerTest.store());

  @Test
  void theLooseVariantsOfEveryParityResponse() throws IOException {
    Path parity = Path.of(System.getProperty("if4j.shared"), "parity");
    Random random = new Random(3);
    long slices = 0;
    for (String file : List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl",
        "ifbench/sample.golden.jsonl", "ifbench/fuzz.golden.jsonl")) {
      for (String line : Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8)) {
        String response = PunktRobustnessTest.JsonField.string(line, "response");
        if (response == null) continue;
        for (String whole : List.of(response, response.replace("*", ""))) {
          ContextMemo memo = new ContextMemo();
          PunktSentenceTokenizer.Trace trace = new PunktSentenceTokenizer.Trace();
          assertThat(spans(whole, memo, trace)).isEqualTo(spans(whole, null, null));
          int first = whole.indexOf('\n');
          int last = whole.lastIndexOf('\n');
          int[][] cuts = {
            {first + 1, whole.length()}, {0, Math.max(last, 0)}, {first + 1, Math.max(last, first + 1)},
            randomCut(whole, random), randomCut(whole, random)};
          for (int[] cut : cuts) {
            if (cut[0] > cut[1]) continue;
            assertTakesOver(whole, cut[0], cut[1], memo, trace);
            int from = skipSpace(whole, cut[0]);
            int to = Math.max(from, backOverSpace(whole, cut[1]));
            assertTakesOver(whole, from, to, memo, trace);
            slices += 2;
          }
        }
      }
    }
    assertThat(slices).isGreaterThan(100_000);
  }

  @Test
  void generatedTextsCutAnywhere() {
    String[] pieces = {"Mr.", "Dr. Smith", " ", "  ", "\n", "\n\n", "end.", "why?", "No!", "\"Quote.\"",
        "(aside.)", "e.g.", "U.S.", "...", "3.5", "a", "The", "word", "--", ")", "'", "x.)", "»", "*"};
    Random random = new Random(9);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) sb.append(' ');
      }
      String whole = sb.toString();
      ContextMemo memo = new ContextMemo();
      PunktSentenceTokenizer.Trace trace = new PunktSentenceTokenizer.Trace();
      spans(whole, memo, trace);
      for (int k = 0; k < 20; k++) {
        int[] cut = randomCut(whole, random);
        assertTakesOver(whole, cut[0], cut[1], memo, trace);
      }
    }
  }

  private static void assertTakesOver(String whole, int from, int to, ContextMemo memo,
      PunktSentenceTokenizer.Trace trace) {
    String slice = whole.substring(from, to);
    List<String> taken = new ArrayList<>();
    punkt.spansOfSlice(slice, memo, trace, from, (s, e) -> taken.add(s + "-" + e));
    assertThat(taken).as("[%d, %d) of %s", from, to, whole).isEqualTo(spans(slice, null, null));
  }

  private static List<String> spans(String text, ContextMemo memo, PunktSentenceTokenizer.Trace trace) {
    List<String> out = new ArrayList<>();
    punkt.spans(text, memo, trace, (s, e) -> out.add(s + "-" + e));
    return out;
  }

  private static int[] randomCut(String s, Random random) {
    int a = random.nextInt(s.length() + 1);
    int b = random.nextInt(s.length() + 1);
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    if (splitsPair(s, from)) from--;
    if (splitsPair(s, to)) to--;
    return new int[] {from, Math.max(from, to)};
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  private static int backOverSpace(String s, int i) {
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
    return i;
  }
}
