package dev.if4j.data.synth;

import static dev.if4j.data.io.JsonValues.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a synthesis run did: how often each instruction was used, how many instructions prompts
 * got, and which conflicts were avoided. Every map is keyed by instruction ids (bounded by the
 * registries' size, whatever the number of rows) and printed in a sorted order.
 */
public final class SynthStats {
  private long rows;
  private long constraints;
  private long shortRows;
  private final TreeMap<Integer, Long> perPrompt = new TreeMap<>();
  private final TreeMap<String, Long> frequency = new TreeMap<>();
  private final TreeMap<String, Long> idConflicts = new TreeMap<>();
  private final TreeMap<String, Long> argumentConflicts = new TreeMap<>();
  private final TreeMap<String, Long> invalidDraws = new TreeMap<>();
  private long ourRules;
  private long referenceRules;
  /** Rows checked by a {@link ResponseConstructor}, by outcome; null when none was. */
  private TreeMap<String, Long> satisfiability;
  private final TreeMap<String, Long> withoutConstructor = new TreeMap<>();
  private final List<Map<String, Object>> notShown = new ArrayList<>();
  /** Rows listed in {@code not_shown}: enough to investigate, bounded on any input. */
  static final int NOT_SHOWN_LISTED = 100;

  void row(List<String> ids, int wanted) {
    rows++;
    constraints += ids.size();
    if (ids.size() < wanted) shortRows++;
    perPrompt.merge(ids.size(), 1L, Long::sum);
    for (String id : ids) frequency.merge(id, 1L, Long::sum);
  }

  void idConflict(String candidate, String chosen, ConflictRules.Rule rule) {
    idConflicts.merge(pair(candidate, chosen), 1L, Long::sum);
    if (rule.source().equals("open-instruct")) referenceRules++;
    else ourRules++;
  }

  void argumentConflict(String a, String b) {
    argumentConflicts.merge(pair(a, b), 1L, Long::sum);
  }

  void invalidDraw(String id) {
    invalidDraws.merge(id, 1L, Long::sum);
  }

  /** A row's satisfiability check: its outcome counted, and the row listed when it was not shown. */
  void checked(Object key, List<String> ids, ResponseConstructor.Outcome outcome) {
    if (satisfiability == null) satisfiability = new TreeMap<>();
    satisfiability.merge(outcome.status().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
    switch (outcome.status()) {
      case NO_CONSTRUCTOR -> outcome.refusing().forEach(id -> withoutConstructor.merge(id, 1L, Long::sum));
      case NOT_SHOWN -> {
        if (notShown.size() < NOT_SHOWN_LISTED) {
          notShown.add(object("key", String.valueOf(key), "instructions", ids, "refused_by", outcome.refusing()));
        }
      }
      case SATISFIED -> { }
    }
  }

  /** Rows per outcome of the satisfiability check (empty when it did not run). */
  public Map<String, Long> satisfiability() {
    return satisfiability == null ? Map.of() : satisfiability;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
  }

  public long rows() {
    return rows;
  }

  public long constraints() {
    return constraints;
  }

  public Map<String, Long> frequency() {
    return frequency;
  }

  public Map<Integer, Long> perPrompt() {
    return perPrompt;
  }

  public Map<String, Long> idConflicts() {
    return idConflicts;
  }

  public Map<String, Long> argumentConflicts() {
    return argumentConflicts;
  }

  public long conflictsAvoided() {
    return idConflicts.values().stream().mapToLong(Long::longValue).sum()
        + argumentConflicts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The report as JSON-ready maps (keys in a fixed order). */
  public Map<String, Object> toMap() {
    Map<String, Object> perPromptOut = new LinkedHashMap<>();
    perPrompt.forEach((k, v) -> perPromptOut.put(k.toString(), v));
    List<Map.Entry<String, Long>> byCount = new ArrayList<>(frequency.entrySet());
    byCount.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()));
    Map<String, Object> freq = new LinkedHashMap<>();
    byCount.forEach(e -> freq.put(e.getKey(), e.getValue()));
    return object(
        "rows", rows,
        "constraints", constraints,
        "constraints_per_prompt", perPromptOut,
        "mean_constraints_per_prompt", rows == 0 ? 0.0 : Math.round(1e4 * constraints / (double) rows) / 1e4,
        "rows_with_fewer_than_drawn", shortRows,
        "constraint_frequency", freq,
        "conflicts_avoided", object(
            "total", conflictsAvoided(),
            "by_open_instruct_rules", referenceRules,
            "by_if4j_rules", ourRules,
            "instruction_pairs", new LinkedHashMap<>(idConflicts),
            "contradicting_arguments", new LinkedHashMap<>(argumentConflicts)),
        "invalid_argument_draws", new LinkedHashMap<>(invalidDraws),
        "satisfiability", satisfiabilityMap());
  }

  /**
   * The check's report: rows shown satisfiable (a constructed response that every checker accepts),
   * rows with an instruction that has no constructor (and which), and rows not shown (listed).
   */
  private Map<String, Object> satisfiabilityMap() {
    if (satisfiability == null) return object("checked", false);
    long satisfied = satisfiability.getOrDefault("satisfied", 0L);
    long notShownCount = satisfiability.getOrDefault("not_shown", 0L);
    long constructible = satisfied + notShownCount;
    return object(
        "checked", true,
        "rows_shown_satisfiable", satisfied,
        "rows_not_shown", notShownCount,
        "rows_without_constructor", satisfiability.getOrDefault("no_constructor", 0L),
        "coverage", rows == 0 ? 0.0 : Math.round(1e4 * constructible / (double) rows) / 1e4,
        "shown_of_constructible", constructible == 0 ? 0.0 : Math.round(1e4 * satisfied / (double) constructible) / 1e4,
        "instructions_without_constructor", new LinkedHashMap<>(withoutConstructor),
        "not_shown", List.copyOf(notShown));
  }

  /** A few lines for a terminal. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d prompts, %d constraints (%.2f per prompt; ", rows, constraints,
        rows == 0 ? 0.0 : constraints / (double) rows));
    StringBuilder hist = new StringBuilder();
    perPrompt.forEach((k, v) -> hist.append(hist.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
    sb.append(hist).append(")\n");
    sb.append(String.format(Locale.ROOT, "conflicts avoided: %d (%d instruction pairs by open-instruct's rules, %d by if4j's,"
        + " %d contradicting arguments); %d distinct instructions used%n", conflictsAvoided(), referenceRules, ourRules,
        argumentConflicts.values().stream().mapToLong(Long::longValue).sum(), frequency.size()));
    if (shortRows > 0) sb.append(shortRows).append(" prompts got fewer constraints than drawn (every other instruction conflicted)\n");
    if (satisfiability != null) {
      sb.append(String.format(Locale.ROOT, "satisfiability: %d rows shown satisfiable by a constructed response, %d not shown"
          + " (listed in the stats), %d with an instruction that has no constructor%n", satisfiability.getOrDefault("satisfied", 0L),
          satisfiability.getOrDefault("not_shown", 0L), satisfiability.getOrDefault("no_constructor", 0L)));
    }
    return sb.toString();
  }
}
