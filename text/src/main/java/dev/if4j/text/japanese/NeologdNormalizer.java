package dev.if4j.text.japanese;

import dev.if4j.text.Py;
import java.text.Normalizer;

/**
 * ja_sentence_segmenter 0.0.2's {@code normalize} ({@code normalize/neologd_normalizer.py}, after
 * mecab-ipadic-neologd's rules): full-width ASCII and half-width katakana to their NFKC forms,
 * hyphens and long-vowel marks unified, tildes to {@code ～}, ASCII punctuation to full width and
 * most of it back, spaces collapsed and removed between Japanese characters (and between Japanese
 * and ASCII).
 *
 * <p>Each step is a single left-to-right pass (the upstream regular expressions are character
 * classes and runs of them), so the whole is linear in the text.
 */
public final class NeologdNormalizer {
  private NeologdNormalizer() {}

  private static final String HYPHENS = "˗֊‐‑‒–⁃⁻₋−";
  private static final String CHOONPUS = "﹣－ｰ—―─━ー";
  private static final String TILDES = "~∼∾〜〰～";
  private static final String TRANSLATE_FROM = "!\"#$%&'()*+,-./:;<=>?@[¥]^_`{|}~｡､･｢｣";
  private static final String TRANSLATE_TO = "！”＃＄％＆’（）＊＋，－．／：；＜＝＞？＠［￥］＾＿｀｛｜｝〜。、・「」";
  /** The characters NFKC'd back after the translation: all but ＝, ・, 「 and 」. */
  private static final String BACK_TO_ASCII = "！”＃＄％＆’（）＊＋，－．／：；＜＞？＠［￥］＾＿｀｛｜｝〜";

  /** {@code __normalize_neologd(text, remove_tildes=False)}. */
  public static String normalize(String text) {
    String s = Py.strip(text);
    s = nfkcRuns(s, NeologdNormalizer::isWideAlnumOrHalfKana);
    s = s.replace('－', '-');
    s = collapseRuns(s, HYPHENS, '-');
    s = collapseRuns(s, CHOONPUS, 'ー');
    s = mapEach(s, TILDES, "～～～～～～");
    s = mapEach(s, TRANSLATE_FROM, TRANSLATE_TO);
    s = removeExtraSpaces(s);
    s = nfkcRuns(s, c -> BACK_TO_ASCII.indexOf(c) >= 0);
    s = s.replace('’', '\'').replace('”', '"');
    return s;
  }

  /** {@code ０-９Ａ-Ｚａ-ｚ｡-ﾟ}. */
  private static boolean isWideAlnumOrHalfKana(char c) {
    return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
        || (c >= '｡' && c <= 'ﾟ');
  }

  private interface CharClass {
    boolean has(char c);
  }

  /** {@code __unicode_normalize(cls, s)}: NFKC applied to each maximal run of {@code cls}. */
  private static String nfkcRuns(String s, CharClass cls) {
    StringBuilder out = null;
    int n = s.length();
    int copied = 0;
    for (int i = 0; i < n; ) {
      if (!cls.has(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && cls.has(s.charAt(end))) end++;
      String run = s.substring(i, end);
      String norm = Normalizer.normalize(run, Normalizer.Form.NFKC);
      if (!norm.equals(run)) {
        if (out == null) out = new StringBuilder(n);
        out.append(s, copied, i).append(norm);
        copied = end;
      }
      i = end;
    }
    if (out == null) return s;
    return out.append(s, copied, n).toString();
  }

  /** {@code re.sub("[chars]+", replacement, s)}. */
  private static String collapseRuns(String s, String chars, char replacement) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        while (i < n && chars.indexOf(s.charAt(i)) >= 0) i++;
        out.append(replacement);
      } else {
        out.append(s.charAt(i++));
      }
    }
    return out.toString();
  }

  /** {@code str.translate} of single BMP characters: {@code from[i]} becomes {@code to[i]}. */
  private static String mapEach(String s, String from, String to) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int at = from.indexOf(chars[i]);
      if (at >= 0) chars[i] = to.charAt(at);
    }
    return new String(chars);
  }

  /**
   * {@code __remove_extra_spaces}: runs of spaces and ideographic spaces become one space, and a
   * space goes when a Japanese character stands on one side and a Japanese or ASCII character on
   * the other. Spaces are single once collapsed, so each space's neighbours are final and the
   * upstream's repeated substitutions come to this one test per space.
   */
  private static String removeExtraSpaces(String s) {
    StringBuilder collapsed = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c == ' ' || c == '　') {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '　')) i++;
        collapsed.append(' ');
      } else {
        collapsed.append(c);
        i++;
      }
    }
    StringBuilder out = new StringBuilder(collapsed.length());
    int m = collapsed.length();
    for (int i = 0; i < m; i++) {
      char c = collapsed.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < m) {
        char before = collapsed.charAt(i - 1);
        char after = collapsed.charAt(i + 1);
        boolean jb = isJapaneseBlock(before);
        boolean ja = isJapaneseBlock(after);
        if ((jb && (ja || after < 0x80)) || (before < 0x80 && ja)) continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** CJK ideographs, hiragana, katakana, CJK symbols and punctuation, half- and full-width forms. */
  private static boolean isJapaneseBlock(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
  }
}
