package dev.if4j.text.spacy;

import static dev.if4j.text.spacy.SpacyCharClasses.ALPHA;
import static dev.if4j.text.spacy.SpacyCharClasses.ALPHA_LOWER;
import static dev.if4j.text.spacy.SpacyCharClasses.ALPHA_UPPER;
import static dev.if4j.text.spacy.SpacyCharClasses.CONCAT_QUOTES;
import static dev.if4j.text.spacy.SpacyCharClasses.CURRENCY;
import static dev.if4j.text.spacy.SpacyCharClasses.ICONS;
import static dev.if4j.text.spacy.SpacyCharClasses.LIST_CURRENCY;
import static dev.if4j.text.spacy.SpacyCharClasses.LIST_PUNCT;
import static dev.if4j.text.spacy.SpacyCharClasses.LIST_QUOTES;
import static dev.if4j.text.spacy.SpacyCharClasses.PUNCT;
import static dev.if4j.text.spacy.SpacyCharClasses.UNITS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rule tables of one spaCy language (v3.8): prefix, suffix and infix expressions in spaCy's
 * order, and the tokenizer exceptions (special cases: a string and the tokens it becomes).
 *
 * <p>Built here the way {@code spacy/lang/punctuation.py}, {@code lang/es/punctuation.py},
 * {@code lang/ca/punctuation.py} and the {@code tokenizer_exceptions.py} modules build them, from
 * the character classes of {@link SpacyCharClasses}. The expressions are Java regular expression
 * text; the few Python-only spellings ({@code \U0001F600}) are already converted there.
 */
record SpacyRules(String language, List<String> prefixes, List<String> suffixes,
    List<String> infixes, Map<String, List<String>> exceptions) {

  private static final List<String> ELLIPSES = List.of("\\.\\.+", "\u2026");
  /**
   * {@code LIST_ICONS}. Every rule below is spaCy's, at most rewritten into an equivalent order
   * that tests a cheap condition first (Java tests a class of a few hundred ranges one range at a
   * time, Python with a bitmap): the icon class behind a one-range guard (no icon is below
   * U+00A6 or between U+00B1 and U+0481), and a lookbehind on the character before a literal
   * moved behind that literal ({@code (?<=[x])\\.} as {@code \\.(?<=[x]\\.)}).
   */
  private static final List<String> ICON_CLASS =
      List.of("(?=[\\x{A6}-\\x{B0}\\x{482}-\\x{1FAFF}])[" + ICONS + "]");

  /** {@code spacy.blank("es")}: the base prefixes, Spanish suffixes and infixes, Spanish exceptions. */
  static SpacyRules spanish() {
    String quotes = CONCAT_QUOTES + "\u2014\u2013";
    String units = String.join("|", Arrays.stream(UNITS.split(" "))
        .filter(u -> !u.equals("%")).toList());
    List<String> suffixes = concat(List.of("\u2014", "\u2013"), LIST_PUNCT, ELLIPSES, LIST_QUOTES,
        ICON_CLASS, List.of(
            "(?<=[0-9])\\+",
            "(?<=\u00B0[FfCcKk])\\.",
            "(?<=[0-9])(?:" + CURRENCY + ")",
            "(?<=[0-9])(?:" + units + ")",
            "\\.(?<=" + fast("0-9" + ALPHA_LOWER + "%\u00B2\\-\\+" + PUNCT + "(?:" + quotes + ")") + "\\.)",
            "\\.(?<=" + fast(ALPHA_UPPER) + fast(ALPHA_UPPER) + "\\.)"));
    List<String> infixes = concat(ELLIPSES, ICON_CLASS, List.of(
        "(?<=[0-9])[+\\*^](?=[0-9-])",
        "\\.(?<=" + fast(ALPHA_LOWER + quotes) + "\\.)(?=" + fast(ALPHA_UPPER + quotes) + ")",
        ",(?<=" + fast(ALPHA) + ",)(?=" + fast(ALPHA) + ")",
        "[:<>=/](?<=" + fast(ALPHA + "0-9") + "[:<>=/])(?=" + fast(ALPHA) + ")"));
    return new SpacyRules("es", basePrefixes(), suffixes, infixes,
        SpacyExceptions.withBase(SpacyExceptions.SPANISH));
  }

  /** {@code spacy.blank("ca")}: Catalan prefixes, suffixes (hyphens, elisions) and exceptions. */
  static SpacyRules catalan() {
    String elision = "'\u2019";
    String units = String.join("|", UNITS.replace("% ", "").strip().split(" "));
    List<String> prefixes = concat(
        List.of("\u00A7", "%", "=", "\u2014", "\u2013", "-", "\\+(?![0-9])"),
        LIST_PUNCT, ELLIPSES, LIST_QUOTES, LIST_CURRENCY, ICON_CLASS);
    List<String> infixes = concat(ELLIPSES, ICON_CLASS, List.of(
        "(?<=[0-9])[+\\-\\*^](?=[0-9-])",
        "\\.(?<=" + fast(ALPHA_LOWER + CONCAT_QUOTES) + "\\.)(?=" + fast(ALPHA_UPPER + CONCAT_QUOTES) + ")",
        ",(?<=" + fast(ALPHA) + ",)(?=" + fast(ALPHA) + ")",
        "[:<>=/](?<=" + fast(ALPHA + "0-9") + "[:<>=/])(?=" + fast(ALPHA) + ")",
        "(?<=[" + elision + "])(?<=" + fast(ALPHA) + "[" + elision + "])(?=" + fast(ALPHA + "0-9") + ")",
        "('ls|'l|'ns|'t|'m|'n|-les|-la|-lo|-li|-los|-me|-nos|-te|-vos|-se|-hi|-ne|-ho)(?![A-Za-z])"
            + "|(-l'|-m'|-t'|-n')"));
    List<String> suffixes = concat(LIST_PUNCT, ELLIPSES, LIST_QUOTES, ICON_CLASS,
        List.of("-", "\u2014", "\u2013"), List.of(
            "(?<=[0-9])\\+",
            "(?<=\u00B0[FfCcKk])\\.",
            "(?<=[0-9])(?:" + CURRENCY + ")",
            "(?<=[0-9])(?:" + units + ")",
            "\\.(?<=" + fast("0-9" + ALPHA_LOWER + "%\u00B2\\-\\+" + PUNCT + "(?:" + CONCAT_QUOTES + ")") + "\\.)",
            "\\.(?<=" + fast(ALPHA_UPPER) + fast(ALPHA_UPPER) + "\\.)"));
    return new SpacyRules("ca", prefixes, suffixes, infixes,
        SpacyExceptions.withBase(SpacyExceptions.CATALAN));
  }

  /** {@code spacy/lang/punctuation.py}'s {@code TOKENIZER_PREFIXES} (Spanish keeps them). */
  private static List<String> basePrefixes() {
    return concat(List.of("\u00A7", "%", "=", "\u2014", "\u2013", "\\+(?![0-9])"),
        LIST_PUNCT, ELLIPSES, LIST_QUOTES, LIST_CURRENCY, ICON_CLASS);
  }

  /**
   * The character class {@code [body]}, decided by a table for the first 256 code points (Java
   * tests a class of many ranges one range at a time, which makes a miss on a huge class slow;
   * Spanish and Catalan text is nearly all Latin-1), and by the class itself above them.
   */
  static String fast(String body) {
    Pattern whole = Pattern.compile("[" + body + "]");
    StringBuilder latin1 = new StringBuilder();
    for (char c = 0; c < 256; c++) {
      if (whole.matcher(String.valueOf(c)).matches()) latin1.append(String.format("\\x{%X}", (int) c));
    }
    String above = "(?=[^\\x{0}-\\x{FF}])[" + body + "]";
    return latin1.isEmpty() ? above : "(?:[" + latin1 + "]|" + above + ")";
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The special cases as given, plus each one holding {@code '} again with {@code ’} in its place
   * (spaCy's {@code update_exc}; the copy wins over an entry of that spelling).
   */
  static Map<String, List<String>> withCurlyApostrophes(Map<String, List<String>> exceptions) {
    Map<String, List<String>> out = new LinkedHashMap<>(exceptions);
    for (Map.Entry<String, List<String>> e : exceptions.entrySet()) {
      if (!e.getKey().contains("'")) continue;
      List<String> pieces = new ArrayList<>();
      for (String p : e.getValue()) pieces.add(p.replace('\'', '\u2019'));
      out.put(e.getKey().replace('\'', '\u2019'), List.copyOf(pieces));
    }
    return out;
  }
}
