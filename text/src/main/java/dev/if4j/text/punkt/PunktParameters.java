package dev.if4j.text.punkt;

import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The learned model of a Punkt tokenizer: abbreviation types, collocations, frequent sentence
 * starters and the orthographic context of every word type seen in training.
 *
 * <p>Read once from a {@code punkt_tab} language directory and never changed afterwards, so one
 * instance can serve every thread. Types are stored exactly as the files spell them (lower case,
 * numbers folded to {@code ##number##}); an entry like {@code ". . "} keeps its trailing space,
 * which is why lines are split on {@code \n} only and never trimmed.
 */
public final class PunktParameters {
  /** Orthographic context bits, as the training pass recorded them. */
  static final int ORTHO_BEG_UC = 1 << 1;
  static final int ORTHO_MID_UC = 1 << 2;
  static final int ORTHO_UNK_UC = 1 << 3;
  static final int ORTHO_BEG_LC = 1 << 4;
  static final int ORTHO_MID_LC = 1 << 5;
  static final int ORTHO_UNK_LC = 1 << 6;
  static final int ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC;
  static final int ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC;

  /** Where the English model lives inside a resource directory. */
  public static final String ENGLISH_DIR = "nltk/tokenizers/punkt_tab/english";

  /** Where the French model lives inside a resource directory. */
  public static final String FRENCH_DIR = "nltk/tokenizers/punkt_tab/french";

  // Never changed after construction (safely published by the final fields), so not copied into
  // immutable collections: copying the 20,000 orthographic types again was about half of loading
  // the English model, which every short run that splits sentences pays.
  private final Set<String> abbrevTypes;
  private final Map<String, Set<String>> collocations;
  private final Set<String> sentStarters;
  private final Map<String, Integer> orthoContext;

  /** Takes the collections as they are: callers pass collections of their own that nobody changes. */
  private PunktParameters(
      Set<String> abbrevTypes,
      Map<String, Set<String>> collocations,
      Set<String> sentStarters,
      Map<String, Integer> orthoContext) {
    this.abbrevTypes = abbrevTypes;
    this.collocations = collocations;
    this.sentStarters = sentStarters;
    this.orthoContext = orthoContext;
  }

  /** The English model from {@code store} (the four files of {@link #ENGLISH_DIR}). */
  public static PunktParameters english(ResourceStore store) {
    return load(store, ENGLISH_DIR);
  }

  /**
   * The French model from {@code store} (the four files of {@link #FRENCH_DIR}): what {@code
   * nltk.data.load("tokenizers/punkt/french.pickle")} holds.
   */
  public static PunktParameters french(ResourceStore store) {
    return load(store, FRENCH_DIR);
  }

  private static PunktParameters load(ResourceStore store, String dir) {
    Objects.requireNonNull(store, "store");
    return new PunktParameters(
        new HashSet<>(lines(store.require(dir + "/abbrev_types.txt"))),
        parseCollocations(lines(store.require(dir + "/collocations.tab"))),
        new HashSet<>(lines(store.require(dir + "/sent_starters.txt"))),
        parseOrthoContext(read(store.require(dir + "/ortho_context.tab"))));
  }

  /**
   * These parameters with {@code more} abbreviation types added, as a caller's {@code
   * tokenizer._params.abbrev_types.update(more)} does (M-IFEval's French list). Types are taken as
   * given: Punkt compares them with a token's lower-cased type without its final period.
   */
  public PunktParameters withAbbreviations(Collection<String> more) {
    Set<String> abbrevs = new HashSet<>(abbrevTypes);
    abbrevs.addAll(more);
    return new PunktParameters(abbrevs, collocations, sentStarters, orthoContext);
  }

  /** Parameters given directly (tests, custom models). Pairs are {@code [first, second]}. */
  public static PunktParameters of(
      Set<String> abbrevTypes,
      Set<List<String>> collocations,
      Set<String> sentStarters,
      Map<String, Integer> orthoContext) {
    Map<String, Set<String>> colls = new HashMap<>();
    for (List<String> pair : collocations) {
      if (pair.size() != 2) throw new IllegalArgumentException("collocation is not a pair: " + pair);
      colls.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
    }
    return new PunktParameters(
        new HashSet<>(abbrevTypes), colls, new HashSet<>(sentStarters), new HashMap<>(orthoContext));
  }

  boolean isAbbrevType(String type) {
    return abbrevTypes.contains(type);
  }

  boolean isCollocation(String first, String second) {
    Set<String> seconds = collocations.get(first);
    return seconds != null && seconds.contains(second);
  }

  boolean isSentStarter(String type) {
    return sentStarters.contains(type);
  }

  /** The context flags of {@code type}; 0 for a type never seen in training. */
  int orthoContext(String type) {
    Integer flags = orthoContext.get(type);
    return flags == null ? 0 : flags;
  }

  public int abbrevTypeCount() {
    return abbrevTypes.size();
  }

  public int orthoContextCount() {
    return orthoContext.size();
  }

  // Parsing.

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Punkt parameters " + file, e);
    }
  }

  private static List<String> lines(Path file) {
    String content = read(file);
    // Split on \n only: Java's line readers would also break at \r, \u2028 and friends, and a type
    // may legitimately end in a space.
    List<String> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = content.indexOf('\n', from)) >= 0) {
      out.add(content.substring(from, at));
      from = at + 1;
    }
    if (from < content.length()) out.add(content.substring(from));
    return out;
  }

  private static Map<String, Set<String>> parseCollocations(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty()) continue;
      int tab = line.indexOf('\t');
      if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IllegalArgumentException("malformed Punkt collocation line: " + line);
      }
      out.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>())
          .add(line.substring(tab + 1));
    }
    return out;
  }

  /**
   * The {@code type<TAB>flags} lines of {@code content} (split on {@code \n} only, as {@link
   * #lines}), read where they lie: the English file has 20,000 of them, and no list of lines or
   * substring of the flags is made for a line whose flags are plain digits.
   */
  private static Map<String, Integer> parseOrthoContext(String content) {
    Map<String, Integer> out = new HashMap<>(content.length() / 6);
    int from = 0;
    while (from < content.length()) {
      int end = content.indexOf('\n', from);
      if (end < 0) end = content.length();
      if (end > from) {
        // The flags are the last field; split there so that a type is taken whole.
        int tab = content.lastIndexOf('\t', end - 1);
        if (tab < from) {
          throw new IllegalArgumentException("malformed Punkt ortho_context line: " + content.substring(from, end));
        }
        out.merge(content.substring(from, tab), flags(content, tab + 1, end, from), (a, b) -> a | b);
      }
      from = end + 1;
    }
    return out;
  }

  /** The flags in {@code content[start, end)}: plain digits directly, anything else as Integer.parseInt of the trimmed text. */
  private static int flags(String content, int start, int end, int lineStart) {
    if (end == start || end - start > 9) return parsedFlags(content, start, end, lineStart);
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      if (c < '0' || c > '9') return parsedFlags(content, start, end, lineStart);
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int parsedFlags(String content, int start, int end, int lineStart) {
    try {
      return Integer.parseInt(content.substring(start, end).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "malformed Punkt ortho_context line: " + content.substring(lineStart, end), e);
    }
  }
}
