package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangdetectMessagesTest {
  @Test
  void parsesLikePython(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("messages.properties");
    Files.writeString(file, "A.B=\\u4E00\\u4E8C\n  C = x=y \nNGram.KANJI_9_9=\\u4E09\\u4E00\nempty\n",
        StandardCharsets.ISO_8859_1);
    LangdetectMessages m = LangdetectMessages.load(file);
    assertThat(m.entries()).containsExactly(
        Map.entry("A.B", "\u4E00\u4E8C"),
        Map.entry("C ", " x=y"),
        Map.entry("NGram.KANJI_9_9", "\u4E09\u4E00"),
        Map.entry("empty", ""));
    int[] cjk = m.cjkMap();
    assertThat(cjk[0x4E00 - 0x4E00]).isEqualTo(0x4E09); // mapped to its list's first ideograph
    assertThat(cjk[0x4E8C - 0x4E00]).isZero(); // A.B is not a KANJI class
    assertThat(LangdetectMessages.load(file)).isSameAs(m); // parsed once
  }

  @Test
  void unescapesLikeUnicodeEscape() {
    assertThat(LangdetectMessages.unescape("\\u00e9\\x41\\\\\\n\\U0001F600\\q"))
        .isEqualTo("\u00e9A\\\n\uD83D\uDE00\\q");
  }

  @Test
  void locatorSearchesPythonInstallations(@TempDir Path dir) throws IOException {
    Path lib = dir.resolve("lib");
    Path site = lib.resolve("python3.12/site-packages/langdetect/utils/messages.properties");
    Files.createDirectories(site.getParent());
    Files.writeString(site, "x=y\n");
    List<Path> candidates = MessagesLocator.pythonCandidates(List.of(lib));
    assertThat(candidates.get(0)).isEqualTo(lib.resolve(
        "python3/dist-packages/langdetect/utils/messages.properties"));
    assertThat(MessagesLocator.firstExisting(candidates)).contains(site);
    assertThat(MessagesLocator.firstExisting(MessagesLocator.pythonCandidates(
        List.of(dir.resolve("nothing"))))).isEmpty();
  }

  /** Our derived tables agree with langdetect's own file wherever one is installed. */
  @Test
  void derivedTablesMatchInstalledLangdetect() {
    Optional<Path> file = MessagesLocator.firstExisting(
        MessagesLocator.pythonCandidates(List.of(Path.of("/usr/lib"), Path.of("/usr/local/lib"))));
    assumeTrue(file.isPresent(), "no Python langdetect installed");
    Map<String, String> m = LangdetectMessages.load(file.get()).entries();
    assertThat(CharNormalizer.viBases()).isEqualTo(m.get("TO_NORMALIZE_VI_CHARS"));
    assertThat(CharNormalizer.viMarks()).isEqualTo(m.get("DMARK_CLASS"));
    String[] marks = {"0300", "0301", "0303", "0309", "0323"};
    for (int i = 0; i < marks.length; i++) {
      assertThat(CharNormalizer.viComposedRow(i)).isEqualTo(m.get("NORMALIZED_VI_CHARS_" + marks[i]));
    }
    String latin1 = m.get("NGram.LATIN1_EXCLUDE");
    for (int cp = 0x80; cp <= 0xFF; cp++) {
      assertThat(CharNormalizer.normalize(cp, null) == ' ')
          .as("U+%04X", cp).isEqualTo(latin1.indexOf(cp) >= 0);
    }
  }

  @Test
  void detectorWorksWithoutCjkTable() throws LangDetectException {
    Path profiles = Path.of(System.getenv("IF4J_RESOURCES"), "langdetect/profiles");
    List<Path> files = LanguageDetector.PROFILE_ORDER.stream().map(profiles::resolve).toList();
    LanguageDetector plain = LanguageDetector.fromFiles(files, null);
    assertThat(plain.cjkNormalisation()).isFalse();
    assertThat(plain.cjkTableSource()).isEmpty();
    assertThat(plain.detect("The quick brown fox jumps over the lazy dog.", 0)).isEqualTo("en");
  }
}
