package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.bench.WorstCases;
import dev.if4j.text.TextView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checkers issue 17 found slowest on long realistic answers (item 5) stay fast and linear: on
 * IFEval's GPT-4 answers joined to 100 K characters each check (its text analyses included, on a
 * fresh view) takes under {@value #BOUND_100K_MS} ms of CPU, and on 4 Mi characters at most
 * {@value #SLACK} times what 16 times 256 K characters cost (a quadratic step would cost 16 times
 * more again). The figures themselves come from JMH ({@code scripts/jmh-checkers.sh},
 * docs/performance.md); the bound here is twice the 5 ms asked, so that a loaded machine does not
 * fail it, yet a return to the former 13–54 ms does.
 *
 * <p>Timed by the thread's CPU time (a core taken by another process does not count), best of
 * several runs after a warm-up, in a JVM of its own (tag {@code own-jvm}, constraints/pom.xml): like JMH, which forks
 * for each benchmark, it measures the checker and not the JIT's profiles left by the module's
 * other tests, after which count:pronouns sometimes ran at 13 ms for the rest of the JVM.
 */
@Tag("own-jvm")
class WorstCaseCheckersTest {
  static final long BOUND_100K_MS = 10;
  static final double SLACK = 2.5;
  static final int SMALL = 262_144;
  static final int LARGE = 4 * 1_048_576;

  @Test
  void eachIsFastAt100KAndLinearTo4M() {
    String prose100k = WorstCases.prose(WorstCases.shared(), 100 * 1024);
    String small = WorstCases.prose(WorstCases.shared(), SMALL);
    String large = WorstCases.prose(WorstCases.shared(), LARGE);
    List<String> failures = new ArrayList<>();
    for (String name : WorstCases.CHECKERS) {
      Constraint checker = WorstCases.checker(name);
      for (int i = 0; i < 20; i++) check(checker, prose100k); // warm-up: the JIT, the language data
      long at100k = bestNanos(checker, prose100k, 30, BOUND_100K_MS * 1_000_000 / 4);
      long atSmall = bestNanos(checker, small, 5, 0);
      long atLarge = bestNanos(checker, large, 3, 0);
      double growth = (double) atLarge / atSmall;
      System.out.printf(Locale.ROOT, "%-45s 100K: %6.2f ms   256K: %7.2f ms   4M: %8.2f ms   4M/256K: %5.1f (linear: 16)%n",
          name, at100k / 1e6, atSmall / 1e6, atLarge / 1e6, growth);
      if (at100k > BOUND_100K_MS * 1_000_000) failures.add(name + " at 100K: " + at100k / 1_000_000 + " ms");
      if (growth > 16 * SLACK) failures.add(name + " grows " + growth + "x from 256K to 4M");
    }
    assertThat(failures).isEmpty();
  }

  private static void check(Constraint checker, String text) {
    checker.check(new TextView(text, ConstraintTesting.TOOLS));
  }

  /** The least CPU time of up to {@code runs} checks on a fresh view, stopping early once under {@code enough}. */
  private static long bestNanos(Constraint checker, String text, int runs, long enough) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs && best > enough; i++) {
      long start = cpuNanos();
      check(checker, text);
      best = Math.min(best, cpuNanos() - start);
    }
    return best;
  }

  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
}
