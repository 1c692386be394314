package dev.if4j.constraints.versions;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifbench.IfBench2025;
import dev.if4j.constraints.ifbench.KeywordAtPosition;
import dev.if4j.constraints.ifbench.Pronouns;
import dev.if4j.constraints.ifbench.RepeatPromptWordSpan;
import dev.if4j.constraints.ifbench.SecondAndSecondToLastWord;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifeval.LetterFrequencyStrictLetter;
import dev.if4j.constraints.ifevalg.FirstWordOfSentencesStringOnly;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.constraints.ifevalg.RepeatPhrase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The upstream versions of the reference checkers that if4j reproduces, each at parity with that
 * commit's own code (goldens under {@code shared/parity/versions/}). {@code ifbench@8a66c06} (or an
 * alias, {@code ifbench@2025-07-paper}) names one; the plain name ({@code ifbench}) is the pinned
 * version.
 *
 * <p>Each version is built from its neighbour (one step nearer the pinned version) by overriding
 * only the instructions that changed between them, the flavour mechanism of the fixes: a new
 * {@link ConstraintType} for the same id, and the ids that version lacked refused with the version
 * that added them.
 */
public final class Versions {
  private Versions() {}

  /** Separates a registry name from its version: {@code ifbench@8a66c06}. */
  public static final String SEPARATOR = "@";

  private static final List<UpstreamVersion> ALL = List.of(
      new UpstreamVersion(IfEval.NAME, "5bdf377", "2025-09-07", "Podtech-AI/IFEval",
          List.of("release", "2023-11"),
          "pinned: google-research instruction_following_eval as released (2023-11), unchanged through 2026",
          null, UnaryOperator.identity()),
      new UpstreamVersion(IfEval.NAME, "45e9105", "2026-09", "google-research/google-research",
          List.of("45e9105-provisional", "pr3428"),
          "keywords:letter_frequency counts a one-character letter such as '#' as given, raises"
              + " ValueError on a longer or whitespace letter or a negative let_frequency (PR #3428,"
              + " 45e9105; provisional: the PR is still open)",
          "5bdf377", r -> r.flavour(versioned(IfEval.NAME, "45e9105"),
              List.of(LetterFrequencyStrictLetter.TYPE))),
      new UpstreamVersion(IfBench.NAME, "db69a6f", "2026-08-19", "allenai/IFBench",
          List.of("0.2.0", "2026-08"),
          "pinned: the ifbench 0.2.0 package, with the 25 classic IFEval ids",
          null, UnaryOperator.identity()),
      new UpstreamVersion(IfBench.NAME, "8e6a9be", "2026-01-04", "allenai/IFBench",
          List.of("2026-01-pr19", "2026-01"),
          "only IFBench's 58 own ids (b281f8d added the classic 25); words:words_position does not"
              + " skip a final punctuation token (86ee248); count:pronouns counts personal pronouns"
              + " only (34f0927); repeat:repeat_span takes word indices, end excluded, and draws a"
              + " 0 n_start; words:keywords_specific_position counts punctuation tokens (1091c4c)",
          "db69a6f", r -> withoutClassicIds(r.flavour(versioned(IfBench.NAME, "8e6a9be"), List.of(
              SecondAndSecondToLastWord.ALWAYS_SECOND_TO_LAST, Pronouns.PERSONAL_ONLY, RepeatPromptWordSpan.TYPE,
              KeywordAtPosition.ANY_TOKEN)))),
      new UpstreamVersion(IfBench.NAME, "c62b347", "2025-11-11", "allenai/IFBench",
          List.of("leaderboard-2025-11", "2025-11"),
          "the leaderboard re-scoring (checker code of 45c44d1): sentences split by IFEval's rule-based"
              + " splitter, not Punkt; count:person_names and sentence:keyword match substrings;"
              + " words:words_position and words:keywords_specific_position are case-sensitive;"
              + " count:pronouns strips punctuation and splits on whitespace; format:quote_unquote"
              + " maps curly quotes; format:title_case accepts a one-letter lower-case word; no"
              + " crash guards (ZeroDivisionError, IndexError) (all changed by 8e6a9be, PR #19;"
              + " words:alphabet's guard by c6767a1)",
          "8e6a9be", r -> r.flavour(versioned(IfBench.NAME, "c62b347"), IfBench2025.leaderboard2025())),
      new UpstreamVersion(IfBench.NAME, "8a66c06", "2025-07-02", "allenai/IFBench",
          List.of("2025-07-paper", "paper", "2025-07"),
          "the paper version (arXiv 2507.02833): repeat:repeat_change compares the characters after"
              + " the first (c94da02: the words); format:emoji and words:paragraph_last_first raise"
              + " IndexError on a sentence or paragraph of punctuation only (guarded by 45c44d1,"
              + " ce81337)",
          "c62b347", r -> r.flavour(versioned(IfBench.NAME, "8a66c06"), IfBench2025.paper2025())),
      new UpstreamVersion(IfEvalG.NAME, "ebca9f7d4", "2026-04-09", "allenai/open-instruct",
          List.of("v0.3.0", "2026-04"),
          "pinned: open_instruct/IFEvalG at tag v0.3.0 (head)",
          null, UnaryOperator.identity()),
      new UpstreamVersion(IfEvalG.NAME, "9502f163e", "2025-10-30", "allenai/open-instruct",
          List.of("v0.1.0", "v0.2.0", "2025-10"),
          "copy:repeat_phrase checks the last copy only (ebca9f7d4 checks every copy)",
          "ebca9f7d4", r -> r.flavour(versioned(IfEvalG.NAME, "9502f163e"),
              List.of(RepeatPhrase.LAST_COPY))),
      new UpstreamVersion(IfEvalG.NAME, "2a088f7dc", "2025-06-12", "allenai/open-instruct",
          List.of("if-rlvr-paper", "2025-06"),
          "first_word:first_word_sent raises AttributeError on a list-valued first_word (fixed in"
              + " 9502f163e); the IF-RLVR training version",
          "9502f163e", r -> r.flavour(versioned(IfEvalG.NAME, "2a088f7dc"),
              List.of(FirstWordOfSentencesStringOnly.TYPE))));

  private static final Map<String, Registry> BUILT = new ConcurrentHashMap<>();

  /** Every version, grouped by registry, each registry's pinned version first. */
  public static List<UpstreamVersion> all() {
    return ALL;
  }

  /** The versions of {@code registry}, pinned first. */
  public static List<UpstreamVersion> of(String registry) {
    return ALL.stream().filter(v -> v.registry().equals(registry)).toList();
  }

  /** The pinned version of {@code registry}, if it has versions. */
  public static Optional<UpstreamVersion> pinned(String registry) {
    return ALL.stream().filter(v -> v.registry().equals(registry) && v.pinned()).findFirst();
  }

  /** Whether {@code name} is {@code registry@version}. */
  public static boolean isVersioned(String name) {
    return name.contains(SEPARATOR);
  }

  /**
   * The version {@code registry@version} names; an unknown registry or version is an error listing
   * the known versions.
   */
  public static UpstreamVersion find(String name) {
    int at = name.indexOf(SEPARATOR);
    String registry = name.substring(0, at);
    String version = name.substring(at + 1);
    List<UpstreamVersion> known = of(registry);
    if (known.isEmpty()) {
      throw new IllegalArgumentException("unknown registry '" + registry + "' in '" + name
          + "'; versioned registries: " + String.join(", ", registries()));
    }
    return known.stream().filter(v -> v.isNamed(version)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown version '" + version + "' of "
            + registry + "; known: " + String.join(", ", known.stream()
                .map(v -> v.commit() + (v.aliases().isEmpty() ? "" : " (" + String.join(", ", v.aliases()) + ")"))
                .toList())));
  }

  /** The registry {@code registry@version} names (see {@link #find}). */
  public static Registry registry(String name) {
    return registry(find(name));
  }

  /**
   * The registry of {@code version}, built from the pinned registry through each neighbour; the
   * pinned version is the plain registry itself, named {@code ifbench} as always.
   */
  public static Registry registry(UpstreamVersion version) {
    if (version.pinned()) return pinnedRegistry(version.registry());
    Registry built = BUILT.get(version.name());
    if (built == null) {
      built = version.fromNeighbour().apply(registry(neighbour(version)));
      BUILT.putIfAbsent(version.name(), built);
    }
    return built;
  }

  private static Registry pinnedRegistry(String registry) {
    return switch (registry) {
      case IfEval.NAME -> IfEval.registry();
      case IfBench.NAME -> IfBench.registry();
      case IfEvalG.NAME -> IfEvalG.registry();
      default -> throw new IllegalStateException("no pinned registry " + registry);
    };
  }

  private static UpstreamVersion neighbour(UpstreamVersion version) {
    return of(version.registry()).stream()
        .filter(v -> v.commit().equals(version.neighbour())).findFirst().orElseThrow();
  }

  /**
   * The upstream versions a registry called {@code registryName} judges with, for stamps: {@code
   * ["ifbench@8a66c06 (allenai/IFBench, 2025-07-02)"]}; the pinned ones for a plain name, all three
   * for {@code auto}; empty for a registry that is not a reference's (a test's, a plug-in's). Fix
   * suffixes ({@code -fixed}, {@code +fix}) are looked through.
   */
  public static List<String> upstreamOf(String registryName) {
    String base = registryName;
    int plus = base.indexOf('+');
    if (plus >= 0) base = base.substring(0, plus);
    if (base.endsWith("-fixed")) base = base.substring(0, base.length() - "-fixed".length());
    List<UpstreamVersion> versions;
    if (isVersioned(base)) {
      try {
        versions = List.of(find(base));
      } catch (IllegalArgumentException e) {
        versions = List.of();
      }
    } else if (base.equals("auto")) {
      versions = ALL.stream().filter(UpstreamVersion::pinned).toList();
    } else {
      versions = pinned(base).map(List::of).orElse(List.of());
    }
    return versions.stream().map(v -> v.name() + " (" + v.source() + ", " + v.date() + ")").toList();
  }

  private static List<String> registries() {
    return ALL.stream().map(UpstreamVersion::registry).distinct().toList();
  }

  private static String versioned(String registry, String commit) {
    return registry + SEPARATOR + commit;
  }

  /**
   * IFBench before 0.2.0 judged only its own 58 ids: the 25 classic IFEval ids it re-exports since
   * b281f8d (2026-05-13) are refused, naming the version that added them.
   */
  private static Registry withoutClassicIds(Registry r) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String id : IfEval.registry().ids()) {
      reasons.put(id, "IFBench added the classic IFEval ids in b281f8d (2026-05-13), released as"
          + " ifbench@db69a6f (0.2.0); use --registry ifbench or ifeval for them");
    }
    return r.without(r.name(), reasons);
  }

  /** The ids that {@code version} judges differently from its neighbour (for listings). */
  public static List<String> overriddenIds(UpstreamVersion version) {
    if (version.pinned()) return List.of();
    Registry mine = registry(version);
    Registry theirs = registry(neighbour(version));
    List<String> out = new ArrayList<>();
    for (ConstraintType t : mine.types()) {
      if (!theirs.contains(t.id()) || theirs.get(t.id()) != t) out.add(t.id());
    }
    for (String id : theirs.ids()) {
      if (!mine.contains(id)) out.add(id + " (refused)");
    }
    return out;
  }
}
