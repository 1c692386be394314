package dev.if4j.text.langdetect;

/**
 * Reads one langdetect profile file: a JSON object with {@code name} (string), {@code n_words}
 * (three integers) and {@code freq} (n-gram to count). The text module carries no JSON library,
 * and this fixed shape needs only a small strict reader; anything else is a format error, as in
 * Python where a malformed profile aborts loading.
 */
final class ProfileJson {
  /** Receives each {@code freq} entry in file order. */
  interface FreqSink {
    void accept(String ngram, long count);
  }

  /** What a profile holds besides its frequencies (those go to the sink while parsing). */
  record Header(String name, long[] nWords) {}

  private final String s;
  private int pos;

  private ProfileJson(String s) {
    this.s = s;
  }

  /**
   * Parses {@code json}, streaming {@code freq} entries into {@code sink} (so that no map of
   * boxed counts is built for 180,000 entries).
   */
  static Header parse(String json, FreqSink sink) {
    return new ProfileJson(json).object(sink);
  }

  private Header object(FreqSink sink) {
    String name = null;
    long[] nWords = null;
    boolean sawFreq = false;
    skipWs();
    expect('{');
    skipWs();
    if (peek() == '}') {
      pos++;
    } else {
      while (true) {
        skipWs();
        String key = string();
        skipWs();
        expect(':');
        skipWs();
        switch (key) {
          case "name" -> name = string();
          case "n_words" -> nWords = longArray();
          case "freq" -> {
            freq(sink);
            sawFreq = true;
          }
          default -> skipValue();
        }
        skipWs();
        if (peek() == ',') {
          pos++;
          continue;
        }
        expect('}');
        break;
      }
    }
    if (name == null || nWords == null || !sawFreq) {
      throw error("a profile needs name, n_words and freq");
    }
    return new Header(name, nWords);
  }

  private void freq(FreqSink sink) {
    expect('{');
    skipWs();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipWs();
      String gram = string();
      skipWs();
      expect(':');
      skipWs();
      sink.accept(gram, integer());
      skipWs();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return;
    }
  }

  private long[] longArray() {
    expect('[');
    long[] out = new long[4];
    int n = 0;
    skipWs();
    if (peek() == ']') {
      pos++;
      return new long[0];
    }
    while (true) {
      skipWs();
      if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
      out[n++] = integer();
      skipWs();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return java.util.Arrays.copyOf(out, n);
    }
  }

  private long integer() {
    int start = pos;
    if (peek() == '-') pos++;
    while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
    if (pos == start || (pos == start + 1 && s.charAt(start) == '-')) throw error("integer expected");
    if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      throw error("integer count expected");
    }
    return Long.parseLong(s, start, pos, 10);
  }

  private String string() {
    expect('"');
    int start = pos;
    // Fast path: no escapes (the shipped profiles are raw UTF-8).
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        return s.substring(start, pos++);
      }
      if (c == '\\') break;
      pos++;
    }
    StringBuilder sb = new StringBuilder(s.substring(start, pos));
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') return sb.toString();
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= s.length()) break;
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) throw error("bad \\u escape");
          sb.append((char) Integer.parseInt(s, pos, pos + 4, 16));
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
    throw error("unterminated string");
  }

  private void skipValue() {
    skipWs();
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      pos++;
      skipWs();
      if (peek() == close) {
        pos++;
        return;
      }
      while (true) {
        skipWs();
        if (close == '}') {
          string();
          skipWs();
          expect(':');
        }
        skipValue();
        skipWs();
        if (peek() == ',') {
          pos++;
          continue;
        }
        expect(close);
        return;
      }
    } else {
      int start = pos;
      while (pos < s.length() && "{}[],: \t\r\n\"".indexOf(s.charAt(pos)) < 0) pos++;
      if (pos == start) throw error("value expected");
    }
  }

  private void skipWs() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      pos++;
    }
  }

  private char peek() {
    if (pos >= s.length()) throw error("unexpected end");
    return s.charAt(pos);
  }

  private void expect(char c) {
    if (pos >= s.length() || s.charAt(pos) != c) throw error("'" + c + "' expected");
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + pos);
  }
}
