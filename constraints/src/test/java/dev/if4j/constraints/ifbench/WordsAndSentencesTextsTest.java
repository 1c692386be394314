package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.Ends;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsAndSentencesTextsTest {
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    PunctFreeWords w = new PunctFreeWords(s);
    while (w.next()) {
      assertThat(w.index()).isEqualTo(out.size());
      assertThat(w.length()).isEqualTo(w.word().codePointCount(0, w.word().length()));
      assertThat(w.firstCodePoint()).isEqualTo(w.word().codePointAt(0));
      assertThat(w.previousWord()).isEqualTo(out.isEmpty() ? null : out.get(out.size() - 1));
      out.add(w.word());
    }
    return out;
  }

  @Test
  void punctuationFreeWordsDeleteAsciiPunctuationThenSplit() {
    assertThat(words(" Don't -- stop,\tme\u00a0now! ... ")).containsExactly("Dont", "stop", "me", "now");
    assertThat(words("«quoted» (𝔘𝔫𝔦) 😀!")).containsExactly("«quoted»", "𝔘𝔫𝔦", "😀");
    assertThat(words("")).isEmpty();
    assertThat(words("... --")).isEmpty();
    assertThat(WordsAndSentencesTexts.countPunctFreeWords(" Don't -- stop,\tme\u00a0now! ... "))
        .isEqualTo(4);
  }

  @Test
  void lowerCasingTheWholeTextKeepsPythonsFinalSigma() {
    // Python: "ΟΔΟΣ-Α".lower() == "οδος-α"; Java's toLowerCase gives "οδοσ-α".
    assertThat(words(WordsAndSentencesTexts.lower(view("ΟΔΟΣ-Α")))).containsExactly("οδοςα");
    assertThat(WordsAndSentencesTexts.lower(view("ABC"))).isEqualTo("abc");
  }

  @Test
  void firstLowerIsTheFirstCodePointOfPythonsLower() {
    assertThat(WordsAndSentencesTexts.firstLower('A')).isEqualTo('a');
    assertThat(WordsAndSentencesTexts.firstLower(0x130)).isEqualTo('i');
    assertThat(WordsAndSentencesTexts.firstLower(0x212A)).isEqualTo('k');
    assertThat(WordsAndSentencesTexts.firstLower('1')).isEqualTo('1');
  }

  @Test
  void tokenEndsEqualTheWholeTokenization() {
    String text = "One cat. Two dogs here. Three. Four birds fly! Five cat dog!";
    List<String> all = WordsAndSentencesTexts.wordTokenize(view(text), text);
    Ends ends = WordsAndSentencesTexts.tokenEnds(view(text), 2, 3);
    assertThat(ends.complete()).isFalse();
    for (int i = 0; i < 2; i++) assertThat(ends.at(i)).isEqualTo(all.get(i));
    for (int i = 1; i <= 3; i++) assertThat(ends.at(-i)).isEqualTo(all.get(all.size() - i));
    Ends small = WordsAndSentencesTexts.tokenEnds(view("A cat."), 2, 3);
    assertThat(small.complete()).isTrue();
    assertThat(small.first()).containsExactly("A", "cat", ".");
    assertThat(small.hasAtLeast(3)).isTrue();
    assertThat(small.hasAtLeast(4)).isFalse();
  }
}
