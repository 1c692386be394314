package dev.if4j.text.hindi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code len([s for s in re.split(r'(?<=[।!?])\s*', text) if s.strip()])}. */
class DandaSentencesTest {
  @Test
  void dandaQuestionAndExclamationEndSentences() {
    assertThat(DandaSentences.count("यह एक वाक्य है। यह दूसरा है! क्या यह तीसरा है?")).isEqualTo(3);
    assertThat(DandaSentences.count("अंत के बिना")).isEqualTo(1);
    assertThat(DandaSentences.count("एक।दो")).isEqualTo(2);
  }

  @Test
  void blankPiecesAndOtherMarksDoNotCount() {
    // A piece that is only its mark is not blank: each of these marks is a "sentence".
    assertThat(DandaSentences.count("।। !  ")).isEqualTo(3);
    assertThat(DandaSentences.count(" \n ")).isZero();
    assertThat(DandaSentences.count("")).isZero();
    assertThat(DandaSentences.count("एक. दो॥ तीन")).isEqualTo(1);
  }
}
