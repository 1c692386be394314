package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceInventoryTest {
  @TempDir Path dir;

  @Test
  void countsWhatIsFoundPerPackageAndSeparatesTheOptionalMissingFiles() throws Exception {
    Files.createDirectories(dir.resolve("syllapy"));
    Files.writeString(dir.resolve("syllapy/data.csv"), "word,syllables\n");

    ResourceInventory inventory = ResourceInventory.of(ResourceStore.offline(dir));

    assertThat(inventory.files()).extracting(ResourceInventory.File::name).isEqualTo(Upstream.allFiles());
    assertThat(inventory.bundled()).isZero();
    assertThat(inventory.inDirectory()).isEqualTo(1);
    assertThat(inventory.packages().get("syllapy")).isEqualTo(new ResourceInventory.Package(0, 1, java.util.List.of()));
    assertThat(inventory.packages().get("nltk").found()).isZero();
    assertThat(inventory.missingRequired()).doesNotContain("syllapy/data.csv").allMatch(f -> !ResourceInventory.optional(f));
    assertThat(inventory.missingOptional()).contains("langdetect/messages.properties")
        .allMatch(f -> f.startsWith("datasets/") || f.equals("langdetect/messages.properties"));
    assertThat(inventory.missingRequired().size() + inventory.missingOptional().size() + 1)
        .isEqualTo(Upstream.allFiles().size());
  }
}
