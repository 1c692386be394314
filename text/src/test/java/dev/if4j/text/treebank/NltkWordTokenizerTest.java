package dev.if4j.text.treebank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.Py;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NltkWordTokenizerTest {
  private final NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();

  // Expected tokens are NLTK 3.8's NLTKWordTokenizer().tokenize(sentence), run in Python.
  static Stream<Arguments> nltkOutputs() {
    return Stream.of(
        Arguments.of("Good muffins cost $3.88 (roughly 3,36 euros)\nin New York.  Please buy me\ntwo of them.\nThanks.",
            List.of("Good", "muffins", "cost", "$", "3.88", "(", "roughly", "3,36", "euros", ")", "in", "New", "York.", "Please", "buy", "me", "two", "of", "them.", "Thanks", ".")),
        Arguments.of("\"Hello,\" she said. 'I can't go; I won't.'",
            List.of("``", "Hello", ",", "''", "she", "said.", "'", "I", "ca", "n't", "go", ";", "I", "wo", "n't", ".", "'")),
        Arguments.of("They'll say we're fine, I'd guess, and you've seen it... right?!",
            List.of("They", "'ll", "say", "we", "'re", "fine", ",", "I", "'d", "guess", ",", "and", "you", "'ve", "seen", "it", "...", "right", "?", "!")),
        Arguments.of("I cannot believe you're gonna wanna gimme that, lemme see. 'Tis true 'twas so.",
            List.of("I", "can", "not", "believe", "you", "'re", "gon", "na", "wan", "na", "gim", "me", "that", ",", "lem", "me", "see.", "'T", "is", "true", "'t", "was", "so", ".")),
        Arguments.of("CANNOT STOP, WON'T STOP! GONNA WIN.",
            List.of("CAN", "NOT", "STOP", ",", "WO", "N'T", "STOP", "!", "GON", "NA", "WIN", ".")),
        Arguments.of("«Bonjour» “quoted” ‘single’ „low‟ text.",
            List.of("«", "Bonjour", "»", "“", "quoted", "”", "‘", "single", "’", "„", "low‟", "text", ".")),
        Arguments.of("a -- b --- c --d",
            List.of("a", "--", "b", "--", "-", "c", "--", "d")),
        Arguments.of("Time 10:30, price 3,000: done,",
            List.of("Time", "10:30", ",", "price", "3,000", ":", "done", ",")),
        Arguments.of("(see [1] {x} <y>) end.]\" ",
            List.of("(", "see", "[", "1", "]", "{", "x", "}", "<", "y", ">", ")", "end", ".", "]", "''")),
        Arguments.of("It's the students' books' covers' ' end",
            List.of("It", "'s", "the", "students", "'", "books", "'", "covers", "'", "'", "end")),
        Arguments.of("He said ''wow'' and ``hmm``.",
            List.of("He", "said", "``", "wow", "''", "and", "``", "hmm", "``", ".")),
        Arguments.of("'a 'b 'S 'ſ x'y'",
            List.of("'", "a", "'", "b", "'S", "'ſ", "x", "'", "y", "'")),
        Arguments.of("x.  ]] \n",
            List.of("x", ".", "]", "]")),
        Arguments.of("Ends with a colon:\n",
            List.of("Ends", "with", "a", "colon", ":")),
        Arguments.of("*bold* and **strong** #tag @user 50% & more;",
            List.of("*", "bold", "*", "and", "*", "*", "strong", "*", "*", "#", "tag", "@", "user", "50", "%", "&", "more", ";")),
        Arguments.of("don't DON'T Don't O'Neil d'ye more'n",
            List.of("do", "n't", "DO", "N'T", "Do", "n't", "O'Neil", "d", "'ye", "more", "'n")),
        Arguments.of("3.14. A.B. e.g.. etc...",
            List.of("3.14.", "A.B.", "e.g", "..", "etc", "...")));
  }

  @ParameterizedTest
  @MethodSource("nltkOutputs")
  void tokenizesLikeNltk(String sentence, List<String> expected) {
    assertThat(tokenizer.tokenize(sentence)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("nltkOutputs")
  void regexOracleAgreesWithNltkToo(String sentence, List<String> expected) {
    // The oracle below is only worth something if it is right on the known cases.
    assertThat(new RegexWordTokenizer().tokenize(sentence)).containsExactlyElementsOf(expected);
  }

  @Test
  void countsUpperCaseTokensAsIsupperDoes() {
    // "I", "USA", "N'T" and "U.S." are upper case; "'s", "." and "123" are not (no cased letter).
    assertThat(tokenizer.countUpperCaseTokens("I can't say the USA's U.S. WON'T 123 ǅ.")).isEqualTo(5);
  }

  @Test
  void wordTokenizeConcatenatesTheSentences() {
    assertThat(tokenizer.wordTokenize(List.of("Hi there.", "I'm OK.")))
        .containsExactly("Hi", "there", ".", "I", "'m", "OK", ".");
  }

  @Test
  void emptyAndBlankSentencesHaveNoTokens() {
    assertThat(tokenizer.tokenize("")).isEmpty();
    assertThat(tokenizer.tokenize(" \n\t")).isEmpty();
  }

  /**
   * Every rewrite, hand-written for speed, against the plain regex transliteration of NLTK's rules
   * on random text made of the characters the rules care about.
   */
  @Test
  void handWrittenRewritesMatchTheRegexRulesOnGeneratedText() {
    String[] pieces = {
      " ", "  ", "\n", "\t", "\u00a0", "\u001f", ".", "..", ",", ":", ";", "?", "!", "'", "''", "\"",
      "`", "``", "«", "»", "“", "”", "‘", "’", "„", "(", ")", "[", "]", "{", "}", "<", ">", "-", "--",
      "*", "@", "#", "$", "%", "&", "3", "٣", "a", "A", "s", "S", "ſ", "t", "T", "m", "d", "n", "N",
      "ll", "LL", "re", "ve", "VE", "n't", "N'T", "'s", "'S", "'m", "'d", "'ll", "'re", "'ve",
      "cannot", "CanNot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna", "'tis",
      "'Twas", "İ", "ı", "word", "Word", "x", "_", "\u0301", "😀", "𝐀", "é",
      "CANNOT", "GONNA", "Wanna", "HELLO", "Hello", "OK", "A", "\u00C9T\u00C9", "\u3000",
    };
    RegexWordTokenizer oracle = new RegexWordTokenizer();
    Random random = new Random(20240607);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) sb.append(pieces[random.nextInt(pieces.length)]);
      String text = sb.toString();
      assertThat(tokenizer.pad(text)).as("padding of %s", text).isEqualTo(oracle.pad(text));
      long upper = oracle.tokenize(text).stream().filter(Py::isUpper).count();
      assertThat(tokenizer.countUpperCaseTokens(text)).as("capitals of %s", text).isEqualTo(upper);
    }
  }

  @Test
  void finalPeriodBeforeAMegabyteOfSpacesIsLinear() {
    // NLTK's [...]*\s*$ backtracks quadratically here; the scanner must not.
    String text = "a." + " ".repeat(1_000_000) + "x.";
    List<String> tokens = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> tokenizer.tokenize(text));
    assertThat(tokens).containsExactly("a.", "x", ".");
  }

  @Test
  void aMegabyteOfPunctuationIsLinear() {
    String text = "It's \"x\", (y) -- 'z' can't... ".repeat(35_000);
    List<String> tokens = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> tokenizer.tokenize(text));
    assertThat(tokens).hasSize(35_000 * 16);
  }
}
