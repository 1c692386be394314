package dev.if4j.constraints.ifbench;

import dev.if4j.text.Py;

/** Text helpers shared by the {@code custom:*} constraints. */
final class CustomTexts {
  private CustomTexts() {}

  /**
   * {@code unicodedata.normalize('NFKD', s).encode('ASCII', 'ignore').decode('ASCII')}: accents
   * come off ("São Tomé" becomes "Sao Tome") and every other non-ASCII code point is dropped.
   */
  static String asciiFold(String s) {
    if (isAscii(s)) return s;
    String decomposed = Py.nfkd(s);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < 0x80) sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}
