package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values come from Python langdetect 1.0.9 ({@code /usr/bin/python3}): {@code
 * DetectorFactory.seed = s; detect_langs(text)}, probabilities printed with {@code repr}.
 */
class LanguageDetectorTest {
  static LanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = LanguageDetector.load(ResourceStore.offline(Path.of(System.getenv(ResourceStore.ENV))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The quick brown fox jumps over the lazy dog while the farmer watches from the porch.
      fr | Le renard brun rapide saute par-dessus le chien paresseux pendant que le fermier regarde.
      de | Der schnelle braune Fuchs springt über den faulen Hund, während der Bauer zuschaut.
      es | El rápido zorro marrón salta sobre el perro perezoso mientras el granjero mira.
      it | La veloce volpe marrone salta sopra il cane pigro mentre il contadino guarda.
      pt | A rápida raposa marrom pula sobre o cão preguiçoso enquanto o fazendeiro observa.
      ru | Быстрая коричневая лиса прыгает через ленивую собаку, пока фермер наблюдает.
      el | Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο.
      ar | الثعلب البني السريع يقفز فوق الكلب الكسول بينما يراقب المزارع.
      hi | तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है जबकि किसान देखता है।
      ko | 빠른 갈색 여우가 게으른 개를 뛰어넘는 동안 농부가 지켜본다.
      th | สุนัขจิ้งจอกสีน้ำตาลกระโดดข้ามสุนัขขี้เกียจ
      he | השועל החום המהיר קופץ מעל הכלב העצלן בזמן שהאיכר מסתכל.
      vi | Con cáo nâu nhanh nhẹn nhảy qua con chó lười trong khi người nông dân quan sát.
      ro | Știința și tehnologia țării
      en | NASA and the ESA launched a new telescope into orbit last year.
      en | Read the documentation at https://example.com/docs?page=2#intro before you start.
      en | Please write to john.doe@example.co.uk if you have any questions about it.
      """)
  void detectsLanguageOfShortTexts(String expected, String text) throws LangDetectException {
    assertThat(detector.detect(text, 0)).isEqualTo(expected);
  }

  @Test
  void persianUsesZeroWidthNonJoinerAsPython() throws LangDetectException {
    String fa = "روباه قهوه\u200cای سریع از روی سگ تنبل می\u200cپرد در حالی که کشاورز نگاه می\u200cکند.";
    assertThat(detector.detectLangs(fa, 0))
        .containsExactly(new LanguageProbability("fa", 0.999998474549534));
  }

  @Test
  void probabilitiesMatchPythonBitForBit() throws LangDetectException {
    String en = "The quick brown fox jumps over the lazy dog while the farmer watches from the porch.";
    assertThat(detector.detectLangs(en, 0))
        .containsExactly(new LanguageProbability("en", 0.9999964698226853));
    assertThat(detector.detectLangs(en, 1))
        .containsExactly(new LanguageProbability("en", 0.9999994536104551));
    String mail = "Please write to john.doe@example.co.uk if you have any questions about it.";
    assertThat(detector.detectLangs(mail, 1)).containsExactly(
        new LanguageProbability("en", 0.8571411583435637),
        new LanguageProbability("fr", 0.14285709459907245));
  }

  @Test
  void seedDecidesBorderlineTexts() throws LangDetectException {
    assertThat(detector.detectLangs("hello", 0)).containsExactly(
        new LanguageProbability("fi", 0.7142823876778882),
        new LanguageProbability("nl", 0.28571303803778175));
    assertThat(detector.detect("hello", 1)).isEqualTo("nl");
    assertThat(detector.detect("hello", 2)).isEqualTo("fi");
  }

  @Test
  void capitalWordsAreSkippedButStillDetected() throws LangDetectException {
    // Inside an all-capital word only the first letter's n-grams count.
    assertThat(detector.detectLangs("THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG", 0))
        .containsExactly(
            new LanguageProbability("en", 0.8571387862937907),
            new LanguageProbability("de", 0.14285960056149374));
    assertThat(detector.detectLangs("THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG", 2))
        .extracting(LanguageProbability::lang).containsExactly("en", "vi");
  }

  @Test
  void composesDecomposedVietnamese() throws LangDetectException {
    String decomposed = "Con ca\u0301o nâu nhanh nhe\u0323n nha\u0309y qua con cho\u0301 lươ\u0300i.";
    assertThat(detector.detectLangs(decomposed, 0))
        .containsExactly(new LanguageProbability("vi", 0.9999970912158044));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "1234 5678 !!! ??? ... 42", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 \uD83C\uDF89",
      "https://example.com/path?x=1&y=2", "someone@example.org"})
  void textWithoutFeaturesRaises(String text) {
    for (long seed = 0; seed < 3; seed++) {
      final long s = seed;
      assertThatThrownBy(() -> detector.detect(text, s))
          .isInstanceOf(LangDetectException.class)
          .hasMessage("No features in text.");
    }
  }

  @Test
  void onlyTheFirst10000CodePointsCount() throws LangDetectException {
    // Letters after 10,000 digits are never seen.
    String cut = "1".repeat(10000) + " hello world, this is plainly English text";
    assertThatThrownBy(() -> detector.detect(cut, 0)).isInstanceOf(LangDetectException.class);
    // 10,650 code points of English first: the Japanese tail is cut off.
    String kept = "The weather is lovely today and we are going for a walk in the park. ".repeat(150)
        + "東京大学の学生です。".repeat(200);
    assertThat(detector.detectLangs(kept, 0))
        .containsExactly(new LanguageProbability("en", 0.9999960946551614));
  }

  @Test
  void countsCodePointsNotUtf16Units() throws LangDetectException {
    // 9,990 astral emoji are 19,980 UTF-16 units but 9,990 code points: the word that follows is
    // inside Python's 10,000 cap. 10,000 emoji push it out.
    String emoji = "\uD83D\uDE00";
    assertThat(detector.detectLangs(emoji.repeat(9990) + " привет", 0)).containsExactly(
        new LanguageProbability("mk", 0.734278522796835),
        new LanguageProbability("bg", 0.265721477203165));
    assertThatThrownBy(() -> detector.detect(emoji.repeat(10000) + " привет", 0))
        .isInstanceOf(LangDetectException.class);
  }

  @Test
  void chineseAndJapaneseWithCjkTable() throws LangDetectException {
    assumeTrue(detector.cjkNormalisation(), "langdetect's messages.properties not on this machine");
    assertThat(detector.detectLangs("素早い茶色の狐が怠け者の犬を飛び越える間、農夫が見ている。", 0))
        .containsExactly(new LanguageProbability("ja", 0.99999998453117));
    assertThat(detector.detectLangs("敏捷的棕色狐狸跳过了懒惰的狗，而农夫在一旁看着。", 0))
        .containsExactly(new LanguageProbability("zh-cn", 0.9999964522741518));
    assertThat(detector.detectLangs("敏捷的棕色狐狸跳過了懶惰的狗，而農夫在一旁看著。", 0))
        .containsExactly(new LanguageProbability("zh-tw", 0.999997654137691));
    assertThat(detector.detect("東京大学", 0)).isEqualTo("ko");
    assertThat(detector.detectLangs("東京大学", 2)).containsExactly(
        new LanguageProbability("ko", 0.8571421450816403),
        new LanguageProbability("zh-cn", 0.1428568205525785));
  }

  @Test
  void loadsTheFiftyFiveProfilesInReferenceOrder() {
    assertThat(detector.languages()).hasSize(55).isEqualTo(LanguageDetector.PROFILE_ORDER);
    // Profile probabilities are freq / n_words of the n-gram's length.
    double[] the = detector.ngramProbabilities("the");
    assertThat(the[LanguageDetector.PROFILE_ORDER.indexOf("en")]).isEqualTo(0.015183470448580483);
    assertThat(the[LanguageDetector.PROFILE_ORDER.indexOf("pl")]).isEqualTo(0.0001656959778553745);
    assertThat(the[LanguageDetector.PROFILE_ORDER.indexOf("ja")]).isZero();
    assertThat(detector.ngramProbabilities("qqqq")).isNull();
    assertThat(detector.ngramCount()).isEqualTo(87598);
  }

  @Test
  void isSafeToShareBetweenThreads() {
    String text = "Le renard brun rapide saute par-dessus le chien paresseux.";
    List<String> answers = IntStream.range(0, 64).parallel().mapToObj(i -> {
      try {
        return detector.detectLangs(text, i % 3).toString();
      } catch (LangDetectException e) {
        throw new AssertionError(e);
      }
    }).toList();
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      try {
        sequential.add(detector.detectLangs(text, i % 3).toString());
      } catch (LangDetectException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(answers).isEqualTo(sequential);
  }

  /** Texts whose lines exercise every step of langdetect's preparation. */
  private static final List<String> LINE_CASES = List.of(
      "", "\n", "a\nb", "AB\nCD EF\n", "x http://a.b/c?d=1\nd@ef.gh x", "Vie\u0301t\nnam",
      "word  \n  word", "\u3000a\u3000\n\u3000", "**bold** text\n* item\n*", "NASA\nNASA rocks",
      "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440\nhello", "e\u0301\ncd",
      "A\n\nB.", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\n\u3067\u3059",
      "The quick brown fox.\nJumps over the lazy dog!\n\nThe end",
      // Mostly Cyrillic: Latin letters are dropped, so the line-wise shortcut must give up.
      "\u041f\u0440\u0438\u0432\u0435\u0442\u043c\u0438\u0440\nab");

  @Test
  void ngramsByLineAreTheTextsNgrams() {
    DetectionMemo memo = detector.newMemo();
    for (String text : LINE_CASES) {
      LanguageDetector.Features features = detector.features(text, memo);
      assertThat(features.codes()).as(text).containsExactly(detector.ngrams(text));
    }
    assertThat(detector.features("a\nb", memo).byLine()).isTrue();
    assertThat(detector.features("The quick brown fox.\nJumps over the lazy dog!\n\nThe end", memo).byLine()).isTrue();
    assertThat(detector.features(LINE_CASES.get(LINE_CASES.size() - 1), memo).byLine()).isFalse();
    assertThat(detector.features("a".repeat(LanguageDetector.MAX_TEXT_LENGTH + 1), memo).byLine()).isFalse();
  }

  @Test
  void aMemoChangesNoAnswer() {
    DetectionMemo memo = detector.newMemo();
    for (int round = 0; round < 2; round++) {
      for (String text : LINE_CASES) {
        for (long seed : new long[] {0, 1}) {
          String plain;
          String memoised;
          try {
            plain = detector.detect(text, seed);
          } catch (LangDetectException e) {
            plain = "none";
          }
          try {
            memoised = detector.detect(detector.features(text, memo), seed);
          } catch (LangDetectException e) {
            memoised = "none";
          }
          assertThat(memoised).as("%s, seed %d", text, seed).isEqualTo(plain);
        }
      }
    }
  }

  /**
   * On IFEval's GPT-4 answers and the fuzz rows (30 languages' worth of scripts), for every
   * language: {@code detects} says what comparing {@code detect}'s answer says, also where it
   * answers without the walk (which must happen, or this test would prove nothing).
   */
  @Test
  void detectsAnswersAsComparingTheDetectedLanguageDoes() throws IOException, LangDetectException {
    Path parity = Path.of(System.getProperty("if4j.shared"), "parity");
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl", "multiif/multiif.golden.jsonl")) {
      List<String> lines = Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i += 15) {
        var response = json.readTree(lines.get(i)).get("response");
        if (response != null && response.isTextual()) texts.add(response.asText());
      }
    }
    int outranked = 0;
    int checked = 0;
    for (String text : texts) {
      // By line (one memo for all languages: its lines' masks switch language) and by n-gram.
      DetectionMemo shared = detector.newMemo();
      for (String language : detector.languages()) {
        assertThat(detector.outranked(detector.features(text, shared), language)).as("%s in %s", language, text)
            .isEqualTo(detector.table().outranked(detector.ngrams(text), detector.languages().indexOf(language)));
      }
      String detected;
      try {
        detected = detector.detect(text, 0);
      } catch (LangDetectException e) {
        assertThatThrownBy(() -> detector.detects(detector.features(text, detector.newMemo()), 0, "en"))
            .isInstanceOf(LangDetectException.class);
        continue;
      }
      for (String language : detector.languages()) {
        boolean detects = detector.detects(detector.features(text, detector.newMemo()), 0, language);
        assertThat(detects).as("%s in %s", language, text).isEqualTo(detected.equals(language));
        if (detector.outranked(detector.features(text, detector.newMemo()), language)) outranked++;
        checked++;
      }
    }
    assertThat(texts).hasSizeGreaterThan(400);
    assertThat(outranked).as("answers without a walk, of %d", checked).isGreaterThan(checked / 4);
  }

  @Test
  void aLanguageIsOutrankedOnlyByAnEarlierOneThatIsAtLeastAsLikelyOnEveryNgram() {
    // Three languages; n-gram "a" dense (known to all), "b" and "c" sparse.
    NgramTable.Builder b = new NgramTable.Builder();
    long a = NgramTable.append(0, 'a');
    long bb = NgramTable.append(0, 'b');
    long c = NgramTable.append(0, 'c');
    b.put(a, 0, 0.5);
    b.put(a, 1, 0.2);
    b.put(a, 2, 0.3);
    b.put(bb, 0, 0.1);
    b.put(bb, 2, 0.1);
    b.put(c, 2, 0.4);
    NgramTable t = b.build(3);
    int ca = t.find('a');
    int cb = t.find('b');
    int cc = t.find('c');
    // Language 2 against 0: "a" 0.3 <= 0.5, "b" 0.1 <= 0.1 (a tie goes to the earlier one).
    assertThat(t.outranked(new int[] {ca, cb}, 2)).isTrue();
    // "c" is language 2's alone.
    assertThat(t.outranked(new int[] {ca, cb, cc}, 2)).isFalse();
    // Language 1 against 0 on "a" and "b" (which language 1 lacks: 0 is at least that).
    assertThat(t.outranked(new int[] {ca, cb}, 1)).isTrue();
    // The first language has no earlier one.
    assertThat(t.outranked(new int[] {ca}, 0)).isFalse();
  }
}
