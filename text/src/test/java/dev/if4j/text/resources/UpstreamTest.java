package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UpstreamTest {
  @Test
  void everyFileOfTheSharedResourceLayoutHasAnUpstreamHome() throws IOException {
    Path resources = Path.of(System.getProperty("if4j.shared"), "resources");
    List<String> files;
    try (Stream<Path> s = Files.walk(resources)) {
      // The cache lock is the store's own file (a copy made with if4j may carry it), not a resource.
      files = s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(CacheLock.FILE_NAME))
          .map(p -> resources.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
    assertThat(files).isNotEmpty();
    assertThat(files).allSatisfy(f -> assertThat(Upstream.sourceOf(f)).as(f).isPresent());
  }

  @Test
  void allDownloadsAreHttpsAndTheLanguageProfilesAreAllThere() {
    assertThat(Upstream.all()).allSatisfy(s -> assertThat(s.uri().getScheme()).isEqualTo("https"));
    assertThat(Upstream.LANGDETECT_PROFILES).hasSize(55).doesNotHaveDuplicates();
    assertThat(Upstream.allFiles()).contains("langdetect/messages.properties", Upstream.IFEVAL_INPUT_DATA,
        Upstream.IFBENCH_INPUT_DATA);
  }
}
