package dev.if4j.cli;

import dev.if4j.text.io.Json;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Sets up Jackson's JSON reading on another core while the command line is parsed, for the short
 * runs that read JSON lines first ({@code check}, {@code eval}): the first parser initialises
 * {@link BigDecimal} (about 9 ms on JDK 25, its tables of powers) and Jackson's own tables, which
 * the run would otherwise do on its main thread before its first row. Only JDK and Jackson classes
 * are initialised here, so it cannot meet the main thread in a cycle of class initialisations.
 */
final class JsonWarmUp {
  private JsonWarmUp() {}

  /** Starts the warm-up when {@code args} name a command that reads JSON first, on a machine with a core to spare. */
  static void startFor(String[] args) {
    if (args.length == 0 || !(args[0].equals("check") || args[0].equals("eval"))) return;
    if (Runtime.getRuntime().availableProcessors() < 2) return;
    Thread t = new Thread(JsonWarmUp::warmUp, "if4j-json-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void warmUp() {
    try (var p = Json.FACTORY.createParser("{\"a\": [1, 2.5, \"b\", true, null]}")) {
      p.nextToken();
      Json.readValue(p);
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the run reads its input as it would have.
    }
  }
}
