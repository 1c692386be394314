package dev.if4j.text.treebank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.Py;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NltkWordTokenizer#countUpperCaseTokens} counts a sentence's upper-case tokens, and {@link
 * NltkWordTokenizer#hasLowerCaseTokenWhere} finds a word that is not capitalised, as the tokens of
 * the full cascade do (capital_word_frequency and title_case count with them): on every sentence of the parity responses (as given and lower-cased), and on
 * generated sentences that glue words, clitics, contractions, quotes, brackets, periods and every
 * kind of space together in every order, against both the tokenizer and the plain regex
 * transliteration of NLTK's rules.
 */
class TokenCountShortcutTest {
  private static final NltkWordTokenizer TOKENIZER = NltkWordTokenizer.instance();
  private static final RegexWordTokenizer ORACLE = new RegexWordTokenizer();

  private static final String[] PIECES = {
      "it", "It", "IT", "me", "i", "I", "you", "us", "x", "X", "he", "a", "is", "was", "more",
      "gimme", "gonna", "cannot", "CanNot", "wanna", "lemme", "gotta", "more'n", "d'ye", "'tis",
      "'Twas", "it's", "I'm", "you're", "don't", "can't", "they'll", "we've", "he'd", "IT'S",
      ".", "..", "...", ",", ":", ";", "?", "!", "'", "''", "\"", "`", "``", "(", ")", "[", "]",
      "{", "}", "<", ">", "*", "-", "--", "«", "»", "“", "”", "‘", "’", "„", "@", "#", "$", "%",
      "&", "_", "3", "10", "1,000", "10:30", "é", "ü", "ſ", "\u212A", "\uD835\uDC00", "it_", "x1",
      "U.S.", "OK", "\u00c9T\u00c9", "\u01c5", "A1", "WANNA", "GIMME,",
  };
  private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u001c", " \n"};

  @Test
  void agreesWithTheTokensOnGeneratedSentences() {
    Random random = new Random(20261207);
    for (int k = 0; k < 100_000; k++) {
      String sentence = generated(random);
      assertCountsAsTokens(sentence, TOKENIZER.tokenize(sentence));
    }
  }

  @Test
  void agreesWithTheRegexTransliterationOfNltk() {
    Random random = new Random(7);
    for (int k = 0; k < 5_000; k++) {
      String sentence = generated(random);
      assertCountsAsTokens(sentence, ORACLE.tokenize(sentence));
    }
  }

  private static void assertCountsAsTokens(String sentence, List<String> tokens) {
    assertThat(TOKENIZER.countUpperCaseTokens(sentence)).as("capitals of '%s'", sentence)
        .isEqualTo(tokens.stream().filter(Py::isUpper).count());
    assertThat(TOKENIZER.hasLowerCaseTokenWhere(sentence, TokenCountShortcutTest::startsLower))
        .as("a lower-case word in '%s'", sentence)
        .isEqualTo(tokens.stream().anyMatch(t -> startsLower(t, 0, t.length())));
  }

  @Test
  void agreesOnEveryParitySentence() throws IOException {
    Path shared = Path.of(System.getProperty("if4j.shared"));
    PunktSentenceTokenizer punkt = PunktSentenceTokenizer.english(ResourceStore.offline(shared.resolve("resources")));
    ObjectMapper json = new ObjectMapper();
    long sentences = 0;
    for (String file : List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl",
        "ifbench/sample.golden.jsonl", "ifbench/fuzz.golden.jsonl")) {
      for (String line : Files.readAllLines(shared.resolve("parity").resolve(file), StandardCharsets.UTF_8)) {
        JsonNode response = json.readTree(line).get("response");
        if (response == null || !response.isTextual()) continue;
        for (String text : List.of(response.asText(), Py.upper(response.asText()))) {
          for (String sentence : punkt.tokenize(text)) {
            sentences++;
            assertCountsAsTokens(sentence, TOKENIZER.tokenize(sentence));
          }
        }
      }
    }
    assertThat(sentences).isGreaterThan(100_000);
  }

  @Test
  void readsTheContextThatTheRulesSee() {
    // A clitic is split before a space, not before a newline; a closer after the final period.
    assertThat(TOKENIZER.countUpperCaseTokens("I'M HERE. )")).isEqualTo(3);
    assertThat(TOKENIZER.countUpperCaseTokens("IT'S X")).isEqualTo(3);
    assertThat(TOKENIZER.countUpperCaseTokens("IT'S\nX")).isEqualTo(2);
    // Contractions split into words: GIM + ME, CAN + NOT.
    assertThat(TOKENIZER.countUpperCaseTokens("GIMME, CANNOT")).isEqualTo(4);
    // "Don't" is Do + n't, and n't is a word that is not capitalised.
    assertThat(TOKENIZER.hasLowerCaseTokenWhere("Don't Stop", TokenCountShortcutTest::startsLower)).isTrue();
    assertThat(TOKENIZER.hasLowerCaseTokenWhere("\"Stop It,\" He Said.", TokenCountShortcutTest::startsLower)).isFalse();
    assertThat(TOKENIZER.countUpperCaseTokens("")).isZero();
    assertThat(TOKENIZER.countUpperCaseTokens(" \n ")).isZero();
    // "U.S." keeps its periods; "CanNot" is no capital word; whitespace beyond ASCII splits runs.
    assertThat(TOKENIZER.countUpperCaseTokens("the U.S. team")).isEqualTo(1);
    assertThat(TOKENIZER.countUpperCaseTokens("CanNot")).isZero();
    assertThat(TOKENIZER.countUpperCaseTokens("\u00C9COLE")).isEqualTo(1);
    assertThat(TOKENIZER.countUpperCaseTokens("The BIG cat, OK")).isEqualTo(2);
    assertThat(TOKENIZER.countUpperCaseTokens("GONNAS CANNOTX\u00a0A\u3000Bb")).isEqualTo(3);
  }

  private static String generated(Random random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) sb.append(SPACES[random.nextInt(SPACES.length)]);
    int pieces = 1 + random.nextInt(10);
    for (int p = 0; p < pieces; p++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      // Half the pieces are glued to the next one: runs such as "(it's," or "me.)".
      if (random.nextBoolean()) sb.append(SPACES[random.nextInt(SPACES.length)]);
    }
    return sb.toString();
  }

  /** A word starting with a lower-case letter, the rest all lower or all upper case (title_case's). */
  private static boolean startsLower(CharSequence s, int from, int to) {
    if (from == to) return false;
    int first = Character.codePointAt(s, from);
    int rest = from + Character.charCount(first);
    if (!Py.isLowerCaseChar(first)) return false;
    return rest == to || Py.isUpper(s, rest, to) || Py.isLower(s, rest, to);
  }

}
