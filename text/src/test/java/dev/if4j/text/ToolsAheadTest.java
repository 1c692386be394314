package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.resources.ResourceFetcher;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsAheadTest {
  static final Path RESOURCES = Path.of(System.getProperty("if4j.shared"), "resources");

  @TempDir Path cache;

  @Test
  void aToolLoadedAheadIsServedOnlyOnceUsed() {
    ResourceStore store = ResourceStore.offline(RESOURCES);
    TextTools tools = new TextTools(store);
    tools.loadAhead(List.of("punkt", "stopwords", "no-such-tool"));
    assertThat(tools.loaded()).containsExactly("punkt", "stopwords");
    assertThat(tools.used()).isEmpty();
    // Loaded, not used: a stamp made now lists none of their files.
    assertThat(store.served()).isEmpty();

    PunktOrNot.use(tools);
    assertThat(tools.used()).containsExactly("punkt");
    assertThat(store.served()).isNotEmpty().allSatisfy((file, path) -> assertThat(file).startsWith("nltk/tokenizers/punkt_tab/"));

    // The same tool as without a load ahead, and the same files served.
    ResourceStore plain = ResourceStore.offline(RESOURCES);
    TextTools onDemand = new TextTools(plain);
    PunktOrNot.use(onDemand);
    assertThat(plain.served()).isEqualTo(store.served());
    assertThat(tools.punkt().tokenize("Dr. Smith came. He left.")).isEqualTo(onDemand.punkt().tokenize("Dr. Smith came. He left."));
  }

  @Test
  void aLoadAheadNeverDownloadsAndAFailureIsReportedByTheFirstUse(@TempDir Path empty) {
    AtomicInteger fetches = new AtomicInteger();
    ResourceFetcher fetcher = (relativePath, root) -> {
      fetches.incrementAndGet();
      throw new java.io.IOException("no network here");
    };
    ResourceStore store = ResourceStore.of(empty, false, fetcher, dev.if4j.text.resources.Bundle.NONE);
    TextTools tools = new TextTools(store);
    tools.loadAhead(List.of("stopwords"));
    assertThat(fetches).hasValue(0);
    assertThat(tools.loaded()).isEmpty();
    // The first use loads as usual: it tries the download and reports the missing file.
    assertThatThrownBy(tools::stopwords).isInstanceOf(ResourceMissingException.class).hasMessageContaining("stopwords");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aRunLoadsAheadWhatTheLastSuccessfulRunWithItsRegistryUsed() throws Exception {
    TextTools first = new TextTools(ResourceStore.offline(RESOURCES));
    ToolsAhead none = ToolsAhead.start(first, "ifeval", Optional.of(cache), 2);
    assertThat(none.recalled()).isEmpty();
    first.stopwords();
    none.remember();
    assertThat(Files.readAllLines(cache.resolve("tools-ifeval.txt"))).containsExactly("stopwords");

    TextTools second = new TextTools(ResourceStore.offline(RESOURCES));
    ToolsAhead ahead = ToolsAhead.start(second, "ifeval", Optional.of(cache), 2);
    ahead.awaitLoaded();
    assertThat(second.loaded()).containsExactly("stopwords");
    assertThat(second.used()).isEmpty();

    // Another registry remembers its own; one core, or no cache folder: nothing is loaded ahead.
    assertThat(ToolsAhead.start(new TextTools(ResourceStore.offline(RESOURCES)), "ifbench", Optional.of(cache), 2)
        .recalled()).isEmpty();
    TextTools oneCore = new TextTools(ResourceStore.offline(RESOURCES));
    ToolsAhead.start(oneCore, "ifeval", Optional.of(cache), 1).awaitLoaded();
    assertThat(oneCore.loaded()).isEmpty();
    TextTools noCache = new TextTools(ResourceStore.offline(RESOURCES));
    ToolsAhead off = ToolsAhead.start(noCache, "ifeval", Optional.empty(), 2);
    noCache.stopwords();
    off.remember();
    assertThat(noCache.loaded()).containsExactly("stopwords");
  }

  @Test
  void whatARunUsedReplacesWhatWasRememberedAndAnUnreadableMemoryIsNone() throws Exception {
    Files.writeString(cache.resolve("tools-ifeval.txt"), "stopwords\n");
    TextTools tools = new TextTools(ResourceStore.offline(RESOURCES));
    ToolsAhead ahead = ToolsAhead.start(tools, "ifeval", Optional.of(cache), 2);
    ahead.awaitLoaded();
    tools.syllables();
    ahead.remember();
    assertThat(Files.readAllLines(cache.resolve("tools-ifeval.txt"))).containsExactly("syllables");
    // A key is a file name whatever the registry's name holds.
    ToolsAhead.start(tools, "../odd name", Optional.of(cache), 2).remember();
    assertThat(cache.resolve("tools-.._odd_name.txt")).exists();
    Files.createDirectory(cache.resolve("tools-dir.txt"));
    assertThat(ToolsAhead.start(tools, "dir", Optional.of(cache), 2).recalled()).isEmpty();
    assertThat(Set.copyOf(ToolsAhead.recall(cache.resolve("missing.txt")))).isEmpty();
  }

  /** Uses Punkt the way a checker does. */
  private static final class PunktOrNot {
    static void use(TextTools tools) {
      assertThat(tools.punkt().tokenize("One. Two.")).hasSize(2);
    }
  }
}
