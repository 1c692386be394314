package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** paragraphs:paragraphs and paragraphs:paragraphs2. */
class ParagraphsTest {
  private static boolean divided(String text) {
    return followed(TwoDividedParagraphs.TYPE, Map.of(), text);
  }

  private static boolean blankLined(String text) {
    return followed(TwoBlankLineParagraphs.TYPE, Map.of(), text);
  }

  @Test
  void starDividerTakesOneWhitespaceCharacterEachSide() {
    assertThat(divided("First.\n***\nSecond.")).isTrue();
    assertThat(divided("First.\n\n***\n\nSecond.")).isTrue();
    assertThat(divided("First.****Second.")).isTrue();
    assertThat(divided("First. Second.")).isFalse();
  }

  @Test
  void blankPiecesCountOnlyAtTheEnds() {
    assertThat(divided("***\nFirst. *** Second.\n***")).isTrue();
    assertThat(divided("First. *** *** Second.")).isFalse();
  }

  @Test
  void splitsOnStarDividersAsReSplitDoes() {
    assertThat(TrainingTexts.splitOnStarDivider("a \t***  b")).containsExactly("a ", " b");
    assertThat(TrainingTexts.splitOnStarDivider("******")).containsExactly("", "", "");
    assertThat(TrainingTexts.splitOnStarDivider("x")).containsExactly("x");
  }

  @Test
  void twoLineBreaksSeparateParagraphs() {
    assertThat(blankLined("One.\n\nTwo.")).isTrue();
    assertThat(blankLined("One.\n\n\nTwo.")).isTrue();
    assertThat(blankLined("One.\n\n\n\nTwo.")).isFalse();
    assertThat(blankLined("\n\nOne.\n\nTwo.\n\n")).isTrue();
    assertThat(TwoBlankLineParagraphs.TYPE.create(dev.if4j.constraints.Args.empty()).describe())
        .isEqualTo("There should be 2 paragraphs. Paragraphs and only paragraphs are separated with"
            + " each other by two line breaks. ");
  }
}
