package dev.if4j.data.rollouts;

import static dev.if4j.data.io.JsonValues.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a GRPO run will see on a set of rollouts: per group the rewards and advantages, and over
 * all groups the share without learning signal, the pass rates per instruction and pass@k.
 * Accumulates group by group (memory bounded by the number of instruction ids and k values).
 */
public final class GroupReport {
  /** One group's figures. */
  public record Group(String key, double[] rewards, double mean, double std, double[] advantages, double passRate,
      boolean zeroVariance) {
    public Map<String, Object> toMap() {
      return object("key", key, "n", rewards.length, "rewards", list(rewards), "mean", mean, "std", std,
          "advantages", list(advantages), "pass_rate", passRate, "zero_variance", zeroVariance);
    }
  }

  private final boolean divideByStd;
  private final boolean allOrNothing;
  private final int[] ks;
  private long groups;
  private long responses;
  private long zeroVariance;
  private long zeroVarianceAllPass;
  private long zeroVarianceAllFail;
  private double rewardSum;
  private final double[] passAtKSum;
  private final long[] passAtKGroups;
  private final TreeMap<String, long[]> perInstruction = new TreeMap<>();

  /**
   * @param divideByStd verl's GRPO ({@code true}) or Dr. GRPO ({@code false})
   * @param allOrNothing reward 1 only when every instruction is followed, else the fraction followed
   * @param ks the k values of pass@k
   */
  public GroupReport(boolean divideByStd, boolean allOrNothing, int[] ks) {
    this.divideByStd = divideByStd;
    this.allOrNothing = allOrNothing;
    this.ks = ks.clone();
    this.passAtKSum = new double[ks.length];
    this.passAtKGroups = new long[ks.length];
  }

  /** Adds a scored group; its figures. */
  public Group add(Rollout r, List<Scorer.Score> scores) {
    double[] rewards = new double[scores.size()];
    int passed = 0;
    for (int i = 0; i < rewards.length; i++) {
      Scorer.Score s = scores.get(i);
      rewards[i] = allOrNothing ? (s.all() ? 1 : 0) : s.fraction();
      if (s.all()) passed++;
      for (int j = 0; j < s.followed().length; j++) {
        long[] c = perInstruction.computeIfAbsent(r.task().instructionIds().get(j), k -> new long[2]);
        if (s.followed()[j]) c[0]++;
        c[1]++;
      }
      rewardSum += rewards[i];
    }
    groups++;
    responses += rewards.length;
    boolean zv = GroupMath.zeroVariance(rewards);
    if (zv) {
      zeroVariance++;
      if (passed == rewards.length) zeroVarianceAllPass++;
      if (passed == 0) zeroVarianceAllFail++;
    }
    int n = rewards.length;
    for (int i = 0; i < ks.length; i++) {
      if (ks[i] <= n) {
        passAtKSum[i] += GroupMath.passAtK(n, passed, ks[i]);
        passAtKGroups[i]++;
      }
    }
    return new Group(r.task().keyText(), rewards, GroupMath.mean(rewards), GroupMath.std(rewards),
        GroupMath.advantages(rewards, divideByStd), n == 0 ? 0 : passed / (double) n, zv);
  }

  public long groups() {
    return groups;
  }

  public double zeroVarianceFraction() {
    return groups == 0 ? 0 : zeroVariance / (double) groups;
  }

  /** Mean pass@k over the groups with at least k responses (NaN when none has). */
  public double passAtK(int k) {
    for (int i = 0; i < ks.length; i++) {
      if (ks[i] == k) return passAtKGroups[i] == 0 ? Double.NaN : passAtKSum[i] / passAtKGroups[i];
    }
    throw new IllegalArgumentException("pass@" + k + " was not asked for");
  }

  /** Instruction id → [followed, judged]. */
  public Map<String, long[]> perInstruction() {
    return perInstruction;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> pak = new LinkedHashMap<>();
    for (int i = 0; i < ks.length; i++) {
      pak.put(String.valueOf(ks[i]), passAtKGroups[i] == 0 ? null : passAtKSum[i] / passAtKGroups[i]);
    }
    Map<String, Object> inst = new LinkedHashMap<>();
    perInstruction.forEach((id, c) -> inst.put(id, object("followed", c[0], "judged", c[1], "pass_rate", c[0] / (double) c[1])));
    return object("groups", groups, "responses", responses, "mean_reward", responses == 0 ? 0.0 : rewardSum / responses,
        "zero_variance_groups", zeroVariance, "zero_variance_fraction", zeroVarianceFraction(),
        "zero_variance_all_pass", zeroVarianceAllPass, "zero_variance_all_fail", zeroVarianceAllFail,
        "pass_at_k", pak, "per_instruction", inst);
  }

  /** A report for a terminal. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d groups, %d responses, mean reward %.4f (%s)%n", groups, responses,
        responses == 0 ? 0.0 : rewardSum / responses, allOrNothing ? "1 when every instruction is followed" : "fraction of instructions followed"));
    sb.append(String.format(Locale.ROOT, "zero-variance groups (no learning signal): %d = %.1f%% (%d all pass, %d all fail)%n",
        zeroVariance, 100 * zeroVarianceFraction(), zeroVarianceAllPass, zeroVarianceAllFail));
    for (int i = 0; i < ks.length; i++) {
      if (passAtKGroups[i] > 0) {
        sb.append(String.format(Locale.ROOT, "pass@%d: %.4f (over %d groups)%n", ks[i], passAtKSum[i] / passAtKGroups[i], passAtKGroups[i]));
      }
    }
    List<Map.Entry<String, long[]>> rows = new ArrayList<>(perInstruction.entrySet());
    rows.sort((a, b) -> {
      int c = Double.compare(a.getValue()[0] / (double) a.getValue()[1], b.getValue()[0] / (double) b.getValue()[1]);
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    sb.append("pass rate per instruction (hardest first):\n");
    for (Map.Entry<String, long[]> e : rows) {
      sb.append(String.format(Locale.ROOT, "  %-45s %6.1f%%  (%d/%d)%n", e.getKey(), 100.0 * e.getValue()[0] / e.getValue()[1],
          e.getValue()[0], e.getValue()[1]));
    }
    return sb.toString();
  }

  private static List<Double> list(double[] xs) {
    List<Double> out = new ArrayList<>(xs.length);
    for (double x : xs) out.add(x);
    return out;
  }
}
