package dev.if4j.constraints.iffunctions;

import static dev.if4j.constraints.iffunctions.PyValues.repr;

import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.text.Py;
import dev.if4j.text.PyJson;
import dev.if4j.text.PyLines;
import dev.if4j.text.PySubstrings;
import dev.if4j.text.TextView;
import dev.if4j.text.langdetect.LanguageDetector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The bodies of open-instruct's {@code if_functions.py}, one method per function, same name in
 * camel case. Each says in its comment what it decides; the quirks that differ from IFEval's
 * checker of the same idea are the point (substring keywords, {@code text == text.upper()}, a lone
 * {@code "} counting as quoted...), so they are kept, not fixed.
 *
 * <p>Where Python raises, a {@link ReferenceRaises} names the exception; the call turns it into
 * "not followed". Regex-based counts are hand-written scanners of the same patterns (linear time).
 */
final class Checks {
  private Checks() {}

  // --- keywords ---

  /** Every keyword, lower-cased, is a substring of the lower-cased text (so "cat" is in "Concat"). */
  static Verdict verifyKeywords(TextView answer, Map<String, Object> a) {
    String text = answer.lower();
    List<Object> keywords = PyValues.iterate(a.get("keyword_list"));
    // all() stops at the first missing one, before later bad items: the items before the first bad
    // one are searched together (one pass), and the bad one raises only if they are all found.
    Converted<String> lowered = Converted.upToFirstFailure(keywords, PyValues::lower);
    boolean[] found = PySubstrings.containsEach(text, lowered.values());
    for (int i = 0; i < found.length; i++) {
      if (!found[i]) {
        Object k = keywords.get(i);
        return Verdict.notFollowed(() -> "keyword " + repr(k) + " not found (case-insensitive substring)");
      }
    }
    lowered.rethrow();
    return Verdict.followed(() -> "all " + keywords.size() + " keywords found");
  }

  /** Exactly N of the lower-cased text's maximal {@code \w+} runs equal the lower-cased word. */
  static Verdict verifyKeywordFrequency(TextView answer, Map<String, Object> a) {
    String text = answer.lower();
    String keyword = PyValues.lower(a.get("word"));
    int count = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      boolean word = cp >= 0 && Py.isWordChar(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        if (i - start == keyword.length() && text.startsWith(keyword, start)) count++;
        start = -1;
      }
      i += cp >= 0 ? Character.charCount(cp) : 1;
    }
    Object n = a.get("N");
    int found = count;
    return Verdict.of(PyValues.eq(found, n),
        () -> "the word " + repr(keyword) + " occurs " + found + " times, expected " + repr(n));
  }

  /** No forbidden word, lower-cased, is a substring of the lower-cased text. */
  static Verdict validateForbiddenWords(TextView answer, Map<String, Object> a) {
    String text = answer.lower();
    List<Object> words = PyValues.iterate(a.get("forbidden_words"));
    // A list comprehension: every item is lower-cased, so a bad item raises even after a hit.
    List<String> lowered = new ArrayList<>(words.size());
    for (Object w : words) lowered.add(PyValues.lower(w));
    boolean[] in = PySubstrings.containsEach(text, lowered);
    List<Object> found = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) found.add(words.get(i));
    }
    return found.isEmpty()
        ? Verdict.followed(() -> "no forbidden word found")
        : Verdict.notFollowed(() -> "found forbidden " + repr(found) + " (case-insensitive substring)");
  }

  /** The one-character {@code letter} occurs exactly N times, case-sensitively. */
  static Verdict verifyLetterFrequency(TextView answer, Map<String, Object> a) {
    Object letter = a.get("letter");
    if (PyValues.len(letter) != 1) {
      throw new ReferenceRaises("ValueError", "Letter parameter must be a single character");
    }
    if (!(letter instanceof String s)) {
      throw ReferenceRaises.typeError("must be str, not " + PyValues.typeName(letter));
    }
    int count = PySubstrings.count(answer.text(), s);
    Object n = a.get("N");
    return Verdict.of(PyValues.eq(count, n),
        () -> repr(s) + " occurs " + count + " times, expected " + repr(n));
  }

  // --- language ---

  /**
   * langdetect's guess equals {@code language}. Unlike IFEval's checker, a text langdetect cannot
   * read (no letters) makes the reference raise {@code LangDetectException}.
   */
  static Verdict validateResponseLanguage(TextView answer, Map<String, Object> a) {
    LanguageGuess guess = answer.get(Counts.LANGUAGE);
    if (!guess.isDetected()) throw new ReferenceRaises("LangDetectException", LanguageDetector.NO_FEATURES);
    Object language = a.get("language");
    return Verdict.of(guess.language().equals(language),
        () -> "detected " + repr(guess.language()) + ", expected " + repr(language));
  }

  // --- length ---

  /**
   * Lines stripped and rejoined, then split at {@code "* * *"}: every part must be non-blank and
   * there must be exactly N of them.
   */
  static Verdict verifyParagraphCount(TextView answer, Map<String, Object> a) {
    StringBuilder cleaned = new StringBuilder(answer.text().length());
    List<String> lines = PyLines.splitLines(answer.text());
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) cleaned.append('\n');
      cleaned.append(Py.strip(lines.get(i)));
    }
    List<String> paragraphs = PySubstrings.split(Py.strip(cleaned.toString()), "* * *");
    for (int i = 0; i < paragraphs.size(); i++) {
      if (Py.isBlank(paragraphs.get(i))) {
        int at = i + 1;
        return Verdict.notFollowed(() -> "part " + at + " of " + paragraphs.size()
            + " between '* * *' dividers is empty");
      }
    }
    Object n = a.get("N");
    return Verdict.of(PyValues.eq(paragraphs.size(), n),
        () -> "found " + paragraphs.size() + " paragraphs, expected " + repr(n));
  }

  /** Whitespace-separated words compared with N; "around" allows max(round(N * 0.1), 1). */
  static Verdict validateWordConstraint(TextView answer, Map<String, Object> a) {
    int words = whitespaceSeparated(answer.text());
    Object n = a.get("N");
    double tolerance = PyValues.tolerance(n); // computed first: a non-number N raises for any quantifier
    return quantified(words, "words", n, a.get("quantifier"), () -> tolerance);
  }

  /** {@code len(text.split())}, counted without building the words. */
  static int whitespaceSeparated(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Py.isSpace(s.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }

  /**
   * Sentences are what {@code re.split(r"(?<!\w\.\w.)(?<![A-Z][a-z]\.)(?<=\.|\?|!)\s", text)}
   * returns: one more than the whitespace characters that follow '.', '?' or '!', except after
   * "e.g." shapes ({@code \w.\w.}) and after "Mr."-like shapes ({@code [A-Z][a-z].}).
   */
  static Verdict verifySentenceConstraint(TextView answer, Map<String, Object> a) {
    int sentences = sentenceSplits(answer.text()) + 1;
    return quantified(sentences, "sentences", a.get("N"), a.get("quantifier"), () -> 1);
  }

  static int sentenceSplits(String s) {
    int splits = 0;
    for (int p = 1; p < s.length(); p++) {
      char prev = s.charAt(p - 1);
      if ((prev != '.' && prev != '?' && prev != '!') || !Py.isSpace(s.codePointAt(p))) continue;
      // s[p-1] is ASCII, so the code points before it are found by stepping back.
      int c2 = p - 1 > 0 ? s.codePointBefore(p - 1) : -1;
      int i2 = c2 < 0 ? -1 : p - 1 - Character.charCount(c2);
      int c3 = i2 > 0 ? s.codePointBefore(i2) : -1;
      int i3 = c3 < 0 ? -1 : i2 - Character.charCount(c3);
      int c4 = i3 > 0 ? s.codePointBefore(i3) : -1;
      // (?<![A-Z][a-z]\.): only when s[p-1] is the dot.
      boolean title = prev == '.' && c3 >= 'A' && c3 <= 'Z' && c2 >= 'a' && c2 <= 'z';
      // (?<!\w\.\w.): the last '.' there is any character but a newline, here always '.', '?' or '!'.
      boolean abbreviation = c4 >= 0 && Py.isWordChar(c4) && c3 == '.' && Py.isWordChar(c2);
      if (!title && !abbreviation) splits++;
    }
    return splits;
  }

  /**
   * The reference's three-way comparison; an unknown quantifier is simply false. "around" allows
   * {@code tolerance}, asked for only in that branch.
   */
  private static Verdict quantified(
      int count, String what, Object n, Object quantifier, DoubleSupplier tolerance) {
    if ("at least".equals(quantifier)) {
      return Verdict.of(PyValues.atLeast(count, n),
          () -> "found " + count + " " + what + ", expected at least " + repr(n));
    }
    if ("around".equals(quantifier)) {
      PyValues.subtractable(n); // abs(count - N) is evaluated before the tolerance
      double tol = tolerance.getAsDouble();
      return Verdict.of(PyValues.within(count, n, tol),
          () -> "found " + count + " " + what + ", expected around " + repr(n)
              + " (within " + (long) tol + ")");
    }
    if ("at most".equals(quantifier)) {
      return Verdict.of(PyValues.atMost(count, n),
          () -> "found " + count + " " + what + ", expected at most " + repr(n));
    }
    return Verdict.notFollowed(() -> "quantifier " + repr(quantifier)
        + " is none of 'at least', 'around', 'at most' (the reference returns False)");
  }

  /**
   * Exactly N parts between {@code "\n\n"} (a third newline starts the next part), and part i
   * (Python indexing: {@code i = 0} is the last part) starts, once stripped, with
   * {@code first_word} as a plain prefix ("Thesis" starts with "The").
   */
  static Verdict validateParagraphs(TextView answer, Map<String, Object> a) {
    List<String> paragraphs = PySubstrings.split(answer.text(), "\n\n");
    Object n = a.get("N");
    if (!PyValues.eq(paragraphs.size(), n)) {
      return Verdict.notFollowed(() -> "found " + paragraphs.size() + " paragraphs, expected " + repr(n));
    }
    Object i = a.get("i");
    BigInteger index = PyValues.indexMinusOne(i);
    if (index.signum() < 0) index = index.add(BigInteger.valueOf(paragraphs.size()));
    if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(paragraphs.size())) >= 0) {
      throw new ReferenceRaises("IndexError",
          "list index out of range (paragraphs[i - 1] with i = " + repr(i) + " of "
              + paragraphs.size() + ")");
    }
    String paragraph = Py.strip(paragraphs.get(index.intValue()));
    String firstWord = PyValues.affix(a.get("first_word"), "startswith");
    boolean ok = PySubstrings.startsWith(paragraph, firstWord);
    return Verdict.of(ok,
        () -> "paragraph " + repr(i) + (ok ? " starts" : " does not start") + " with " + repr(firstWord));
  }

  // --- content ---

  /** The marker occurs, and the stripped text from its first occurrence on is longer than it. */
  static Verdict verifyPostscript(TextView answer, Map<String, Object> a) {
    String marker = PyValues.inOperand(a.get("postscript_marker"));
    String text = answer.text();
    int at = PySubstrings.find(text, marker, 0);
    if (at < 0) return Verdict.notFollowed(() -> "no " + repr(marker) + " in the response");
    boolean ok = Py.len(Py.strip(text.substring(at))) > Py.len(marker);
    return Verdict.of(ok, () -> ok ? "postscript " + repr(marker) + " found"
        : "nothing follows the postscript marker " + repr(marker));
  }

  /** At least N matches of {@code \[(.*?)\]}: brackets closed on the same line. */
  static Verdict validatePlaceholders(TextView answer, Map<String, Object> a) {
    int count = delimited(answer.text(), '[', ']');
    Object n = a.get("N");
    return Verdict.of(PyValues.atLeast(count, n),
        () -> "found " + count + " [placeholders], expected at least " + repr(n));
  }

  /** At least N matches of {@code \*(.*?)\*}: star pairs on one line, empty ones included. */
  static Verdict validateHighlightedSections(TextView answer, Map<String, Object> a) {
    int count = delimited(answer.text(), '*', '*');
    Object n = a.get("N");
    return Verdict.of(PyValues.atLeast(count, n),
        () -> "found " + count + " *highlighted* sections, expected at least " + repr(n));
  }

  /**
   * {@code len(re.findall(re.escape(open) + "(.*?)" + re.escape(close), s))}: an opener matches the
   * nearest closer before the next newline ({@code .} skips only {@code \n}); a failed opener
   * leaves its line without a match after it, so the scan jumps to the newline.
   */
  static int delimited(String s, char open, char close) {
    int count = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int at = s.indexOf(open, i);
      if (at < 0) break;
      int j = at + 1;
      while (j < n && s.charAt(j) != close && s.charAt(j) != '\n') j++;
      if (j < n && s.charAt(j) == close) {
        count++;
        i = j + 1;
      } else {
        i = j + 1; // at a newline or the end: no opener before it can match
      }
    }
    return count;
  }

  /** Exactly N lines (split at {@code \n}) that, stripped, start with '*' or '-'. */
  static Verdict verifyBulletPoints(TextView answer, Map<String, Object> a) {
    int count = 0;
    for (String line : PySubstrings.split(answer.text(), "\n")) {
      String t = Py.strip(line);
      if (t.startsWith("*") || t.startsWith("-")) count++;
    }
    int found = count;
    Object n = a.get("N");
    return Verdict.of(PyValues.eq(found, n), () -> "found " + found + " bullet lines, expected " + repr(n));
  }

  // --- format ---

  /** Some {@code <<...>>} on one line, even an empty {@code <<>>}: {@code re.findall(r"<<(.*?)>>")}. */
  static Verdict validateTitle(TextView answer, Map<String, Object> a) {
    String s = answer.text();
    int open = -1; // where this line's first "<<" starts, -1 before one
    for (int k = 0; k + 1 < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        open = -1;
      } else if (open < 0) {
        if (c == '<' && s.charAt(k + 1) == '<') open = k;
      } else if (k >= open + 2 && c == '>' && s.charAt(k + 1) == '>') {
        return Verdict.followed(() -> "found a <<title>>");
      }
    }
    return Verdict.notFollowed(() -> "no <<title>> on any line");
  }

  /** Some option is a substring of the text (so option "no" is in "know"). */
  static Verdict validateChoice(TextView answer, Map<String, Object> a) {
    List<Object> options = PyValues.iterate(a.get("options"));
    // any() stops at the first option found, before later bad items (see verifyKeywords).
    Converted<String> needles = Converted.upToFirstFailure(options, PyValues::inOperand);
    boolean[] found = PySubstrings.containsEach(answer.text(), needles.values());
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        Object o = options.get(i);
        return Verdict.followed(() -> "contains the option " + repr(o));
      }
    }
    needles.rethrow();
    return Verdict.notFollowed(() -> "contains none of the options " + repr(a.get("options")));
  }

  /** Split at the splitter, an empty first part dropped: exactly N parts. */
  static Verdict validateSections(TextView answer, Map<String, Object> a) {
    Object splitter = a.get("section_splitter");
    if (!(splitter instanceof String sep)) {
      throw ReferenceRaises.typeError("must be str or None, not " + PyValues.typeName(splitter));
    }
    if (sep.isEmpty()) throw new ReferenceRaises("ValueError", "empty separator");
    List<String> sections = PySubstrings.split(answer.text(), sep);
    int count = sections.get(0).isEmpty() ? sections.size() - 1 : sections.size();
    Object n = a.get("N");
    return Verdict.of(PyValues.eq(count, n),
        () -> "found " + count + " sections split by " + repr(sep) + ", expected " + repr(n));
  }

  /**
   * {@code json.loads(text)} succeeds, fences and all (no stripping of {@code ```json}). Gap: on
   * arrays nested about 1000 deep CPython raises RecursionError; we answer by the grammar.
   */
  static Verdict validateJsonFormat(TextView answer, Map<String, Object> a) {
    boolean ok = PyJson.isValid(answer.text());
    return Verdict.of(ok, () -> ok ? "the response is JSON" : "json.loads rejects the response");
  }

  /** The text starts with the prompt, case and all. */
  static Verdict validateRepeatPrompt(TextView answer, Map<String, Object> a) {
    String prompt = PyValues.affix(a.get("original_prompt"), "startswith");
    boolean ok = PySubstrings.startsWith(answer.text(), prompt);
    return Verdict.of(ok, () -> ok ? "starts with the prompt" : "does not start with the prompt");
  }

  /** Exactly one {@code ******} (non-overlapping count), and the stripped halves differ. */
  static Verdict validateTwoResponses(TextView answer, Map<String, Object> a) {
    String s = answer.text();
    int dividers = PySubstrings.count(s, "******");
    if (dividers != 1) {
      return Verdict.notFollowed(() -> "found " + dividers + " '******' dividers, expected 1");
    }
    List<String> parts = PySubstrings.split(s, "******");
    boolean differ = !Py.strip(parts.get(0)).equals(Py.strip(parts.get(1)));
    return Verdict.of(differ, () -> differ ? "two different responses" : "the two responses are the same");
  }

  /** {@code text == text.upper()}: digits-only text passes; "ß" fails (it upper-cases to "SS"). */
  static Verdict validateUppercase(TextView answer, Map<String, Object> a) {
    boolean ok = Py.upper(answer.text()).equals(answer.text());
    return Verdict.of(ok,
        () -> ok ? "no character changes when upper-cased" : "some characters are not upper case");
  }

  /** {@code text == text.lower()}. */
  static Verdict validateLowercase(TextView answer, Map<String, Object> a) {
    boolean ok = answer.lower().equals(answer.text());
    return Verdict.of(ok,
        () -> ok ? "no character changes when lower-cased" : "some characters are not lower case");
  }

  /**
   * Matches of {@code \b[A-Z]+\b}: maximal runs of ASCII capitals with no {@code \w} character
   * (Unicode letters, digits, '_') on either side, so "ABCs", "_AB" and "ÀB" do not count.
   */
  static Verdict validateFrequencyCapitalWords(TextView answer, Map<String, Object> a) {
    int count = capitalWords(answer.text());
    Object n = a.get("N");
    // Unlike validate_word_constraint, the tolerance is computed only for "around".
    return quantified(count, "all-capital words", n, a.get("quantifier"), () -> PyValues.tolerance(n));
  }

  static int capitalWords(String s) {
    int count = 0;
    int before = -1; // the code point before the current position, -1 at the start
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        int j = i;
        while (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') j++;
        boolean leftEdge = before < 0 || !Py.isWordChar(before);
        boolean rightEdge = j == n || !Py.isWordChar(s.codePointAt(j));
        if (leftEdge && rightEdge) count++;
        before = s.charAt(j - 1);
        i = j;
      } else {
        int cp = s.codePointAt(i);
        before = cp;
        i += Character.charCount(cp);
      }
    }
    return count;
  }

  /** The text ends with the phrase. */
  static Verdict validateEnd(TextView answer, Map<String, Object> a) {
    String phrase = PyValues.affix(a.get("end_phrase"), "endswith");
    boolean ok = PySubstrings.endsWith(answer.text(), phrase);
    return Verdict.of(ok, () -> ok ? "ends with " + repr(phrase) : "does not end with " + repr(phrase));
  }

  /** Starts and ends with '"' (a lone '"' does both). */
  static Verdict validateQuotation(TextView answer, Map<String, Object> a) {
    String s = answer.text();
    boolean ok = s.startsWith("\"") && s.endsWith("\"");
    return Verdict.of(ok, () -> ok ? "wrapped in double quotes" : "not wrapped in double quotes");
  }

  /** No ASCII comma. */
  static Verdict validateNoCommas(TextView answer, Map<String, Object> a) {
    int at = answer.text().indexOf(',');
    return at < 0 ? Verdict.followed(() -> "no comma")
        : Verdict.notFollowed(() -> "found a comma at character " + Py.len(answer.text().substring(0, at)));
  }
}
