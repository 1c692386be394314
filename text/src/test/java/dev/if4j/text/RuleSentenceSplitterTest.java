package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected splits are those of the reference's {@code split_into_sentences} on the same text. */
class RuleSentenceSplitterTest {
  private static List<String> split(String text) {
    return RuleSentenceSplitter.split(text);
  }

  @Test
  void protectsTitlesDecimalsAndInitials() {
    assertThat(split("Mr. Smith went to Washington. He arrived at 3.30 p.m. on Monday!"))
        .containsExactly("Mr. Smith went to Washington.", "He arrived at 3.30 p.m. on Monday!");
  }

  @Test
  void websitesEllipsesAndQuotesFollowTheRewriteOrder() {
    // "www." is not protected (only ".com" and friends are), the ellipsis ends a sentence, and a
    // quote after a full stop moves in front of it.
    assertThat(split("Visit www.example.com today... It is great?! \"Yes.\" she said."))
        .containsExactly("Visit www.", "example.com today...", "It is great?", "!", "\"Yes\".",
            "she said.");
  }

  @Test
  void acronymsAndSuffixesBeforeAStarterEndASentence() {
    // The suffix rule drops the dot of "Inc.".
    assertThat(split("The U.S.A. He left. Acme Inc. He came. J. R. R. Tolkien wrote it."))
        .containsExactly("The U.S.A.", "He left.", "Acme Inc", "He came.", "J. R. R. Tolkien wrote it.");
  }

  @Test
  void aMatchConsumesItsCharactersSoOverlappingCandidatesAreSkipped() {
    // "1.2.3": the first match takes "1.2", so the second dot ends a sentence.
    assertThat(split("Ph.D. students e.g. read. 1.2.3 is a version. a. b. c."))
        .containsExactly("Ph.D. students e.g. read.", "1.2.", "3 is a version.", "a. b. c.");
  }

  @Test
  void theMarkersAreTextLikeAnyOther() {
    assertThat(split("Odd <stop> markers <prd> inside.")).containsExactly("Odd", "markers . inside.");
  }

  @Test
  void newlinesAreSpacesAndEmptyInnerSentencesStay() {
    assertThat(split("Wait.\nNext line. . Empty?")).containsExactly("Wait.", "Next line.", ".", "Empty?");
    assertThat(split("No dot at all")).containsExactly("No dot at all");
    assertThat(split("   ")).isEmpty();
  }

  @Test
  void runsInLinearTime() {
    String text = "a. ".repeat(200_000) + "x..." .repeat(100_000);
    long start = System.nanoTime();
    assertThat(split(text)).isNotEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
