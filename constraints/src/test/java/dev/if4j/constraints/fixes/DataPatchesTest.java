package dev.if4j.constraints.fixes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPatchesTest {
  private final DataPatches patches = DataPatches.ifeval();

  @Test
  void correctsTheThreeKnownRows() {
    assertThat(patches.keys()).containsExactly("337", "2078", "30");
    assertThat(patches.sha256()).hasSize(64);
    assertThat(patches.version()).isPositive();
  }

  @Test
  void key337ChecksTheWordCountItsPromptStates() {
    Row row = new Row("337", "Write a riddle ... at least 400 words ...", "r",
        List.of("length_constraints:number_words", "detectable_format:title"),
        List.of(Args.of("length_constraints:number_words", Map.of("relation", "at least", "num_words", 336)),
            Args.of("detectable_format:title", Map.of())));
    DataPatches.Outcome out = patches.apply(row);
    assertThat(out.changed()).isTrue();
    assertThat(out.row().kwargs().get(0).integer("num_words")).isEqualTo(400L);
    assertThat(out.row().kwargs().get(0).string("relation")).isEqualTo("at least");
    assertThat(out.row().instructionIds()).isEqualTo(row.instructionIds());
    assertThat(out.skipped()).isEmpty();
  }

  @Test
  void key30JudgesTheLowerCaseInstructionInsteadOfASecondQuotation() {
    Row row = new Row("30", "p", "r",
        List.of("startend:quotation", "length_constraints:number_words", "startend:quotation"),
        List.of(Args.of("startend:quotation", Map.of()),
            Args.of("length_constraints:number_words", Map.of("relation", "at least", "num_words", 600)),
            Args.of("startend:quotation", Map.of())));
    assertThat(patches.apply(row).row().instructionIds()).containsExactly("startend:quotation",
        "length_constraints:number_words", "change_case:english_lowercase");
  }

  @Test
  void key2078AsksForOneBulletPointOnly() {
    // Our own text around the passage the correction replaces (the real row is checked below).
    String prompt = "A poem with one bullet point. Make sure to include a few bullet points indicated by *, ok?";
    Row row = new Row("2078", prompt, "r", List.of("detectable_format:number_bullet_lists"),
        List.of(Args.of("detectable_format:number_bullet_lists", Map.of("num_bullets", 1))));
    assertThat(patches.apply(row).row().prompt())
        .isEqualTo("A poem with one bullet point. Mark that bullet point with *, ok?");
    Row twice = new Row("2078", prompt + " " + prompt, "r", row.instructionIds(), row.kwargs());
    assertThat(patches.apply(twice).skipped()).containsExactly(
        "key 2078: the prompt does not contain the passage once; correction not applied");
  }

  @Test
  void aRowThatNoLongerMatchesIsLeftAloneAndReported() {
    Row already = new Row("337", "p", "r", List.of("length_constraints:number_words"),
        List.of(Args.of("length_constraints:number_words", Map.of("relation", "at least", "num_words", 400))));
    DataPatches.Outcome out = patches.apply(already);
    assertThat(out.changed()).isFalse();
    assertThat(out.row()).isSameAs(already);
    assertThat(out.skipped()).containsExactly("key 337: kwargs[0].num_words is 400, not 336; correction not applied");
    Row other = new Row("5", "p", "r", List.of(), List.of());
    assertThat(patches.apply(other).row()).isSameAs(other);
  }

  @Test
  void theSharedIfEvalRowsAreAllCorrected() throws Exception {
    java.nio.file.Path data = java.nio.file.Path.of(System.getProperty("if4j.shared", "../../shared"),
        "datasets/ifeval/input_data.jsonl");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    int corrected = 0;
    for (String line : java.nio.file.Files.readAllLines(data)) {
      var node = mapper.readTree(line);
      String key = node.get("key").asText();
      if (!patches.keys().contains(key)) continue;
      List<String> ids = new java.util.ArrayList<>();
      node.get("instruction_id_list").forEach(n -> ids.add(n.asText()));
      List<Args> kwargs = new java.util.ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> kw = mapper.convertValue(node.get("kwargs").get(i), Map.class);
        kwargs.add(Args.of(ids.get(i), kw));
      }
      DataPatches.Outcome out = patches.apply(new Row(key, node.get("prompt").asText(), "", ids, kwargs));
      assertThat(out.skipped()).as(key).isEmpty();
      assertThat(out.changed()).as(key).isTrue();
      corrected++;
    }
    assertThat(corrected).isEqualTo(3);
  }
}
