package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
  @TempDir Path tmp;

  /** A jar bundling {@code relativePath}, and Punkt's abbreviations as every bundle does. */
  private URLClassLoader jarWith(String relativePath, String content) throws Exception {
    return jar(Map.of(relativePath, content, Bundle.PROBE, "dr\n"));
  }

  private URLClassLoader jar(Map<String, String> bundled) throws Exception {
    Path jar = tmp.resolve("bundle.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (Map.Entry<String, String> e : bundled.entrySet()) {
        j.putNextEntry(new JarEntry(Bundle.ROOT + e.getKey()));
        j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  @Test
  void aClassPathWithoutTheProbeFileBundlesNothingAndIsAskedOnce() throws Exception {
    List<String> asked = new ArrayList<>();
    try (URLClassLoader jar = jar(Map.of("syllapy/data.csv", "x,1\n"))) {
      ClassLoader counting = new ClassLoader(null) {
        @Override
        public URL getResource(String name) {
          asked.add(name);
          return jar.getResource(name);
        }
      };
      Bundle bundle = Bundle.of(counting);
      for (int i = 0; i < 55; i++) assertThat(bundle.find("langdetect/profiles/p" + i)).isEmpty();
      assertThat(bundle.find("syllapy/data.csv")).isEmpty();
      assertThat(bundle.isPresent()).isFalse();
    }
    assertThat(asked).containsExactly(Bundle.ROOT + Bundle.PROBE);
  }

  @Test
  void aBundledFileIsFoundBeforeTheDirectory() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("dir/syllapy"));
    Files.writeString(dir.resolve("data.csv"), "from the directory\n");
    try (URLClassLoader loader = jarWith("syllapy/data.csv", "bundled,1\n")) {
      ResourceStore store = ResourceStore.of(tmp.resolve("dir"), true, ResourceFetcher.NONE, Bundle.of(loader));
      Path p = store.require("syllapy/data.csv");
      assertThat(Files.readString(p)).isEqualTo("bundled,1\n");
      assertThat(ResourceDigest.isBundled(p)).isTrue();
      assertThat(store.served()).containsOnlyKeys("syllapy/data.csv");
      var packages = ResourceDigest.packages(store.served(), store.bundle());
      assertThat(packages).singleElement().satisfies(pkg -> {
        assertThat(pkg.directory()).isEqualTo("syllapy");
        assertThat(pkg.release()).isEqualTo("syllapy 0.7.2");
        assertThat(pkg.from()).isEqualTo("bundled");
        assertThat(pkg.files()).isEqualTo(1);
      });
    }
  }

  @Test
  void withoutABundleTheDirectoryServesAndIsNamedInTheStamp() throws Exception {
    Path root = tmp.resolve("dir");
    Files.createDirectories(root.resolve("syllapy"));
    Files.writeString(root.resolve("syllapy/data.csv"), "a,1\n");
    ResourceStore store = ResourceStore.offline(root);
    assertThat(store.bundle().isPresent()).isFalse();
    assertThat(store.locate("syllapy/data.csv")).isPresent();
    assertThat(store.served()).isEmpty(); // locate records nothing
    store.require("syllapy/data.csv");
    var pkg = ResourceDigest.packages(store.served(), store.bundle()).get(0);
    assertThat(pkg.from()).isEqualTo(root.toAbsolutePath().normalize().toString());
    // sha256("syllapy/data.csv " + sha256("a,1\n") + "\n"): changes with the file's bytes.
    Files.writeString(root.resolve("syllapy/data.csv"), "a,2\n");
    assertThat(ResourceDigest.packages(store.served(), store.bundle()).get(0).sha256()).isNotEqualTo(pkg.sha256());
  }

  @Test
  void aMissingBundledFileFallsBackToTheDirectory() throws Exception {
    Path root = tmp.resolve("dir");
    Files.createDirectories(root.resolve("nltk/corpora/stopwords"));
    Files.writeString(root.resolve("nltk/corpora/stopwords/english"), "a\n");
    try (URLClassLoader loader = jarWith("syllapy/data.csv", "x,1\n")) {
      ResourceStore store = ResourceStore.of(root, true, ResourceFetcher.NONE, Bundle.of(loader));
      assertThat(ResourceDigest.isBundled(store.require("nltk/corpora/stopwords/english"))).isFalse();
    }
  }

  @Test
  void checksumsAFile() throws Exception {
    Path f = Files.writeString(tmp.resolve("f"), "abc");
    assertThat(ResourceDigest.sha256(f)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
