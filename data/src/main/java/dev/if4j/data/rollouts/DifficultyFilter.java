package dev.if4j.data.rollouts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.data.io.JsonValues;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the prompts (rollout rows without their responses) whose group's pass rate lies in a
 * {@link PassRateRange}: the prompts a GRPO run learns from, neither always nor never solved.
 */
final class DifficultyFilter implements Closeable {
  private final PassRateRange range;
  private final BufferedWriter out;
  private long kept;

  DifficultyFilter(PassRateRange range, Path file) throws IOException {
    this.range = range;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Writes the rollout's prompt when its group's pass rate is in the range. */
  public void offer(Rollout rollout, GroupReport.Group group) throws IOException {
    if (!range.contains(group.passRate())) return;
    ObjectNode row = ((ObjectNode) rollout.line().node()).deepCopy();
    row.remove("responses");
    out.write(JsonValues.MAPPER.writeValueAsString(row));
    out.write('\n');
    kept++;
  }

  /** The prompts written so far. */
  public long kept() {
    return kept;
  }


  @Override
  public void close() throws IOException {
    out.close();
  }
}
