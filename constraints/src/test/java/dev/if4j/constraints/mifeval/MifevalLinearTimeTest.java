package dev.if4j.constraints.mifeval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.PyRandom;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every French and Japanese checker stays linear on responses built to make a naive scan restart
 * (runs of opening marks without their closing one, of {@code 第} without a number, of bullets,
 * of whitespace lines): a 131,072-character response costs under {@value #BOUND_MS} ms of CPU per
 * check, where a quadratic scan takes minutes. The bound is loose because janome's tokens (Kuromoji)
 * are not free; what it catches is a rescan per position.
 */
class MifevalLinearTimeTest {
  static final int CHARS = 131_072;
  static final long BOUND_MS = 1_500;

  private static final TextTools TOOLS = new TextTools(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared")).resolve("resources")));

  private static final List<String> RESPONSES = List.of(
      "「".repeat(CHARS), "『a".repeat(CHARS / 2), "《".repeat(CHARS), "第".repeat(CHARS), "第1".repeat(CHARS / 2),
      " \n".repeat(CHARS / 2), "・".repeat(CHARS), "1".repeat(CHARS), "##".repeat(CHARS / 2), "漢（".repeat(CHARS / 2),
      "t".repeat(CHARS), "の\n".repeat(CHARS / 2), "(「。".repeat(CHARS / 3), "あ。".repeat(CHARS / 2));

  @Test
  void everyCheckerIsLinearOnHostileResponses() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, Long> over = new TreeMap<>();
    for (ConstraintType type : Mifeval.registry().types()) {
      Constraint c = build(type);
      for (String response : RESPONSES) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3 && best > BOUND_MS; run++) {
          long start = cpu.getCurrentThreadCpuTime();
          c.check(new TextView(response, TOOLS));
          best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        if (best > BOUND_MS) over.put(type.id() + " on " + response.substring(0, 4) + "…", best);
      }
    }
    assertThat(over).as("checks over %d ms of CPU", BOUND_MS).isEmpty();
  }

  /** The type with the arguments synthesis draws, or the few it cannot draw. */
  private static Constraint build(ConstraintType type) {
    Map<String, Object> args;
    if (type.id().endsWith("special_character:accents")) {
      args = Map.of("word_to_accentuate", Map.of("ecole", "école"));
    } else if (type.id().endsWith("combination:repeat_prompt")) {
      args = Map.of("prompt_to_repeat", "「".repeat(1000));
    } else {
      args = type.randomArgs(new PyRandom(0));
    }
    return type.create(Args.of(type.id(), args));
  }
}
