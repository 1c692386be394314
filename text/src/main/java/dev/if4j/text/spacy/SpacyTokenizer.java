package dev.if4j.text.spacy;

import dev.if4j.text.Py;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-based tokenizer of {@code spacy.blank("es")} and {@code spacy.blank("ca")} (spaCy 3.8),
 * token for token: what M-IFEval's and lm-eval's Spanish and Catalan checkers count words with.
 *
 * <p>The algorithm of spaCy's {@code tokenizer.pyx}: the text is cut at whitespace (a single
 * {@code ' '} after a token is dropped; any other whitespace run, and a space beyond the first,
 * becomes a token of its own); each piece is a special case (an exception), or loses prefixes and
 * suffixes one at a time until none is left or the rest is a special case, and what remains is a
 * special case, a URL, or is cut at the infixes. Finally token sequences that spell a special case
 * containing affixes or a space ("EE. UU.") are merged back, longest first.
 *
 * <p>Python semantics kept: {@code str.isspace} cuts the text; the prefix is the first rule that
 * matches at the start; the suffix is the longest one that matches at the end (Python's {@code
 * search} finds the leftmost start); infixes are found left to right. Linear in the text length:
 * each piece is scanned a bounded number of times per affix (suffixes are searched in a bounded
 * window at the end, except a run of dots, measured directly), and special cases are only looked
 * up for pieces no longer than the longest one.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpacyTokenizer {
  /**
   * How far from a piece's end a suffix search starts: the longest bounded suffix (the unit
   * "اكواب") is 5 characters, and lookbehinds look 2 characters further back.
   */
  private static final int SUFFIX_WINDOW = 8;


  /**
   * spaCy's {@code URL_PATTERN} (after Diego Perini's URL expression): optional scheme and user,
   * then a public IPv4 address or host names ending in a lower-case top-level domain, optional port
   * and path. Python's Unicode {@code \\w} and {@code \\d} are spelled out.
   */
  private static final Pattern URL = Pattern.compile("(?:(?:[\\p{L}\\p{N}_\\+\\-\\.]{2,})://)?"
      + "(?:\\S+(?::\\S*)?@)?"
      + "(?:"
      + "(?!(?:10|127)(?:\\.\\p{Nd}{1,3}){3})"
      + "(?!(?:169\\.254|192\\.168)(?:\\.\\p{Nd}{1,3}){2})"
      + "(?!172\\.(?:1[6-9]|2\\p{Nd}|3[0-1])(?:\\.\\p{Nd}{1,3}){2})"
      + "(?:[1-9]\\p{Nd}?|1\\p{Nd}\\p{Nd}|2[01]\\p{Nd}|22[0-3])"
      + "(?:\\.(?:1?\\p{Nd}{1,2}|2[0-4]\\p{Nd}|25[0-5])){2}"
      + "(?:\\.(?:[1-9]\\p{Nd}?|1\\p{Nd}\\p{Nd}|2[0-4]\\p{Nd}|25[0-4]))"
      + "|"
      + "(?:(?:[A-Za-z0-9\\u00a1-\\uffff][A-Za-z0-9\\u00a1-\\uffff_-]{0,62})?[A-Za-z0-9\\u00a1-\\uffff]\\.)+"
      + "(?:" + SpacyRules.fast(SpacyCharClasses.ALPHA_LOWER) + "){2,63}"
      + ")"
      + "(?::\\p{Nd}{2,5})?"
      + "(?:[/?#]\\S*)?", Pattern.UNIX_LINES);

  // After URL: building a tokenizer tokenizes its special cases.
  private static final SpacyTokenizer SPANISH = new SpacyTokenizer(SpacyRules.spanish());
  private static final SpacyTokenizer CATALAN = new SpacyTokenizer(SpacyRules.catalan());

  private static final int CACHE_SIZE = 10_000;

  /**
   * Where an infix can start, tested first so that the scan over a long piece costs one table
   * lookup per character: at a character some infix rule begins with (dots, operators, commas,
   * colons and slashes, Catalan hyphens and apostrophes, the Latin-1 icons), right after an
   * apostrophe (Catalan's empty split after an elision), or at any character above Latin-1 (the
   * ellipsis, the icons). Zero-width, so the rules match exactly as without it.
   */
  private static final String INFIX_GUARD =
      "(?:(?=[.+*^\\-,:<>=/'\\x{A6}\\x{A9}\\x{AE}\\x{B0}])|(?<=['\\x{2019}])|(?=[^\\x{0}-\\x{FF}]))";
  /** The longest piece tried as a URL. */
  static final int LONGEST_URL = 1_000;

  private final String language;
  private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();
  private final Pattern prefix;
  private final Pattern suffix;
  private final Pattern infix;
  private final Map<String, List<String>> specials;
  private final int longestSpecial;
  /**
   * Special cases to merge back, by the first token of their affix tokenization, then by the
   * second ("" for a one-token pattern): a token rarely starts one, so the lookup per token is one
   * miss.
   */
  private final Map<String, Map<String, List<Merge>>> merges = new HashMap<>();

  /** A special case and the tokens its text gets without special cases. */
  private record Merge(String text, List<String> tokens) {}

  /** A token: its text and where it lies in the original text. */
  private record Token(String text, int start, int end) {}

  private SpacyTokenizer(SpacyRules rules) {
    this.language = rules.language();
    this.prefix = Pattern.compile(String.join("|", rules.prefixes()), Pattern.UNIX_LINES);
    this.suffix = Pattern.compile(String.join("|",
        rules.suffixes().stream().map(s -> s + "$").toList()), Pattern.UNIX_LINES);
    this.infix = Pattern.compile(INFIX_GUARD + "(?:" + String.join("|", rules.infixes()) + ")",
        Pattern.UNIX_LINES);
    this.specials = rules.exceptions();
    this.longestSpecial = specials.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (String s : specials.keySet()) {
      // spaCy's "faster heuristics": only special cases that affixes or spaces would split.
      if (prefixLength(s) > 0 || infix.matcher(s).find() || suffixLength(s, 0) > 0
          || s.indexOf(' ') >= 0) {
        List<String> tokens = texts(tokenizeAffixes(s, false));
        merges.computeIfAbsent(tokens.get(0), k -> new HashMap<>())
            .computeIfAbsent(tokens.size() > 1 ? tokens.get(1) : "", k -> new ArrayList<>())
            .add(new Merge(s, tokens));
      }
    }
  }

  /** The tokenizer of {@code spacy.blank("es")}. */
  public static SpacyTokenizer spanish() {
    return SPANISH;
  }

  /** The tokenizer of {@code spacy.blank("ca")}. */
  public static SpacyTokenizer catalan() {
    return CATALAN;
  }

  /** The spaCy language code: {@code es} or {@code ca}. */
  public String language() {
    return language;
  }

  /** The token texts of {@code text}, whitespace tokens included, as spaCy's tokenizer gives them. */
  public List<String> tokens(String text) {
    return texts(mergeSpecialCases(text, tokenizeAffixes(text, true)));
  }

  /**
   * The tokens that are not punctuation ({@code [t.text for t in nlp(text) if not t.is_punct]}):
   * what the checkers call words. Whitespace tokens are kept, as spaCy keeps them.
   */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(text)) if (!isPunct(t)) out.add(t);
    return out;
  }

  /** spaCy's {@code is_punct}: every code point is in a Unicode punctuation category (P*). */
  public static boolean isPunct(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      switch (Character.getType(cp)) {
        case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION, Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION -> { }
        default -> {
          return false;
        }
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code _tokenize_affixes}: cut at whitespace, then each piece by its affixes. */
  private List<Token> tokenizeAffixes(String text, boolean withSpecials) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    if (n == 0) return out;
    int start = 0;
    boolean inSpace = Py.isSpace(text.codePointAt(0));
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (Py.isSpace(cp) != inSpace) {
        if (start < i) tokenizePiece(text, start, i, withSpecials, out);
        start = cp == ' ' ? i + 1 : i;
        inSpace = !inSpace;
      }
      i += Character.charCount(cp);
    }
    if (start < n) tokenizePiece(text, start, n, withSpecials, out);
    return out;
  }

  /**
   * The tokens of {@code text[from, to)}, from the cache when this piece was seen before (words
   * repeat; spaCy caches pieces the same way, up to 10,000 of them).
   */
  private void tokenizePiece(String text, int from, int to, boolean withSpecials, List<Token> out) {
    if (!withSpecials) {
      splitPiece(text, from, to, false, out);
      return;
    }
    String piece = text.substring(from, to);
    List<Token> cached = cache.get(piece);
    if (cached == null) {
      cached = new ArrayList<>();
      splitPiece(piece, 0, piece.length(), true, cached);
      if (cache.size() < CACHE_SIZE) cache.put(piece, List.copyOf(cached));
    }
    for (Token t : cached) out.add(new Token(t.text(), from + t.start(), from + t.end()));
  }

  /** {@code _tokenize} of {@code text[from, to)}: a special case, or affixes then the rest. */
  private void splitPiece(String text, int from, int to, boolean withSpecials, List<Token> out) {
    if (addSpecial(text, from, to, withSpecials, out)) return;
    List<Token> prefixes = new ArrayList<>();
    Deque<Token> suffixes = new ArrayDeque<>();
    int lastSize = -1;
    int s = from;
    int e = to;
    SuffixMemo memo = new SuffixMemo();
    Matcher prefixMatcher = prefix.matcher(text);
    while (s < e && e - s != lastSize) {
      if (isSpecial(text, s, e, withSpecials)) break;
      lastSize = e - s;
      int pre = prefixes(prefixMatcher, s, e);
      if (pre > 0 && s + pre < e && isSpecial(text, s + pre, e, withSpecials)) {
        prefixes.add(token(text, s, s + pre));
        s += pre;
        break;
      }
      int suf = suffixLength(text, s + pre, e, memo);
      if (suf > 0 && s < e - suf && isSpecial(text, s, e - suf, withSpecials)) {
        suffixes.push(token(text, e - suf, e));
        e -= suf;
        break;
      }
      if (pre > 0 && suf > 0 && pre + suf <= e - s) {
        prefixes.add(token(text, s, s + pre));
        suffixes.push(token(text, e - suf, e));
        s += pre;
        e -= suf;
      } else if (pre > 0) {
        prefixes.add(token(text, s, s + pre));
        s += pre;
      } else if (suf > 0) {
        suffixes.push(token(text, e - suf, e));
        e -= suf;
      }
    }
    out.addAll(prefixes);
    if (s < e && !addSpecial(text, s, e, withSpecials, out)) {
      if (isUrl(text, s, e)) out.add(token(text, s, e));
      else addInfixSplit(text, s, e, out);
    }
    out.addAll(suffixes);
  }

  /** {@code _attach_tokens}' infix step: the rest cut before and after each infix match. */
  private void addInfixSplit(String text, int s, int e, List<Token> out) {
    // Opaque bounds: lookarounds see only the rest of the piece, as Python's finditer does.
    Matcher m = infix.matcher(text).region(s, e);
    int start = s;
    while (m.find()) {
      // A match at the very start splits nothing (spaCy skips it).
      if (m.start() == s) continue;
      if (m.start() != start) out.add(token(text, start, m.start()));
      if (m.start() != m.end()) out.add(token(text, m.start(), m.end()));
      start = m.end();
    }
    if (start < e) out.add(token(text, start, e));
  }

  /**
   * spaCy's {@code URL_MATCH}; every URL it accepts has a dot, so a piece without one is skipped
   * cheaply. A piece longer than {@value #LONGEST_URL} characters is not tried: the expression
   * backtracks (host labels of up to 63 characters, repeated) and its cost on a long run of
   * letters and dots would not be linear. No real URL is that long; spaCy would still try.
   */
  private static boolean isUrl(String text, int s, int e) {
    if (e - s > LONGEST_URL) return false;
    int dot = text.indexOf('.', s);
    return dot >= 0 && dot < e && URL.matcher(text).region(s, e).matches();
  }

  private boolean isSpecial(String text, int s, int e, boolean withSpecials) {
    return withSpecials && e - s <= longestSpecial && specials.containsKey(text.substring(s, e));
  }

  private boolean addSpecial(String text, int s, int e, boolean withSpecials, List<Token> out) {
    if (!isSpecial(text, s, e, withSpecials)) return false;
    addPieces(text.substring(s, e), s, out);
    return true;
  }

  /** The tokens of special case {@code special}, which starts at {@code at} in the text. */
  private void addPieces(String special, int at, List<Token> out) {
    for (String piece : specials.get(special)) {
      out.add(new Token(piece, at, at + piece.length()));
      at += piece.length();
    }
  }

  private int prefixLength(String s) {
    return prefixLength(s, 0, s.length());
  }

  /** The length of the first prefix rule matching at {@code s} ({@code ^a|^b|...}), or 0. */
  private int prefixLength(String text, int s, int e) {
    return prefixes(prefix.matcher(text), s, e);
  }

  /** {@link #prefixLength} with a matcher over the text, reused for a piece's prefixes. */
  private static int prefixes(Matcher m, int s, int e) {
    m.region(s, e);
    return m.lookingAt() ? m.end() - m.start() : 0;
  }

  private int suffixLength(String s, int from) {
    return suffixLength(s, from, s.length());
  }

  /**
   * The length of the suffix Python's {@code re.search} finds in {@code text[s, e)}: the match that
   * starts leftmost, i.e. the longest suffix any rule gives. Every rule but the dot run is at most
   * five characters long, so the rules are searched in a window at the end (opaque bounds: they see
   * only the piece, as Python sees only the substring; a match's lookbehind, two characters, lies
   * inside the window), and a trailing dot run is measured directly.
   */
  private int suffixLength(String text, int s, int e) {
    return suffixLength(text, s, e, new SuffixMemo());
  }

  private int suffixLength(String text, int s, int e, SuffixMemo memo) {
    int windowStart = Math.max(s, e - SUFFIX_WINDOW);
    // While only prefixes go, the end and the window stay: the search's answer too.
    if (memo.end != e || memo.windowStart != windowStart) {
      Matcher m = suffix.matcher(text).region(windowStart, e);
      memo.end = e;
      memo.windowStart = windowStart;
      memo.found = m.find() ? e - m.start() : 0;
      int dots = 0;
      while (e - dots - 1 >= 0 && text.charAt(e - dots - 1) == '.') dots++;
      memo.dots = dots;
    }
    int dots = Math.min(memo.dots, e - s);
    return dots >= 2 ? Math.max(memo.found, dots) : memo.found;
  }

  /** The last suffix search of a piece, reused while its end and window are unchanged. */
  private static final class SuffixMemo {
    int end = -1;
    int windowStart = -1;
    int found;
    int dots;
  }

  /**
   * {@code _apply_special_cases}: token sequences equal to a special case's affix tokens, whose
   * text is exactly the special case, become the special case's tokens; longer matches first, and
   * a match that touches the tokens of an earlier one is dropped (as spaCy filters them).
   */
  private List<Token> mergeSpecialCases(String text, List<Token> tokens) {
    record Match(int start, int end, Merge merge) {}
    List<Match> matches = new ArrayList<>();
    List<String> texts = texts(tokens);
    for (int i = 0; i < texts.size(); i++) {
      Map<String, List<Merge>> bySecond = merges.get(texts.get(i));
      if (bySecond == null) continue;
      // Patterns of one token, then those whose second token follows.
      for (String second : new String[] {"", i + 1 < texts.size() ? texts.get(i + 1) : null}) {
        List<Merge> candidates = second == null ? null : bySecond.get(second);
        if (candidates == null) continue;
        for (Merge m : candidates) {
          if (startsWith(texts, i, m.tokens())) matches.add(new Match(i, i + m.tokens().size(), m));
        }
      }
    }
    if (matches.isEmpty()) return tokens;
    matches.sort(Comparator.comparingInt((Match m) -> -(m.end() - m.start()))
        .thenComparingInt(Match::start));
    boolean[] seen = new boolean[tokens.size()];
    Map<Integer, Match> kept = new HashMap<>();
    for (Match m : matches) {
      if (!seen[m.start()] && !seen[m.end() - 1]) kept.put(m.start(), m);
      for (int k = m.start(); k < m.end(); k++) seen[k] = true;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); ) {
      Match m = kept.get(i);
      int spanStart = m == null ? 0 : tokens.get(m.start()).start();
      int spanEnd = m == null ? 0 : tokens.get(m.end() - 1).end();
      // spaCy looks the span's own text up (two special cases may share their tokens).
      String spanText = m == null ? null : text.substring(spanStart, spanEnd);
      if (m != null && specials.containsKey(spanText)) {
        addPieces(spanText, spanStart, out);
        i = m.end();
      } else {
        out.add(tokens.get(i));
        i++;
      }
    }
    return out;
  }

  private static boolean startsWith(List<String> tokens, int i, List<String> pattern) {
    if (i + pattern.size() > tokens.size()) return false;
    for (int k = 0; k < pattern.size(); k++) {
      if (!tokens.get(i + k).equals(pattern.get(k))) return false;
    }
    return true;
  }


  private static Token token(String text, int s, int e) {
    return new Token(text.substring(s, e), s, e);
  }

  private static List<String> texts(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) out.add(t.text());
    return out;
  }
}
