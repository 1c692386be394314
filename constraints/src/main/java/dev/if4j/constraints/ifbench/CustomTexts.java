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

  /**
   * {@code re.match(r'^(A|"A)<sep>(B|"B")...$', header)} for the CSV headers the reference expects:
   * each name bare or in double quotes, names separated by {@code sep} followed by any number of
   * the {@code padding} characters, nothing else. {@code header} has no line break (it is a
   * stripped first line), so {@code $} can only match at its end.
   */
  static boolean headerMatches(String header, String[] names, char sep, String padding) {
    int i = 0;
    int n = header.length();
    for (int k = 0; k < names.length; k++) {
      if (k > 0) {
        if (i >= n || header.charAt(i) != sep) return false;
        i++;
        while (i < n && padding.indexOf(header.charAt(i)) >= 0) i++;
      }
      String name = names[k];
      if (header.startsWith(name, i)) {
        i += name.length();
      } else if (header.startsWith("\"" + name + "\"", i)) {
        i += name.length() + 2;
      } else {
        return false;
      }
    }
    return i == n;
  }
}
