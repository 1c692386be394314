package dev.if4j.constraints.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.text.PyRandom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkers issue 17 named as the slowest on long realistic answers (item 5), built with the
 * arguments the reference draws, and the realistic text they are timed on: IFEval's published
 * GPT-4 responses joined by blank lines, repeated to the size asked. Shared by {@code
 * WorstCaseCheckersTest} (the bound and the linearity) and {@code WorstCaseCheckersBenchmark} (JMH).
 */
public final class WorstCases {
  private WorstCases() {}

  /** "registry id", in the order the issue lists them (slowest first, then). */
  public static final List<String> CHECKERS = List.of(
      "ifevalg count:count_unique", "ifbench custom:word_reverse", "ifeval change_case:capital_word_frequency",
      "ifevalg keywords:start_end", "ifevalg keywords:keyword_specific_position", "ifbench count:pronouns");

  /** The checker {@code "registry id"}, with the arguments the reference draws with seed 0. */
  public static Constraint checker(String registryAndId) {
    String[] parts = registryAndId.split(" ");
    Registry registry = switch (parts[0]) {
      case "ifeval" -> IfEval.registry();
      case "ifbench" -> IfBench.registry();
      case "ifevalg" -> IfEvalG.registry();
      default -> throw new IllegalArgumentException(parts[0]);
    };
    ConstraintType type = registry.get(parts[1]);
    Map<String, Object> args = new LinkedHashMap<>(type.randomArgs(new PyRandom(0)));
    args.values().removeIf(v -> v == null);
    return type.create(Args.of(type.id(), args));
  }

  /** The GPT-4 answers of IFEval from the shared data, joined and repeated to {@code chars} characters. */
  public static String prose(Path shared, int chars) {
    Path file = shared.resolve("datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl");
    StringBuilder all = new StringBuilder();
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("response")) {
          p.nextToken();
          all.append(p.getText()).append("\n\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (all.isEmpty()) throw new IllegalStateException(file + " has no responses");
    StringBuilder out = new StringBuilder(chars + all.length());
    while (out.length() < chars) out.append(all);
    return out.substring(0, chars);
  }

  /** The shared data folder (system property {@code if4j.shared}, else {@code ../../shared}). */
  public static Path shared() {
    return Path.of(System.getProperty("if4j.shared", "../../shared"));
  }
}
