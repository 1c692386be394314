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
}
