package dev.if4j.autoif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.autoif.Parsing.FuncAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsingTest {
  @Test
  void augmentationAnswersAreTheDashedLines() {
    assertThat(Parsing.instructionLines("Here they are:\n- Use no commas\n  - End with 'done'\n-missing space\n- \n"))
        .containsExactly("Use no commas", "End with 'done'");
  }

  @Test
  void aFunctionAnswerIsTheFirstJsonFenceWithoutDownloadOrRequestsLines() {
    String answer = "Sure.\n```json\n{\"func\": \"  import requests\\ndef evaluate(response):\\n    return True  \","
        + " \"cases\": [{\"input\": \"a\", \"output\": true}, {\"input\": 3, \"output\": false}, {\"output\": true}]}\n```\n"
        + "```json\n{\"func\": \"second\"}\n```";
    FuncAnswer fa = Parsing.funcAnswer(answer);
    assertThat(fa.ok()).isTrue();
    assertThat(fa.func()).isEqualTo("def evaluate(response):\n    return True");
    assertThat(fa.cases()).hasSize(1);
    assertThat(fa.cases().get(0).input()).isEqualTo("a");
    assertThat(fa.casesSkipped()).isEqualTo(2);
  }

  @Test
  void unusableFunctionAnswersSayWhy() {
    assertThat(Parsing.funcAnswer("no code here").error()).isEqualTo("no ```json block");
    assertThat(Parsing.funcAnswer("```json\n{broken\n```").error()).isEqualTo("the ```json block is not JSON");
    assertThat(Parsing.funcAnswer("```json\n[1]\n```").error()).isEqualTo("the JSON is not an object");
    assertThat(Parsing.funcAnswer("```json\n{\"cases\": []}\n```").error()).isEqualTo("no \"func\" string");
    // A bare object without a fence is read (a leniency over AutoIF).
    assertThat(Parsing.funcAnswer(" {\"func\": \"def evaluate(r): return True\"} ").ok()).isTrue();
  }

  @Test
  void backTranslationsAreAJsonListOfStrings() {
    assertThat(Parsing.backTranslation("[\"a\", \"b\"]")).containsExactly("a", "b");
    assertThat(Parsing.backTranslation("```json\n[\"a\"]\n```")).containsExactly("a");
    assertThat(Parsing.backTranslation("a, b")).isNull();
    assertThat(Parsing.backTranslation("[1, 2]")).isNull();
    assertThat(Parsing.backTranslation("[]")).isNull();
  }

  @Test
  void nliLabelsComeFromTheLastLineElseTheLastMention() {
    assertThat(Parsing.nliLabel("They agree.\nEntailment")).isEqualTo("entailment");
    assertThat(Parsing.nliLabel("Not entailment: they differ.\n**Contradiction.**")).isEqualTo("contradiction");
    assertThat(Parsing.nliLabel("Answer: neutral")).isEqualTo("neutral");
    assertThat(Parsing.nliLabel("It could be entailment, but it is rather neutral overall")).isEqualTo("neutral");
    assertThat(Parsing.nliLabel("no idea")).isNull();
  }

  @Test
  void scoresAreDigitsAfterScoreColonAtTheEnd() {
    assertThat(Parsing.score("Fine.\nScore: 9")).isEqualTo(9);
    assertThat(Parsing.score("Fine.\nScore: 10\n\n")).isEqualTo(10);
    assertThat(Parsing.score("Score: 08")).isEqualTo(8);
    assertThat(Parsing.score("Score: 9 out of 10")).isNull();
    assertThat(Parsing.score("Score: 8.5")).isNull();
    assertThat(Parsing.score("score: 9")).isNull();
    assertThat(Parsing.score("Score:9")).isNull();
    assertThat(Parsing.score("9")).isNull();
    assertThat(Parsing.score("")).isNull();
  }

  @Test
  void templateSlotsAreFilledOnceAndOtherBracesStay() {
    assertThat(Prompts.fill("{\"a\": 1} {query} / {response}", "query", "uses {response}", "response", "R"))
        .isEqualTo("{\"a\": 1} uses {response} / R");
  }

  @Test
  void everyBundledTemplateHasItsSlots() {
    Prompts p = Prompts.defaults();
    for (Prompts.Kind k : Prompts.Kind.values()) {
      for (String slot : k.slots()) assertThat(p.template(k)).as(k.fileName()).contains("{" + slot + "}");
    }
    assertThat(List.of(Prompts.Kind.values())).hasSize(6);
  }
}
