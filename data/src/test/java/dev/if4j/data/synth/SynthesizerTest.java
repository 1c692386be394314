package dev.if4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.data.TestData;
import dev.if4j.data.io.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SynthesizerTest {
  static final List<Registry> REGISTRIES = List.of(IfEval.registry(), IfEvalG.registry());
  static List<String> prompts;

  @BeforeAll
  static void prompts() throws Exception {
    prompts = new ArrayList<>();
    for (Object o : TestData.jsonl(TestData.ifevalInput())) {
      prompts.add((String) ((Map<?, ?>) o).get("prompt"));
      if (prompts.size() == 40) break;
    }
  }

  static Synthesizer synth(long seed, boolean repeats, ArgRanges ranges, int min, int max) {
    return new Synthesizer(new Synthesizer.Config(REGISTRIES, min, max, ranges, ConflictRules.builtIn(), repeats, seed, " ", Set.of()));
  }

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  /** The property: over many seeds, no emitted prompt holds a conflicting pair or contradicting arguments. */
  @ParameterizedTest
  @MethodSource("seeds")
  void synthesisNeverEmitsAConflictingPairAndEveryConstraintRebuildsFromItsOwnArgs(long seed) {
    ConflictRules rules = ConflictRules.builtIn();
    boolean repeats = seed % 2 == 1;
    Synthesizer s = synth(seed, repeats, ArgRanges.none(), 1, 6);
    SynthStats stats = new SynthStats();
    for (int i = 0; i < prompts.size(); i++) {
      Synthesizer.Result r = s.synthesize(i, null, prompts.get(i), stats);
      List<String> ids = r.task().instructionIds();
      List<ConflictRules.Bound> bounds = new ArrayList<>();
      StringBuilder expectedPrompt = new StringBuilder(prompts.get(i));
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          assertThat(rules.conflict(ids.get(a), ids.get(b), repeats)).as("seed %d row %d: %s + %s", seed, i, ids.get(a), ids.get(b)).isNull();
        }
        Synthesizer.Drawn d = r.constraints().get(a);
        assertThat(ConflictRules.contradiction(bounds, rules.bounds(d.id(), d.args()))).as("seed %d row %d %s", seed, i, d).isNull();
        bounds.addAll(rules.bounds(d.id(), d.args()));
        assertRebuilds(d, prompts.get(i));
        expectedPrompt.append(' ').append(d.description());
      }
      assertThat(r.task().prompt()).isEqualTo(expectedPrompt.toString());
      assertThat(ids.size()).isBetween(1, 6);
    }
  }

  /** Built from its own arguments (as a judge will build it), the constraint needs no random fill and reads the same. */
  static void assertRebuilds(Synthesizer.Drawn d, String basePrompt) {
    ConstraintType type = IfEvalG.registry().get(d.id());
    Args args = Args.of(d.id(), d.args());
    if (type.takesPrompt()) args = args.with("prompt", basePrompt);
    BuildContext ctx = new BuildContext(args, 12345);
    Constraint c = type.create(ctx);
    assertThat(ctx.referenceRandom()).as("%s needs a random fill", d).isFalse();
    assertThat(c.describe()).isEqualTo(d.description());
    assertThat(Synthesizer.canonical(type, c.args())).isEqualTo(d.args());
  }

  @Test
  void everyInstructionOfBothRegistriesGetsUsedAndCountsSpreadOverTheRange() {
    Synthesizer s = synth(3, false, ArgRanges.none(), 1, 6);
    SynthStats stats = new SynthStats();
    for (int i = 0; i < 3000; i++) s.synthesize(i, null, prompts.get(i % prompts.size()), stats);
    Set<String> all = new TreeSet<>(IfEvalG.registry().ids());
    assertThat(stats.frequency().keySet()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(stats.perPrompt().keySet()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(stats.conflictsAvoided()).isPositive();
    assertThat(stats.rows()).isEqualTo(3000);
  }

  @Test
  void repeatsWithContradictingBoundsAreAvoidedAndCompatibleOnesKept() throws Exception {
    // Only number_words, two per prompt, with a wide range of counts: "at least 300" and
    // "less than 200" never meet; "at least 100" and "less than 300" may.
    StringBuilder weights = new StringBuilder();
    for (String id : IfEvalG.registry().ids()) {
      if (!id.equals("length_constraints:number_words")) weights.append(weights.isEmpty() ? "" : ",").append('"').append(id).append("\":0");
    }
    ArgRanges ranges = ArgRanges.parse(JsonValues.MAPPER.readTree("{\"args\": {\"length_constraints:number_words\":"
        + " {\"num_words\": {\"min\": 10, \"max\": 1000}}}, \"weights\": {" + weights + "}}"), "test");
    Synthesizer s = synth(11, true, ranges, 2, 2);
    SynthStats stats = new SynthStats();
    ConflictRules rules = ConflictRules.builtIn();
    int pairs = 0;
    for (int i = 0; i < 300; i++) {
      Synthesizer.Result r = s.synthesize(i, null, "Write about rivers.", stats);
      List<ConflictRules.Bound> all = new ArrayList<>();
      for (Synthesizer.Drawn d : r.constraints()) {
        assertThat(ConflictRules.contradiction(all, rules.bounds(d.id(), d.args()))).isNull();
        all.addAll(rules.bounds(d.id(), d.args()));
      }
      if (r.constraints().size() == 2) pairs++;
    }
    assertThat(pairs).isGreaterThan(250);
    assertThat(stats.argumentConflicts()).containsKey("length_constraints:number_words + length_constraints:number_words");
    assertThat(stats.frequency()).containsOnlyKeys("length_constraints:number_words");
  }

  @Test
  void aRangesFileWidensTheDrawsBeyondTheReferences() throws Exception {
    ArgRanges ranges = ArgRanges.parse(JsonValues.MAPPER.readTree("{\"args\": {"
        + "\"length_constraints:number_words\": {\"num_words\": {\"min\": 2000, \"max\": 3000}, \"relation\": \"at least\"},"
        + "\"keywords:existence\": {\"keywords\": {\"sample\": [\"lamp\", \"cloud\", \"stone\", \"bird\"], \"min\": 2, \"max\": 4}}}}"), "test");
    Synthesizer s = synth(5, false, ranges, 6, 6);
    SynthStats stats = new SynthStats();
    int words = 0;
    int keywords = 0;
    for (int i = 0; i < 400; i++) {
      for (Synthesizer.Drawn d : s.synthesize(i, null, prompts.get(i % prompts.size()), stats).constraints()) {
        if (d.id().equals("length_constraints:number_words")) {
          words++;
          assertThat((Long) d.args().get("num_words")).isBetween(2000L, 3000L);
          assertThat(d.args().get("relation")).isEqualTo("at least");
          assertThat(d.description()).startsWith("Answer with at least ");
        }
        if (d.id().equals("keywords:existence")) {
          keywords++;
          @SuppressWarnings("unchecked") List<Object> kw = (List<Object>) d.args().get("keywords");
          assertThat(kw).hasSizeBetween(2, 4).isSubsetOf(List.of("lamp", "cloud", "stone", "bird"));
        }
      }
    }
    assertThat(words).isPositive();
    assertThat(keywords).isPositive();
  }

  @Test
  void copyInstructionsRepeatTheBasePromptAndTakeNoOtherInstruction() {
    Synthesizer s = synth(9, false, ArgRanges.none(), 1, 6);
    SynthStats stats = new SynthStats();
    int seen = 0;
    for (int i = 0; i < 2000; i++) {
      String base = prompts.get(i % prompts.size());
      Synthesizer.Result r = s.synthesize(i, null, base, stats);
      for (Synthesizer.Drawn d : r.constraints()) {
        if (d.id().startsWith("copy:copy") || d.id().equals("new:copy_span_idx")) {
          seen++;
          assertThat(d.args().get("prompt_to_repeat")).isEqualTo(base);
          assertThat(r.constraints()).hasSize(1);
        }
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void rowsDependOnlyOnTheSeedAndTheirIndex() {
    SynthStats stats = new SynthStats();
    Synthesizer.Result a = synth(42, false, ArgRanges.none(), 1, 6).synthesize(17, null, "Tell me a story.", stats);
    Synthesizer.Result b = synth(42, false, ArgRanges.none(), 1, 6).synthesize(17, null, "Tell me a story.", stats);
    Synthesizer.Result c = synth(43, false, ArgRanges.none(), 1, 6).synthesize(17, null, "Tell me a story.", stats);
    assertThat(a).isEqualTo(b);
    assertThat(a.task()).isNotEqualTo(c.task());
  }

  @Test
  void unknownIdsInRangesOrExclusionsAreErrors() throws Exception {
    ArgRanges ranges = ArgRanges.parse(JsonValues.MAPPER.readTree("{\"weights\": {\"no:such\": 1}}"), "test");
    assertThatThrownBy(() -> synth(1, false, ranges, 1, 2)).hasMessageContaining("no:such");
    assertThatThrownBy(() -> new Synthesizer(new Synthesizer.Config(REGISTRIES, 1, 2, ArgRanges.none(),
        ConflictRules.builtIn(), false, 1, " ", Set.of("nope:x")))).hasMessageContaining("nope:x");
    assertThatThrownBy(() -> synth(1, false, ArgRanges.none(), 3, 2)).hasMessageContaining("1 <= min <= max");
  }

  @Test
  void neverAsksForTheSameQuantityTwiceInDifferentWords() {
    ConflictRules rules = ConflictRules.builtIn();
    // "2 paragraphs divided by ***" twice: consistent, but asked twice (issue 18).
    List<ConflictRules.Bound> paragraphs = rules.bounds("length_constraints:number_paragraphs", java.util.Map.of("num_paragraphs", 2L));
    assertThat(ConflictRules.contradiction(paragraphs, rules.bounds("paragraphs:paragraphs", java.util.Map.of()))).isNotNull();
    // One instruction repeated with ranges that meet still may (repeats are a separate rule).
    assertThat(ConflictRules.contradiction(
        rules.bounds("length_constraints:number_words", java.util.Map.of("relation", "at least", "num_words", 100L)),
        rules.bounds("length_constraints:number_words", java.util.Map.of("relation", "less than", "num_words", 300L)))).isNull();
  }

  @Test
  void aLetterCountNeverMeetsTextToCopyOrRepeat() {
    ConflictRules rules = ConflictRules.builtIn();
    for (String copy : List.of("copy:repeat_phrase", "copy:copying_simple", "copy:copying_multiple", "copy:copy")) {
      assertThat(rules.conflict("letters:letter_counting", copy, false)).as(copy).isNotNull();
      assertThat(rules.conflict(copy, "letters:letter_counting", false)).as(copy).isNotNull();
    }
  }
}
