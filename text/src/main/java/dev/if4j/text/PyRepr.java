package dev.if4j.text;

import java.util.List;

/**
 * Python's {@code repr()} of strings and lists of strings: what {@code str.format} prints when a
 * reference description template receives a list ({@code "Include keywords ['a', 'b']"}).
 */
public final class PyRepr {
  private PyRepr() {}

  /** {@code repr(s)}: quoted with ' unless s holds ' and no ", non-printables escaped. */
  public static String repr(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendRepr(sb, s);
    return sb.toString();
  }

  /** {@code repr(list)} for a list of strings: {@code ['a', "b'c"]}. */
  public static String repr(List<String> list) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) sb.append(", ");
      appendRepr(sb, list.get(i));
    }
    return sb.append(']').toString();
  }

  /**
   * Appends {@code repr(s)}: single quotes unless the text holds a single quote and no double quote;
   * backslash, the quote, tab, newline and return escaped; other non-printable characters as
   * {@code \xhh}, {@code \}{@code uhhhh} or {@code \Uhhhhhhhh}; printable non-ASCII kept as is.
   */
  public static void appendRepr(StringBuilder sb, String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    sb.append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        hex(sb, "\\x", cp, 2);
      } else if (cp <= 0xffff) {
        hex(sb, "\\u", cp, 4);
      } else {
        hex(sb, "\\U", cp, 8);
      }
    }
    sb.append(quote);
  }

  /** Python's lower-case hex escape: {@code prefix} and {@code cp} in {@code width} digits. */
  private static void hex(StringBuilder sb, String prefix, int cp, int width) {
    String h = Integer.toHexString(cp);
    sb.append(prefix);
    for (int k = h.length(); k < width; k++) sb.append('0');
    sb.append(h);
  }

  /** {@code str.isprintable()} for one code point: not a control, format, separator... */
  static boolean isPrintable(int cp) {
    if (cp < 0x7F) return cp >= 0x20;
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }
}
