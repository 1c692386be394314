package dev.if4j.autoif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.if4j.autoif.Filters.CrossValidation;
import dev.if4j.autoif.Filters.Pair;
import dev.if4j.autoif.Filters.Scored;
import dev.if4j.autoif.Parsing.Case;
import dev.if4j.text.PyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersTest {
  private static List<Case> trueCases(int n) {
    List<Case> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) cs.add(new Case("case " + i, BooleanNode.TRUE));
    return cs;
  }

  /** {@code f} functions, each right on every case. */
  private static Boolean[][] allRight(int f, int c) {
    Boolean[][] m = new Boolean[f][c];
    for (Boolean[] row : m) Arrays.fill(row, Boolean.TRUE);
    return m;
  }

  private static CrossValidation cv(List<Case> cases, Boolean[][] m) {
    return Filters.crossValidate(cases, m, 3, 10, 0.8);
  }

  @Test
  void anInstructionNeedsThreeUniqueFunctions() {
    assertThat(cv(trueCases(10), allRight(2, 10)).kept()).isFalse();
    assertThat(cv(trueCases(10), allRight(2, 10)).dropReason()).isEqualTo("2 unique functions (fewer than 3)");
    assertThat(cv(trueCases(10), allRight(3, 10)).kept()).isTrue();
  }

  @Test
  void anInstructionNeedsTenUniqueCases() {
    CrossValidation nine = cv(trueCases(9), allRight(3, 9));
    assertThat(nine.kept()).isFalse();
    assertThat(nine.dropReason()).isEqualTo("9 unique cases (fewer than 10)");
    assertThat(cv(trueCases(10), allRight(3, 10)).kept()).isTrue();
  }

  @Test
  void aFunctionNeedsAccuracyOfAtLeastPointEightOnTheKeptCases() {
    // 100 cases all kept (function 0 gets every one right); function 1 is right on 80, function 2 on 79.
    List<Case> cases = trueCases(100);
    Boolean[][] m = allRight(3, 100);
    for (int c = 80; c < 100; c++) m[1][c] = false;
    for (int c = 79; c < 100; c++) m[2][c] = null; // no verdict counts as wrong
    CrossValidation r = cv(cases, m);
    assertThat(r.keptCases()).hasSize(100);
    assertThat(r.accuracy()).containsExactly(1.0, 0.8, 0.79);
    assertThat(r.keptFunctions()).containsExactly(0, 1);
  }

  @Test
  void aCaseIsKeptWhenAnyFunctionMatchesItAndAccuracyCountsOnlyKeptCases() {
    List<Case> cases = trueCases(10);
    cases.set(9, new Case("mislabelled", BooleanNode.FALSE));
    Boolean[][] m = allRight(3, 10); // every function says true on the mislabelled case: nobody matches it
    CrossValidation r = cv(cases, m);
    assertThat(r.keptCases()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(r.accuracy()).containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void anInstructionWithoutAnAccurateFunctionIsDropped() {
    List<Case> cases = trueCases(10);
    Boolean[][] m = new Boolean[3][10];
    for (int f = 0; f < 3; f++) for (int c = 0; c < 10; c++) m[f][c] = (c % 3) == f;
    CrossValidation r = cv(cases, m);
    assertThat(r.kept()).isFalse();
    assertThat(r.dropReason()).startsWith("no function reaches accuracy 0.8");
  }

  @Test
  void verdictsCompareAsPythonsEquality() {
    assertThat(Filters.matches(true, BooleanNode.TRUE)).isTrue();
    assertThat(Filters.matches(false, BooleanNode.TRUE)).isFalse();
    assertThat(Filters.matches(true, IntNode.valueOf(1))).isTrue(); // True == 1
    assertThat(Filters.matches(false, DoubleNode.valueOf(0.0))).isTrue(); // False == 0.0
    assertThat(Filters.matches(true, TextNode.valueOf("true"))).isFalse(); // True != "true"
    assertThat(Filters.matches(null, BooleanNode.FALSE)).isFalse();
  }

  @Test
  void aResponseIsVerifiedWhenItsMeanAccuracyIsAboveZero() {
    assertThat(Filters.accuracy(Arrays.asList(false, false, null))).isEqualTo(0.0);
    assertThat(Filters.verified(Filters.accuracy(Arrays.asList(false, false, null)))).isFalse();
    assertThat(Filters.accuracy(Arrays.asList(null, null))).isEqualTo(0.0);
    assertThat(Filters.accuracy(Arrays.asList(false, true, null))).isEqualTo(0.5);
    double oneOfMany = Filters.accuracy(concat(List.of(true), nFalse(99)));
    assertThat(oneOfMany).isEqualTo(0.01);
    assertThat(Filters.verified(oneOfMany)).isTrue();
  }

  @Test
  void aResponseIsKeptWhenItsMeanScoreIsAboveEight() {
    assertThat(Filters.goodScore(Filters.meanScore(List.of(8, 8)), 8)).isFalse();
    List<Integer> scores = new ArrayList<>(java.util.Collections.nCopies(99, 8));
    scores.add(9); // mean 8.01
    assertThat(Filters.meanScore(scores)).isCloseTo(8.01, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Filters.goodScore(Filters.meanScore(scores), 8)).isTrue();
    assertThat(Filters.goodScore(Filters.meanScore(List.of()), 8)).isFalse();
    assertThat(Filters.goodScore(Filters.meanScore(List.of(10, 7)), 8)).isTrue();
  }

  @Test
  void dpoChosenNeedsAccuracyOfAtLeastHalfAndRejectedExactlyZero() {
    List<Pair> pairs = Filters.dpoPairs(List.of(new Scored("half", 0.5), new Scored("zero", 0.0),
        new Scored("almost", 0.49), new Scored("little", 0.01)), 0.5, new PyRandom(0));
    assertThat(pairs).containsExactly(new Pair("half", "zero"));
    assertThat(Filters.dpoPairs(List.of(new Scored("almost", 0.49), new Scored("zero", 0.0)), 0.5, new PyRandom(0)))
        .isEmpty();
    assertThat(Filters.dpoPairs(List.of(new Scored("a", 1.0), new Scored("b", 0.75)), 0.5, new PyRandom(0)))
        .isEmpty();
  }

  @Test
  void dpoDrawsTwoOfEachSideWhenEitherHasTwo() {
    List<Scored> rs = List.of(new Scored("p1", 1.0), new Scored("p2", 1.0), new Scored("p3", 0.5),
        new Scored("n1", 0.0));
    List<Pair> pairs = Filters.dpoPairs(rs, 0.5, new PyRandom(0));
    assertThat(pairs).hasSize(2);
    assertThat(pairs).allSatisfy(p -> assertThat(p.rejected()).isEqualTo("n1"));
    // Python: random.seed(0); random.sample(['p1','p2','p3'], 2) == ['p2', 'p3']
    assertThat(pairs).extracting(Pair::chosen).containsExactly("p2", "p3");
  }

  @Test
  void theTrainingPromptJoinsQueryAndInstructionAsAutoifDoes() {
    assertThat(Filters.trainingPrompt("what is 2+2?", "answer in lowercase"))
        .isEqualTo("What is 2+2? Answer in lowercase.");
    assertThat(Filters.trainingPrompt("tell me a joke", "use at most 5 words"))
        .isEqualTo("Tell me a joke. Use at most 5 words.");
    assertThat(Filters.trainingPrompt("explain x. briefly", "end with 'done'."))
        .isEqualTo("Explain x. briefly End with 'done'.");
  }

  private static List<Boolean> nFalse(int n) {
    return new ArrayList<>(java.util.Collections.nCopies(n, false));
  }

  private static List<Boolean> concat(List<Boolean> a, List<Boolean> b) {
    List<Boolean> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
