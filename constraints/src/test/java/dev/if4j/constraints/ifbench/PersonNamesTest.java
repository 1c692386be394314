package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void namesCountAsWholeCaseSensitiveWords() {
    // In CPython, re.search(r'\bName\b') finds these 8 (not Liam_, Noah2, emma, Emmanuel, Emmaé).
    String text = "Emma's friend Liam_ and Noah2 met Zoe, emma, Emmanuel, Ava. Jonathan! "
        + "Christopher? Mia-Ella (Leo) Emmaé Émma";
    assertThat(view(text).get(CountsAndRatiosTexts.PERSON_NAMES))
        .containsExactly("Emma", "Ava", "Mia", "Leo", "Zoe", "Ella", "Christopher", "Jonathan");
    assertThat(followed(build(PersonNames.TYPE, Map.of("N", 8)), text)).isTrue();
    assertThat(followed(build(PersonNames.TYPE, Map.of("N", 9.0)), text)).isFalse();
  }

  @Test
  void aNameRepeatedCountsOnce() {
    assertThat(reason(build(PersonNames.TYPE, Map.of("N", 2)), "Emma met Emma."))
        .isEqualTo("found 1 listed name [Emma], expected at least 2");
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(PersonNames.TYPE, Map.of("N", 2)).describe()).isEqualTo(
        "Mention at least 2 different person names in the response, from this list of person names: "
            + "Emma, Liam, Sophia, Jackson, Olivia, Noah, Ava, Lucas, Isabella, Mason, Mia, Ethan, "
            + "Charlotte, Alexander, Amelia, Benjamin, Harper, Leo, Zoe, Daniel, Chloe, Samuel, Lily, "
            + "Matthew, Grace, Owen, Abigail, Gabriel, Ella, Jacob, Scarlett, Nathan, Victoria, Elijah, "
            + "Layla, Nicholas, Audrey, David, Hannah, Christopher, Penelope, Thomas, Nora, Andrew, "
            + "Aria, Joseph, Claire, Ryan, Stella, Jonathan .");
  }
}
