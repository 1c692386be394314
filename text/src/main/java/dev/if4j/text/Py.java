package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python 3 {@code str} semantics that the reference checkers depend on, by code point.
 *
 * <p>Java and Python disagree on what whitespace, letters and "word characters" are, and Java
 * indexes strings by UTF-16 unit where Python indexes by code point. Every checker that ports a
 * Python expression goes through these helpers so that the disagreement is settled in one place.
 */
public final class Py {
  private Py() {}

  /** {@code str.isspace()} for one code point (also what {@code re}'s {@code \s} matches). */
  public static boolean isSpace(int cp) {
    if (cp <= 0x20) {
      return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    if (cp < 0x85) return false;
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** {@code str.isalpha()} for one code point: general categories Lu, Ll, Lt, Lm, Lo. */
  public static boolean isAlpha(int cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
      default -> false;
    };
  }

  /** {@code str.isnumeric()} for one code point (approximated by categories Nd, Nl, No). */
  public static boolean isNumeric(int cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> Character.getNumericValue(cp) >= 0 && Character.getType(cp) == Character.OTHER_LETTER
          && isCjkNumeral(cp);
    };
  }

  private static boolean isCjkNumeral(int cp) {
    // Han characters that Python's unicodedata gives a numeric value (一 二 三 ... 萬 億 ...).
    return "〇一二三四五六七八九十百千万萬億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(cp) >= 0;
  }

  /** {@code str.isalnum()} for one code point. */
  public static boolean isAlnum(int cp) {
    return isAlpha(cp) || isNumeric(cp);
  }

  /** {@code str.isdecimal()} / {@code re}'s {@code \d}: general category Nd. */
  public static boolean isDecimal(int cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /** {@code re}'s {@code \w} for {@code str} patterns: alphanumeric or underscore. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    return isAlnum(cp);
  }

  /**
   * {@code str.isupper()}: at least one cased character, and no cased character is lower or title
   * case.
   */
  public static boolean isUpper(CharSequence s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) return false;
      if (Character.isUpperCase(cp)) cased = true;
    }
    return cased;
  }

  /**
   * {@code str.islower()}: at least one cased character, and no cased character is upper or title
   * case.
   */
  public static boolean isLower(CharSequence s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return false;
      if (Character.isLowerCase(cp)) cased = true;
    }
    return cased;
  }

  /** {@code str.lower()} (full case mapping, locale independent). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code str.upper()} (full case mapping, locale independent). */
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** {@code str.strip()} with no argument: removes Python whitespace at both ends. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) start++;
    while (end > start && isSpace(s.charAt(end - 1))) end--;
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /** {@code str.lstrip()} with no argument. */
  public static String lstrip(String s) {
    int start = 0;
    while (start < s.length() && isSpace(s.charAt(start))) start++;
    return s.substring(start);
  }

  /** {@code str.rstrip()} with no argument. */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) end--;
    return s.substring(0, end);
  }

  /** {@code str.strip(chars)}: removes any of {@code chars} at both ends. */
  public static String strip(String s, String chars) {
    int start = 0;
    int end = s.length();
    while (start < end && chars.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && chars.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** True when {@code str.strip()} would return the empty string. */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) return false;
    }
    return true;
  }

  /** {@code str.split()} with no argument: runs of Python whitespace separate, no empty items. */
  public static List<String> splitWhitespace(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) i++;
      out.add(s.substring(start, i));
    }
    return out;
  }

  /** {@code str.split(sep)}: keeps empty items, including trailing ones (unlike Java's split). */
  public static List<String> split(String s, String sep) {
    if (sep.isEmpty()) throw new IllegalArgumentException("empty separator");
    List<String> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = s.indexOf(sep, from)) >= 0) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /** {@code len(s)}: the number of code points. */
  public static int len(CharSequence s) {
    return Character.codePointCount(s, 0, s.length());
  }

  /** True when the string holds no supplementary characters, so UTF-16 index = code point index. */
  public static boolean isBmp(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) return false;
    }
    return true;
  }
}
