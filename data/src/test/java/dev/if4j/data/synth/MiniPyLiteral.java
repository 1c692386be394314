package dev.if4j.data.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only reader for the Python literals {@code PyLiteralWriter} writes (str with its escapes,
 * int, float, None, True, False, list, dict): enough to read a ground truth back and compare.
 */
final class MiniPyLiteral {
  private final String s;
  private int i;

  private MiniPyLiteral(String s) {
    this.s = s;
  }

  static Object parse(String s) {
    MiniPyLiteral p = new MiniPyLiteral(s);
    Object v = p.value();
    if (p.i != s.length()) throw new IllegalArgumentException("trailing text at " + p.i);
    return v;
  }

  private Object value() {
    char c = s.charAt(i);
    if (c == '[') {
      i++;
      List<Object> out = new ArrayList<>();
      while (s.charAt(i) != ']') {
        out.add(value());
        if (s.startsWith(", ", i)) i += 2;
      }
      i++;
      return out;
    }
    if (c == '{') {
      i++;
      Map<String, Object> out = new LinkedHashMap<>();
      while (s.charAt(i) != '}') {
        String k = (String) value();
        expect(": ");
        out.put(k, value());
        if (s.startsWith(", ", i)) i += 2;
      }
      i++;
      return out;
    }
    if (c == '\'' || c == '"') return string(c);
    for (String word : new String[] {"None", "True", "False"}) {
      if (s.startsWith(word, i)) {
        i += word.length();
        return word.equals("None") ? null : word.equals("True");
      }
    }
    int start = i;
    while (i < s.length() && "+-0123456789.e".indexOf(s.charAt(i)) >= 0) i++;
    String num = s.substring(start, i);
    return num.contains(".") || num.contains("e") ? (Object) Double.parseDouble(num) : (Object) Long.parseLong(num);
  }

  private String string(char quote) {
    StringBuilder sb = new StringBuilder();
    i++;
    while (s.charAt(i) != quote) {
      char c = s.charAt(i++);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'x' -> { sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 2), 16)); i += 2; }
        case 'u' -> { sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
        case 'U' -> { sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16)); i += 8; }
        default -> sb.append(e);
      }
    }
    i++;
    return sb.toString();
  }

  private void expect(String t) {
    if (!s.startsWith(t, i)) throw new IllegalArgumentException("expected '" + t + "' at " + i);
    i += t.length();
  }
}
