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

  private static void appendRepr(StringBuilder sb, String s) {
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
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    sb.append(quote);
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
