package dev.if4j.eval.benchmark;

import dev.if4j.eval.io.RowParser;

/**
 * One row of another framework's per-sample output: the prompt it was scored on, the response it
 * scored, and its own verdicts.
 *
 * @param prompt the row's prompt and instructions, read as a benchmark row
 * @param response the response, keyed by the prompt's key
 * @param verdicts the framework's own per-sample verdicts
 */
record FrameworkSample(RowParser.Parsed prompt, ResponseRecord response, FrameworkVerdicts verdicts) {}
