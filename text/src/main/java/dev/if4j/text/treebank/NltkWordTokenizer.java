package dev.if4j.text.treebank;

import dev.if4j.text.AsciiWordSet;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import java.util.ArrayList;
import java.util.List;

/**
 * NLTK 3.8's {@code word_tokenize}: the "improved" Treebank word tokenizer ({@code
 * NLTKWordTokenizer}) applied to each sentence that Punkt found.
 *
 * <p>NLTK's tokenizer is a cascade of about thirty regular-expression rewrites that pad
 * punctuation, quotes and clitics with spaces, followed by a whitespace split. The order matters
 * (later rewrites see the padding of earlier ones), so this class keeps the cascade, rewrite for
 * rewrite, but runs each one as a hand-written scan: the regex version ran at about 2 MB/s, and one
 * of NLTK's patterns ({@code [...]*\s*$}) backtracks quadratically on long runs of spaces. A
 * rewrite whose trigger characters do not occur in the sentence is skipped.
 *
 * <p>Python semantics throughout: code points, Python's {@code \w} ({@link Py#isWordChar}), {@code
 * \s} ({@link Py#isSpace}), {@code \d} ({@link Py#isDecimal}), {@code re.IGNORECASE} ({@link
 * IgnoreCase}), and {@code $} meaning "at the end, or before a final newline". The test suite
 * compares every rewrite with a plain regex transliteration of NLTK's rules.
 *
 * <p>Immutable and thread-safe.
 */
public final class NltkWordTokenizer {
  private static final NltkWordTokenizer INSTANCE = new NltkWordTokenizer();

  private NltkWordTokenizer() {}

  public static NltkWordTokenizer instance() {
    return INSTANCE;
  }

  /** {@code nltk.word_tokenize(text)} given Punkt's sentences of {@code text}. */
  public List<String> wordTokenize(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) out.addAll(tokenize(s));
    return out;
  }

  /** {@code NLTKWordTokenizer().tokenize(sentence)}: the tokens of one sentence. */
  public List<String> tokenize(String sentence) {
    return Py.splitWhitespace(pad(sentence));
  }

  // Trigger characters and pairs, one bit each, found by one scan of the sentence. The rewrites
  // only insert spaces (and turn " into `` or ''), so what is absent here cannot appear later,
  // except the pairs a double quote turns into, which pad() adds.
  private static final int OPEN_QUOTES = 1; // « “ ‘ „
  private static final int BACKTICK = 1 << 1;
  private static final int DOUBLE_QUOTE = 1 << 2;
  private static final int APOSTROPHE = 1 << 3;
  private static final int PERIOD = 1 << 4;
  private static final int COLON_COMMA = 1 << 5;
  private static final int SYMBOLS = 1 << 6; // ; @ # $ % &
  private static final int QUESTION_BANG = 1 << 7;
  private static final int STAR = 1 << 8;
  private static final int BRACKETS = 1 << 9;
  private static final int HYPHEN = 1 << 10;
  private static final int CLOSE_QUOTES = 1 << 11; // » ” ’
  private static final int TWO_BACKTICKS = 1 << 12;
  private static final int TWO_APOSTROPHES = 1 << 13;
  private static final int TWO_PERIODS = 1 << 14;
  private static final int TWO_HYPHENS = 1 << 15;
  /** Contraction {@code k} may occur: bit {@code CONTRACTION << k}. */
  private static final int CONTRACTION = 1 << 16;

  /** Scan-only mark of the letters that end a contraction's telltale pair. */
  private static final int PAIR_END = 1 << 31;

  private static final int[] ASCII_TRIGGERS = new int[128];

  static {
    mark("`", BACKTICK);
    mark("\"", DOUBLE_QUOTE);
    mark("'", APOSTROPHE);
    mark(".", PERIOD);
    mark(":,", COLON_COMMA);
    mark(";@#$%&", SYMBOLS);
    mark("?!", QUESTION_BANG);
    mark("*", STAR);
    mark("[](){}<>", BRACKETS);
    mark("-", HYPHEN);
    mark("nNmMtTyY", PAIR_END);
  }

  private static void mark(String chars, int bit) {
    for (char c : chars.toCharArray()) ASCII_TRIGGERS[c] |= bit;
  }

  private static int triggers(String s) {
    int mask = 0;
    int n = s.length();
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        int t = ASCII_TRIGGERS[c];
        if (t == 0) {
          prev = c;
          continue;
        }
        if ((t & PAIR_END) != 0) {
          // A contraction has one of the pairs nn mm tt 'y 'n 't (all ASCII: only i, s and k have
          // case-insensitive equivalents outside ASCII): look at the word around each pair.
          int lc = c | 0x20;
          if ((prev | 0x20) == lc) mask |= contractionsAroundDoubleLetter(s, i - 1, lc);
          else if (prev == '\'') mask |= contractionsAfterApostrophe(s, i - 1, lc);
        } else if (c == prev) {
          t |= switch (c) {
            case '`' -> TWO_BACKTICKS;
            case '\'' -> TWO_APOSTROPHES;
            case '.' -> TWO_PERIODS;
            case '-' -> TWO_HYPHENS;
            default -> 0;
          };
        }
        mask |= t & ~PAIR_END;
      } else {
        switch (c) {
          case '«', '“', '‘', '„' -> mask |= OPEN_QUOTES;
          case '»', '”', '’' -> mask |= CLOSE_QUOTES;
          default -> { }
        }
      }
      prev = c;
    }
    return mask;
  }

  /** Contractions whose letters 2 and 3 are the pair at {@code at} (can-not, gon-na, gim-me...). */
  private static int contractionsAroundDoubleLetter(String s, int at, int letter) {
    int start = at - 2;
    if (start < 0) return 0;
    int found = 0;
    for (int k = 0; k < CONTRACTIONS.length; k++) {
      String word = CONTRACTIONS[k].word;
      if (!CONTRACTIONS[k].leadingSpace && word.length() > 3 && word.charAt(2) == letter
          && word.charAt(3) == letter && regionMatchesIgnoreCase(s, start, word)) {
        found |= CONTRACTION << k;
      }
    }
    return found;
  }

  /** Contractions with an apostrophe then {@code letter} at {@code at} (d'ye, more'n, 'tis...). */
  private static int contractionsAfterApostrophe(String s, int at, int letter) {
    int found = 0;
    for (int k = 0; k < CONTRACTIONS.length; k++) {
      String word = CONTRACTIONS[k].word;
      // The space before 'tis may come from an earlier contraction: look for the rest only.
      if (CONTRACTIONS[k].leadingSpace) word = word.substring(1);
      int offset = word.indexOf('\'');
      if (offset < 0 || offset + 1 >= word.length() || word.charAt(offset + 1) != letter) continue;
      int start = at - offset;
      if (start >= 0 && regionMatchesIgnoreCase(s, start, word)) found |= CONTRACTION << k;
    }
    return found;
  }

  /**
   * How many tokens of {@code sentence} are {@code str.isupper()} (have a cased character and no
   * lower- or title-case one), mostly without rewriting the sentence.
   *
   * <p>The rewrites insert spaces and turn " into `` or '', so each token lies within one run of
   * non-space characters, and an upper-case token comes from a run with a capital. Each rule sees
   * at most one character on either side of a run (the space or newline around it) except at the
   * sentence's ends: the final-period rules ({@code [C]*\s*$}, where C holds closing brackets and
   * quotes, and spaces once) reach from the last run that is not all closers to the end, and {@code
   * ^"} sees the first run. So a run's tokens depend on its characters, the characters just around
   * it, and whether it starts the sentence or begins its tail. Runs of ASCII letters and digits
   * (no contraction such as "gonna"), alone or before one mark that is always split off, are read
   * directly; any other run that may hold a counted token is tokenized in its context: the
   * characters around it, with "x" standing for the rest.
   */
  public int countUpperCaseTokens(String sentence) {
    return countTokens(sentence, Py::isUpper, Holding.CAPITAL, false);
  }

  /**
   * Whether some token of {@code sentence} passes {@code test}, which passes only tokens with a
   * lower-case character; mostly without rewriting the sentence (see {@link #countUpperCaseTokens}).
   */
  public boolean hasLowerCaseTokenWhere(String sentence, TokenTest test) {
    return countTokens(sentence, test, Holding.LOWER_CASE, true) > 0;
  }

  /** A test of a token, read on the region of a text that holds it. */
  @FunctionalInterface
  public interface TokenTest {
    boolean test(CharSequence s, int from, int to);
  }

  /**
   * A sentence is tokenized whole once more than one in this many of its runs read so far (and
   * more than one) needed their context: a context's rewrite costs several times a run's share of
   * the sentence's.
   */
  private static final int CONTEXT_SHARE = 4;

  /** What a token must hold to pass a test: runs without it are not read. */
  private enum Holding { CAPITAL, LOWER_CASE }

  /**
   * The tokens of {@code sentence} that pass {@code test} (up to the first one when {@code
   * first}); no token of one punctuation mark passes, and none without what {@code holding} names.
   */
  private int countTokens(String sentence, TokenTest test, Holding holding, boolean first) {
    int n = sentence.length();
    int lead = Py.skipSpace(sentence, 0);
    int tail = tailStart(sentence, lead);
    int count = 0;
    int runs = 0;
    int inContext = 0;
    for (int i = lead; i < n; ) {
      int start = i;
      boolean capital = false;
      boolean lower = false;
      for (char c; i < n && isAsciiLetterOrDigit(c = sentence.charAt(i)); i++) {
        capital |= c <= 'Z' && c >= 'A';
        lower |= c >= 'a';
      }
      int alnumEnd = i;
      while (i < n) {
        char c = sentence.charAt(i);
        if (c < 0x80) {
          if (c <= ' ' && Py.isSpace(c)) break;
          capital |= c >= 'A' && c <= 'Z';
          lower |= c >= 'a' && c <= 'z';
          i++;
        } else {
          int cp = sentence.codePointAt(i);
          if (Py.isSpace(cp)) break;
          capital |= Py.isUpperCaseChar(cp);
          lower |= Py.isLowerCaseChar(cp);
          i += Character.charCount(cp);
        }
      }
      int end = i;
      i = Py.skipSpace(sentence, end);
      boolean holds = holding == Holding.CAPITAL ? capital : lower;
      if (!holds) continue;
      boolean isTail = start == tail;
      runs++;
      int found = runCount(sentence, start, alnumEnd, end, isTail && i == n, isTail, test);
      // A run that is both first and the tail's start has the whole sentence as its context; and
      // where many runs need theirs (markup, code, quotes), one pass over the sentence costs less.
      if (found < 0 && !(isTail && start == lead) && ++inContext * CONTEXT_SHARE <= runs + CONTEXT_SHARE) {
        found = countInContext(sentence, start, end, start == lead, isTail, test);
      }
      if (found < 0) return countIn(tokenize(sentence), test);
      count += found;
      if (first && count > 0) return count;
    }
    return count;
  }

  /**
   * The tokens passing {@code test} of the run {@code s[start, end)} read directly (its first
   * {@code alnumEnd - start} characters are ASCII letters and digits), or -1 where the run needs
   * its context. {@code last}: nothing but space follows; {@code isTail}: the run begins the
   * sentence's tail.
   */
  private static int runCount(String s, int start, int alnumEnd, int end, boolean last, boolean isTail,
      TokenTest test) {
    if (alnumEnd == start || isLetterContraction(s, start, alnumEnd)) return -1;
    if (alnumEnd == end) return test.test(s, start, end) ? 1 : 0;
    if (alnumEnd + 1 != end || (isTail && !last)) return -1;
    return switch (s.charAt(alnumEnd)) {
      // Split off wherever they are (',' and ':' because a space or the end follows).
      case ',', ':', ';', '?', '!', '@', '#', '$', '%', '&' -> test.test(s, start, alnumEnd) ? 1 : 0;
      // A period is split off at the end only; elsewhere the token keeps it.
      case '.' -> test.test(s, start, last ? alnumEnd : end) ? 1 : 0;
      default -> -1;
    };
  }

  /**
   * The tokens passing {@code test} of the run {@code s[start, end)}, from the tokens of the run
   * with the characters that rules can see around it: the sentence's start when the run is first,
   * one space character and "x" otherwise; the rest of the sentence when the run begins its tail,
   * one space character and "x" otherwise. -1 if an "x" does not come back as a token of its own.
   */
  private int countInContext(String s, int start, int end, boolean first, boolean isTail, TokenTest test) {
    StringBuilder context = new StringBuilder(end - start + 8);
    if (first) context.append(s, 0, start);
    else context.append('x').append(s.charAt(start - 1));
    context.append(s, start, end);
    if (isTail) context.append(s, end, s.length());
    else context.append(s.charAt(end)).append('x');
    List<String> tokens = tokenize(context.toString());
    int from = first ? 0 : 1;
    int to = isTail ? tokens.size() : tokens.size() - 1;
    if (from > to || (!first && !tokens.get(0).equals("x")) || (!isTail && !tokens.get(to).equals("x"))) {
      return -1;
    }
    return countIn(tokens.subList(from, to), test);
  }

  private static int countIn(List<String> tokens, TokenTest test) {
    int count = 0;
    for (String t : tokens) {
      if (test.test(t, 0, t.length())) count++;
    }
    return count;
  }

  /**
   * The start of the sentence's last run that is not all closing brackets and quotes (the
   * final-period rules' {@code C}), or the sentence's length if there is none.
   */
  private static int tailStart(String s, int lead) {
    int i = s.length();
    while (i > lead) {
      while (i > lead && Py.isSpace(s.charAt(i - 1))) i--;
      int end = i;
      boolean closers = true;
      while (i > lead && !Py.isSpace(s.charAt(i - 1))) {
        closers &= AFTER_FINAL_PERIOD_WIDE.indexOf(s.charAt(i - 1)) >= 0;
        i--;
      }
      if (!closers && i < end) return i;
    }
    return s.length();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return AsciiWordSet.isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /** Whether {@code s[start:end]} is, in any case, a contraction without an apostrophe (gonna). */
  private static boolean isLetterContraction(String s, int start, int end) {
    // Most runs are ruled out by their length alone (a run is read once per count).
    if (end - start < SHORTEST_LETTER_CONTRACTION || end - start > LONGEST_LETTER_CONTRACTION) return false;
    for (Contraction c : CONTRACTIONS) {
      String word = c.word;
      if (word.length() == end - start && word.indexOf('\'') < 0
          && s.regionMatches(true, start, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The sentence after every rewrite, before the whitespace split. */
  String pad(String text) {
    int has = triggers(text);
    // A double quote turns into `` (at the start) or '' (at the end, once no rule looks for '').
    if ((has & DOUBLE_QUOTE) != 0) has |= BACKTICK | TWO_BACKTICKS;

    // Starting quotes.
    if ((has & (OPEN_QUOTES | BACKTICK)) != 0) text = padOpenQuotesAndBackticks(text);
    if (!text.isEmpty() && text.charAt(0) == '"') text = "``" + text.substring(1);
    if ((has & TWO_BACKTICKS) != 0) text = padLiteral(text, "``");
    if ((has & (DOUBLE_QUOTE | TWO_APOSTROPHES)) != 0) text = openingDoubleQuotes(text);
    if ((has & APOSTROPHE) != 0) text = apostropheBeforeOneLetter(text);

    // Punctuation.
    if ((has & PERIOD) != 0) text = finalPeriod(text, AFTER_FINAL_PERIOD_WIDE, true);
    if ((has & COLON_COMMA) != 0) {
      text = colonCommaBeforeNonDigit(text);
      text = colonCommaAtEnd(text);
    }
    if ((has & TWO_PERIODS) != 0) text = padEllipses(text);
    if ((has & SYMBOLS) != 0) text = padChars(text, SYMBOL_CHARS);
    if ((has & PERIOD) != 0) text = finalPeriod(text, AFTER_FINAL_PERIOD, false);
    if ((has & QUESTION_BANG) != 0) text = padChars(text, QUESTION_BANG_CHARS);
    if ((has & APOSTROPHE) != 0) text = apostropheBeforeSpace(text);
    if ((has & STAR) != 0) text = padChars(text, STAR_CHARS);
    if ((has & BRACKETS) != 0) text = padChars(text, BRACKET_CHARS);
    if ((has & TWO_HYPHENS) != 0) text = padLiteral(text, "--");

    text = " " + text + " ";

    // Ending quotes and clitics. The '' that a double quote becomes is padded with spaces, so it
    // can take part in no clitic rule: only the sentence's own apostrophes matter there.
    if ((has & CLOSE_QUOTES) != 0) text = padChars(text, CLOSE_QUOTE_CHARS);
    if ((has & TWO_APOSTROPHES) != 0) text = padLiteral(text, "''");
    if ((has & DOUBLE_QUOTE) != 0) text = closingDoubleQuotes(text);
    if ((has & APOSTROPHE) != 0) {
      text = shortClitics(text);
      text = longClitics(text);
    }
    int contractions = has >>> 16;
    for (int k = 0; contractions != 0; k++, contractions >>>= 1) {
      if ((contractions & 1) != 0) text = contraction(text, CONTRACTIONS[k]);
    }
    return text;
  }

  // ---- starting quotes ----

  /** {@code ([«“‘„]|`+) -> " \1 "}: each curly opening quote, and each run of backticks. */
  static String padOpenQuotesAndBackticks(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      int end = i + 1;
      if (c == '`') {
        while (end < n && s.charAt(end) == '`') end++;
      } else if (c != '«' && c != '“' && c != '‘' && c != '„') {
        if (sb != null) sb.append(c);
        i++;
        continue;
      }
      if (sb == null) sb = startCopy(s, i);
      sb.append(' ').append(s, i, end).append(' ');
      i = end;
    }
    return sb == null ? s : sb.toString();
  }

  /** {@code ([ (\[{<])("|'') -> "\1 `` "}: a double quote opening after a space or bracket. */
  static String openingDoubleQuotes(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    // Visit the quotes (rarer than the characters before them); the match starts one earlier.
    for (int p = 1; p < n; p++) {
      char q = s.charAt(p);
      int end;
      if (q == '"') {
        end = p + 1;
      } else if (q == '\'' && p + 1 < n && s.charAt(p + 1) == '\'') {
        end = p + 2;
      } else {
        continue;
      }
      char c = s.charAt(p - 1);
      if (p - 1 < copied || (c != ' ' && c != '(' && c != '[' && c != '{' && c != '<')) continue;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, p).append(" `` ");
      copied = end;
      p = end - 1;
    }
    return finish(sb, s, copied);
  }

  /**
   * {@code (?i)(')(?!re|ve|ll|m|t|s|d|n)(\w)\b -> "\1 \2"}: an apostrophe before a one-character
   * word that is not a clitic ({@code 'a} becomes {@code ' a}, {@code 's} stays).
   */
  static String apostropheBeforeOneLetter(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    for (int i = s.indexOf('\''); i >= 0 && i + 1 < n; i = s.indexOf('\'', i + 1)) {
      int w = s.codePointAt(i + 1);
      int after = i + 1 + Character.charCount(w);
      if (!Py.isWordChar(w) || (after < n && Py.isWordChar(s.codePointAt(after)))) continue;
      // The two-letter clitics (re, ve, ll) cannot precede a one-character word: only the
      // one-letter ones can veto here. IGNORECASE: 'S', and the long s, count as s.
      switch (IgnoreCase.key(w)) {
        case 'm', 't', 's', 'd', 'n':
          continue;
        default:
          break;
      }
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i + 1).append(' ');
      copied = i + 1;
      i = after - 1;
    }
    return finish(sb, s, copied);
  }

  // ---- punctuation ----

  // Closing brackets and quotes that may follow a sentence's final period.
  private static final String AFTER_FINAL_PERIOD_WIDE = "]})>\"'»”’ ";
  private static final String AFTER_FINAL_PERIOD = "]})>\"'";

  /**
   * The rewrite {@code ([^.])(\.)([C]*)\s*$ -> "\1 \2 \3 "} (or {@code "\1 \2\3 "} when not
   * {@code spaced}), where {@code C} is {@code closers}: a sentence-final period is split from the
   * word before it, keeping the closing brackets and quotes after it and dropping trailing space.
   *
   * <p>Because the match is anchored at the end, and no closer is a period, the only candidate is
   * the period just before the trailing run of closers and whitespace: found by one backward scan
   * instead of trying every period.
   */
  static String finalPeriod(String text, String closers, boolean spaced) {
    int n = text.length();
    int trail = n; // start of the trailing whitespace
    while (trail > 0 && Py.isSpace(text.charAt(trail - 1))) trail--;
    int run = trail; // start of the closers before it
    while (run > 0 && closers.indexOf(text.charAt(run - 1)) >= 0) run--;
    int period = run - 1;
    if (period < 1 || text.charAt(period) != '.' || text.charAt(period - 1) == '.') return text;
    // The closers group is greedy: it also takes spaces of the trailing whitespace when C has them.
    int end = run;
    while (end < n && closers.indexOf(text.charAt(end)) >= 0) end++;
    StringBuilder sb = new StringBuilder(n + 3);
    sb.append(text, 0, period).append(" .");
    if (spaced) sb.append(' ');
    sb.append(text, run, end).append(' ');
    return sb.toString();
  }

  /**
   * {@code ([:,])([^\d]) -> " \1 \2"}: a colon or comma not followed by a digit (so 3,000 and 10:30
   * stay whole). The character after is consumed: in ",," only the first comma is padded here.
   */
  static String colonCommaBeforeNonDigit(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    for (int i = 0; i + 1 < n; i++) {
      char c = s.charAt(i);
      if (c != ':' && c != ',') continue;
      int next = s.codePointAt(i + 1);
      if (Py.isDecimal(next)) continue;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(' ').append(c).append(' ');
      copied = i + 1;
      i += Character.charCount(next); // the consumed character cannot start the next match
    }
    return finish(sb, s, copied);
  }

  /** {@code ([:,])$ -> " \1 "}: a colon or comma at the end (or before a final newline). */
  static String colonCommaAtEnd(String s) {
    int n = s.length();
    int at = n - 1;
    if (at >= 0 && s.charAt(at) == '\n') at--;
    if (at < 0 || (s.charAt(at) != ':' && s.charAt(at) != ',')) return s;
    return s.substring(0, at) + " " + s.charAt(at) + " " + s.substring(at + 1);
  }

  /** {@code \.{2,} -> " \g<0> "}: an ellipsis stands alone. */
  static String padEllipses(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    for (int i = s.indexOf(".."); i >= 0; i = s.indexOf("..", i)) {
      int end = i + 2;
      while (end < n && s.charAt(end) == '.') end++;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(' ').append(s, i, end).append(' ');
      copied = end;
      i = end;
    }
    return finish(sb, s, copied);
  }

  /** {@code ([^'])' -> "\1 ' "}: a closing apostrophe before a space. */
  static String apostropheBeforeSpace(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    int from = 0;
    for (int i = s.indexOf("' ", 1); i > 0; i = s.indexOf("' ", i + 1)) {
      // Group 1 is the code point before the apostrophe; it must not be an apostrophe, nor part
      // of the previous match.
      int before = i - Character.charCount(s.codePointBefore(i));
      if (before < from || s.charAt(i - 1) == '\'') continue;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(" ' ");
      copied = i + 2;
      from = i + 2;
    }
    return finish(sb, s, copied);
  }

  // ---- ending quotes ----

  /** {@code " -> " '' "}: every double quote left is a closing one. */
  static String closingDoubleQuotes(String s) {
    return s.indexOf('"') < 0 ? s : s.replace("\"", " '' ");
  }

  /**
   * {@code ([^' ])('[sS]|'[mM]|'[dD]|') -> "\1 \2 "}: the clitics 's 'm 'd, and a bare closing
   * apostrophe, split from the word before them when a space follows.
   */
  static String shortClitics(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    int from = 0;
    for (int i = s.indexOf('\'', 1); i > 0 && i + 1 < n; i = s.indexOf('\'', i + 1)) {
      int before = i - Character.charCount(s.codePointBefore(i));
      char prev = s.charAt(i - 1);
      if (before < from || prev == '\'' || prev == ' ') continue;
      int end;
      char next = s.charAt(i + 1);
      if (next == ' ') {
        end = i + 1;
      } else if (i + 2 < n && s.charAt(i + 2) == ' '
          && (next == 's' || next == 'S' || next == 'm' || next == 'M' || next == 'd'
              || next == 'D')) {
        end = i + 2;
      } else {
        continue;
      }
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(' ').append(s, i, end).append(' ');
      copied = end + 1; // the space was consumed and written back
      from = copied;
      i = end;
    }
    return finish(sb, s, copied);
  }

  private static final String[] LONG_CLITICS = {
    "'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T",
  };

  /**
   * {@code ([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) -> "\1 \2 "}: the clitics 'll 're 've n't
   * split from the word before them when a space follows.
   */
  static String longClitics(String s) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    // Every clitic has its apostrophe at offset 0 or 1: visit the apostrophes, and for each the
    // two possible starts in increasing order (n't one before it, 'll at it).
    for (int p = s.indexOf('\''); p >= 0; p = s.indexOf('\'', p + 1)) {
      for (int i = p - 1; i <= p; i++) {
        if (i < 1 || i + 3 >= n || s.charAt(i + 3) != ' ') continue;
        String clitic = longCliticAt(s, i);
        if (clitic == null) continue;
        int before = i - Character.charCount(s.codePointBefore(i));
        char prev = s.charAt(i - 1);
        if (before < copied || prev == '\'' || prev == ' ') continue;
        if (sb == null) sb = new StringBuilder(n + 16);
        sb.append(s, copied, i).append(' ').append(clitic).append(' ');
        copied = i + 4;
      }
    }
    return finish(sb, s, copied);
  }

  private static String longCliticAt(String s, int i) {
    char c = s.charAt(i);
    if (c != '\'' && c != 'n' && c != 'N') return null;
    for (String clitic : LONG_CLITICS) {
      if (s.startsWith(clitic, i)) return clitic;
    }
    return null;
  }

  // ---- contractions ----

  /**
   * MacIntyre's contractions, each {@code (?i)\b(part1)(part2)\b -> " \1 \2 "} in NLTK's order,
   * plus {@code (?i) ('t)(is|was)\b}. {@code wanna} needs a following whitespace instead of a
   * boundary. The parts are matched case-insensitively and written back as they were.
   */
  private record Contraction(String word, int split, boolean leadingSpace, boolean spaceAfter) {}

  private static final Contraction[] CONTRACTIONS = {
    new Contraction("cannot", 3, false, false),
    new Contraction("d'ye", 1, false, false),
    new Contraction("gimme", 3, false, false),
    new Contraction("gonna", 3, false, false),
    new Contraction("gotta", 3, false, false),
    new Contraction("lemme", 3, false, false),
    new Contraction("more'n", 4, false, false),
    new Contraction("wanna", 3, false, true),
    new Contraction(" 'tis", 3, true, false),
    new Contraction(" 'twas", 3, true, false),
  };

  /** The shortest and the longest contraction without an apostrophe (cannot, gonna...). */
  private static final int SHORTEST_LETTER_CONTRACTION = letterContractionLength(false);
  private static final int LONGEST_LETTER_CONTRACTION = letterContractionLength(true);

  private static int letterContractionLength(boolean longest) {
    int length = longest ? 0 : Integer.MAX_VALUE;
    for (Contraction c : CONTRACTIONS) {
      if (c.word.indexOf('\'') >= 0) continue;
      length = longest ? Math.max(length, c.word.length()) : Math.min(length, c.word.length());
    }
    return length;
  }

  private static String contraction(String s, Contraction c) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    int len = c.word.length();
    for (int i = indexOfIgnoreCase(s, c.word, 0); i >= 0; i = indexOfIgnoreCase(s, c.word, i + 1)) {
      if (i < copied) continue;
      int end = i + len;
      if (!c.leadingSpace && i > 0 && Py.isWordChar(s.codePointBefore(i))) continue;
      if (c.spaceAfter) {
        if (end >= n || !Py.isSpace(s.charAt(end))) continue;
      } else if (end < n && Py.isWordChar(s.codePointAt(end))) {
        continue;
      }
      int start = c.leadingSpace ? i + 1 : i;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(' ').append(s, start, i + c.split).append(' ')
          .append(s, i + c.split, end).append(' ');
      copied = end;
    }
    return finish(sb, s, copied);
  }

  /** Where {@code lower} (ASCII lower case) occurs in {@code s} under Python's IGNORECASE. */
  private static int indexOfIgnoreCase(String s, String lower, int from) {
    int last = s.length() - lower.length();
    for (int i = from; i <= last; i++) {
      if (regionMatchesIgnoreCase(s, i, lower)) return i;
    }
    return -1;
  }

  private static boolean regionMatchesIgnoreCase(String s, int at, String lower) {
    if (at + lower.length() > s.length()) return false;
    for (int k = 0; k < lower.length(); k++) {
      if (IgnoreCase.key(s.charAt(at + k)) != lower.charAt(k)) return false;
    }
    return true;
  }

  // ---- helpers ----

  /** A small set of characters: bits for ASCII, a string for the rest. */
  private record Chars(long low, long high, String other) {
    static Chars of(String chars) {
      long low = 0;
      long high = 0;
      StringBuilder other = new StringBuilder();
      for (char c : chars.toCharArray()) {
        if (c < 64) low |= 1L << c;
        else if (c < 128) high |= 1L << (c - 64);
        else other.append(c);
      }
      return new Chars(low, high, other.toString());
    }

    boolean has(char c) {
      if (c < 64) return (low >>> c & 1) != 0;
      if (c < 128) return (high >>> (c - 64) & 1) != 0;
      return !other.isEmpty() && other.indexOf(c) >= 0;
    }
  }

  private static final Chars SYMBOL_CHARS = Chars.of(";@#$%&");
  private static final Chars QUESTION_BANG_CHARS = Chars.of("?!");
  private static final Chars STAR_CHARS = Chars.of("*");
  private static final Chars BRACKET_CHARS = Chars.of("[](){}<>");
  private static final Chars CLOSE_QUOTE_CHARS = Chars.of("»”’");

  /** {@code [chars] -> " \g<0> "}: every one of {@code chars} stands alone. */
  static String padChars(String s, Chars chars) {
    StringBuilder sb = null;
    int n = s.length();
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!chars.has(c)) continue;
      if (sb == null) sb = new StringBuilder(n + 16);
      sb.append(s, copied, i).append(' ').append(c).append(' ');
      copied = i + 1;
    }
    return finish(sb, s, copied);
  }

  /** {@code literal -> " literal "}, left to right, without overlaps. */
  static String padLiteral(String s, String literal) {
    StringBuilder sb = null;
    int copied = 0;
    for (int i = s.indexOf(literal); i >= 0; i = s.indexOf(literal, i + literal.length())) {
      if (sb == null) sb = new StringBuilder(s.length() + 16);
      sb.append(s, copied, i).append(' ').append(literal).append(' ');
      copied = i + literal.length();
    }
    return finish(sb, s, copied);
  }

  private static StringBuilder startCopy(String s, int upTo) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    sb.append(s, 0, upTo);
    return sb;
  }

  private static String finish(StringBuilder sb, String s, int copied) {
    if (sb == null) return s;
    sb.append(s, copied, s.length());
    return sb.toString();
  }
}
