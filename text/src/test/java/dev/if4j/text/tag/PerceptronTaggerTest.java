package dev.if4j.text.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected tags are what NLTK 3.8 returns for the same tokens ({@code nltk.pos_tag(tokens)}, or
 * {@code PerceptronTagger(load=False)} with the same tiny model for the hand-made ones), checked by
 * running it.
 */
class PerceptronTaggerTest {
  static PerceptronTagger tagger;

  @BeforeAll
  static void load() {
    tagger = PerceptronTagger.english(
        ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
  }

  private static void assertTags(List<String> tokens, String... expected) {
    assertThat(tagger.tag(tokens)).as("tag(%s)", tokens).containsExactly(expected);
  }

  @Test
  void loadsTheEnglishModel() {
    assertThat(tagger.classes()).hasSize(45).startsWith("#", "$", "''").endsWith("WRB", "``");
    assertThat(tagger.featureCount()).isEqualTo(75447);
    assertThat(tagger.dictionaryTag("four")).isEqualTo("CD");
    assertThat(tagger.dictionaryTag("Moon")).isEqualTo("NNP");
    assertThat(tagger.dictionaryTag("moon")).as("matched with its case").isNull();
  }

  @Test
  void tagsSentencesLikeNltk() {
    assertTags(
        List.of("The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"),
        "DT", "JJ", "NN", "NN", "VBZ", "IN", "DT", "JJ", "NN");
    assertTags(
        List.of("John", "'s", "big", "idea", "is", "n't", "all", "that", "bad", "."),
        "NNP", "POS", "JJ", "NN", "VBZ", "RB", "PDT", "DT", "JJ", ".");
    assertTags(
        List.of("Write", "a", "short", "poem", "about", "the", "sea", ",", "and", "end", "it",
            "with", "a", "question", "."),
        "VB", "DT", "JJ", "NN", "IN", "DT", "NN", ",", "CC", "VB", "PRP", "IN", "DT", "NN", ".");
    assertTags(
        List.of("Summarize", "the", "1999", "report", "in", "3", "bullet", "points", "for",
            "self-driving", "cars", "."),
        "VB", "DT", "CD", "NN", "IN", "CD", "NN", "NNS", "IN", "JJ", "NNS", ".");
    assertTags(List.of("Run", "!"), "NN", ".");
  }

  @Test
  void handlesUnicodeEmojiAndSymbols() {
    assertTags(
        List.of("In", "2024", ",", "COVID-19", "cases", "dropped", "by", "12.5", "%", "😀", "—",
            "amazing", "!"),
        "IN", "CD", ",", "NNP", "NNS", "VBD", "IN", "CD", "NN", "JJ", "CD", "NN", ".");
    assertTags(
        List.of("Ünïcödé", "résumé", "naïve", "café", "ΣΟΦΙΑ", "straße", "𝐀𝐁𝐂"),
        "JJ", "NN", "NN", "NN", "NNP", "NN", "NN");
    assertTags(
        List.of("--x", "x-y", "²³¹⁴", "١٢٣٤", "12ab", "İstanbul"),
        "RB", "JJ", "CD", "CD", "CD", "NN");
  }

  @Test
  void handlesDegenerateTokenLists() {
    assertThat(tagger.tag(List.of())).isEmpty();
    assertTags(List.of(""), "NN");
    assertTags(List.of("", "", ""), "JJ", "NNP", "NN");
    assertTags(List.of("😀"), "NN");
    assertTags(List.of("-"), ":");
  }

  @Test
  void tagsAPrefixExactlyAsTheFullList() {
    List<String> tokens =
        List.of("Write", "a", "short", "poem", "about", "the", "sea", ",", "and", "end", "it");
    List<String> full = tagger.tag(tokens);
    for (int count = 0; count <= tokens.size(); count++) {
      assertThat(tagger.tag(tokens, count)).isEqualTo(full.subList(0, count));
    }
    assertThatThrownBy(() -> tagger.tag(tokens, tokens.size() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void normalizesWordsLikeNltk() {
    assertThat(PerceptronTagger.normalize("self-care")).isEqualTo("!HYPHEN");
    assertThat(PerceptronTagger.normalize("x-")).isEqualTo("!HYPHEN");
    assertThat(PerceptronTagger.normalize("-x")).isEqualTo("-x");
    assertThat(PerceptronTagger.normalize("1999")).isEqualTo("!YEAR");
    assertThat(PerceptronTagger.normalize("²³¹⁴")).as("superscripts are digits").isEqualTo("!YEAR");
    assertThat(PerceptronTagger.normalize("١٢٣٤")).isEqualTo("!YEAR");
    assertThat(PerceptronTagger.normalize("19999")).isEqualTo("!DIGITS");
    assertThat(PerceptronTagger.normalize("12ab")).isEqualTo("!DIGITS");
    assertThat(PerceptronTagger.normalize("ABC")).isEqualTo("abc");
    assertThat(PerceptronTagger.normalize("")).isEmpty();
    assertThat(PerceptronTagger.normalize("İ")).isEqualTo("i\u0307");
    assertThat(PerceptronTagger.normalize("ΟΔΟΣ")).as("final sigma").isEqualTo("οδος");
  }

  @Test
  void breaksTiesTowardsTheLargerTag(@TempDir Path dir) throws IOException {
    PerceptronTagger t = tiny(dir, "{\"bias\": {\"A\": 1.0, \"B\": 1.0}}", "{}", "[\"A\", \"B\", \"C\"]");
    assertThat(t.tag(List.of("x", "y"))).containsExactly("B", "B");
    // No feature known: every score is 0.0, so the largest tag wins.
    PerceptronTagger neg = tiny(dir, "{\"bias\": {\"Z\": -1.0}}", "{}", "[\"Z\", \"A\"]");
    assertThat(neg.tag(List.of("q"))).containsExactly("A");
  }

  @Test
  void addsWeightsInTheReferenceFeatureOrder(@TempDir Path dir) throws IOException {
    // A: (0.1 + 0.2) + 0.3 = 0.6000000000000001 beats B: (0.3 + 0.2) + 0.1 = 0.6. Summed in any
    // other order the two would tie at 0.6 and B would win.
    PerceptronTagger t =
        tiny(
            dir,
            "{\"i pref1 x\": {\"A\": 0.3, \"B\": 0.1}, \"i suffix x\": {\"A\": 0.2, \"B\": 0.2},"
                + " \"bias\": {\"A\": 0.1, \"B\": 0.3}}",
            "{}",
            "[\"A\", \"B\"]");
    assertThat(t.tag(List.of("x", "y"))).containsExactly("A", "B");
  }

  @Test
  void usesTheDictionaryAndThePreviousTag(@TempDir Path dir) throws IOException {
    PerceptronTagger t =
        tiny(
            dir,
            "{\"bias\": {\"B\": 0.5}, \"i-1 tag C\": {\"A\": 5.0}, \"i word dog\": {\"C\": 0.4},"
                + " \"i+1 word !HYPHEN\": {\"C\": 2.0}}",
            "{\"Dog\": \"C\"}",
            "[\"A\", \"B\", \"C\"]");
    assertThat(t.tag(List.of("Dog", "dog", "dog", "x-y", "Dog")))
        .containsExactly("C", "A", "C", "A", "C");
  }

  @Test
  void namesTheMissingModelFile(@TempDir Path dir) {
    assertThatThrownBy(() -> PerceptronTagger.english(ResourceStore.offline(dir)))
        .isInstanceOf(ResourceMissingException.class)
        .hasMessageContaining("averaged_perceptron_tagger_eng.weights.json");
  }

  private static PerceptronTagger tiny(Path dir, String weights, String tagdict, String classes)
      throws IOException {
    Path w = Files.writeString(dir.resolve("w.json"), weights);
    Path d = Files.writeString(dir.resolve("d.json"), tagdict);
    Path c = Files.writeString(dir.resolve("c.json"), classes);
    return PerceptronTagger.load(w, d, c);
  }
}
