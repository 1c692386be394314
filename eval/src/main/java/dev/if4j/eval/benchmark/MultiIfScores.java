package dev.if4j.eval.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multi-IF's figures ({@code metrics.py}: {@code parse_result} per turn and per language): prompt-
 * and instruction-level accuracy, strict and loose, and their mean, {@code overall}. The bootstrap
 * intervals {@code metrics_gen} adds are unseeded there (no two runs agree), so they are left out.
 */
public final class MultiIfScores {
  /** The pooled group {@code metrics_gen} calls {@code all_languages}. */
  public static final String ALL = "all_languages";

  /** One group's counts: prompts (turns) and instructions, followed strict and loose. */
  public static final class Tally {
    int prompts;
    int promptsStrict;
    int promptsLoose;
    int instructions;
    int instructionsStrict;
    int instructionsLoose;

    void add(boolean[] strict, boolean[] loose) {
      prompts++;
      if (all(strict)) promptsStrict++;
      if (all(loose)) promptsLoose++;
      instructions += strict.length;
      instructionsStrict += count(strict);
      instructionsLoose += count(loose);
    }

    public int prompts() {
      return prompts;
    }

    public double promptLevelStrict() {
      return ratio(promptsStrict, prompts);
    }

    public double instructionLevelStrict() {
      return ratio(instructionsStrict, instructions);
    }

    public double promptLevelLoose() {
      return ratio(promptsLoose, prompts);
    }

    public double instructionLevelLoose() {
      return ratio(instructionsLoose, instructions);
    }

    /** {@code sum([prompt strict, instruction strict, prompt loose, instruction loose]) / 4}. */
    public double overall() {
      return (promptLevelStrict() + instructionLevelStrict() + promptLevelLoose() + instructionLevelLoose()) / 4;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prompts", prompts);
      m.put("instructions", instructions);
      m.put("prompt_level_strict", promptLevelStrict());
      m.put("instruction_level_strict", instructionLevelStrict());
      m.put("prompt_level_loose", promptLevelLoose());
      m.put("instruction_level_loose", instructionLevelLoose());
      m.put("overall", overall());
      return m;
    }

    private static double ratio(int a, int b) {
      // metrics_gen leaves out a language with no turns; an empty group here is only ever all_languages.
      return b == 0 ? 0.0 : (double) a / b;
    }
  }

  /** turn → group (all_languages, then each language in Multi-IF's order) → tally. */
  private final Map<Integer, Map<String, Tally>> byTurn = new TreeMap<>();

  /** Counts one judged turn. */
  public void add(int turn, String language, boolean[] strict, boolean[] loose) {
    Map<String, Tally> groups = byTurn.computeIfAbsent(turn, t -> {
      Map<String, Tally> g = new LinkedHashMap<>();
      g.put(ALL, new Tally());
      for (String l : MultiIfTurns.LANGUAGES) g.put(l, new Tally());
      return g;
    });
    groups.get(ALL).add(strict, loose);
    groups.get(language).add(strict, loose);
  }

  /** The turns scored, each with its non-empty groups in Multi-IF's order. */
  public Map<Integer, Map<String, Tally>> turns() {
    Map<Integer, Map<String, Tally>> out = new TreeMap<>();
    byTurn.forEach((turn, groups) -> {
      Map<String, Tally> kept = new LinkedHashMap<>();
      groups.forEach((name, t) -> {
        if (t.prompts > 0) kept.put(name, t);
      });
      out.put(turn, kept);
    });
    return out;
  }

  /** The summary's {@code turns} section. */
  Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    turns().forEach((turn, groups) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("prompts", groups.get(ALL).prompts);
      Map<String, Object> languages = new LinkedHashMap<>();
      groups.forEach((name, tally) -> languages.put(name, tally.toMap()));
      t.put("languages", languages);
      out.put(Integer.toString(turn), t);
    });
    return out;
  }

  /** The keys {@code metrics_gen} returns: {@code turn_N_prompts_number}, {@code turn_N_<language>_overall}. */
  Map<String, Object> referenceKeys() {
    Map<String, Object> out = new LinkedHashMap<>();
    turns().forEach((turn, groups) -> {
      out.put("turn_" + turn + "_prompts_number", groups.get(ALL).prompts);
      groups.forEach((name, tally) -> out.put("turn_" + turn + "_" + name + "_overall", tally.overall()));
    });
    return out;
  }

  /** A markdown table: one row per turn and group. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("| turn | language | prompts | prompt strict | instruction strict | prompt loose | instruction loose | overall |\n");
    sb.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
    turns().forEach((turn, groups) -> groups.forEach((name, t) -> sb.append(String.format(Locale.ROOT,
        "| %d | %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |\n", turn, name, t.prompts, t.promptLevelStrict(),
        t.instructionLevelStrict(), t.promptLevelLoose(), t.instructionLevelLoose(), t.overall()))));
    return sb.toString();
  }

  private static boolean all(boolean[] xs) {
    for (boolean x : xs) if (!x) return false;
    return true;
  }

  private static int count(boolean[] xs) {
    int n = 0;
    for (boolean x : xs) if (x) n++;
    return n;
  }
}
