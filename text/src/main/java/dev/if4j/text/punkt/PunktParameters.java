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

  private final Set<String> abbrevTypes;
  private final Map<String, Set<String>> collocations;
  private final Set<String> sentStarters;
  private final Map<String, Integer> orthoContext;

  private PunktParameters(
      Set<String> abbrevTypes,
      Map<String, Set<String>> collocations,
      Set<String> sentStarters,
      Map<String, Integer> orthoContext) {
    this.abbrevTypes = Set.copyOf(abbrevTypes);
    Map<String, Set<String>> colls = new HashMap<>();
    collocations.forEach((k, v) -> colls.put(k, Set.copyOf(v)));
    this.collocations = Map.copyOf(colls);
    this.sentStarters = Set.copyOf(sentStarters);
    this.orthoContext = Map.copyOf(orthoContext);
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
        parseOrthoContext(lines(store.require(dir + "/ortho_context.tab"))));
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
    return new PunktParameters(abbrevTypes, colls, sentStarters, orthoContext);
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

  private static List<String> lines(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Punkt parameters " + file, e);
    }
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

  private static Map<String, Integer> parseOrthoContext(List<String> lines) {
    Map<String, Integer> out = new HashMap<>(lines.size() * 2);
    for (String line : lines) {
      if (line.isEmpty()) continue;
      // The flags are the last field; split there so that a type is taken whole.
      int tab = line.lastIndexOf('\t');
      if (tab < 0) throw new IllegalArgumentException("malformed Punkt ortho_context line: " + line);
      int flags;
      try {
        flags = Integer.parseInt(line.substring(tab + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("malformed Punkt ortho_context line: " + line, e);
      }
      out.merge(line.substring(0, tab), flags, (a, b) -> a | b);
    }
    return out;
  }
}
