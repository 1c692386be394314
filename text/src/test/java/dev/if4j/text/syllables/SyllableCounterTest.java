package dev.if4j.text.syllables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expected counts are what {@code syllapy.count(word)} (syllapy 0.7.2) returns, checked by running it. */
class SyllableCounterTest {
  static SyllableCounter syllapy;

  @BeforeAll
  static void load() {
    syllapy = SyllableCounter.load(
        ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
  }

  private static void assertCount(String word, int expected) {
    assertThat(syllapy.count(word)).as("count(%s)", word).isEqualTo(expected);
  }

  @Test
  void loadsTheDictionary() {
    assertThat(syllapy.dictionarySize()).isEqualTo(6392);
  }

  @Test
  void usesTheDictionaryForKnownWords() {
    assertCount("dog", 1);
    assertCount("beautiful", 3);
    assertCount("syllable", 3);
    assertCount("rhythm", 1);
    assertCount("cooperate", 4);
    assertCount("table", 2);
    assertCount("apple", 2);
    assertCount("idea", 3);
    assertCount("orange", 2);
  }

  @Test
  void cleansCaseWhitespaceAndPunctuation() {
    assertCount("Dog", 1);
    assertCount("  Hello!!  ", 2);
    assertCount("Über", 1);
    assertCount("", 0);
    assertCount("...", 0);
    assertCount("!?", 0);
    assertCount(null, 0);
  }

  @Test
  void stripsWhitespaceOnlyBeforePunctuation() {
    // strip(), then strip(punctuation): a space uncovered by the second strip stays.
    assertCount(", x", 1);
    assertCount(" \", !", 1);
    assertCount(" , -b'!", 0);
    assertCount("\n, -b-", 0);
    assertCount("\"y\"'e \"'", 2);
    assertCount("ab- -cd", 2);
    assertCount("ab-, cd", 2);
    assertCount("well-being-of-all", 5);
  }

  @Test
  void wordsWithDigitsCountZero() {
    assertCount("abc123", 0);
    assertCount("4ever", 0);
    assertCount("٣x", 0);
  }

  @Test
  void countsUnknownWordsByVowelGroups() {
    assertCount("strengths", 1);
    assertCount("queue", 1);
    assertCount("screamed", 2);
    assertCount("tle", 1);
    assertCount("ble", 1);
    assertCount("ale", 1);
    assertCount("le", 1);
    assertCount("e", 1);
    assertCount("aeiouy", 1);
    assertCount("naïve", 1);
    assertCount("café", 1);
    assertCount("année", 1);
    assertCount("σίσυφος", 1);
  }

  @Test
  void splitsCompoundsAtTheFirstHyphen() {
    assertCount("self-care", 2);
    assertCount("well-being", 2);
    assertCount("fire-fighter", 3);
    assertCount("re-enter-again", 5);
    assertCount("a--b", 2);
    assertCount("x-1", 0);
    assertCount("-care", 1);
    assertCount("care-", 1);
    assertCount("hello\n-world", 3);
    assertCount("a-\nb", 1);
    assertCount("a-b\nc", 2);
  }

  @Test
  void countsVeryLongCompoundsInLinearTime() {
    // syllapy raises RecursionError here; the count is the one its recursion would reach.
    String word = "a-".repeat(500_000) + "a";
    long start = System.nanoTime();
    assertThat(syllapy.count(word)).isEqualTo(500_001);
    assertThat(syllapy.count("x1-" + word)).isZero();
    assertThat(syllapy.count(word + "-1")).isZero();
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(2.0);
  }

  @Test
  void parsesTheDictionaryLikePythonCsv() {
    assertThat(SyllableCounter.parse("dog,1\n\"a,b\",2\r\ndog,3", "t"))
        .isEqualTo(Map.of("dog", 3, "a,b", 2));
    assertThatThrownBy(() -> SyllableCounter.parse("dog\n", "t"))
        .hasMessageContaining("t:1");
    SyllableCounter custom = SyllableCounter.of(Map.of("zzz", 0, "self", 4));
    assertThat(custom.count("zzz")).isZero();
    assertThat(custom.count("self-zzz")).as("a part counting 0 makes the compound 0").isZero();
    assertThat(custom.count("self-care")).isEqualTo(5);
  }
}
