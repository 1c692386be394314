package dev.if4j.text.stopwords;

import dev.if4j.text.AsciiWordSet;
import dev.if4j.text.Py;
import dev.if4j.text.PyLines;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stopword list as {@code nltk.corpus.stopwords.words(lang)} returns it (NLTK 3.8), with a set
 * view for membership tests ({@code t.lower() in stopwords}).
 *
 * <p>NLTK reads the file as UTF-8, splits it into lines with {@code str.splitlines()} (so {@code
 * \r}, {@code \f}, U+2028 and the other Python line boundaries also end a line), drops lines that
 * are only whitespace, and keeps every other line as it is, surrounding spaces included. Instances
 * are immutable and thread-safe.
 */
public final class Stopwords {
  /** Where the English list lives inside a resource directory. */
  public static final String ENGLISH = "nltk/corpora/stopwords/english";

  private final List<String> words;
  private final Set<String> set;
  /** The words an ASCII run of word characters can be once lower-cased: [a-z0-9_]+. */
  private final AsciiWordSet asciiLowerCase;

  private Stopwords(List<String> words) {
    this.words = List.copyOf(words);
    this.set = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(words));
    this.asciiLowerCase = AsciiWordSet.of(set.stream()
        .filter(w -> !w.isEmpty() && w.chars().allMatch(c -> AsciiWordSet.isAsciiWordChar(c) && !(c >= 'A' && c <= 'Z')))
        .toList());
  }

  /** {@code stopwords.words('english')} from {@code store}. */
  public static Stopwords english(ResourceStore store) {
    return load(Objects.requireNonNull(store, "store").require(ENGLISH));
  }

  /** A list read from {@code file} (one word a line). */
  public static Stopwords load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stopword list " + file, e);
    }
  }

  /** A list from the text of a stopwords file. */
  public static Stopwords parse(String text) {
    List<String> out = new ArrayList<>();
    for (String line : PyLines.splitLines(text)) {
      if (!Py.rstrip(line).isEmpty()) out.add(line);
    }
    return new Stopwords(out);
  }

  /** The words in file order (duplicates kept, as NLTK's list keeps them). */
  public List<String> words() {
    return words;
  }

  /** The distinct words, in file order. */
  public Set<String> asSet() {
    return set;
  }

  /** {@code word in stopwords.words(...)}: exact, case-sensitive membership. */
  public boolean contains(String word) {
    return set.contains(word);
  }

  /**
   * {@code text[from:to].lower() in stopwords}; without copying the region when it is made of
   * ASCII letters, digits and '_' (a {@code \w} run, mostly), whose lower case is such a word too.
   */
  public boolean containsLowerCaseOf(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!AsciiWordSet.isAsciiWordChar(text.charAt(i))) return set.contains(Py.lower(text.substring(from, to)));
    }
    return asciiLowerCase.containsAsciiLowerCase(text, from, to);
  }

  public int size() {
    return words.size();
  }

  @Override
  public String toString() {
    return "Stopwords[" + words.size() + " words]";
  }
}
