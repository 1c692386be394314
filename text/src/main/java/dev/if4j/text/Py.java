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

  /** The first position at or after {@code i} that is not Python whitespace ({@link #isSpace}). */
  public static int skipSpace(String s, int i) {
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) i++;
    return i;
  }

  /**
   * Where the next maximal run of {@code \w} characters (a {@code re.finditer(r"\w+", s)} match)
   * starts at or after {@code i}; {@code s.length()} when there is none. With {@link #wordRunEnd},
   * it walks the runs by code point, without a regex.
   */
  public static int wordRunStart(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isWordChar(cp)) return i;
      i += Character.charCount(cp);
    }
    return n;
  }

  /** The end of the run of {@code \w} characters that starts at {@code i}. */
  public static int wordRunEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) return i;
      i += Character.charCount(cp);
    }
    return n;
  }

  /**
   * {@code str.isupper()}: at least one cased character, and no cased character is lower or title
   * case.
   */
  public static boolean isUpper(CharSequence s) {
    return onlyCase(s.toString(), 0, s.length(), UPPER, LOWER | TITLE);
  }

  /** {@link #isUpper} of {@code s[from:to]}, without cutting it out. */
  public static boolean isUpper(CharSequence s, int from, int to) {
    return onlyCase(s, from, to, UPPER, LOWER | TITLE);
  }

  /** Whether {@code cp} is an upper-case character (one that {@link #isUpper} looks for). */
  public static boolean isUpperCaseChar(int cp) {
    return (caseOf(cp) & UPPER) != 0;
  }

  /** Whether {@code cp} is a lower-case character (one that {@link #isLower} looks for). */
  public static boolean isLowerCaseChar(int cp) {
    return (caseOf(cp) & LOWER) != 0;
  }

  /**
   * {@code str.islower()}: at least one cased character, and no cased character is upper or title
   * case.
   */
  public static boolean isLower(CharSequence s) {
    return onlyCase(s.toString(), 0, s.length(), LOWER, UPPER | TITLE);
  }

  /** {@link #isLower} of {@code s[from:to]}, without cutting it out. */
  public static boolean isLower(CharSequence s, int from, int to) {
    return onlyCase(s, from, to, LOWER, UPPER | TITLE);
  }

  /**
   * True when {@code s} has a character of case {@code wanted} and none of case {@code unwanted}.
   * ASCII is told apart by its ranges: the case checks scan whole answers (an answer in capitals
   * is read to its end), mostly in a short run's interpreter, where a lookup per char cost 20 ns.
   */
  private static boolean onlyCase(CharSequence text, int from, int n, int wanted, int unwanted) {
    boolean cased = false;
    for (int i = from; i < n; i++) {
      char ch = text.charAt(i);
      int c;
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        c = computeCase(Character.toCodePoint(ch, text.charAt(++i)));
      } else {
        c = caseOf(ch);
      }
      if ((c & unwanted) != 0) return false;
      if ((c & wanted) != 0) cased = true;
    }
    return cased;
  }

  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int TITLE = 4;

  /**
   * The case bits of every BMP code point, looked up: a text in a script without case is scanned
   * to its end by {@link #isLower} and {@link #isUpper}, and the JDK's predicates walk several
   * tables each for every char. Made by blocks as the texts need them ({@link BmpTable}).
   */
  private static final BmpTable CASE = new BmpTable(Py::computeCase);

  /** The case bits of {@code cp}: ASCII by its ranges, the rest of the BMP looked up. */
  private static int caseOf(int cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? LOWER : cp >= 'A' && cp <= 'Z' ? UPPER : 0;
    return cp < 0x10000 ? CASE.get((char) cp) : computeCase(cp);
  }

  private static int computeCase(int cp) {
    return (Character.isUpperCase(cp) ? UPPER : 0) | (Character.isLowerCase(cp) ? LOWER : 0)
        | (Character.isTitleCase(cp) ? TITLE : 0);
  }

  /** {@code str.lower()}: full case mapping, with Python's final-sigma rule (see {@link PyLower}). */
  public static String lower(String s) {
    return PyLower.lower(s);
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

  /**
   * Where {@code seq[index]} lands in a sequence of {@code size} items: negative indexes count from
   * the end, as in Python; -1 where Python raises IndexError.
   */
  public static int index(long index, int size) {
    long i = index < 0 ? index + size : index;
    return i < 0 || i >= size ? -1 : (int) i;
  }

  /**
   * Python's {@code str} ordering ({@code <}, {@code sorted}): by code point, which differs from
   * {@link String#compareTo}'s UTF-16 order above U+FFFF.
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  // --- str predicates on whole strings, string constants, unicodedata (IFBench text layer) ---

  /** Python's {@code string.punctuation}: the 32 ASCII punctuation characters. */
  public static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Python's {@code string.digits}. */
  public static final String DIGITS = "0123456789";

  /** True when {@code cp} is one of {@link #PUNCTUATION}. */
  public static boolean isPunctuation(int cp) {
    return cp < 0x80 && cp > 0x20 && PUNCTUATION.indexOf(cp) >= 0;
  }

  /**
   * {@code str.isdigit()} for one code point: Numeric_Type Decimal (category Nd) or Digit.
   *
   * <p>The Digit code points (superscripts, circled and parenthesised digits, Ethiopic, Kharoshthi,
   * Rumi, Brahmi digits...) have no Java predicate of their own: Java's {@code getNumericValue}
   * also gives 0..9 to CJK circled ideographs that Python does not count as digits. They are
   * listed here as ranges, as Python 3.11's Unicode 14 tables give them (measured: with these,
   * {@code isdigit} agrees with Python on every code point assigned in Unicode 14).
   */
  public static boolean isDigit(int cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    if (isDecimal(cp)) return true;
    for (int k = 0; k < DIGIT_RANGES.length; k += 2) {
      if (cp < DIGIT_RANGES[k]) return false;
      if (cp <= DIGIT_RANGES[k + 1]) return true;
    }
    return false;
  }

  /** Numeric_Type=Digit, as sorted inclusive ranges. */
  private static final int[] DIGIT_RANGES = {
    0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
    0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA,
    0x24F5, 0x24FD, 0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792,
    0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A, 0x1F100, 0x1F10A,
  };

  /** {@code s.isdigit()}: not empty, and every code point is a digit ({@link #isDigit(int)}). */
  public static boolean isDigit(CharSequence s) {
    return allCodePoints(s, 0);
  }

  /** {@code s.isdecimal()}: not empty, and every code point is in category Nd. */
  public static boolean isDecimal(CharSequence s) {
    return allCodePoints(s, 1);
  }

  /** {@code s.isalnum()}: not empty, and every code point is {@link #isAlnum(int)}. */
  public static boolean isAlnum(CharSequence s) {
    return allCodePoints(s, 2);
  }

  /** {@code s.isalpha()}: not empty, and every code point is {@link #isAlpha(int)}. */
  public static boolean isAlpha(CharSequence s) {
    return allCodePoints(s, 3);
  }

  private static boolean allCodePoints(CharSequence s, int test) {
    int n = s.length();
    if (n == 0) return false;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      boolean ok =
          switch (test) {
            case 0 -> isDigit(cp);
            case 1 -> isDecimal(cp);
            case 2 -> isAlnum(cp);
            default -> isAlpha(cp);
          };
      if (!ok) return false;
    }
    return true;
  }

  /**
   * {@code s.translate(str.maketrans('', '', chars))}: {@code s} without any code point of {@code
   * chars} (e.g. {@code deleteChars(s, PUNCTUATION)}).
   */
  public static String deleteChars(String s, String chars) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int w = Character.charCount(cp);
      if (chars.indexOf(cp) >= 0) {
        if (sb == null) sb = new StringBuilder(n).append(s, 0, i);
      } else if (sb != null) {
        sb.append(s, i, i + w);
      }
      i += w;
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * {@code unicodedata.normalize('NFKD', s)}.
   *
   * <p>Java's normalizer follows the Unicode version of the running JDK (15.1 for JDK 21, 16.0 for
   * JDK 25) while Python 3.11 uses Unicode 14.0. Decompositions of assigned characters never change
   * (Unicode's stability policy), so the two differ only on characters assigned after 14.0, which
   * Python leaves as they are. Measured over all code points on JDK 25: 118 differ, all unassigned
   * in Unicode 14 (U+1E030..U+1E06D Cyrillic modifier letters, U+1CCD6..U+1CCF9 outlined letters
   * and digits, and composed letters of the Unicode 16 scripts). The same holds for the other
   * predicates here ({@code isalpha}, {@code isdigit}, {@code lower()}...): they agree with Python
   * on every code point assigned in Unicode 14.
   */
  public static String nfkd(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
  }
}
