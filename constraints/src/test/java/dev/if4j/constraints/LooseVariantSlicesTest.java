package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.TextView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loose variants are made as slices of the response or of its '*'-free form, and the word
 * count, the case fold and the lower case of a slice are derived from its whole's (its sentences
 * share Punkt's decisions with the response's): each must equal what the reference's definition
 * ({@link LooseVariant#apply}) and a fresh view of that text give.
 */
class LooseVariantSlicesTest {
  private static final List<String> EDGES = List.of(
      "", "\n", "*", "**\n**", "one line", "  padded  ", "*a*\n*b*\n*c*", "first\n* item\n  *last*  ",
      "a\n\n\nb", "\n  \nword\n  \n", "x*y\nz*w", "head*\nmid word*s\n*tail", "**Bold** title\nBody.\n***",
      "one\ntwo", "\t*\t\n word \n*", "\uD83D\uDE00 face\n\uD83D\uDE00*\uD83D\uDE00\nend\uD83D\uDE00",
      "\uD801\uDC00\uD801\uDC01 Deseret\n*\uD801\uDC28*", "A\u00A0*B*\u2003\nC\u3000\n*D\u2028E",
      "KELVIN \u212A and \u017Fong \u0130\n*\u03A3\u03A3*\nend", "lone \uD800 high\n*low \uDC00*\nx",
      "_under_score_\n*_*\n__", "1*2*3\n4**5\n6", "ΑΣ\nΣΑ\nΟΔΟΣ", "\u0130\u0130\nx\u0130Σ\n*\u0130*Σ",
      "Σ'\n'Σ*\nΑΣ.", "a\u0301Σ\n\u0301Σ*\nΣ", "ΟΔΟΣ.\nΑ*Σ*Α\n.Σ");

  @Test
  void variantsAreTheReferenceTextsAndSlicesAgreeWithFreshViews() throws IOException {
    List<String> responses = new ArrayList<>(EDGES);
    responses.addAll(parityResponses());
    long slices = 0;
    for (String response : responses) {
      Evaluator.Variants variants = new Evaluator.Variants(response, ConstraintTesting.TOOLS, ResponseRules.GOOGLE);
      for (LooseVariant v : LooseVariant.all()) {
        TextView view = variants.view(v);
        String expected = v.apply(response);
        assertThat(view.text()).as("%s of %s", v, response).isEqualTo(expected);
        TextView fresh = new TextView(expected, ConstraintTesting.TOOLS);
        assertThat(view.get(Counts.WORDS)).as("words of %s of %s", v, response).isEqualTo(fresh.get(Counts.WORDS));
        assertThat(view.get(Counts.FOLDED)).as("fold of %s of %s", v, response).isEqualTo(fresh.get(Counts.FOLDED));
        assertThat(view.lower()).as("lower of %s of %s", v, response).isEqualTo(fresh.lower());
        assertThat(view.get(Counts.SENTENCES)).as("sentences of %s of %s", v, response)
            .isEqualTo(fresh.get(Counts.SENTENCES));
        if (view.whole() != null) slices++;
      }
    }
    assertThat(responses).hasSizeGreaterThan(6000);
    assertThat(slices).isGreaterThan(10_000);
  }

  @Test
  void aSliceMayNotSplitASurrogatePair() {
    TextView whole = ConstraintTesting.view("a\uD83D\uDE00b");
    assertThat(TextView.slice(whole, 1, 3).text()).isEqualTo("\uD83D\uDE00");
    assertThatThrownBy(() -> TextView.slice(whole, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextView.slice(whole, 0, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSliceStartingInsideAWordCountsItsRest() {
    TextView whole = ConstraintTesting.view("alpha beta_gamma delta");
    // "ta_gamma del": the run begun before the slice, one inside, one that goes on after it.
    TextView slice = TextView.slice(whole, 8, 20);
    assertThat(slice.get(Counts.WORDS)).isEqualTo(2);
    assertThat(TextView.slice(whole, 5, 6).get(Counts.WORDS)).isZero();
    assertThat(TextView.slice(whole, 3, 3).get(Counts.WORDS)).isZero();
    assertThat(TextView.slice(whole, 0, 22).get(Counts.WORDS)).isEqualTo(3);
  }

  /**
   * A checker that says it fails every loose variant of a response it fails (so the evaluator
   * skips them) does, on the parity responses and on generated texts near its threshold: words
   * that are palindromes, '*' inside and around them, lines to drop.
   */
  @Test
  void aCheckerThatFailsTheVariantsOfAFailureDoes() throws IOException {
    Constraint palindromes = ConstraintTesting.build(dev.if4j.constraints.ifbench.Palindromes.TYPE);
    assertThat(palindromes.failsTheLooseVariantsOfAFailure()).isTrue();
    List<String> responses = new ArrayList<>(EDGES);
    responses.addAll(parityResponses());
    String[] pieces = {"level", "Racecar", "ra*ce*car", "*madam*", "noon", "rotor,", "12321", "word", "*", "**",
        "Kayak!", "sta*ts", "re-fer", "\n", "\n", " ", "  ", "\n*\n"};
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 8 + random.nextInt(20);
      for (int k = 0; k < len; k++) sb.append(pieces[random.nextInt(pieces.length)]).append(' ');
      responses.add(sb.toString());
    }
    long failedResponses = 0;
    for (String response : responses) {
      Evaluator.Variants variants = new Evaluator.Variants(response, ConstraintTesting.TOOLS, ResponseRules.GOOGLE);
      if (palindromes.check(variants.view(LooseVariant.AS_IS)).isFollowed()) continue;
      failedResponses++;
      for (LooseVariant v : LooseVariant.all()) {
        assertThat(palindromes.check(variants.view(v)).isFollowed()).as("%s of %s", v, response).isFalse();
      }
    }
    assertThat(failedResponses).isGreaterThan(5000);
  }

  private static List<String> parityResponses() throws IOException {
    Path parity = Path.of(System.getProperty("if4j.shared", "../../shared"), "parity");
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String file : List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl")) {
      for (String line : Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8)) {
        JsonNode response = json.readTree(line).get("response");
        if (response != null && response.isTextual()) out.add(response.asText());
      }
    }
    return out;
  }
}
