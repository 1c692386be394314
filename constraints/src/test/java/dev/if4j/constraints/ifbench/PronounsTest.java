package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PronounsTest {
  @Test
  void countsPronounTokensOfTheLowercasedTextWithSlashesAsSpaces() {
    // nltk.word_tokenize in CPython: she her hers it 's i 'm they 're you 'll everyone . this that
    // 's mine ! who 's whom ? all some none . -> 16 pronouns.
    String text = "she/her/hers It's I'm They're you'll Everyone. THIS That's mine! Who's whom? all Some none.";
    assertThat(view(text).get(CountsAndRatiosTexts.PRONOUNS)).isEqualTo(16);
    assertThat(followed(build(Pronouns.TYPE, Map.of("N", 16)), text)).isTrue();
    assertThat(followed(build(Pronouns.TYPE, Map.of("N", 17.0)), text)).isFalse();
    assertThat(reason(build(Pronouns.TYPE, Map.of("N", 17)), text))
        .isEqualTo("found 16 pronouns, expected at least 17");
  }

  @Test
  void repeatsCount() {
    assertThat(followed(build(Pronouns.TYPE, Map.of("N", 3)), "It is it, isn't it?")).isTrue();
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(Pronouns.TYPE, Map.of("N", 25)).describe())
        .isEqualTo("The response should include at least 25 pronouns.");
  }
}
