package dev.if4j.eval.benchmark;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluation's output files, written under temporary names ({@code .NAME.partial}) and renamed
 * to their own only once every one is complete: a run that fails half-way leaves no partial
 * {@code eval_results_*.jsonl} behind for a later step to read as a result, and a previous run's
 * files stay whole until the new ones replace them.
 */
final class PendingOutputs implements AutoCloseable {
  private final Path dir;
  private final Map<Path, Path> pending = new LinkedHashMap<>();
  private boolean committed;

  PendingOutputs(Path dir) {
    this.dir = dir;
  }

  /** Where to write {@code name} until {@link #commit()}. */
  Path pending(String name) {
    Path temporary = dir.resolve("." + name + ".partial");
    pending.put(temporary, dir.resolve(name));
    return temporary;
  }

  /** Gives every file its own name. */
  void commit() throws IOException {
    for (Map.Entry<Path, Path> e : pending.entrySet()) {
      try {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Removes what is left of a run that did not commit. */
  @Override
  public void close() throws IOException {
    if (committed) return;
    for (Path temporary : pending.keySet()) Files.deleteIfExists(temporary);
  }
}
