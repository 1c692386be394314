package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.thai.ThaiSentences;
import dev.if4j.text.thai.ThaiWords;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void aLoadedToolIsMadeOnceAndMayBuildOnAnother() {
    TextTools tools =
        new TextTools(ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));
    AtomicInteger made = new AtomicInteger();
    TextTools.Loader<Object> counted = t -> new Object[] {made.incrementAndGet()};
    assertThat(tools.loaded(counted)).isSameAs(tools.loaded(counted));
    assertThat(made).hasValue(1);
    // Thai sentences load Thai words through the same tools: one dictionary, shared.
    ThaiSentences sentences = tools.loaded(ThaiSentences.TOOL);
    assertThat(tools.loaded(ThaiSentences.TOOL)).isSameAs(sentences);
    assertThat(tools.loaded(ThaiWords.TOOL)).isSameAs(tools.loaded(ThaiWords.TOOL));
    assertThat(sentences.count("สวัสดีครับ")).isEqualTo(1);
  }
}
