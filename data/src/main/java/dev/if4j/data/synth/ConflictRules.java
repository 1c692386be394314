package dev.if4j.data.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.data.io.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The conflict dictionary: which instructions never share a prompt, read from data ({@code
 * conflicts.json} in this package, or a file of the same shape). Pairs are symmetric. Every
 * instruction conflicts with itself unless it is repeatable and repeats are allowed; then its
 * {@link Measure}s (and everyone else's) decide from the arguments.
 */
public final class ConflictRules {
  /** Why two instructions conflict: where the rule comes from and, for ours, the reason. */
  public record Rule(String source, String why) {}

  /**
   * A bound on one quantity of the response, from one instruction's arguments: a count range
   * {@code [low, high]} ({@code high = Long.MAX_VALUE} for no upper bound), or a required value
   * ({@code is}, e.g. the first word).
   */
  public record Bound(String quantity, long low, long high, String is, String instructionId) {
    /** A single value: a required word, or a count range of one. */
    boolean exact() {
      return is != null || low == high;
    }

    boolean wildcard() {
      return quantity.endsWith(" *");
    }

    /** Whether {@code other} bounds the same quantity (a wildcard covers every word). */
    boolean sameQuantity(Bound other) {
      if (quantity.equals(other.quantity)) return true;
      if (wildcard() && !other.wildcard()) return other.quantity.startsWith(quantity.substring(0, quantity.length() - 1));
      if (other.wildcard() && !wildcard()) return quantity.startsWith(other.quantity.substring(0, other.quantity.length() - 1));
      return false;
    }

    /**
     * True when no response meets both bounds, or when two instructions pin the same quantity to a
     * value each: the prompt would ask for it twice in different words (e.g. "2 paragraphs divided
     * by ***" from {@code length_constraints:number_paragraphs} and {@code paragraphs:paragraphs}).
     */
    boolean contradicts(Bound other) {
      if (!sameQuantity(other)) return false;
      if (exact() && other.exact() && !instructionId.equals(other.instructionId)) return true;
      if (is != null || other.is != null) return is != null && other.is != null && !is.equals(other.is);
      return Math.max(low, other.low) > Math.min(high, other.high);
    }

    @Override
    public String toString() {
      if (is != null) return quantity + " = " + is;
      if (high == Long.MAX_VALUE) return quantity + " >= " + low;
      return low == high ? quantity + " = " + low : quantity + " in [" + low + ", " + high + "]";
    }
  }

  /** One measure of the dictionary: how an instruction's arguments bound a quantity. */
  private record Measure(String quantity, String count, String relation, Object exactly, Object atLeast,
      Object atMost, String is, long floor, Map<String, Object> when, String lettersIn, Object times) {
    /** Whether the measure applies to {@code args}: each argument of {@code when} has its value. */
    boolean applies(Map<String, Object> args) {
      for (Map.Entry<String, Object> w : when.entrySet()) {
        if (!String.valueOf(w.getValue()).equals(String.valueOf(args.get(w.getKey())))) return false;
      }
      return true;
    }
  }

  private static final Rule SELF = new Rule("open-instruct", "one instruction of each kind per prompt");

  private final Map<String, Map<String, Rule>> pairs = new LinkedHashMap<>();
  private final Map<String, List<Map.Entry<Set<String>, Rule>>> everything = new LinkedHashMap<>();
  private final Map<String, String> repeatable = new LinkedHashMap<>();
  private final Map<String, List<Measure>> measures = new LinkedHashMap<>();

  private ConflictRules() {}

  /** The dictionary shipped with if4j. */
  public static ConflictRules builtIn() {
    try (InputStream in = ConflictRules.class.getResourceAsStream("/dev/if4j/data/conflicts.json")) {
      if (in == null) throw new IllegalStateException("conflicts.json is missing from the classpath");
      return parse(JsonValues.MAPPER.readTree(in), "conflicts.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dictionary from {@code file} (same shape as the built-in one). */
  public static ConflictRules read(Path file) throws IOException {
    return parse(JsonValues.MAPPER.readTree(Files.readString(file)), file.toString());
  }

  static ConflictRules parse(JsonNode root, String source) {
    ConflictRules r = new ConflictRules();
    for (JsonNode c : array(root, "conflicts", source)) {
      String id = text(c, "id", source);
      Rule rule = new Rule(c.path("source").asText("if4j"), c.path("why").asText(""));
      JsonNode with = c.get("with");
      if (with != null && with.isTextual() && with.textValue().equals("*")) {
        Set<String> except = new LinkedHashSet<>();
        for (JsonNode e : c.path("except")) except.add(e.asText());
        r.everything.computeIfAbsent(id, k -> new ArrayList<>()).add(Map.entry(except, rule));
      } else if (with != null && with.isArray()) {
        for (JsonNode other : with) r.addPair(id, other.asText(), rule);
      } else {
        throw new IllegalArgumentException(source + ": conflict for " + id + ": 'with' must be \"*\" or a list of ids");
      }
    }
    for (JsonNode c : root.path("repeatable")) r.repeatable.put(text(c, "id", source), c.path("why").asText(""));
    for (JsonNode m : root.path("measures")) {
      String id = text(m, "id", source);
      r.measures.computeIfAbsent(id, k -> new ArrayList<>()).add(new Measure(text(m, "quantity", source),
          m.hasNonNull("count") ? m.get("count").asText() : null,
          m.hasNonNull("relation") ? m.get("relation").asText() : null,
          JsonValues.plain(m.get("exactly")), JsonValues.plain(m.get("at_least")), JsonValues.plain(m.get("at_most")),
          m.hasNonNull("is") ? m.get("is").asText() : null, m.path("floor").asLong(0), when(m.get("when"), source),
          m.hasNonNull("letters_in") ? m.get("letters_in").asText() : null, JsonValues.plain(m.get("times"))));
    }
    return r;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> when(JsonNode when, String source) {
    if (when == null) return Map.of();
    if (!when.isObject()) throw new IllegalArgumentException(source + ": 'when' must be an object of argument values: " + when);
    return (Map<String, Object>) JsonValues.plain(when);
  }

  private static Iterable<JsonNode> array(JsonNode root, String field, String source) {
    JsonNode a = root.get(field);
    if (a == null || !a.isArray()) throw new IllegalArgumentException(source + ": expected an array '" + field + "'");
    return a;
  }

  private static String text(JsonNode n, String field, String source) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) throw new IllegalArgumentException(source + ": entry without a '" + field + "': " + n);
    return v.textValue();
  }

  private void addPair(String a, String b, Rule rule) {
    pairs.computeIfAbsent(a, k -> new LinkedHashMap<>()).putIfAbsent(b, rule);
    pairs.computeIfAbsent(b, k -> new LinkedHashMap<>()).putIfAbsent(a, rule);
  }

  /** Whether {@code id} may appear twice in a prompt when repeats are allowed. */
  public boolean repeatable(String id) {
    return repeatable.containsKey(id);
  }

  /** The ids the dictionary names (to check them against the registries). */
  public Set<String> namedIds() {
    Set<String> out = new LinkedHashSet<>(pairs.keySet());
    out.addAll(everything.keySet());
    everything.values().forEach(l -> l.forEach(e -> out.addAll(e.getKey())));
    out.addAll(repeatable.keySet());
    out.addAll(measures.keySet());
    return out;
  }

  /** The rule that keeps {@code a} and {@code b} apart, or {@code null} when they may meet. */
  public Rule conflict(String a, String b, boolean allowRepeats) {
    if (a.equals(b)) return allowRepeats && repeatable(a) ? null : SELF;
    Map<String, Rule> m = pairs.get(a);
    Rule r = m == null ? null : m.get(b);
    if (r != null) return r;
    r = wildcard(a, b);
    return r != null ? r : wildcard(b, a);
  }

  private Rule wildcard(String a, String b) {
    for (Map.Entry<Set<String>, Rule> e : everything.getOrDefault(a, List.of())) {
      if (!e.getKey().contains(b)) return e.getValue();
    }
    return null;
  }

  /** The bounds {@code args} of instruction {@code id} put on the response. */
  public List<Bound> bounds(String id, Map<String, Object> args) {
    List<Bound> out = new ArrayList<>();
    for (Measure m : measures.getOrDefault(id, List.of())) {
      if (!m.applies(args)) continue;
      if (m.lettersIn != null) {
        Long times = m.times == null ? Long.valueOf(1) : value(m.times, args);
        if (times != null) out.addAll(letterBounds(id, args.get(m.lettersIn), times));
        continue;
      }
      for (String q : expand(m.quantity, args)) {
        if (m.is != null) {
          for (String v : expand(m.is, args)) out.add(new Bound(q, 0, 0, v, id));
          continue;
        }
        long low = 0;
        long high = Long.MAX_VALUE;
        if (m.count != null) {
          Long n = number(args.get(m.count));
          Object rel = args.get(m.relation);
          if (n == null || !(rel instanceof String s)) continue;
          if (s.equals("less than")) high = n - 1;
          else if (s.equals("at least")) low = n;
          else continue;
        } else if (m.exactly != null) {
          Long n = value(m.exactly, args);
          if (n == null) continue;
          low = n;
          high = n;
        } else {
          Long lo = m.atLeast == null ? Long.valueOf(0) : value(m.atLeast, args);
          Long hi = m.atMost == null ? Long.valueOf(Long.MAX_VALUE) : value(m.atMost, args);
          if (lo == null || hi == null) continue;
          low = lo;
          high = hi;
        }
        // A response has at least `floor` of some quantities (a sentence, a word): "less than 1
        // sentence" bounds nothing a response can meet.
        out.add(new Bound(q, Math.max(low, m.floor), high, null, id));
      }
    }
    return out;
  }

  /**
   * The first pair of bounds, one from each list (or two of {@code candidate}), that contradict; a
   * bound no count meets (at least 1, at most 0) contradicts itself.
   */
  public static Bound[] contradiction(List<Bound> chosen, List<Bound> candidate) {
    for (int i = 0; i < candidate.size(); i++) {
      Bound b = candidate.get(i);
      if (b.is == null && b.low > b.high) return new Bound[] {b, b};
      for (Bound a : chosen) {
        if (a.contradicts(b)) return new Bound[] {a, b};
      }
      for (int j = 0; j < i; j++) {
        if (candidate.get(j).contradicts(b)) return new Bound[] {candidate.get(j), b};
      }
    }
    return null;
  }

  /**
   * "letter x" at least {@code times} as often as x occurs in {@code text} (a string, or a list of
   * them), for each letter of it, compared lowercased as keywords:letter_frequency counts; and
   * "letters" (ASCII letters, as letters:letter_counting counts) at least {@code times} their
   * total. The letters of a required word, end phrase or marker are in every response that follows
   * the instruction.
   */
  private static List<Bound> letterBounds(String id, Object text, long times) {
    StringBuilder all = new StringBuilder();
    if (text instanceof String s) all.append(s);
    else if (text instanceof List<?> l) l.forEach(x -> {
      if (x instanceof String s) all.append(s);
    });
    Map<Character, Long> counts = new TreeMap<>();
    long ascii = 0;
    for (char c : all.toString().toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c)) counts.merge(c, 1L, Long::sum);
      if (c >= 'a' && c <= 'z') ascii++;
    }
    List<Bound> out = new ArrayList<>();
    counts.forEach((c, n) -> out.add(new Bound("letter " + c, n * times, Long.MAX_VALUE, null, id)));
    if (ascii > 0) out.add(new Bound("letters", ascii * times, Long.MAX_VALUE, null, id));
    return out;
  }

  /**
   * A count from a measure: a number, {@code "{arg}"} (the argument's value), or {@code
   * {"occurrences": TEXT, "in": ARG}} (how often TEXT occurs in the argument's text, e.g. the commas
   * of a prompt to repeat).
   */
  private static Long value(Object spec, Map<String, Object> args) {
    if (spec instanceof String s && s.startsWith("{") && s.endsWith("}")) {
      return number(args.get(s.substring(1, s.length() - 1)));
    }
    if (spec instanceof Map<?, ?> m && m.get("occurrences") instanceof String text && !text.isEmpty()
        && m.get("in") instanceof String arg) {
      if (!(args.get(arg) instanceof String in)) return null;
      long n = 0;
      for (int at = in.indexOf(text); at >= 0; at = in.indexOf(text, at + text.length())) n++;
      return n;
    }
    return number(spec);
  }

  private static Long number(Object v) {
    if (v instanceof Long l) return l;
    if (v instanceof Integer i) return i.longValue();
    if (v instanceof Double d && d == Math.rint(d)) return d.longValue();
    return null;
  }

  /**
   * {@code template} with its {@code {arg}} filled: one result per item when the argument is a
   * list, none when it is missing. Words are compared lowercased and stripped, as the checkers
   * compare them.
   */
  private static List<String> expand(String template, Map<String, Object> args) {
    int open = template.indexOf('{');
    int close = template.indexOf('}', open + 1);
    if (open < 0 || close < 0) return List.of(template);
    Object v = args.get(template.substring(open + 1, close));
    List<String> values = new ArrayList<>();
    if (v instanceof String s) values.add(s);
    else if (v instanceof List<?> l) l.forEach(x -> {
      if (x instanceof String s) values.add(s);
    });
    List<String> out = new ArrayList<>();
    for (String s : values) {
      out.add(template.substring(0, open) + s.strip().toLowerCase(Locale.ROOT) + template.substring(close + 1));
    }
    return out;
  }
}
