package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The Vietnamese composition table, written out in {@link CharNormalizer}, is Unicode's NFC composition. */
class CharNormalizerTest {
  @Test
  void everyVietnamesePairComposesAsNfcDoes() {
    String bases = CharNormalizer.viBases();
    String marks = CharNormalizer.viMarks();
    for (int m = 0; m < marks.length(); m++) {
      assertThat(CharNormalizer.viComposedRow(m)).hasSize(bases.length());
      for (int b = 0; b < bases.length(); b++) {
        String nfc = Normalizer.normalize("" + bases.charAt(b) + marks.charAt(m), Normalizer.Form.NFC);
        assertThat(nfc).hasSize(1);
        assertThat(CharNormalizer.composeVietnamese(bases.charAt(b), marks.charAt(m)))
            .as("%s + U+%04X", bases.charAt(b), (int) marks.charAt(m)).isEqualTo(nfc.charAt(0));
      }
    }
    assertThat(CharNormalizer.composeVietnamese('b', '\u0301')).isEqualTo(-1);
    assertThat(CharNormalizer.composeVietnamese('a', '\u0302')).isEqualTo(-1);
  }
}
