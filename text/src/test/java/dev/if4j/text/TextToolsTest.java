package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextToolsTest {
  @Test
  void loadsEachToolOnceAndSharesIt() {
    TextTools tools =
        new TextTools(ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
    assertThat(tools.tagger()).isSameAs(tools.tagger());
    assertThat(tools.stopwords()).isSameAs(tools.stopwords());
    assertThat(tools.syllables()).isSameAs(tools.syllables());
    assertThat(tools.tagger().tag(List.of("Write", "a", "poem"), 1)).containsExactly("VB");
    assertThat(tools.stopwords().contains("the")).isTrue();
    assertThat(tools.syllables().count("syllable")).isEqualTo(3);
  }
}
