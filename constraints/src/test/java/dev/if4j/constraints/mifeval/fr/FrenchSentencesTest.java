package dev.if4j.constraints.mifeval.fr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.punkt.PunktParameters;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** French Punkt, as NLTK ships it and with M-IFEval's abbreviations added. */
class FrenchSentencesTest {
  private static final ResourceStore STORE =
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared")).resolve("resources"));

  @Test
  void mifevalsAbbreviationsKeepTheirSentenceWhole() {
    String text = "Le Dr. Martin habite av. Foch. Il va bien.";
    PunktSentenceTokenizer nltk = new PunktSentenceTokenizer(PunktParameters.french(STORE));
    PunktSentenceTokenizer mifeval = new TextTools(STORE).loaded(FrenchSentences.TOKENIZER);
    assertThat(nltk.tokenize(text)).containsExactly("Le Dr.", "Martin habite av.", "Foch.", "Il va bien.");
    assertThat(mifeval.tokenize(text)).containsExactly("Le Dr. Martin habite av. Foch.", "Il va bien.");
  }

  @Test
  void theFrenchModelIsNotTheEnglishOne() {
    assertThat(PunktParameters.french(STORE).abbrevTypeCount())
        .isNotEqualTo(PunktParameters.english(STORE).abbrevTypeCount());
    assertThat(PunktParameters.french(STORE).withAbbreviations(FrenchSentences.ABBREVIATIONS).abbrevTypeCount())
        .isGreaterThan(PunktParameters.french(STORE).abbrevTypeCount());
  }
}
