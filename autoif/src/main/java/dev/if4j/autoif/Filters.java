package dev.if4j.autoif;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.autoif.Parsing.Case;
import dev.if4j.text.PyRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The decisions of AutoIF's filter steps, as pure functions of verdicts and scores (the steps feed
 * them what the sandbox and the model said). Thresholds are parameters; {@link AutoifConfig}'s
 * defaults are AutoIF's.
 */
public final class Filters {
  private Filters() {}

  /**
   * Whether a function's verdict matches a case's expected output, with Python's {@code ==}: a bool
   * equals the same bool and the numbers 1 or 0 ({@code True == 1}); never a string ({@code True !=
   * "true"}). A null verdict (the function raised, timed out...) matches nothing.
   */
  public static boolean matches(Boolean verdict, JsonNode expected) {
    if (verdict == null || expected == null) return false;
    if (expected.isBoolean()) return expected.booleanValue() == verdict;
    if (expected.isNumber()) return expected.doubleValue() == (verdict ? 1.0 : 0.0);
    return false;
  }

  /** Cross-validation of one instruction's functions and cases. */
  public record CrossValidation(boolean kept, String dropReason, List<Integer> keptCases, double[] accuracy,
      List<Integer> keptFunctions) {}

  /** Whether an instruction has enough unique functions and cases to be cross-validated at all. */
  public static String tooFew(int functions, int cases, int minFunctions, int minCases) {
    if (functions < minFunctions) return functions + " unique functions (fewer than " + minFunctions + ")";
    if (cases < minCases) return cases + " unique cases (fewer than " + minCases + ")";
    return null;
  }

  /**
   * AutoIF's cross-validation, in its order: an instruction needs {@code minFunctions} unique
   * functions and {@code minCases} unique cases; a case is kept when any function's verdict matches
   * its expected output; each function's accuracy is the share of kept cases it gets right (0 when
   * none is kept); functions with accuracy at least {@code minAccuracy} are kept; an instruction with
   * none is dropped.
   *
   * @param verdicts {@code verdicts[f][c]}: function f on case c's input, null for no verdict
   */
  public static CrossValidation crossValidate(List<Case> cases, Boolean[][] verdicts, int minFunctions, int minCases,
      double minAccuracy) {
    int nf = verdicts.length;
    String few = tooFew(nf, cases.size(), minFunctions, minCases);
    if (few != null) return new CrossValidation(false, few, List.of(), new double[0], List.of());
    List<Integer> keptCases = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      for (int f = 0; f < nf; f++) {
        if (matches(verdicts[f][c], cases.get(c).output())) {
          keptCases.add(c);
          break;
        }
      }
    }
    double[] acc = new double[nf];
    List<Integer> keptFuncs = new ArrayList<>();
    for (int f = 0; f < nf; f++) {
      int right = 0;
      for (int c : keptCases) if (matches(verdicts[f][c], cases.get(c).output())) right++;
      acc[f] = keptCases.isEmpty() ? 0.0 : (double) right / keptCases.size();
      if (acc[f] >= minAccuracy) keptFuncs.add(f);
    }
    if (keptFuncs.isEmpty()) {
      return new CrossValidation(false, "no function reaches accuracy " + minAccuracy + " on the "
          + keptCases.size() + " cases some function gets right", keptCases, acc, keptFuncs);
    }
    return new CrossValidation(true, null, keptCases, acc, keptFuncs);
  }

  /**
   * Step 6's accuracy of a response: the mean of the verdicts that exist (true 1, false 0); 0 when
   * no function gave one (AutoIF's {@code np.mean(acc) if acc else 0}).
   */
  public static double accuracy(List<Boolean> verdicts) {
    int n = 0;
    int right = 0;
    for (Boolean v : verdicts) {
      if (v == null) continue;
      n++;
      if (v) right++;
    }
    return n == 0 ? 0.0 : (double) right / n;
  }

  /** Step 6 keeps a response with accuracy above 0: at least one function says it follows. */
  public static boolean verified(double accuracy) {
    return accuracy > 0;
  }

  /** Step 7's mean of the parsed scores; 0 when none parsed. */
  public static double meanScore(List<Integer> scores) {
    if (scores.isEmpty()) return 0.0;
    double sum = 0;
    for (int s : scores) sum += s;
    return sum / scores.size();
  }

  /** Step 7 keeps a response whose mean score is above {@code minScore} (AutoIF: 8). */
  public static boolean goodScore(double mean, double minScore) {
    return mean > minScore;
  }

  /** A response with its accuracy (step 6), for DPO. */
  public record Scored(String response, double accuracy) {}

  /** A DPO pair. */
  public record Pair(String chosen, String rejected) {}

  /**
   * AutoIF's DPO pairing of one prompt's responses: chosen ones have accuracy at least {@code
   * chosenMin} (0.5), rejected ones exactly 0. When either side has two or more, up to two of each
   * are drawn, else up to one of each (chosen first, then rejected, from {@code rng} as Python's
   * {@code random.sample}); every chosen is paired with every rejected, repeats removed.
   */
  public static List<Pair> dpoPairs(List<Scored> responses, double chosenMin, PyRandom rng) {
    List<String> pos = new ArrayList<>();
    List<String> neg = new ArrayList<>();
    for (Scored s : responses) {
      if (s.accuracy() >= chosenMin) pos.add(s.response());
      if (s.accuracy() == 0) neg.add(s.response());
    }
    int n;
    if (pos.size() >= 2 || neg.size() >= 2) n = 2;
    else if (pos.size() >= 1 || neg.size() >= 1) n = 1;
    else return List.of();
    List<String> p = rng.sample(pos, Math.min(n, pos.size()));
    List<String> q = rng.sample(neg, Math.min(n, neg.size()));
    Set<Pair> pairs = new LinkedHashSet<>();
    for (String a : p) for (String b : q) pairs.add(new Pair(a, b));
    return List.copyOf(pairs);
  }

  /**
   * Step 8's training prompt from a query and an instruction, as AutoIF writes it: both with a
   * capital first letter; the instruction after the query, separated by a space when the query
   * holds a "?" or a "." and by ". " otherwise; a final "." (not doubled when the instruction
   * already ends with ".", "!" or "?", where AutoIF would write "..").
   */
  public static String trainingPrompt(String query, String instruction) {
    String q = capitalize(query);
    String i = capitalize(instruction);
    String sep = q.contains("?") || q.contains(".") ? " " : ". ";
    boolean ends = i.endsWith(".") || i.endsWith("!") || i.endsWith("?");
    return q + sep + i + (ends ? "" : ".");
  }

  private static String capitalize(String s) {
    if (s.isEmpty()) return s;
    int first = s.codePointAt(0);
    int n = Character.charCount(first);
    return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + s.substring(n);
  }
}
