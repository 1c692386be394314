package dev.if4j.data.rollouts;

import dev.if4j.data.io.JsonValues;
import dev.if4j.data.io.JsonlReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code if4j groups}: scores every rollout group of a file into a {@link GroupReport}, row by row. */
public final class GroupAnalysis {
  private GroupAnalysis() {}

  /**
   * Adds every group of {@code rollouts} to {@code report}; writes each group's figures to {@code
   * perGroup} (JSONL) when not null, and the prompts whose pass rate is in {@code keep} to {@code
   * filtered} when not null. The number of prompts kept.
   */
  public static long run(Path rollouts, Scorer scorer, GroupReport report, Path perGroup, PassRateRange keep,
      Path filtered) throws IOException {
    try (JsonlReader r = new JsonlReader(rollouts);
        BufferedWriter out = perGroup == null ? null : Files.newBufferedWriter(perGroup, StandardCharsets.UTF_8);
        DifficultyFilter filter = filtered == null ? null : new DifficultyFilter(keep, filtered)) {
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        Rollout ro = Rollout.read(line);
        List<Scorer.Score> scores = scorer.score(ro);
        GroupReport.Group g = report.add(ro, scores);
        if (out != null) {
          out.write(JsonValues.json(g.toMap()));
          out.write('\n');
        }
        if (filter != null) filter.offer(ro, g);
      }
      return filter == null ? 0 : filter.kept();
    }
  }
}
