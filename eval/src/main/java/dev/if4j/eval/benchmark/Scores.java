package dev.if4j.eval.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy counts of one evaluation mode (strict or loose), as the reference's {@code print_report}
 * computes them: prompt-level (all instructions of a prompt followed), instruction-level, per
 * category (the id's prefix before {@code ':'}) and per instruction id.
 */
public final class Scores {
  /** A followed / total pair. */
  public static final class Count {
    private long followed;
    private long total;

    void add(boolean f) {
      total++;
      if (f) followed++;
    }

    public long followed() {
      return followed;
    }

    public long total() {
      return total;
    }

    /** followed / total (0 when there is nothing to count). */
    public double accuracy() {
      return total == 0 ? 0.0 : (double) followed / total;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("followed", followed);
      m.put("total", total);
      m.put("accuracy", accuracy());
      return m;
    }
  }

  private final Count prompts = new Count();
  private final Count instructions = new Count();
  private final Map<String, Count> categories = new TreeMap<>();
  private final Map<String, Count> byInstruction = new TreeMap<>();

  /** Counts one prompt: its instruction ids and whether each was followed. */
  public void add(List<String> ids, boolean[] followed) {
    boolean all = true;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      boolean f = followed[i];
      all &= f;
      instructions.add(f);
      categories.computeIfAbsent(category(id), k -> new Count()).add(f);
      byInstruction.computeIfAbsent(id, k -> new Count()).add(f);
    }
    prompts.add(all);
  }

  /** {@code detectable_format} for {@code detectable_format:title}. */
  public static String category(String id) {
    int colon = id.indexOf(':');
    return colon < 0 ? id : id.substring(0, colon);
  }

  public Count promptLevel() {
    return prompts;
  }

  public Count instructionLevel() {
    return instructions;
  }

  /** Per category, sorted by name. */
  public Map<String, Count> categories() {
    return categories;
  }

  /** Per instruction id, sorted. */
  public Map<String, Count> instructions() {
    return byInstruction;
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("prompt_level", prompts.toMap());
    m.put("instruction_level", instructions.toMap());
    Map<String, Object> cats = new LinkedHashMap<>();
    categories.forEach((k, v) -> cats.put(k, v.toMap()));
    m.put("categories", cats);
    Map<String, Object> ids = new LinkedHashMap<>();
    byInstruction.forEach((k, v) -> ids.put(k, v.toMap()));
    m.put("instructions", ids);
    return m;
  }
}
