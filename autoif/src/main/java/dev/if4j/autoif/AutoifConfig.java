package dev.if4j.autoif;

/**
 * The pipeline's settings. The defaults of the thresholds are AutoIF's; the sample counts are
 * AutoIF's "K" (its scripts leave them to the user).
 *
 * @param augmentSamples step 1: augmentation answers asked for (each lists many instructions)
 * @param funcSamples step 2: function-writing answers per instruction
 * @param minFunctions step 3: unique functions an instruction needs (AutoIF: 3)
 * @param minCases step 3: unique test cases an instruction needs (AutoIF: 10)
 * @param minAccuracy step 3: accuracy a function needs on the kept cases (AutoIF: 0.8)
 * @param backTranslateFunctions step 4: functions back-translated per instruction (AutoIF: 3)
 * @param queriesPerInstruction step 5: queries drawn per instruction (AutoIF: 16)
 * @param minQueryChars step 5: queries must be longer than this (AutoIF: 20 characters)
 * @param maxQueryChars step 5: and shorter than this (AutoIF: 300)
 * @param responseSamples step 5: responses per query
 * @param scoreSamples step 7: judgements per response
 * @param minScore step 7: the mean score must be above this (AutoIF: 8)
 * @param dpoChosenAccuracy step 8: a chosen response's accuracy is at least this (AutoIF: 0.5);
 *     a rejected one's is 0
 * @param seed step 5's draw of queries and step 8's draw of DPO pairs (AutoIF: 0)
 */
public record AutoifConfig(int augmentSamples, int funcSamples, int minFunctions, int minCases, double minAccuracy,
    int backTranslateFunctions, int queriesPerInstruction, int minQueryChars, int maxQueryChars, int responseSamples,
    int scoreSamples, double minScore, double dpoChosenAccuracy, long seed) {
  public AutoifConfig {
    positive("augmentSamples", augmentSamples);
    positive("funcSamples", funcSamples);
    positive("backTranslateFunctions", backTranslateFunctions);
    positive("queriesPerInstruction", queriesPerInstruction);
    positive("responseSamples", responseSamples);
    positive("scoreSamples", scoreSamples);
    if (minQueryChars < 0 || maxQueryChars <= minQueryChars) {
      throw new IllegalArgumentException("query length bounds: need 0 <= min < max, got " + minQueryChars + ", " + maxQueryChars);
    }
  }

  private static void positive(String name, int v) {
    if (v < 1) throw new IllegalArgumentException(name + " must be at least 1, got " + v);
  }

  public static AutoifConfig defaults() {
    return new AutoifConfig(1, 6, 3, 10, 0.8, 3, 16, 20, 300, 4, 1, 8.0, 0.5, 0);
  }

  public AutoifConfig withSamples(int augment, int funcs, int responses, int scores) {
    return new AutoifConfig(augment, funcs, minFunctions, minCases, minAccuracy, backTranslateFunctions,
        queriesPerInstruction, minQueryChars, maxQueryChars, responses, scores, minScore, dpoChosenAccuracy, seed);
  }

  public AutoifConfig withQueriesPerInstruction(int n) {
    return new AutoifConfig(augmentSamples, funcSamples, minFunctions, minCases, minAccuracy, backTranslateFunctions,
        n, minQueryChars, maxQueryChars, responseSamples, scoreSamples, minScore, dpoChosenAccuracy, seed);
  }

  public AutoifConfig withSeed(long s) {
    return new AutoifConfig(augmentSamples, funcSamples, minFunctions, minCases, minAccuracy, backTranslateFunctions,
        queriesPerInstruction, minQueryChars, maxQueryChars, responseSamples, scoreSamples, minScore, dpoChosenAccuracy, s);
  }
}
