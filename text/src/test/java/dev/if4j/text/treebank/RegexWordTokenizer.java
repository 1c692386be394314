package dev.if4j.text.treebank;

import dev.if4j.text.Py;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct transliteration of NLTK 3.8's {@code NLTKWordTokenizer} rules into {@code
 * java.util.regex}, with Python's {@code \w}, {@code \s}, {@code \d}, {@code \b} and {@code $}
 * spelled out. Too slow for production (about 30 regex passes, one of them quadratic on long space
 * runs), but short enough to check by eye against NLTK: the oracle that the hand-written {@link
 * NltkWordTokenizer} is compared with on generated text.
 */
final class RegexWordTokenizer {
  /**
   * Python's {@code \w} for {@code str} patterns, as the inside of a character class. The literal
   * U+10FFFF (a noncharacter, never in test text) is there for its side effect: a pattern holding a
   * supplementary character makes java.util.regex step over surrogate pairs in look-behinds, so
   * that a letter like U+1D400 before a word counts as a word character, as in Python.
   */
  static final String WORD = "\\p{L}\\p{N}_\uDBFF\uDFFF";

  /** Python's {@code \s} for {@code str} patterns, as the inside of a character class. */
  static final String SPACE =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

  private static final String NOT_AFTER_WORD = "(?<![" + WORD + "])";
  private static final String NOT_BEFORE_WORD = "(?![" + WORD + "])";

  /** One rewrite: every match of {@code pattern} becomes {@code replacement} (Java syntax). */
  private record Rule(Pattern pattern, String replacement) {
    static Rule of(String regex, String replacement) {
      return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES), replacement);
    }

    String apply(String text) {
      Matcher m = pattern.matcher(text);
      return m.find() ? m.replaceAll(replacement) : text;
    }
  }

  // Opening quotes: guillemets and curly quotes stand alone, a leading " becomes ``.
  private static final Rule[] STARTING_QUOTES = {
    Rule.of("([«“‘„]|`+)", " $1 "),
    Rule.of("^\"", "``"),
    Rule.of("(``)", " $1 "),
    Rule.of("([ (\\[{<])(\"|'{2})", "$1 `` "),
    // An apostrophe before a one-letter word that is not a clitic ('a -> ' a).
    Rule.of("(?iu)(')(?!re|ve|ll|m|t|s|d|n)([" + WORD + "])" + NOT_BEFORE_WORD, "$1 $2"),
  };

  private static final Rule FINAL_PERIOD_WIDE =
      Rule.of("([^.])(\\.)([\\]\\)}>\"'»”’ ]*)[" + SPACE + "]*$", "$1 $2 $3 ");
  private static final Rule FINAL_PERIOD =
      Rule.of("([^.])(\\.)([\\]\\)}>\"']*)[" + SPACE + "]*$", "$1 $2$3 ");

  // Punctuation between the two final-period rules.
  private static final Rule[] PUNCTUATION_MIDDLE = {
    Rule.of("([:,])([^\\p{Nd}])", " $1 $2"),
    Rule.of("([:,])$", " $1 "),
    Rule.of("\\.{2,}", " $0 "),
    Rule.of("[;@#$%&]", " $0 "),
  };

  private static final Rule[] PUNCTUATION_AFTER = {
    Rule.of("[?!]", " $0 "),
    Rule.of("([^'])' ", "$1 ' "),
    Rule.of("[*]", " $0 "),
    // Brackets of every kind.
    Rule.of("[\\]\\[(){}<>]", " $0 "),
    Rule.of("--", " -- "),
  };

  // Applied to " " + text + " ", so that clitics at either end see a space.
  private static final Rule[] ENDING_QUOTES = {
    Rule.of("([»”’])", " $1 "),
    Rule.of("''", " '' "),
    Rule.of("\"", " '' "),
    Rule.of("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
    Rule.of("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 "),
  };

  // Robert MacIntyre's two-part contractions (cannot -> can not, gonna -> gon na...).
  private static final Rule[] CONTRACTIONS = {
    contraction("(can)(not)" + NOT_BEFORE_WORD),
    contraction("(d)('ye)" + NOT_BEFORE_WORD),
    contraction("(gim)(me)" + NOT_BEFORE_WORD),
    contraction("(gon)(na)" + NOT_BEFORE_WORD),
    contraction("(got)(ta)" + NOT_BEFORE_WORD),
    contraction("(lem)(me)" + NOT_BEFORE_WORD),
    contraction("(more)('n)" + NOT_BEFORE_WORD),
    contraction("(wan)(na)(?=[" + SPACE + "])"),
    Rule.of("(?iu) ('t)(is)" + NOT_BEFORE_WORD, " $1 $2 "),
    Rule.of("(?iu) ('t)(was)" + NOT_BEFORE_WORD, " $1 $2 "),
  };

  private static Rule contraction(String body) {
    return Rule.of("(?iu)" + NOT_AFTER_WORD + body, " $1 $2 ");
  }

  /** {@code NLTKWordTokenizer().tokenize(sentence)}: the tokens of one sentence. */
  List<String> tokenize(String sentence) {
    return Py.splitWhitespace(pad(sentence));
  }

  /** The sentence after every rewrite, before the whitespace split. */
  String pad(String text) {
    for (Rule r : STARTING_QUOTES) text = r.apply(text);
    text = FINAL_PERIOD_WIDE.apply(text);
    for (Rule r : PUNCTUATION_MIDDLE) text = r.apply(text);
    text = FINAL_PERIOD.apply(text);
    for (Rule r : PUNCTUATION_AFTER) text = r.apply(text);
    text = " " + text + " ";
    for (Rule r : ENDING_QUOTES) text = r.apply(text);
    for (Rule r : CONTRACTIONS) text = r.apply(text);
    return text;
  }
}
