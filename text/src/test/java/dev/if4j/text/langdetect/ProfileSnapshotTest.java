package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A detector read from a snapshot answers exactly as one built from the JSON profiles, and a
 * snapshot that is damaged, made from other profiles or unwritable never changes an answer or
 * fails a load: it is parsed again instead.
 */
class ProfileSnapshotTest {
  /** Texts of many scripts and of balanced, borderline languages, with several seeds. */
  static final List<String> TEXTS = List.of(
      "The quick brown fox jumps over the lazy dog while the farmer watches from the porch.",
      "Le renard brun rapide saute par-dessus le chien paresseux pendant que le fermier regarde.",
      "Быстрая коричневая лиса прыгает через ленивую собаку, пока фермер наблюдает.",
      "तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है जबकि किसान देखता है।",
      "빠른 갈색 여우가 게으른 개를 뛰어넘는 동안 농부가 지켜본다.",
      "我们今天去公园散步，天气很好。",
      "hola hello bonjour ciao hallo",
      "Știința și tehnologia țării",
      "OK");

  static List<Path> profiles = new ArrayList<>();
  static LanguageDetector parsed;

  @BeforeAll
  static void load() {
    ResourceStore store = ResourceStore.offline(Path.of(System.getenv(ResourceStore.ENV)));
    for (String code : LanguageDetector.PROFILE_ORDER) profiles.add(store.require("langdetect/profiles/" + code));
    parsed = LanguageDetector.fromFiles(profiles, MessagesLocator.locate(store).orElse(null));
  }

  @Test
  void aSnapshotIsWrittenOnceAndAnswersAsTheParsedProfiles(@TempDir Path cache) throws Exception {
    LanguageDetector first = loadWith(cache);
    List<Path> written = snapshots(cache);
    assertThat(written).hasSize(1);
    FileTime writtenAt = Files.getLastModifiedTime(written.get(0));
    LanguageDetector mapped = loadWith(cache);
    assertThat(snapshots(cache)).containsExactlyElementsOf(written);
    assertThat(Files.getLastModifiedTime(written.get(0))).isEqualTo(writtenAt);
    assertSameAnswers(first, parsed);
    assertSameAnswers(mapped, parsed);
    assertThat(mapped.languages()).isEqualTo(parsed.languages());
    assertThat(mapped.ngramCount()).isEqualTo(parsed.ngramCount());
  }

  @Test
  void aDamagedSnapshotIsIgnoredAndReplaced(@TempDir Path cache) throws Exception {
    loadWith(cache);
    Path snapshot = snapshots(cache).get(0);
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 0x40; // one flipped bit in the table: the checksum catches it
    Files.write(snapshot, bytes);
    assertThat(ProfileSnapshot.read(snapshot, ProfileSnapshot.key(profiles).orElseThrow())).isEmpty();
    assertSameAnswers(loadWith(cache), parsed);
    assertThat(ProfileSnapshot.read(snapshot, ProfileSnapshot.key(profiles).orElseThrow())).isPresent();

    Files.write(snapshot, Arrays.copyOf(bytes, bytes.length / 3)); // truncated
    assertSameAnswers(loadWith(cache), parsed);
    Files.write(snapshot, new byte[0]);
    assertSameAnswers(loadWith(cache), parsed);
  }

  @Test
  void aFlippedBitAnywhereInTheTableIsCaughtAcrossTheChunksItIsReadIn(@TempDir Path cache) throws Exception {
    loadWith(cache);
    Path snapshot = snapshots(cache).get(0);
    String key = ProfileSnapshot.key(profiles).orElseThrow();
    byte[] whole = Files.readAllBytes(snapshot);
    // Around the reader's 64 KB chunks, and the last byte (whether the 3-gram table is exact).
    for (int at : new int[] {(1 << 16) - 1, 1 << 16, (1 << 16) + 1, 5 * (1 << 16) + 3, whole.length - 1}) {
      byte[] bytes = whole.clone();
      bytes[at] ^= 0x01;
      Files.write(snapshot, bytes);
      assertThat(ProfileSnapshot.read(snapshot, key)).as("bit flipped at " + at).isEmpty();
    }
    Files.write(snapshot, whole);
    assertThat(ProfileSnapshot.read(snapshot, key)).isPresent();
  }

  @Test
  void aChangedProfileMakesANewSnapshot(@TempDir Path cache, @TempDir Path copies) throws Exception {
    List<Path> copied = new ArrayList<>();
    for (Path profile : profiles) copied.add(Files.copy(profile, copies.resolve(profile.getFileName())));
    LanguageDetector.fromFiles(copied, null, Optional.of(cache));
    Path before = snapshots(cache).get(0);
    Path english = copies.resolve("en");
    Files.setLastModifiedTime(english, FileTime.fromMillis(Files.getLastModifiedTime(english).toMillis() + 5_000));
    LanguageDetector.fromFiles(copied, null, Optional.of(cache));
    assertThat(snapshots(cache)).hasSize(1).doesNotContain(before);
  }

  @Test
  void anotherInstallsSnapshotInTheSameFolderIsLeftAlone(@TempDir Path cache) throws Exception {
    Path others = Files.writeString(Files.createDirectories(cache).resolve("langdetect-0-1-2.snapshot"), "theirs");
    loadWith(cache);
    assertThat(snapshots(cache)).hasSize(2).contains(others);
  }

  @Test
  void anUnwritableFolderMeansParsingEveryTime(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    LanguageDetector detector = LanguageDetector.fromFiles(profiles, null, Optional.of(notAFolder.resolve("cache")));
    assertThat(detector.detect(TEXTS.get(0), 0)).isEqualTo("en");
  }

  private static LanguageDetector loadWith(Path cache) {
    ResourceStore store = ResourceStore.offline(Path.of(System.getenv(ResourceStore.ENV)));
    return LanguageDetector.fromFiles(profiles, MessagesLocator.locate(store).orElse(null), Optional.of(cache));
  }

  private static List<Path> snapshots(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".snapshot")).sorted().toList();
    }
  }

  private static void assertSameAnswers(LanguageDetector actual, LanguageDetector expected) throws Exception {
    for (String text : TEXTS) {
      for (long seed : new long[] {0, 1, 42}) {
        assertThat(outcome(actual, text, seed)).as("%s, seed %d", text, seed).isEqualTo(outcome(expected, text, seed));
      }
    }
  }

  private static String outcome(LanguageDetector detector, String text, long seed) {
    try {
      return detector.detectLangs(text, seed).toString();
    } catch (LangDetectException e) {
      return "error: " + e.getMessage();
    }
  }
}
