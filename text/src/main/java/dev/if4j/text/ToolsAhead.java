package dev.if4j.text;

import dev.if4j.text.resources.StartupCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the language tools a short run will need while it reads its input, on another core: the
 * tools the last run with the same registry used, remembered in the start-up cache
 * ({@link StartupCache}). On IFEval's 541 responses Punkt and langdetect take about 35 ms to load,
 * which the run otherwise spends before its first rows are judged, with the second core idle.
 *
 * <p>What it changes is only when a tool loads: a tool loaded ahead and never used is not in the
 * run's stamp (see {@link dev.if4j.text.resources.ResourceStore#capturing}), a failure is reported
 * by the first use as without it, and nothing is downloaded ahead. Nothing is loaded ahead without
 * a cache folder, on a single core (nothing to overlap), or on a run's first time.
 */
public final class ToolsAhead {
  private final TextTools tools;
  private final Path memory;
  private final Set<String> recalled;
  private final Thread loader;

  private ToolsAhead(TextTools tools, Path memory, Set<String> recalled, Thread loader) {
    this.tools = tools;
    this.memory = memory;
    this.recalled = recalled;
    this.loader = loader;
  }

  /**
   * Starts loading, on a daemon thread, the tools the last run remembered under {@code key} (a
   * registry's name) used; {@link #remember} at the end of the run keeps this run's for the next.
   */
  public static ToolsAhead start(TextTools tools, String key) {
    return start(tools, key, StartupCache.directory(), Runtime.getRuntime().availableProcessors());
  }

  /** {@link #start(TextTools, String)} with the cache folder and the number of cores given. */
  static ToolsAhead start(TextTools tools, String key, Optional<Path> cache, int cores) {
    if (cache.isEmpty()) return new ToolsAhead(tools, null, Set.of(), null);
    Path memory = cache.get().resolve("tools-" + key.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
    Set<String> recalled = recall(memory);
    Thread loader = null;
    if (!recalled.isEmpty() && cores > 1) {
      loader = new Thread(() -> tools.loadAhead(recalled), "if4j-tools-ahead");
      loader.setDaemon(true);
      loader.start();
    }
    return new ToolsAhead(tools, memory, recalled, loader);
  }

  /** The tools this run loads ahead (what the last run remembered). */
  Set<String> recalled() {
    return recalled;
  }

  /** Waits until the loads ahead are done (for tests: a run never waits for them as such). */
  void awaitLoaded() throws InterruptedException {
    if (loader != null) loader.join();
  }

  /** The tools remembered in {@code memory}: one name a line; none when it is missing or unreadable. */
  static Set<String> recall(Path memory) {
    try {
      List<String> lines = Files.readAllLines(memory, StandardCharsets.UTF_8);
      Set<String> names = new LinkedHashSet<>();
      for (String line : lines) {
        if (!line.isBlank()) names.add(line.strip());
      }
      return names;
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
  }

  /**
   * Keeps the tools this run used for the next run with the same key, when they differ from those
   * remembered. A cache that cannot be written is skipped: it only makes a later start slower.
   */
  public void remember() {
    if (memory == null) return;
    Set<String> used = tools.used();
    if (used.equals(recalled)) return;
    try {
      Path tmp = memory.resolveSibling(memory.getFileName() + ".tmp." + ProcessHandle.current().pid());
      Files.write(tmp, used, StandardCharsets.UTF_8);
      Files.move(tmp, memory, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // A cache: the next run loads its tools on first use instead.
    }
  }
}
