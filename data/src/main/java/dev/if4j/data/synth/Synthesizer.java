package dev.if4j.data.synth;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.data.Task;
import dev.if4j.text.PyRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Multi-constraint prompt synthesis (IF-RLVR's recipe): to a base prompt, append 1..n instructions
 * drawn from the registries, with arguments drawn as the reference draws them (or from a {@link
 * ArgRanges} file), never two that the {@link ConflictRules} keep apart, each described with its
 * own template.
 *
 * <p>Deterministic: row {@code i} draws from a generator seeded with {@code (seed, i)} alone, so
 * the same seed gives the same rows, and a row does not depend on the rows before it.
 *
 * <p>Per row: the count is drawn; then instructions are drawn by weight from those still open. One
 * that conflicts with an instruction already chosen is closed for the row (a conflict avoided).
 * Its arguments are drawn (the row's base prompt handed to those that repeat or quote it) and must
 * read back: rebuilt from them, the instruction must need no random fill and give back the same
 * arguments (else the draw is invalid and redrawn); and their bounds must not contradict those of
 * the chosen ones (else redrawn). After {@link #MAX_DRAWS} failed draws the instruction is closed
 * for the row. A row gets fewer instructions than drawn only when none is left open.
 */
public final class Synthesizer {
  /** Draws of one instruction's arguments before it is given up for the row. */
  public static final int MAX_DRAWS = 8;

  /** Arguments that synthesis fills with the base prompt rather than drawing. */
  private static final Set<String> PROMPT_ARGS = Set.of("prompt_to_repeat", "instruction");

  /** The settings of a run. */
  public record Config(List<Registry> registries, int minCount, int maxCount, ArgRanges ranges,
      ConflictRules rules, boolean allowRepeats, long seed, String separator, Set<String> exclude) {
    public Config {
      registries = List.copyOf(registries);
      if (registries.isEmpty()) throw new IllegalArgumentException("no registry to draw from");
      if (minCount < 1 || maxCount < minCount) {
        throw new IllegalArgumentException("the constraint count range must be 1 <= min <= max, got " + minCount + "-" + maxCount);
      }
      Objects.requireNonNull(ranges);
      Objects.requireNonNull(rules);
      Objects.requireNonNull(separator);
      exclude = Set.copyOf(exclude);
    }
  }

  /** One appended instruction. */
  public record Drawn(String id, Map<String, Object> args, String description) {}

  /** A synthesized row: the task (prompt with the descriptions appended) and what was appended. */
  public record Result(Task task, List<Drawn> constraints) {}

  private final Config config;
  private final List<ConstraintType> pool = new ArrayList<>();
  private final double[] weights;

  public Synthesizer(Config config) {
    this.config = config;
    Set<String> seen = new LinkedHashSet<>();
    for (Registry r : config.registries()) {
      for (ConstraintType t : r.types()) {
        if (seen.add(t.id()) && !config.exclude().contains(t.id()) && config.ranges().weight(t.id()) > 0) pool.add(t);
      }
    }
    for (String id : config.exclude()) {
      if (!seen.contains(id)) throw new IllegalArgumentException("cannot exclude '" + id + "': no such instruction in these registries");
    }
    for (String id : config.ranges().namedIds()) {
      if (!seen.contains(id)) throw new IllegalArgumentException("the ranges name '" + id + "', which these registries do not have");
    }
    if (pool.isEmpty()) throw new IllegalArgumentException("every instruction is excluded");
    weights = new double[pool.size()];
    for (int i = 0; i < pool.size(); i++) weights[i] = config.ranges().weight(pool.get(i).id());
  }

  /** The instruction types synthesis draws from, in registry order. */
  public List<ConstraintType> pool() {
    return List.copyOf(pool);
  }

  /** The generator of row {@code index}: a function of the seed and the index only. */
  static PyRandom rowRandom(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return new PyRandom(z & Long.MAX_VALUE);
  }

  /** Synthesizes row {@code index} from {@code basePrompt}; its key is {@code key}. */
  public Result synthesize(long index, Object key, String basePrompt, SynthStats stats) {
    PyRandom random = rowRandom(config.seed(), index);
    int wanted = config.ranges().drawCount(random, config.minCount(), config.maxCount());
    boolean[] open = new boolean[pool.size()];
    java.util.Arrays.fill(open, true);
    int openCount = pool.size();
    List<Drawn> chosen = new ArrayList<>();
    List<String> chosenIds = new ArrayList<>();
    List<ConflictRules.Bound> bounds = new ArrayList<>();
    while (chosen.size() < wanted && openCount > 0) {
      int pick = pickOpen(random, open);
      ConstraintType type = pool.get(pick);
      String id = type.id();
      ConflictRules.Rule rule = null;
      String against = null;
      for (String c : chosenIds) {
        rule = config.rules().conflict(id, c, config.allowRepeats());
        if (rule != null) {
          against = c;
          break;
        }
      }
      if (rule != null) {
        if (!against.equals(id)) stats.idConflict(id, against, rule);
        open[pick] = false;
        openCount--;
        continue;
      }
      Drawn drawn = null;
      for (int attempt = 0; attempt < MAX_DRAWS && drawn == null; attempt++) {
        Drawn d = draw(type, random, basePrompt);
        if (d == null) {
          stats.invalidDraw(id);
          continue;
        }
        List<ConflictRules.Bound> mine = config.rules().bounds(id, d.args());
        ConflictRules.Bound[] clash = ConflictRules.contradiction(bounds, mine);
        if (clash != null) {
          stats.argumentConflict(clash[0].instructionId(), clash[1].instructionId());
          continue;
        }
        bounds.addAll(mine);
        drawn = d;
      }
      if (drawn == null || !(config.allowRepeats() && config.rules().repeatable(id))) {
        open[pick] = false;
        openCount--;
      }
      if (drawn != null) {
        chosen.add(drawn);
        chosenIds.add(id);
      }
    }
    stats.row(chosenIds, wanted);
    StringBuilder prompt = new StringBuilder(basePrompt);
    List<Map<String, Object>> kwargs = new ArrayList<>();
    for (Drawn d : chosen) {
      prompt.append(config.separator()).append(d.description());
      kwargs.add(d.args());
    }
    Object k = key != null ? key : index;
    return new Result(new Task(k, prompt.toString(), chosenIds, kwargs), List.copyOf(chosen));
  }

  private int pickOpen(PyRandom random, boolean[] open) {
    double total = 0;
    for (int i = 0; i < open.length; i++) if (open[i]) total += weights[i];
    double x = random.random() * total;
    int last = -1;
    for (int i = 0; i < open.length; i++) {
      if (!open[i]) continue;
      last = i;
      x -= weights[i];
      if (x < 0) return i;
    }
    return last;
  }

  /**
   * Draws arguments for {@code type}, or {@code null} when they do not read back (see the class
   * comment). Arguments come in the order the type declares them.
   */
  Drawn draw(ConstraintType type, PyRandom random, String basePrompt) {
    String id = type.id();
    Map<String, Object> given = new LinkedHashMap<>();
    for (ArgSpec a : type.args()) {
      if (PROMPT_ARGS.contains(a.name()) || a.name().equals("prompt")) given.put(a.name(), basePrompt);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    try {
      Constraint first = type.create(BuildContext.drawingFrom(Args.of(id, given), random));
      args.putAll(first.args());
    } catch (RuntimeException e) {
      return null;
    }
    args.remove("prompt");
    for (ArgSpec a : type.args()) {
      // The reference draws some missing words as one-word lists where a word is meant
      // (count:count_increment_word); such a list never passes the checker, so take its word.
      if (a.type() == ArgType.STRING && args.get(a.name()) instanceof List<?> l && l.size() == 1 && l.get(0) instanceof String s) {
        args.put(a.name(), s);
      }
    }
    config.ranges().args(id).forEach((name, spec) -> args.put(name, spec.draw(random)));
    Map<String, Object> ordered = canonical(type, args);
    Args rebuilt = Args.of(id, ordered);
    if (type.takesPrompt()) rebuilt = rebuilt.with("prompt", basePrompt);
    BuildContext ctx = new BuildContext(rebuilt, BuildContext.DEFAULT_FILL_SEED);
    Constraint c;
    try {
      c = type.create(ctx);
    } catch (RuntimeException e) {
      return null;
    }
    if (ctx.referenceRandom()) return null;
    Map<String, Object> back = new LinkedHashMap<>(c.args());
    back.remove("prompt");
    if (!canonical(type, back).equals(ordered)) return null;
    return new Drawn(id, ordered, c.describe());
  }

  /** {@code args} in the type's declared order, then any others by name. */
  static Map<String, Object> canonical(ConstraintType type, Map<String, Object> args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ArgSpec a : type.args()) {
      if (args.containsKey(a.name()) && args.get(a.name()) != null) out.put(a.name(), args.get(a.name()));
    }
    args.keySet().stream().filter(k -> !out.containsKey(k) && args.get(k) != null).sorted()
        .forEach(k -> out.put(k, args.get(k)));
    return out;
  }
}
