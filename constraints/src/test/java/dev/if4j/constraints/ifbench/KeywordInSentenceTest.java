package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.context;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (IncludeKeywordChecker).
class KeywordInSentenceTest {
  private static Constraint keyword(String word, Object n) {
    return build(KeywordInSentence.TYPE, Map.of("word", word, "N", n));
  }

  @Test
  void describesAsTheReferenceKeepingAFloatAsWritten() {
    assertThat(keyword("cat", 2).describe())
        .isEqualTo("The response must include keyword \"cat\" in the 2-th sentence.");
    assertThat(keyword("cat", 8.0).describe())
        .isEqualTo("The response must include keyword \"cat\" in the 8.0-th sentence.");
    assertThat(keyword("cat", 8.0).args())
        .containsExactly(Map.entry("word", "cat"), Map.entry("N", 8.0));
  }

  @Test
  void findsTheKeywordAsAWholeWordInTheNthSentence() {
    assertThat(followed(keyword("cat", 2), "A dog barked. The Cat's toy fell. End.")).isTrue();
    assertThat(followed(keyword("cat", 2), "A dog barked. The cats fell. End.")).isFalse();
    assertThat(reason(keyword("cat", 4), "A cat. A cat. A cat."))
        .isEqualTo("found 3 sentences, expected at least 4");
    assertThat(followed(keyword("cat", 3.0), "One. Two. The cat.")).isTrue();
  }

  @Test
  void zeroMeansTheLastSentence() {
    assertThat(followed(keyword("cat", 0), "A dog barked. The cat slept.")).isTrue();
  }

  @Test
  void keywordIsLiteralWithWordBoundaries() {
    // \b after "+" needs a word character next: "C++ a" has none, "c++a" has one.
    assertThat(followed(keyword("c++", 1), "I like C++ a lot.")).isFalse();
    assertThat(followed(keyword("c++", 1), "I like c++a lot.")).isTrue();
    assertThat(followed(keyword("e.g.", 1), "Fruits, e.g. apples.")).isFalse();
  }

  @Test
  void caseIsIgnoredAsPythonsReDoes() {
    assertThat(followed(keyword("straße", 1), "Die STRASSE ist lang.")).isFalse();
    assertThat(followed(keyword("istanbul", 1), "İSTANBUL is big.")).isTrue();
    assertThat(followed(keyword("ıstanbul", 1), "ISTANBUL is big.")).isTrue();
  }

  @Test
  void missingOrNegativePositionIsDrawn() {
    // random.seed(0); random.randint(1, 20) == 13
    BuildContext ctx = context(KeywordInSentence.TYPE, Map.of("word", "cat", "N", -2));
    assertThat(KeywordInSentence.TYPE.create(ctx).args()).containsEntry("N", 13L);
    assertThat(ctx.referenceRandom()).isTrue();
    BuildContext noWord = context(KeywordInSentence.TYPE, Map.of("word", "", "N", 1));
    assertThat((String) KeywordInSentence.TYPE.create(noWord).args().get("word"))
        .isIn(IfEvalArgs.KEYWORD_POOL);
    assertThat(noWord.referenceRandom()).isTrue();
  }
}
