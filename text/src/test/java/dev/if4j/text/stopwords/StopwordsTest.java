package dev.if4j.text.stopwords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Expected values are what {@code nltk.corpus.stopwords.words('english')} returns in NLTK 3.8. */
class StopwordsTest {
  @Test
  void readsTheEnglishList() {
    Stopwords english = Stopwords.english(
        ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
    assertThat(english.size()).isEqualTo(198);
    assertThat(english.words()).startsWith("a", "about", "above", "after", "again");
    assertThat(english.contains("the")).isTrue();
    assertThat(english.contains("don't")).isTrue();
    assertThat(english.contains("The")).as("membership is case-sensitive").isFalse();
    assertThat(english.contains("cat")).isFalse();
  }

  @Test
  void splitsLinesLikePython() {
    Stopwords s = Stopwords.parse("a\r\nb\rc\u2028d\n\n  \n e \n");
    assertThat(s.words()).containsExactly("a", "b", "c", "d", " e ");
    assertThat(Stopwords.parse("x\ny\nx").words()).containsExactly("x", "y", "x");
    assertThat(Stopwords.parse("x\ny\nx").asSet()).containsExactly("x", "y");
  }

  @Test
  void findsTheLowerCaseOfARegionAsPythonLowerCasesIt() {
    Stopwords english = Stopwords.english(
        ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
    Stopwords odd = Stopwords.parse("it\nk1_\nİ\ni\u0307\ndon't\nk\n");
    String[] pieces = {"it", "IT", "The", "the", "k", "K", "\u212A", "\u0130", "i", "1", "_", "don",
        "'", "t", "-", "\u00e9", "A", "about", "ABOUT", "\uD835\uDC00", " "};
    java.util.Random random = new java.util.Random(5);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(4); p >= 0; p--) sb.append(pieces[random.nextInt(pieces.length)]);
      String text = "x" + sb + "y";
      int to = text.length() - 1;
      for (Stopwords list : java.util.List.of(english, odd)) {
        assertThat(list.containsLowerCaseOf(text, 1, to)).as("'%s'", text.substring(1, to))
            .isEqualTo(list.contains(dev.if4j.text.Py.lower(text.substring(1, to))));
      }
    }
    assertThat(english.containsLowerCaseOf("xTHEy", 1, 4)).isTrue();
    assertThat(odd.containsLowerCaseOf("\u212A", 0, 1)).as("the Kelvin sign lower-cases to k").isTrue();
  }
}
