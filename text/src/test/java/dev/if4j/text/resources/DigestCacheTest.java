package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checksums taken from the start-up cache are those of the files as they are: the same packages
 * with and without the cache, a changed file hashed again, a damaged cache file ignored.
 */
class DigestCacheTest {
  @TempDir Path data;
  @TempDir Path cache;

  @AfterEach
  void noCache() {
    System.clearProperty(StartupCache.PROPERTY);
  }

  private Map<String, Path> files() throws Exception {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String name : List.of("a", "b", "c")) {
      Path dir = Files.createDirectories(data.resolve("pkg"));
      Path file = dir.resolve(name);
      if (!Files.exists(file)) Files.writeString(file, "content of " + name);
      files.put("pkg/" + name, file);
    }
    return files;
  }

  @Test
  void theCacheGivesTheDigestsOfTheFilesAsTheyAre() throws Exception {
    Map<String, Path> files = files();
    List<ResourceDigest.Package> uncached = ResourceDigest.packages(files, Bundle.NONE);
    System.setProperty(StartupCache.PROPERTY, cache.toString());
    assertThat(ResourceDigest.packages(files, Bundle.NONE)).isEqualTo(uncached);
    Path entries = cache.resolve(DigestCache.FILE);
    // The three files, and the package's digest with its lines (used while they are the same).
    assertThat(Files.readAllLines(entries)).hasSize(4)
        .anySatisfy(line -> assertThat(line).startsWith("text:package pkg\tpkg/a ").endsWith(uncached.get(0).sha256()));
    assertThat(ResourceDigest.packages(files, Bundle.NONE)).isEqualTo(uncached); // from the cache

    // A changed file (other size, other time) is hashed again.
    Path b = files.get("pkg/b");
    Files.writeString(b, "changed content of b");
    Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 2_000));
    System.clearProperty(StartupCache.PROPERTY);
    List<ResourceDigest.Package> changed = ResourceDigest.packages(files, Bundle.NONE);
    assertThat(changed).isNotEqualTo(uncached);
    System.setProperty(StartupCache.PROPERTY, cache.toString());
    assertThat(ResourceDigest.packages(files, Bundle.NONE)).isEqualTo(changed);
    assertThat(Files.readString(entries)).contains(ResourceDigest.sha256(b));
  }

  @Test
  void aDamagedOrUnwritableCacheMeansHashing() throws Exception {
    Map<String, Path> files = files();
    List<ResourceDigest.Package> uncached = ResourceDigest.packages(files, Bundle.NONE);
    Files.write(cache.resolve(DigestCache.FILE), new byte[] {0, (byte) 0xff, '\t', '\n', 'x'});
    System.setProperty(StartupCache.PROPERTY, cache.toString());
    assertThat(ResourceDigest.packages(files, Bundle.NONE)).isEqualTo(uncached);
    assertThat(Files.readString(cache.resolve(DigestCache.FILE), StandardCharsets.UTF_8)).contains("pkg/a");

    Path notAFolder = Files.writeString(data.resolve("plain-file"), "x");
    System.setProperty(StartupCache.PROPERTY, notAFolder.resolve("cache").toString());
    assertThat(ResourceDigest.packages(files, Bundle.NONE)).isEqualTo(uncached);
  }

  @Test
  void onlyLowerCaseHexOfSixtyFourDigitsIsADigest() {
    assertThat(DigestCache.isSha256("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isTrue();
    assertThat(DigestCache.isSha256("BA7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isFalse();
    assertThat(DigestCache.isSha256("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a")).isFalse();
    assertThat(DigestCache.isSha256("ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isFalse();
    assertThat(DigestCache.isSha256("")).isFalse();
  }
}
