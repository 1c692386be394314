package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Analysis;
import dev.if4j.text.DistinctRegions;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.stopwords.Stopwords;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts about a response that the {@code count:*} and {@code ratio:*} constraints ask for, each
 * computed at most once per {@link TextView} (a row may hold several of them, and the loose
 * variants of a text that did not change share its view).
 *
 * <p>Everything here is a single left-to-right scan (or Punkt plus the Treebank tokenizer), so a
 * 1 MB response costs linear time.
 */
final class CountsAndRatiosTexts {
  private CountsAndRatiosTexts() {}

  /**
   * {@code instructions_util.count_stopwords}: the {@code \w+} tokens whose {@code lower()} is in
   * NLTK's English stopword list.
   */
  static final Analysis<Integer> STOPWORDS = Analysis.of("ifbench.stopwords",
      v -> v.countOfRuns(CountsAndRatiosTexts.STOPWORDS, text -> countStopwords(text, v.tools().stopwords())));

  /**
   * The distinct items of {@code {w.strip(punctuation + ' ') for w in text.lower().split()}}; the
   * empty string counts as one when a word is all punctuation.
   */
  static final Analysis<Integer> UNIQUE_WORDS =
      Analysis.of("ifbench.uniqueWords", v -> countUniqueWords(v.lower()));

  /** The distinct whitespace-separated words that are coordinating conjunctions, as written. */
  static final Analysis<List<String>> CONJUNCTIONS =
      Analysis.of("ifbench.conjunctions", v -> conjunctions(v.text()));

  /** The names of {@link PersonNames#NAMES} that occur as whole words, in list order. */
  static final Analysis<List<String>> PERSON_NAMES =
      Analysis.of("ifbench.personNames", v -> personNames(v.text()));

  /** {@code len(re.findall(r'\d+', text.translate(<delete string.punctuation>)))}. */
  static final Analysis<Integer> NUMBERS =
      Analysis.of("ifbench.numbers", v -> v.countOfRuns(CountsAndRatiosTexts.NUMBERS, CountsAndRatiosTexts::countNumbers));

  /**
   * How many tokens of {@code nltk.word_tokenize(text.replace('/', ' ').lower())} are English
   * pronouns ({@link Pronouns#PRONOUNS}).
   */
  static final Analysis<Integer> PRONOUNS =
      Analysis.of("ifbench.pronouns", v -> countPronouns(v, Pronouns.PRONOUNS));

  /** As {@link #PRONOUNS}, counting only the personal pronouns ({@link Pronouns#PERSONAL}). */
  static final Analysis<Integer> PERSONAL_PRONOUNS =
      Analysis.of("ifbench.pronouns.personal", v -> countPronouns(v, Pronouns.PERSONAL));

  /** How many Punkt sentences end with '.', '?' and '!' (in that order). */
  static final Analysis<int[]> SENTENCE_ENDINGS = Analysis.of("ifbench.sentenceEndings", v -> {
    int[] counts = new int[3];
    for (String s : v.get(Counts.SENTENCES)) {
      if (s.isEmpty()) continue;
      switch (s.charAt(s.length() - 1)) {
        case '.' -> counts[0]++;
        case '?' -> counts[1]++;
        case '!' -> counts[2]++;
        default -> {}
      }
    }
    return counts;
  });

  /**
   * The character trigrams of the text ({@code nltk.ngrams(text, 3)}) by position, for the sets
   * of the text and of its slices (a loose variant's are counted from its whole's).
   */
  static final Analysis<TrigramOverlap.TrigramPositions> TRIGRAM_POSITIONS =
      Analysis.of("ifbench.trigramPositions", v -> TrigramOverlap.TrigramPositions.of(v.text()));

  // --- scans ---

  /** The end of the whitespace-free run starting at {@code i}. */
  static int wordEnd(String s, int i) {
    int n = s.length();
    while (i < n && !Py.isSpace(s.charAt(i))) i++;
    return i;
  }


  /** {@code s[start:end].strip(string.punctuation + ' ')} (the characters stripped are ASCII). */
  static String stripPunctuation(String s, int start, int end) {
    int from = strippedStart(s, start, end);
    return s.substring(from, strippedEnd(s, from, end));
  }

  /** Where {@link #stripPunctuation} of {@code s[start:end]} starts. */
  private static int strippedStart(String s, int start, int end) {
    while (start < end && isPunctOrSpace(s.charAt(start))) start++;
    return start;
  }

  /** Where {@link #stripPunctuation} of {@code s[start:end]} ends, given its start. */
  private static int strippedEnd(String s, int start, int end) {
    while (end > start && isPunctOrSpace(s.charAt(end - 1))) end--;
    return end;
  }

  private static boolean isPunctOrSpace(char c) {
    return c == ' ' || Py.isPunctuation(c);
  }

  static int countStopwords(String text, Stopwords stopwords) {
    int count = 0;
    int n = text.length();
    for (int start = Py.wordRunStart(text, 0); start < n; ) {
      int end = Py.wordRunEnd(text, start);
      // Stopwords are short; lower() never shortens a word much, so long runs cannot match.
      if (end - start <= 24 && stopwords.containsLowerCaseOf(text, start, end)) count++;
      start = Py.wordRunStart(text, end);
    }
    return count;
  }

  static int countUniqueWords(String lowered) {
    // Words are at least two characters apart: at most (n + 1) / 2 of them.
    DistinctRegions unique = new DistinctRegions(lowered, Math.min((lowered.length() + 1) / 2, 1 << 12));
    int n = lowered.length();
    for (int i = Py.skipSpace(lowered, 0); i < n; i = Py.skipSpace(lowered, i)) {
      int end = wordEnd(lowered, i);
      int start = strippedStart(lowered, i, end);
      unique.add(start, strippedEnd(lowered, start, end));
      i = end;
    }
    return unique.size();
  }

  private static final Set<String> COORDINATING = Set.of("and", "but", "for", "nor", "or", "so", "yet");

  static List<String> conjunctions(String text) {
    // A LinkedHashMap keeps first-seen order for the reason; the reference only counts.
    Map<String, Boolean> seen = new LinkedHashMap<>();
    int n = text.length();
    for (int i = Py.skipSpace(text, 0); i < n; i = Py.skipSpace(text, i)) {
      int end = wordEnd(text, i);
      String core = stripPunctuation(text, i, end);
      if (core.length() <= 6 && COORDINATING.contains(Py.lower(core))) {
        seen.putIfAbsent(text.substring(i, end), Boolean.TRUE);
      }
      i = end;
    }
    return List.copyOf(seen.keySet());
  }

  static List<String> personNames(String text) {
    // \bName\b with Unicode \w finds exactly the maximal runs of word characters equal to Name.
    boolean[] found = new boolean[PersonNames.NAMES.size()];
    int n = text.length();
    for (int start = Py.wordRunStart(text, 0); start < n; ) {
      int end = Py.wordRunEnd(text, start);
      int at = PersonNames.INDEX.positionOf(text, start, end);
      if (at >= 0) found[at] = true;
      start = Py.wordRunStart(text, end);
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < found.length; k++) {
      if (found[k]) out.add(PersonNames.NAMES.get(k));
    }
    return Collections.unmodifiableList(out);
  }

  static int countNumbers(String text) {
    // Deleting the ASCII punctuation first joins "1,000" and "3.5" into one run of digits each:
    // punctuation is transparent here, anything else ends a run.
    int count = 0;
    boolean inRun = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Py.isPunctuation(cp)) continue;
      boolean digit = Py.isDecimal(cp);
      if (digit && !inRun) count++;
      inRun = digit;
    }
    return count;
  }

  /** The tokens of {@code word_tokenize(text.replace('/', ' ').lower())} in {@code pronouns}. */
  private static int countPronouns(TextView v, Set<String> pronouns) {
    String text = Py.lower(v.text().replace('/', ' '));
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    int count = 0;
    // Tokenized a sentence at a time: read run by run (as the capital words are), GPT-4's
    // markdown-heavy answers cost twice as much at 100 K characters (docs/performance.md, round 9).
    for (String sentence : v.sentencesOf(text)) {
      for (String token : tokenizer.tokenize(sentence)) {
        if (pronouns.contains(token)) count++;
      }
    }
    return count;
  }

  /** {@code items} as "[a, b, c]", the first {@code max} of them, then "...". */
  static String listed(List<String> items, int max) {
    if (items.size() <= max) return items.toString();
    return items.subList(0, max).toString().replaceFirst("]$", ", ...]");
  }

  /** "1 word" / "2 words". */
  static String plural(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
