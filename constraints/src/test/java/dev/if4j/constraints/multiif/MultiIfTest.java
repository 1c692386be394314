package dev.if4j.constraints.multiif;

import static dev.if4j.constraints.ConstraintTesting.build;
import static dev.if4j.constraints.ConstraintTesting.followed;
import static dev.if4j.constraints.ConstraintTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ConstraintTesting;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-IF's differences from Google's registry and evaluator. */
class MultiIfTest {
  static final Evaluator MULTI_IF = new Evaluator(MultiIf.registry(), ConstraintTesting.TOOLS);
  static final Evaluator GOOGLE = new Evaluator(IfEval.registry(), ConstraintTesting.TOOLS);

  static InstructionVerdict judge(Evaluator e, String response, String id, Map<String, ?> kwargs) {
    Row row = new Row("r", "", response, List.of(id), List.of(Args.of(id, kwargs)));
    return e.evaluate(row, true).instructions().get(0);
  }

  @Test
  void theRegistryHasGooglesIds() {
    assertThat(MultiIf.registry().ids()).containsExactlyInAnyOrderElementsOf(IfEval.registry().ids());
    assertThat(MultiIf.registry().name()).isEqualTo("multiif");
  }

  @Test
  void strictJudgesAWhitespaceOnlyResponseButLooseNeverFollowsIt() {
    InstructionVerdict v = judge(MULTI_IF, "\n", "punctuation:no_comma", Map.of());
    assertThat(v.strict()).isTrue();
    assertThat(v.loose()).isFalse();
    assertThat(judge(MULTI_IF, "\u3000", "punctuation:no_comma", Map.of()).strict()).isTrue();
    // Google's evaluator strips first: never followed.
    assertThat(judge(GOOGLE, "\n", "punctuation:no_comma", Map.of()).strict()).isFalse();
    // An empty response never follows.
    assertThat(judge(MULTI_IF, "", "punctuation:no_comma", Map.of()).strict()).isFalse();
  }

  @Test
  void theResponsesCellIsUnwrapped() {
    assertThat(judge(MULTI_IF, "[{\"response\": \"a, b\"}]", "punctuation:no_comma", Map.of()).strict()).isFalse();
    assertThat(judge(MULTI_IF, "[{\"response\": \"a b\"}, 1]", "punctuation:no_comma", Map.of()).strict()).isTrue();
    assertThat(MultiIf.responseOfCell("[{\"response\": \"x\"}]")).isEqualTo("x");
    assertThat(MultiIf.responseOfCell("[{\"response\": 5}]")).isEqualTo("5");
    assertThat(MultiIf.responseOfCell("[{\"response\": null}]")).isEqualTo("None");
    // Anything else is judged as it is.
    for (String cell : List.of("plain", "[1, 2]", "[{\"text\": \"x\"}]", "{\"response\": \"x\"}", "[{\"response\": \"x\"}",
        "[]", "\"x\"")) {
      assertThat(MultiIf.responseOfCell(cell)).as(cell).isEqualTo(cell);
    }
  }

  @Test
  void quotationAcceptsChineseAndJapaneseMarks() {
    var c = build(MultiIfQuotation.TYPE);
    assertThat(followed(c, "\"hi\"")).isTrue();
    assertThat(followed(c, " “你好” ")).isTrue();
    assertThat(followed(c, "「こんにちは」")).isTrue();
    assertThat(followed(c, "“mixed\"")).isFalse();
    assertThat(followed(c, "\"")).isFalse();
    assertThat(followed(c, "「」")).isTrue();
  }

  @Test
  void wordsAreCountedPerDetectedLanguage() {
    var chinese = MultiIf.registry().get("length_constraints:number_words");
    String zh = "我们今天去北京的公园散步，天气非常好。";
    // 17 Han characters; Google's \w+ sees one run of them and punctuation.
    assertThat(judge(MULTI_IF, zh, chinese.id(), Map.of("num_words", 17, "relation", "at least")).strict()).isTrue();
    assertThat(judge(GOOGLE, zh, chinese.id(), Map.of("num_words", 17, "relation", "at least")).strict()).isFalse();
    assertThat(verdict(build(chinese, Map.of("num_words", 18, "relation", "at least")), zh).reason())
        .contains("found 17 Chinese/Japanese characters");
  }

  @Test
  void sentencesAreCountedPerDetectedLanguage() {
    var type = MultiIf.registry().get("length_constraints:number_sentences");
    String hindi = "यह पहला वाक्य है। यह दूसरा वाक्य है। और यह तीसरा वाक्य है।";
    assertThat(verdict(build(type, Map.of("num_sentences", 3, "relation", "at least")), hindi).reason())
        .contains("found 3 Hindi sentences");
    String thai = "ฉันไปโรงเรียน เธอไปโรงพยาบาล\nวันนี้ฉันกินข้าว และโดดเรียน";
    assertThat(verdict(build(type, Map.of("num_sentences", 3, "relation", "at least")), thai).reason())
        .contains("found 3 Thai sentences");
  }

  @Test
  void aKeywordThatIsNoRegexIsNotFollowedOrRaises() {
    var frequency = build(MultiIf.registry().get("keywords:frequency"),
        Map.of("keyword", "C**", "frequency", 1, "relation", "at least"));
    assertThat(followed(frequency, "I like C** a lot")).isFalse();
    assertThat(verdict(frequency, "C**").reason()).contains("multiple repeat");
    var existence = build(MultiIf.registry().get("keywords:existence"), Map.of("keywords", List.of("(oops")));
    assertThat(verdict(existence, "(oops").referenceRaises()).isTrue();
    var fine = build(MultiIf.registry().get("keywords:frequency"),
        Map.of("keyword", "art", "frequency", 2, "relation", "at least"));
    assertThat(followed(fine, "art and start")).isTrue();
  }

  @Test
  void postscriptMarkersAreRegexesWithWildcardDots() {
    var ps = build(MultiIf.registry().get("detectable_content:postscript"), Map.of("postscript_marker", "p.s."));
    assertThat(followed(ps, "così che tu possa evitarli")).isTrue();
    assertThat(followed(ps, "nothing here")).isFalse();
    // Google's checker reads the marker literally.
    assertThat(followed(build(IfEval.registry().get("detectable_content:postscript"),
        Map.of("postscript_marker", "p.s.")), "così che tu possa evitarli")).isFalse();
    // '.' matches no newline.
    assertThat(followed(ps, "p\ns.")).isFalse();
    var stock = build(MultiIf.registry().get("detectable_content:postscript"), Map.of("postscript_marker", "P.S."));
    assertThat(followed(stock, "P. S. hello")).isTrue();
  }
}
