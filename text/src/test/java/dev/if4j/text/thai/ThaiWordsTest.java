package dev.if4j.text.thai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pythainlp 5.0.4's {@code word_tokenize} outputs, from its own tests and docstrings. */
class ThaiWordsTest {
  static final ThaiWords WORDS = ThaiWords.load(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")));

  @Test
  void dictionaryWordsAtClusterBoundaries() {
    assertThat(WORDS.tokenize("ฉันรักภาษาไทยเพราะฉันเป็นคนไทย"))
        .containsExactly("ฉัน", "รัก", "ภาษาไทย", "เพราะ", "ฉัน", "เป็น", "คนไทย");
    assertThat(WORDS.tokenize("จุ๋มง่วงนอนยัง")).containsExactly("จุ๋ม", "ง่วงนอน", "ยัง");
    assertThat(WORDS.tokenize("จุ๋มง่วง")).containsExactly("จุ๋ม", "ง่วง");
  }

  @Test
  void whitespaceIsKeptAsTokens() {
    assertThat(WORDS.tokenize("สวัสดีครับ สบายดีไหมครับ"))
        .containsExactly("สวัสดี", "ครับ", " ", "สบายดี", "ไหม", "ครับ");
    assertThat(WORDS.tokenize("ชินโซ อาเบะ เกิด 21 กันยายน"))
        .containsExactly("ชิน", "โซ", " ", "อา", "เบะ", " ", "เกิด", " ", "21", " ", "กันยายน");
  }

  @Test
  void nonThaiRunsAndPunctuation() {
    assertThat(WORDS.tokenize("(คนไม่เอา)")).containsExactly("(", "คน", "ไม่", "เอา", ")");
    assertThat(WORDS.tokenize("กม/ชม")).containsExactly("กม", "/", "ชม");
    assertThat(WORDS.tokenize("สีหน้า(รถ)")).containsExactly("สีหน้า", "(", "รถ", ")");
    assertThat(WORDS.tokenize("19...")).containsExactly("19", "...");
    assertThat(WORDS.tokenize("19.")).containsExactly("19", ".");
  }

  @Test
  void formattedNumbersAreJoined() {
    assertThat(WORDS.tokenize("19.84")).containsExactly("19.84");
    assertThat(WORDS.tokenize("127.0.0.1")).containsExactly("127.0.0.1");
    assertThat(WORDS.tokenize("USD1,984.42")).containsExactly("USD", "1,984.42");
    assertThat(ThaiWords.rejoinFormattedNumbers("เวลา 12:00น", List.of("เวลา", " ", "12", ":", "00น")))
        .containsExactly("เวลา", " ", "12:00น");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(WORDS.tokenize("")).isEmpty();
    assertThat(WORDS.count("")).isZero();
  }

  @Test
  void tokensCoverTheText() {
    String text = "ด้านหน้าด้านหน้าด้านกกกกกก emoji 😀 ภาษาไทย\n";
    assertThat(String.join("", WORDS.tokenize(text))).isEqualTo(text);
  }

  @Test
  void ambiguousAndUnknownTextStaysFastOnLongInput() {
    // pythainlp's "danger texts", repeated: the graph limit keeps the cost linear.
    String danger = "ชิ".repeat(20_000) + "ด้านหน้า".repeat(5_000) + "ก".repeat(20_000);
    long start = System.nanoTime();
    List<String> tokens = WORDS.tokenize(danger);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(String.join("", tokens)).isEqualTo(danger);
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }
}
