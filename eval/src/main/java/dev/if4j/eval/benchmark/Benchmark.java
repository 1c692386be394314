package dev.if4j.eval.benchmark;

import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.constraints.multiif.MultiIf;
import dev.if4j.constraints.mifeval.Mifeval;
import dev.if4j.constraints.lmevalml.LmevalMl;
import dev.if4j.text.resources.Upstream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmarks {@code if4j eval --benchmark} knows. Each but Multi-IF (turn by turn, {@link
 * #isMultiTurn}) is scored by the same procedure (the
 * reference's {@code evaluation_main} / IFBench's {@code run_eval}, which is a copy of it); they
 * differ in the registry that judges them, the prompts used when none are given, and the figure
 * their authors report.
 */
public enum Benchmark {
  /** Google's IFEval: 541 prompts, 25 instructions; its paper reports all four figures alike. */
  IFEVAL("ifeval", "IFEval", IfEval.NAME, null, Upstream.IFEVAL_INPUT_DATA,
      "the google/IFEval prompts from the Hugging Face hub"),
  /**
   * AllenAI's IFBench: 300 prompts over 58 new constraints. Its paper reports prompt-level loose
   * accuracy, so that is the headline here.
   */
  IFBENCH("ifbench", "IFBench", IfBench.NAME, Headline.PROMPT_LEVEL_LOOSE, Upstream.IFBENCH_INPUT_DATA,
      "the IFBench test set from the allenai/IFBench repository"),
  /**
   * Prompts written with open-instruct's IFEvalG registry (the 29 IF-RLVR training constraints and
   * the classic 25), e.g. a held-out slice of IF_multi_constraints. It has no published prompt set,
   * so {@code --input-data} is required.
   */
  IFEVALG("ifevalg", "IFEvalG", IfEvalG.NAME, null, null, null),
  /**
   * Meta's Multi-IF: 4,501 conversations of three turns in eight languages, scored turn by turn
   * with figures per turn and language ({@link MultiIfBenchmark}, not the single-turn procedure).
   */
  MULTIIF("multiif", "Multi-IF", MultiIf.NAME, null, Upstream.MULTIIF_INPUT_DATA,
      "the facebook/Multi-IF conversations from the Hugging Face hub"),
  /**
   * lightblue-tech's M-IFEval: one prompt set per language ({@code es}, {@code fr}, {@code ja},
   * {@code en}), each scored on its own by Google's procedure; {@link #defaultInputData(String)}
   * names the language's file.
   */
  MIFEVAL("mifeval", "M-IFEval", Mifeval.NAME, null, null, null),
  /**
   * lm-evaluation-harness's {@code ifeval_es} (BSC-LT/IFEval_es): M-IFEval's Spanish checkers as
   * lm-eval copies them, scored as lm-eval scores them (prompt-level mean, instruction-level micro
   * average, strict and loose: the same procedure). No published revision of the dataset with its
   * instruction lists could be confirmed, so {@code --input-data} is required.
   */
  LMEVAL_ES("lmeval-es", "lm-eval ifeval_es", LmevalMl.SPANISH, null, null, null),
  /** lm-evaluation-harness's {@code ifeval_ca} (projecte-aina/IFEval_ca); {@code --input-data} required. */
  LMEVAL_CA("lmeval-ca", "lm-eval ifeval_ca", LmevalMl.CATALAN, null, null, null);

  /** The one figure a benchmark's authors report, when they single one out. */
  public enum Headline {
    PROMPT_LEVEL_LOOSE("prompt_level_loose", "prompt-level loose", true, true);

    private final String key;
    private final String label;
    private final boolean promptLevel;
    private final boolean loose;

    Headline(String key, String label, boolean promptLevel, boolean loose) {
      this.key = key;
      this.label = label;
      this.promptLevel = promptLevel;
      this.loose = loose;
    }

    /** The metric's name in {@code summary.json}. */
    public String key() {
      return key;
    }

    /** The metric's name in the table. */
    public String label() {
      return label;
    }

    /** The count this headline reads from the two modes' scores. */
    public Scores.Count of(Scores strict, Scores loose) {
      Scores s = this.loose ? loose : strict;
      return promptLevel ? s.promptLevel() : s.instructionLevel();
    }
  }

  private final String id;
  private final String title;
  private final String registry;
  private final Headline headline;
  private final String defaultInputData;
  private final String defaultInputDescription;

  Benchmark(String id, String title, String registry, Headline headline, String defaultInputData,
      String defaultInputDescription) {
    this.id = id;
    this.title = title;
    this.registry = registry;
    this.headline = headline;
    this.defaultInputData = defaultInputData;
    this.defaultInputDescription = defaultInputDescription;
  }

  /** The name {@code --benchmark} takes. */
  public String id() {
    return id;
  }

  /** The benchmark's name as its authors write it. */
  public String title() {
    return title;
  }

  /** The registry that judges it unless {@code --registry} says otherwise. */
  public String registry() {
    return registry;
  }

  /** The figure its authors report, or null when they report all four alike. */
  public Headline headline() {
    return headline;
  }

  /**
   * Cache path of its prompts, downloaded from upstream when no input data is given; null when the
   * benchmark has no published prompt set.
   */
  public String defaultInputData() {
    return defaultInputData;
  }

  /** What {@link #defaultInputData()} is, for messages. */
  public String defaultInputDescription() {
    return defaultInputDescription;
  }

  /**
   * Whether {@code name} is this benchmark's own registry: itself, with fixes ({@code NAME-fixed},
   * {@code NAME+fix}) or at another version ({@code NAME@VERSION}).
   */
  public boolean ownsRegistry(String name) {
    return name.equals(registry) || name.startsWith(registry + "-") || name.startsWith(registry + "+")
        || name.startsWith(registry + "@");
  }

  /** Scored conversation turn by turn ({@link MultiIfBenchmark}) rather than prompt by prompt. */
  public boolean isMultiTurn() {
    return this == MULTIIF;
  }

  /**
   * Cache path of its prompts in {@code language}, for a benchmark with one prompt set per language
   * (M-IFEval); {@link #defaultInputData()} for the others, which take no language.
   *
   * @throws IllegalArgumentException for a language the benchmark has no prompts in, or a language
   *     given to a benchmark that has one prompt set
   */
  public String defaultInputData(String language) {
    if (this != MIFEVAL) {
      if (language != null) throw new IllegalArgumentException(title + " has one prompt set; --language is for M-IFEval");
      return defaultInputData;
    }
    if (language == null || !Upstream.MIFEVAL_LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(title + " has one prompt set per language: give --language "
          + String.join("|", Upstream.MIFEVAL_LANGUAGES) + (language == null ? "" : " (not '" + language + "')"));
    }
    return Upstream.mifevalInputData(language);
  }

  /** The names, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Benchmark::id).toList();
  }

  /** The benchmark called {@code id}; an unknown name is an error listing the known ones. */
  public static Benchmark byId(String id) {
    for (Benchmark b : values()) {
      if (b.id.equals(id.toLowerCase(Locale.ROOT))) return b;
    }
    throw new IllegalArgumentException("unknown benchmark '" + id + "'; known: " + String.join(", ", ids()));
  }
}
