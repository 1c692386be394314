package dev.if4j.text.syllables;

import dev.if4j.text.Py;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Syllable counts as Python's {@code syllapy.count(word)} (syllapy 0.7.2) gives them.
 *
 * <p>A word is first cleaned (outer whitespace, lower case, outer ASCII punctuation); an empty word
 * or one with a decimal digit counts 0. Known words come from syllapy's dictionary ({@code
 * syllapy/data.csv}: word, count). An unknown word with a hyphen after its first character is
 * split at the first hyphen and both parts are counted the same way (0 if either counts 0).
 * Anything else is counted by rule: one syllable per group of vowels ({@code aeiouy}), minus a
 * silent final {@code e}, plus one for a final consonant + {@code le}, and never less than one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyllableCounter {
  /** Where syllapy's dictionary lives inside a resource directory. */
  public static final String DICTIONARY = "syllapy/data.csv";

  private static final String VOWELS = "aeiouy";

  private final Map<String, Integer> dictionary;
  private final int maxKeyLength; // a longer part cannot be a dictionary word

  private SyllableCounter(Map<String, Integer> dictionary) {
    this.dictionary = Map.copyOf(dictionary);
    int max = 0;
    for (String k : this.dictionary.keySet()) max = Math.max(max, k.length());
    this.maxKeyLength = max;
  }

  /** The counter with syllapy's dictionary from {@code store}. */
  public static SyllableCounter load(ResourceStore store) {
    return load(Objects.requireNonNull(store, "store").require(DICTIONARY));
  }

  /** The counter with the dictionary in {@code csv} (rows {@code word,count}). */
  public static SyllableCounter load(Path csv) {
    String text;
    try {
      text = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read syllable dictionary " + csv, e);
    }
    return new SyllableCounter(parse(text, csv.toString()));
  }

  /** A counter over the given dictionary (tests, custom word lists). */
  public static SyllableCounter of(Map<String, Integer> dictionary) {
    return new SyllableCounter(dictionary);
  }

  /** The number of dictionary words. */
  public int dictionarySize() {
    return dictionary.size();
  }

  /**
   * {@code syllapy.count(word)}; 0 for null.
   *
   * <p>syllapy recurses once per hyphen, cleaning and searching the rest of the word each time, so
   * it is quadratic in the number of hyphens and raises {@code RecursionError} at about a thousand
   * of them. This walks the word once instead (giving the count the recursion would reach): each
   * remaining part is an index range of the cleaned word, re-cleaned by moving its ends. Lowering
   * again is a no-op because {@code lower()} is idempotent (checked on every code point, Python
   * and Java).
   */
  public int count(String word) {
    if (word == null) return 0;
    String w = clean(word);
    int s = 0;
    int e = w.length();
    int total = 0;
    int digitAt = -1; // first decimal digit at or after s (w.length() if none)
    int newlineAt = -1; // first '\n' after the last hyphen split on (w.length() if none)
    boolean cleaned = true;
    while (true) {
      if (!cleaned) {
        // The part [s, e) as count() cleans it: strip whitespace once, then punctuation once (so
        // ", x" keeps its space, as in the reference).
        while (s < e && Py.isSpace(w.charAt(s))) s++;
        while (e > s && Py.isSpace(w.charAt(e - 1))) e--;
        while (s < e && Py.isPunctuation(w.charAt(s))) s++;
        while (e > s && Py.isPunctuation(w.charAt(e - 1))) e--;
      }
      cleaned = false;
      if (s >= e) return 0;
      if (digitAt < s) digitAt = nextDecimal(w, s);
      if (digitAt < e) return 0;
      if (e - s <= maxKeyLength) {
        Integer known = dictionary.get(w.substring(s, e));
        if (known != null) return known == 0 ? 0 : total + known;
      }
      // re.match("([^-]+)-(.+)", part): the text before the first hyphen (not empty), then at
      // least one character after it; '.' stops at a newline, so the second part ends there.
      int hyphen = w.indexOf('-', s);
      if (hyphen > s && hyphen + 1 < e && w.charAt(hyphen + 1) != '\n') {
        if (newlineAt <= hyphen) {
          newlineAt = w.indexOf('\n', hyphen + 1);
          if (newlineAt < 0) newlineAt = w.length();
        }
        int s1 = countSimple(w.substring(s, hyphen));
        if (s1 == 0) return 0;
        total += s1;
        s = hyphen + 1;
        e = Math.min(e, newlineAt);
        continue;
      }
      return total + byRule(w.substring(s, e));
    }
  }

  /** {@code count} of a part that has no hyphen, so the compound rule cannot apply. */
  private int countSimple(String part) {
    String w = clean(part);
    if (w.isEmpty() || nextDecimal(w, 0) < w.length()) return 0;
    Integer known = dictionary.get(w);
    return known != null ? known : byRule(w);
  }

  /** {@code word.strip().lower().strip(string.punctuation)}. */
  private static String clean(String word) {
    return Py.strip(Py.lower(Py.strip(word)), Py.PUNCTUATION);
  }

  /** Where {@code re.search(r"\d", w[from:])} would match (a Unicode decimal digit), or w.length(). */
  private static int nextDecimal(String w, int from) {
    for (int i = from; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Py.isDecimal(cp)) return i;
      i += Character.charCount(cp);
    }
    return w.length();
  }

  /** syllapy's {@code _syllables}: vowel groups and the two ending adjustments. Never below 1. */
  static int byRule(String w) {
    int[] cps = w.codePoints().toArray();
    int n = cps.length;
    int count = isVowel(cps[0]) ? 1 : 0;
    for (int i = 1; i < n; i++) {
      if (isVowel(cps[i]) && !isVowel(cps[i - 1])) count++;
    }
    if (cps[n - 1] == 'e') {
      count--;
      if (n > 2 && cps[n - 2] == 'l' && !isVowel(cps[n - 3])) count++;
    }
    return count == 0 ? 1 : count;
  }

  private static boolean isVowel(int cp) {
    return cp < 0x80 && VOWELS.indexOf(cp) >= 0;
  }

  /**
   * Reads rows as Python's {@code csv.reader} does for this file: comma separated, a field may be
   * double-quoted (a doubled quote inside is one quote). A later row for the same word replaces
   * the earlier one, as assigning into a dict does.
   */
  static Map<String, Integer> parse(String text, String source) {
    Map<String, Integer> words = new HashMap<>();
    int lineNo = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      lineNo++;
      java.util.List<String> fields = new java.util.ArrayList<>(2);
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean inQuotes = false;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (inQuotes) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              inQuotes = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.isEmpty() && !quoted) {
          inQuotes = true;
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          quoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
          i++;
          break;
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (fields.size() < 2) {
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": expected 'word,count' but found " + fields);
      }
      int value;
      try {
        value = Integer.parseInt(Py.strip(fields.get(1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": not a syllable count: " + fields.get(1), e);
      }
      words.put(fields.get(0), value);
    }
    return words;
  }
}
