package dev.if4j.text.langdetect;

import java.util.Arrays;

/**
 * What langdetect does to a text before extracting n-grams ({@code Detector.append} and {@code
 * cleaning_text}), as hand-written scanners with the same matches as its two regular expressions.
 *
 * <ol>
 *   <li>every URL ({@code https?://} then 1 to 2076 of {@code [-_.?&~;+=/#0-9A-Za-z]}) becomes one
 *       space;
 *   <li>then every e-mail address ({@code [-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}
 *       [-_.0-9A-Za-z]{1,255}}) becomes one space;
 *   <li>then Vietnamese vowel + combining tone mark pairs are composed;
 *   <li>then the first 10,000 code points are kept, dropping a space that follows a space;
 *   <li>finally, when fewer than half as many characters are in {@code 'A'..'z'} as are at or
 *       above U+0300, those {@code 'A'..'z'} characters are removed.
 * </ol>
 *
 * <p>Steps 1 and 2 run over the whole text (a match decides where the next one may start) but only
 * when the text contains {@code http} or {@code @}; steps 3 and 4 stream and stop at the cap.
 */
final class TextPreparer {
  private TextPreparer() {}

  private static final int URL_MAX = 2076;
  private static final int MAIL_LOCAL_MAX = 64;
  private static final int MAIL_DOMAIN_MAX = 255;

  /** The code points langdetect extracts n-grams from. */
  static int[] prepare(String text, int maxLength) {
    String t = removeMails(removeUrls(text));
    int[] out = composeAndCap(t, maxLength);
    return dropLatinIfMostlyOther(out);
  }

  static boolean isUrlChar(char c) {
    return isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '?' || c == '&' || c == '~'
        || c == ';' || c == '+' || c == '=' || c == '/' || c == '#';
  }

  /** {@code [-_.0-9A-Za-z]}: the local part and the tail of the domain. */
  private static boolean isMailChar(char c) {
    return isAlnum(c) || c == '-' || c == '_' || c == '.';
  }

  /** {@code [-_0-9A-Za-z]}: the head of the domain (no dot). */
  private static boolean isMailHeadChar(char c) {
    return isAlnum(c) || c == '-' || c == '_';
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** {@code URL_RE.sub(' ', text)}. */
  static String removeUrls(String t) {
    int i = t.indexOf("http");
    if (i < 0) return t;
    StringBuilder sb = null;
    int copied = 0;
    int n = t.length();
    while (i >= 0) {
      int j = i + 4;
      if (j < n && t.charAt(j) == 's') j++;
      if (t.startsWith("://", j)) {
        int body = j + 3;
        int limit = Math.min(n, body + URL_MAX);
        int end = body;
        while (end < limit && isUrlChar(t.charAt(end))) end++;
        if (end > body) {
          if (sb == null) sb = new StringBuilder(n);
          sb.append(t, copied, i).append(' ');
          copied = end;
          i = t.indexOf("http", end);
          continue;
        }
      }
      i = t.indexOf("http", i + 1);
    }
    if (sb == null) return t;
    return sb.append(t, copied, n).toString();
  }

  /**
   * {@code MAIL_RE.sub(' ', text)}. The local part cannot contain {@code @}, so a match is anchored
   * at an {@code @}: it starts at the earliest position (not before the previous match's end)
   * from which at most 64 local characters reach that {@code @}. The domain is the greedy head run
   * (at most 255) followed by at least one more domain character (at most 255); when the head
   * run is followed by nothing usable, the regex gives its last character back to the tail part,
   * which needs a head run of at least 2.
   */
  static String removeMails(String t) {
    int at = t.indexOf('@');
    if (at < 0) return t;
    StringBuilder sb = null;
    int copied = 0;
    int n = t.length();
    while (at >= 0) {
      int start = at;
      while (start > copied && at - start < MAIL_LOCAL_MAX && isMailChar(t.charAt(start - 1))) {
        start--;
      }
      int end = -1;
      if (start < at) {
        int head = at + 1;
        int h = head;
        int headLimit = Math.min(n, head + MAIL_DOMAIN_MAX);
        while (h < headLimit && isMailHeadChar(t.charAt(h))) h++;
        int headLen = h - head;
        if (headLen >= 1) {
          int tail = h;
          int tailLimit = Math.min(n, h + MAIL_DOMAIN_MAX);
          while (tail < tailLimit && isMailChar(t.charAt(tail))) tail++;
          if (tail > h) {
            end = tail;
          } else if (headLen >= 2) {
            end = h;
          }
        }
      }
      if (end > 0) {
        if (sb == null) sb = new StringBuilder(n);
        sb.append(t, copied, start).append(' ');
        copied = end;
        at = t.indexOf('@', end);
      } else {
        at = t.indexOf('@', at + 1);
      }
    }
    if (sb == null) return t;
    return sb.append(t, copied, n).toString();
  }

  /**
   * Vietnamese composition fused with the length cap and the double-space rule: both only look at
   * the text left to right, so the scan can stop as soon as {@code maxLength} code points of the
   * composed text have been seen (spaces dropped by the rule still count, as in Python).
   */
  static int[] composeAndCap(String t, int maxLength) {
    int n = t.length();
    int[] out = new int[Math.min(n, maxLength)];
    int size = 0;
    int seen = 0;
    int pre = -1; // Python starts with 0, which is not a space
    int i = 0;
    while (i < n && seen < maxLength) {
      int cp = t.codePointAt(i);
      int width = Character.charCount(cp);
      char next;
      if (width == 1 && i + 1 < n && (next = t.charAt(i + 1)) >= 0x0300 && next <= 0x0323) {
        int composed = CharNormalizer.composeVietnamese((char) cp, next);
        if (composed >= 0) {
          cp = composed;
          width = 2;
        }
      }
      i += width;
      seen++;
      if (cp != ' ' || pre != ' ') out[size++] = cp;
      pre = cp;
    }
    return size == out.length ? out : Arrays.copyOf(out, size);
  }

  /**
   * {@code cleaning_text}. langdetect means to exempt Latin Extended Additional from the non-Latin
   * count, but compares the block's number with its name, which never matches: every code point
   * from U+0300 up counts as non-Latin, and so it does here.
   */
  static int[] dropLatinIfMostlyOther(int[] cps) {
    if (!mostlyOther(latinCount(cps), otherCount(cps))) return cps;
    int[] kept = new int[cps.length - latinCount(cps)];
    int k = 0;
    for (int cp : cps) {
      if (cp < 'A' || cp > 'z') kept[k++] = cp;
    }
    return kept;
  }

  /** Whether {@code cleaning_text} drops the {@code 'A'..'z'} characters. */
  static boolean mostlyOther(int latin, int other) {
    return latin * 2L < other;
  }

  // Counted without branches: in running text letters and the rest alternate unpredictably.

  /** How many of {@code cps} are in {@code 'A'..'z'}. */
  static int latinCount(int[] cps) {
    int latin = 0;
    for (int cp : cps) {
      int d = cp - 'A';
      latin += ((d | ('z' - 'A' - d)) >>> 31) ^ 1; // 1 when 0 <= d <= 'z' - 'A'
    }
    return latin;
  }

  /** How many of {@code cps} are at or above U+0300. */
  static int otherCount(int[] cps) {
    int other = 0;
    for (int cp : cps) other += (0x02FF - cp) >>> 31; // 1 when cp >= 0x0300
    return other;
  }
}
