package dev.if4j.reward.server;

import dev.if4j.constraints.groundtruth.JsonText;
import dev.if4j.reward.RewardFunction;
import dev.if4j.text.resources.ResourceStore;
import java.nio.charset.StandardCharsets;

/**
 * The server's version stamp as JSON, made again only when the function has read new language data
 * (a checker that loads its data lazily, on the first sample that needs it, changes the stamp once).
 * Every scoring answer carries it, so that cached rewards never silently cross a checker change.
 */
final class StampCache {
  private final RewardFunction function;
  private final ResourceStore store;
  private volatile Entry entry;

  private record Entry(int served, byte[] json) {}

  StampCache(RewardFunction function) {
    this.function = function;
    this.store = function.evaluator().tools().store();
  }

  /** The stamp object, serialised; call after scoring so that the data just read is listed. */
  byte[] json() {
    Entry e = entry;
    int served = store.servedCount();
    if (e == null || e.served != served) {
      e = new Entry(served, JsonText.write(function.stamp().toMap()).getBytes(StandardCharsets.UTF_8));
      entry = e;
    }
    return e.json;
  }
}
