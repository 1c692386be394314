package dev.if4j.text.langdetect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * langdetect's {@code messages.properties}, read the way langdetect reads it, and the CJK class
 * map built from it.
 *
 * <p>The file is langdetect's data (not ours to ship), so it is found at run time by {@link
 * MessagesLocator}. Each file is parsed once per process: the parsed map is cached by path.
 */
final class LangdetectMessages {
  private static final Map<Path, LangdetectMessages> CACHE = new ConcurrentHashMap<>();
  private static final String KANJI_PREFIX = "NGram.KANJI_";

  private final Path source;
  private final Map<String, String> entries;

  private LangdetectMessages(Path source, Map<String, String> entries) {
    this.source = source;
    this.entries = entries;
  }

  /** The parsed file at {@code path} (cached). */
  static LangdetectMessages load(Path path) {
    Path key = path.toAbsolutePath().normalize();
    return CACHE.computeIfAbsent(key, p -> {
      try {
        // Python opens the file as text, re-encodes each value to UTF-8 bytes and decodes those
        // with 'unicode_escape', which maps every byte to U+00xx: reading the raw bytes as
        // ISO-8859-1 is the same thing in one step.
        String text = Files.readString(p, StandardCharsets.ISO_8859_1);
        return new LangdetectMessages(p, parse(text));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    });
  }

  Path source() {
    return source;
  }

  /** Entries in file order. */
  Map<String, String> entries() {
    return entries;
  }

  /**
   * Python's rule: strip each line, split at the first {@code =}, unescape the value. There are no
   * comments or continuation lines in langdetect's file, and Python does not honour them either.
   */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = dev.if4j.text.Py.strip(text.substring(start, end));
      if (!(nl < 0 && line.isEmpty())) {
        int eq = line.indexOf('=');
        String key = eq < 0 ? line : line.substring(0, eq);
        String value = eq < 0 ? "" : unescape(line.substring(eq + 1));
        out.put(key, value);
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    return Collections.unmodifiableMap(out);
  }

  /** Python's {@code unicode_escape} decoding of an ISO-8859-1 string. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c != '\\' || i >= s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'u' -> i = hex(s, i, 4, sb, e);
        case 'U' -> i = hex(s, i, 8, sb, e);
        case 'x' -> i = hex(s, i, 2, sb, e);
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'v' -> sb.append('\u000b');
        case '\\', '\'', '"' -> sb.append(e);
        case '\n' -> { } // line continuation inside a value: dropped
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0; k < 2 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
              v = v * 8 + (s.charAt(i++) - '0');
            }
            sb.append((char) v);
          } else {
            sb.append('\\').append(e); // unknown escapes stay as written
          }
        }
      }
    }
    return sb.toString();
  }

  private static int hex(String s, int i, int digits, StringBuilder sb, char kind) {
    if (i + digits > s.length()) {
      throw new IllegalArgumentException("truncated \\" + kind + " escape in langdetect messages");
    }
    int cp = Integer.parseInt(s, i, i + digits, 16);
    sb.appendCodePoint(cp);
    return i + digits;
  }

  /**
   * The CJK class map: for every ideograph listed under an {@code NGram.KANJI_*} key, the first
   * ideograph of its list. Indexed by {@code cp - 0x4E00}; 0 means "maps to itself". Keys are
   * taken in file order, which is the order langdetect lists them in (no ideograph appears in two
   * lists in 1.0.9, so the order would not matter anyway).
   */
  int[] cjkMap() {
    int[] map = new int[CharNormalizer.CJK_LAST - CharNormalizer.CJK_FIRST + 1];
    boolean any = false;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (!e.getKey().startsWith(KANJI_PREFIX) || e.getValue().isEmpty()) continue;
      String list = e.getValue();
      int representative = list.codePointAt(0);
      for (int i = 0; i < list.length(); ) {
        int cp = list.codePointAt(i);
        i += Character.charCount(cp);
        if (cp >= CharNormalizer.CJK_FIRST && cp <= CharNormalizer.CJK_LAST) {
          map[cp - CharNormalizer.CJK_FIRST] = representative;
          any = true;
        }
      }
    }
    return any ? map : null;
  }
}
