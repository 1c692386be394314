package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Row;
import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseMatcherTest {
  private final List<String> warnings = new ArrayList<>();

  private static Row prompt(String key, String text) {
    return new Row(key, text, "", List.of(), List.of());
  }

  private static List<Row> prompts(String... texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) rows.add(prompt(String.valueOf(100 + i), texts[i]));
    return rows;
  }

  private static List<ResponseRecord> answers(String... prompts) {
    List<ResponseRecord> out = new ArrayList<>();
    for (int i = 0; i < prompts.length; i++) out.add(new ResponseRecord(i, i + 1, null, prompts[i], "answer to " + prompts[i]));
    return out;
  }

  private List<Match> match(List<Row> prompts, List<ResponseRecord> answers) {
    return ResponseMatcher.match(prompts, answers, "responses.jsonl", warnings::add).matches();
  }

  @Test
  void byPromptTextInAnyOrder() {
    List<Match> m = match(prompts("a", "b", "c"), answers("c", "a", "b"));

    assertThat(m).extracting(Match::how).containsOnly(Match.How.PROMPT);
    assertThat(m).extracting(x -> x.response().response()).containsExactly("answer to a", "answer to b", "answer to c");
    assertThat(warnings).isEmpty();
  }

  @Test
  void byKeyWhenTheResponsesCarryOne() {
    List<ResponseRecord> answers = List.of(
        new ResponseRecord(0, 1, "101", "different text", "for 101"),
        new ResponseRecord(1, 2, null, "a", "for a"));

    List<Match> m = match(prompts("a", "b"), answers);

    assertThat(m.get(0).how()).isEqualTo(Match.How.PROMPT);
    assertThat(m.get(1).how()).isEqualTo(Match.How.KEY);
    assertThat(m.get(1).response().response()).isEqualTo("for 101");
  }

  @Test
  void byStrippedPromptWhenOnlyWhitespaceAroundDiffers() {
    List<Match> m = match(prompts("  a\n", "b"), answers("b", "a "));

    assertThat(m.get(0).how()).isEqualTo(Match.How.STRIPPED_PROMPT);
    assertThat(m.get(0).response().response()).isEqualTo("answer to a ");
  }

  @Test
  void byPositionWhenARewordedPromptSitsInParallelFiles() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) texts.add("prompt " + i);
    List<Row> prompts = prompts(texts.toArray(String[]::new));
    texts.set(7, "prompt 7, as it read when the responses were made");

    List<Match> m = match(prompts, answers(texts.toArray(String[]::new)));

    assertThat(m.get(7).how()).isEqualTo(Match.How.POSITION);
    assertThat(m.get(7).response().index()).isEqualTo(7);
    assertThat(m).filteredOn(x -> x.how() == Match.How.PROMPT).hasSize(19);
    assertThat(warnings).singleElement().asString().contains("prompt 107").contains("row 8 of responses.jsonl");
  }

  @Test
  void notByPositionWhenTheFilesDifferInLength() {
    List<Match> m = match(prompts("a", "b", "c"), answers("a", "x"));

    assertThat(m).extracting(Match::how).containsExactly(Match.How.PROMPT, Match.How.NONE, Match.How.NONE);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 101: no response found"));
  }

  @Test
  void notByPositionWhenTheMatchedRowsShowAnotherOrder() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) texts.add("prompt " + i);
    List<Row> prompts = prompts(texts.toArray(String[]::new));
    List<String> shuffled = new ArrayList<>(texts);
    java.util.Collections.swap(shuffled, 0, 1);
    shuffled.set(7, "reworded");

    List<Match> m = match(prompts, answers(shuffled.toArray(String[]::new)));

    assertThat(m.get(7).how()).isEqualTo(Match.How.NONE);
  }

  @Test
  void notByPositionWhenFewPromptsMatchedAtAll() {
    List<Match> m = match(prompts("a", "b", "c"), answers("x", "y", "c"));

    assertThat(m).extracting(Match::how).containsExactly(Match.How.NONE, Match.How.NONE, Match.How.PROMPT);
  }

  @Test
  void unusedResponsesAreCounted() {
    ResponseMatcher.Result r = ResponseMatcher.match(prompts("a"), answers("a", "zzz"), "responses.jsonl", warnings::add);

    assertThat(r.unusedResponses()).isEqualTo(1);
    assertThat(warnings).singleElement().asString().contains("1 response rows match no prompt");
  }

  @Test
  void aDuplicateKeyIsBadInput() {
    List<ResponseRecord> answers = List.of(
        new ResponseRecord(0, 1, "5", "a", "x"), new ResponseRecord(1, 2, "5", "b", "y"));

    assertThatThrownBy(() -> match(prompts("a"), answers))
        .isInstanceOf(InputProblemException.class)
        .hasMessage("responses.jsonl:2: field 'key': duplicate key 5 (first on line 1)");
  }

  @Test
  void theLastRowWithARepeatedPromptWinsAsInTheReference() {
    List<ResponseRecord> answers = List.of(
        new ResponseRecord(0, 1, null, "a", "first"), new ResponseRecord(1, 2, null, "a", "second"));

    assertThat(match(prompts("a"), answers).get(0).response().response()).isEqualTo("second");
  }
}
