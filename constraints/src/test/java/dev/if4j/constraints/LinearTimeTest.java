package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.constraints.iffunctions.IfFunction;
import dev.if4j.constraints.iffunctions.IfFunctions;
import dev.if4j.constraints.lmevalml.LmevalMl;
import dev.if4j.constraints.mifeval.Mifeval;
import dev.if4j.text.PyRandom;
import dev.if4j.text.TextView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import org.junit.jupiter.api.Test;

/**
 * Every checker of every registry costs time linear in the response's and its arguments' length:
 * a 262,144-character response judged against 20,000-character arguments that almost match
 * everywhere ("aaa…ab" against "aaa…", "a a … a b" against "a a a …"; lists of 2,000 short near
 * misses) takes under {@value #BOUND_MS} ms per check, building included; so do counts of a
 * billion or 2^63-1 (no checker loops as many times as a count asks). A search that restarts at every position
 * ({@code String.indexOf} of a long needle, a backtracking regex) takes seconds here.
 *
 * <p>Each checker is built with its reference-drawn arguments, then with each text argument (and
 * the prompt of those that take one) replaced by a near miss, and judged on five responses: one
 * letter repeated, one short word repeated, a dense mix of every mark checkers look for, realistic
 * prose (the published GPT-4 IFEval responses, concatenated) and prose without any whitespace. Responses whose cost depends only on the text
 * (sentences, words, langdetect, POS tags) are covered by the same runs.
 *
 * <p>Timing is robust to a loaded machine without losing its meaning: each case is warmed up, then
 * run until one run is under the bound (at most {@value #TRIES} runs; the heaviest analyses are
 * warmed up on every response first), timed by the thread's CPU
 * time (a core taken by another process does not count); the quadratic versions take 100 times
 * the bound on every run.
 */
class LinearTimeTest {
  static final int RESPONSE_CHARS = 262_144;
  static final int ARGUMENT_CHARS = 20_000;
  static final long BOUND_MS = 50;
  static final int TRIES = 12;

  static final String LETTERS = "a".repeat(RESPONSE_CHARS);
  static final String WORDS = "a ".repeat(RESPONSE_CHARS / 2);
  /**
   * Every kind of mark the checkers look for, over and over: nesting brackets and quotes, bullets,
   * dividers, highlights, placeholders, sections, markers, digits, emoji, a sentence every few chars.
   */
  static final String MARKS = repeatTo("((([[{<\"'`*-•# Ab. c? D! <<t>> [x] *h* ** SECTION 1 P.S. *** "
      + "****** 12, 3.5; e.g. Mr. X: don't — \u00e9\ud83d\ude00 ¿¡ \n\n- i\n* ii\n\t\n", RESPONSE_CHARS);
  static String prose;
  static String proseWithoutSpaces;

  /** Near misses of the responses above: they match everywhere except at their last char. */
  static final List<String> NEAR_MISSES = List.of(
      "a".repeat(ARGUMENT_CHARS) + "b",
      "a ".repeat(ARGUMENT_CHARS / 2) + "b");

  /**
   * Lists of about 20,000 characters made of 2,000 short near misses (one pass per keyword would
   * read the response 2,000 times).
   */
  static final List<List<String>> MANY_NEAR_MISSES = List.of(manyNearMisses("a"), manyNearMisses("a "));

  private static List<String> manyNearMisses(String unit) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) out.add(unit.repeat(1 + i % 5) + "b" + i);
    return out;
  }

  /** The values an argument of this type is tried with: a near miss, or lists of them. */
  static List<Object> nearMissValues(ArgType type) {
    List<Object> out = new ArrayList<>();
    for (String nearMiss : NEAR_MISSES) {
      out.add(type == ArgType.STRING_LIST ? List.of(nearMiss, nearMiss + "c") : nearMiss);
    }
    if (type == ArgType.STRING_LIST) out.addAll(MANY_NEAR_MISSES);
    return out;
  }

  @BeforeAll
  static void loadProse() {
    Path gpt4 = Path.of(System.getProperty("if4j.shared", "../../shared"), "parity/ifeval/gpt4.golden.jsonl");
    StringBuilder sb = new StringBuilder(RESPONSE_CHARS + 10_000);
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(gpt4)) {
        if (line.isBlank()) continue;
        JsonNode row = json.readTree(line);
        sb.append(row.path("response").asText()).append("\n\n");
        if (sb.length() >= RESPONSE_CHARS) break;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    while (sb.length() < RESPONSE_CHARS) sb.append(sb);
    prose = sb.substring(0, RESPONSE_CHARS);
    proseWithoutSpaces = prose.replaceAll("\\s", "");
    warmUp();
  }

  /**
   * Runs the heaviest analyses (Punkt, the Treebank tokenizer, langdetect, the tagger) a few times
   * on every response first, so that the JIT has compiled them before the first case is timed.
   */
  private static void warmUp() {
    List<ConstraintType> heavy = List.of(IfEval.registry().get("change_case:capital_word_frequency"),
        IfEval.registry().get("language:response_language"), IfBench.registry().get("count:pronouns"),
        IfBench.registry().get("words:start_verb"), IfEvalG.registry().get("keywords:keyword_specific_position"));
    for (int round = 0; round < 3; round++) {
      for (String response : responses()) {
        TextView view = new TextView(response, ConstraintTesting.TOOLS);
        for (ConstraintType type : heavy) type.create(Args.of(type.id(), drawnArgs(type))).check(view);
      }
    }
  }

  static List<String> responses() {
    return List.of(LETTERS, WORDS, MARKS, prose, proseWithoutSpaces);
  }

  static String label(String response) {
    return response == LETTERS ? "letters" : response == WORDS ? "words" : response == MARKS ? "marks"
        : response == prose ? "prose" : "prose-no-spaces";
  }

  private static String repeatTo(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /** Slowest case per checker, for the report; the arguments tried with hostile values, and refused. */
  private final Map<String, Long> slowestMicros = new TreeMap<>();
  private final Set<String> triedArguments = new TreeSet<>();
  private final Set<String> refusedArguments = new TreeSet<>();
  private final List<String> overBound = new ArrayList<>();
  private final Set<String> neverBuilt = new TreeSet<>();

  @Test
  void everyRegistryCheckerIsLinearInResponseAndArguments() {
    List<Registry> registries = new ArrayList<>();
    for (Registry r : List.of(IfEval.registry(), IfBench.registry(), IfEvalG.registry())) {
      registries.add(r);
      registries.add(Fixes.fixed(r));
    }
    // The multilingual ones: M-IFEval's en:/es:/fr:, lm-eval's es:/ca: (spaCy's tokenizers).
    registries.add(Mifeval.registry());
    registries.add(LmevalMl.spanish());
    registries.add(LmevalMl.catalan());
    for (Registry registry : registries) {
      for (ConstraintType type : registry.types()) {
        // ja: tokenizes with janome's lattice: linear, but over this bound; MifevalLinearTimeTest
        // times those ids with a bound of their own.
        if (!type.id().startsWith("ja:")) timeType(registry, type);
      }
    }
    // Each upstream version's own checkers (those it judges differently from its neighbour).
    for (UpstreamVersion version : Versions.all()) {
      Registry registry = Versions.registry(version);
      for (String id : Versions.overriddenIds(version)) {
        if (registry.contains(id)) timeType(registry, registry.get(id));
      }
    }
    report();
    assertThat(overBound).as("checks over %d ms", BOUND_MS).isEmpty();
    assertThat(neverBuilt).as("checkers never built, so never timed").isEmpty();
    // The checkers that search the response for a user-given text, each given a near miss.
    assertThat(triedArguments).contains(
        "ifeval keywords:existence keywords", "ifeval keywords:frequency keyword",
        "ifeval keywords:forbidden_words forbidden_words", "ifeval keywords:letter_frequency letter",
        "ifeval startend:end_checker end_phrase", "ifeval detectable_content:postscript postscript_marker",
        "ifeval detectable_format:multiple_sections section_spliter",
        "ifeval combination:repeat_prompt prompt_to_repeat",
        "ifevalg copy:repeat_phrase phrase", "ifevalg keywords:word_once keyword",
        "ifevalg keywords:exclude_word_harder keyword", "ifevalg copy:copying_multiple prompt_to_repeat",
        "ifevalg first_word:first_word_answer first_word", "ifevalg last_word:last_word_sent last_word",
        "ifbench ratio:overlap reference_text", "ifbench sentence:keyword word",
        "ifbench repeat:repeat_span prompt_to_repeat",
        "ifbench count:keywords_multiple keyword1", "ifbench words:keywords_specific_position keyword",
        "ifbench format:list sep");
  }

  @Test
  void everyIfFunctionIsLinearInResponseAndArguments() {
    IfFunctions judge = new IfFunctions(ConstraintTesting.TOOLS);
    for (IfFunction f : IfFunction.values()) {
      Map<String, Object> base = new LinkedHashMap<>();
      base.put("func_name", f.funcName());
      for (ArgSpec p : f.params()) base.put(p.name(), plainValue(p));
      List<Map<String, Object>> variants = new ArrayList<>(List.of(base));
      for (ArgSpec p : f.params()) {
        for (Object value : hostileValues(p.type())) {
          Map<String, Object> v = new LinkedHashMap<>(base);
          v.put(p.name(), value);
          variants.add(v);
          triedArguments.add("iffunctions " + f.funcName() + " " + p.name());
        }
      }
      for (Map<String, Object> args : variants) {
        for (String response : responses()) {
          time("iffunctions " + f.funcName() + " on " + label(response), () -> judge.outcome(args, response));
        }
      }
    }
    report();
    assertThat(overBound).as("checks over %d ms", BOUND_MS).isEmpty();
    assertThat(triedArguments).contains("iffunctions verify_keywords keyword_list",
        "iffunctions validate_forbidden_words forbidden_words", "iffunctions validate_end end_phrase",
        "iffunctions validate_repeat_prompt original_prompt", "iffunctions validate_sections section_splitter",
        "iffunctions verify_postscript postscript_marker", "iffunctions validate_paragraphs first_word");
  }

  private static Object plainValue(ArgSpec p) {
    return switch (p.type()) {
      case STRING -> p.name().equals("quantifier") ? "at least" : p.name().equals("language") ? "en" : "a";
      case STRING_LIST -> List.of("a");
      default -> 3L;
    };
  }

  /** Arguments of the types that draw none and take no hostile value of their argument's type. */
  private static final Map<String, Map<String, Object>> GIVEN_ARGS = Map.of(
      "fr:special_character:accents", Map.of("word_to_accentuate", Map.of("ecole", "école")));

  private void timeType(Registry registry, ConstraintType type) {
    String name = registry.name() + " " + type.id();
    Map<String, Object> drawn = drawnArgs(type);
    List<Map<String, Object>> argSets = new ArrayList<>();
    // Some types need an argument that the reference never draws (the prompt to repeat...).
    if (builds(type, drawn)) argSets.add(drawn);
    for (ArgSpec spec : type.args()) {
      String argument = registry.name().replace(Fixes.FIXED_SUFFIX, "") + " " + type.id() + " " + spec.name();
      for (Object value : hostileValues(spec.type())) {
        Map<String, Object> args = new LinkedHashMap<>(drawn);
        args.put(spec.name(), value);
        if (builds(type, args)) {
          argSets.add(args);
          triedArguments.add(argument);
        } else if (value instanceof String) {
          // An argument with a closed set of values (a language code, a relation...).
          refusedArguments.add(argument);
        }
      }
    }
    Map<String, Object> given = GIVEN_ARGS.get(type.id());
    if (argSets.isEmpty() && given != null && builds(type, given)) argSets.add(given);
    if (argSets.isEmpty()) neverBuilt.add(name);
    for (Map<String, Object> args : argSets) {
      for (String response : responses()) {
        time(name + " on " + label(response), () -> type.create(Args.of(type.id(), args)).check(new TextView(response, ConstraintTesting.TOOLS)));
      }
    }
  }

  /**
   * What an argument of this type is tried with: near misses for texts, lists of them for lists,
   * and for counts a billion, 2^63-1 and -1e9 (no checker may loop as many times as a count asks).
   */
  static List<Object> hostileValues(ArgType type) {
    return switch (type) {
      case STRING, STRING_LIST, ANY -> nearMissValues(type);
      case INT, NUMBER -> List.of(1_000_000_000L, Long.MAX_VALUE, -1_000_000_000L);
      default -> List.of();
    };
  }

  /** The arguments the reference draws when none are given (the prompt of those that take one, too). */
  private static Map<String, Object> drawnArgs(ConstraintType type) {
    Map<String, Object> args = new LinkedHashMap<>();
    try {
      Map<String, ArgSpec> specs = new LinkedHashMap<>();
      for (ArgSpec spec : type.args()) specs.put(spec.name(), spec);
      type.randomArgs(new PyRandom(0)).forEach((k, v) -> {
        // Some draws are not valid input (a keyword drawn as a one-word list): left to the fill.
        if (v != null && specs.containsKey(k) && fits(specs.get(k), v)) args.put(k, v);
      });
    } catch (RuntimeException e) {
      // Types that cannot draw their arguments are built from what they take as given.
    }
    if (type.takesPrompt()) args.put("prompt", "Write about a a a.");
    return args;
  }

  private static boolean fits(ArgSpec spec, Object v) {
    return switch (spec.type()) {
      case STRING -> v instanceof String;
      case STRING_LIST -> v instanceof List<?>;
      default -> true;
    };
  }

  private static boolean builds(ConstraintType type, Map<String, Object> args) {
    try {
      type.create(Args.of(type.id(), args));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void time(String name, Supplier<?> work) {
    work.get(); // warm-up (and class loading, and the language data's first load)
    long best = Long.MAX_VALUE;
    for (int i = 0; i < TRIES && best > BOUND_MS * 1_000_000; i++) {
      long start = cpuNanos();
      work.get();
      best = Math.min(best, cpuNanos() - start);
    }
    slowestMicros.merge(name, best / 1000, Math::max);
    if (best > BOUND_MS * 1_000_000) overBound.add(name + ": " + best / 1_000_000 + " ms");
  }

  /**
   * This thread's CPU time where the JVM measures it (time spent waiting for a core that other
   * processes hold does not count), else the wall clock.
   */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private void report() {
    System.out.println("arguments tried with hostile values: " + triedArguments.size()
        + "; text arguments that refuse a free text: " + refusedArguments);
    System.out.println("LinearTimeTest: slowest checks on " + RESPONSE_CHARS + " characters (CPU µs of the first run under the bound, else the best):");
    slowestMicros.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(40)
        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
  }
}
