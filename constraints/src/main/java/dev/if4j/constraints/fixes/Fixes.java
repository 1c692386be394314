package dev.if4j.constraints.fixes;

import static dev.if4j.constraints.fixes.Fix.Outcome.ARGUMENT_ERROR;
import static dev.if4j.constraints.fixes.Fix.Outcome.FOLLOWED;
import static dev.if4j.constraints.fixes.Fix.Outcome.NOT_FOLLOWED;
import static dev.if4j.constraints.fixes.Fix.Outcome.RANDOM;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.fixes.Fix.Example;
import dev.if4j.constraints.fixes.Fix.Kind;
import dev.if4j.constraints.ifbench.AlphabeticalSentenceStarts;
import dev.if4j.constraints.ifbench.EqualLengthSentences;
import dev.if4j.constraints.ifbench.IndentStairs;
import dev.if4j.constraints.ifbench.KeywordsMultiple;
import dev.if4j.constraints.ifbench.SecondAndSecondToLastWord;
import dev.if4j.constraints.ifbench.SentenceTypeRatio;
import dev.if4j.constraints.ifbench.TrigramOverlap;
import dev.if4j.constraints.ifeval.ConstrainedResponse;
import dev.if4j.constraints.ifeval.NthParagraphFirstWord;
import dev.if4j.constraints.ifevalg.CountingComposition;
import dev.if4j.constraints.ifevalg.UniqueWords;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalogue of {@link Fix}es, and the fixed flavours of the faithful registries.
 *
 * <p>A faithful registry ({@code ifeval}, {@code ifbench}, {@code ifevalg}) reproduces the
 * reference, defects included. Its fixed flavour ({@code ifeval-fixed}...) is the same table with
 * every fix that applies to it enabled; {@link #enable} enables a chosen few. Fixes change no
 * constraint class: each class reads its fix's id from the {@link BuildContext} and keeps one
 * implementation of each behaviour.
 */
public final class Fixes {
  private Fixes() {}

  /** What names a registry's fixed flavour: {@code ifeval} becomes {@code ifeval-fixed}. */
  public static final String FIXED_SUFFIX = "-fixed";

  /** The id of the IFEval data fix ({@link DataPatches}). */
  public static final String DATA = "data";

  private static final List<String> CLASSIC = List.of("ifeval", "ifbench", "ifevalg");

  private static final List<Fix> ALL = List.of(
      new Fix(BuildContext.NO_RANDOM_ARGS, Kind.CHECKER, CLASSIC, List.of("*"),
          "an argument that is missing or invalid (no keyword, a negative count, nth_paragraph beyond"
              + " num_paragraphs, an empty letter) is drawn from Python's unseeded global random while the"
              + " instruction is built, so the verdict is a draw",
          "such an argument is an error naming the instruction and the argument (exit 3 in check);"
              + " keywords:letter_frequency with a non-letter such as '!' counts that character, as if4j's"
              + " faithful flavour already does",
          "a checker that draws at check time judges a different instruction from the one the prompt"
              + " states, and a reward that is a coin toss teaches nothing",
          "issue text (olmo-eval PR #296; IFEval keys 1122, 1129); the random.* calls in every"
              + " build_description of the three references",
          new Example("ifeval", "no-random-args", "keywords:letter_frequency",
              Map.of("let_frequency", 3, "let_relation", "at least"), "banana bread", RANDOM, ARGUMENT_ERROR)),
      new Fix(NthParagraphFirstWord.FIX, Kind.CHECKER, CLASSIC,
          List.of("length_constraints:nth_paragraph_first_word"),
          "counts the non-blank pieces of the split on \\n\\n, but looks the n-th paragraph up among all"
              + " pieces: a leading blank piece shifts the paragraph checked by one",
          "looks the n-th paragraph up among the non-blank pieces it counted",
          "the paragraph checked must be the n-th paragraph the count talks about",
          "issue text; instructions.py ParagraphFirstWordCheck.check_following",
          new Example("ifeval", "nth-paragraph-non-blank", "length_constraints:nth_paragraph_first_word",
              Map.of("num_paragraphs", 2, "nth_paragraph", 1, "first_word", "hello"),
              "\n\nHello there.\n\nA second paragraph.", NOT_FOLLOWED, FOLLOWED)),
      new Fix(ConstrainedResponse.FIX, Kind.CHECKER, CLASSIC, List.of("detectable_format:constrained_response"),
          "passes when any of 'My answer is yes.', 'My answer is no.', 'My answer is maybe.' occurs in the"
              + " response, so giving all three passes",
          "exactly one of the three options may occur (as often as it likes)",
          "the instruction asks for one of the options; in RL, hedging with every answer would be rewarded",
          "our reading of instructions.py ConstrainedResponseChecker.check_following",
          new Example("ifeval", "constrained-response-one-option", "detectable_format:constrained_response",
              Map.of(), "My answer is yes. My answer is no.", FOLLOWED, NOT_FOLLOWED)),
      new Fix(IndentStairs.FIX, Kind.CHECKER, List.of("ifbench"), List.of("format:line_indent"),
          "drops blank lines with list.remove while iterating the same list, so of two consecutive"
              + " blank lines the second stays and is compared (indent 0)",
          "drops every blank line, then asks each line to be indented more than the one before",
          "blank lines between stairs are not steps; whether one is dropped must not depend on its"
              + " neighbour",
          "issue text; ifbench instructions.py IndentStairsChecker.check_following",
          new Example("ifbench", "line-indent-drop-blank-lines", "format:line_indent", Map.of(),
              "a\n  b\n\n\n    c", NOT_FOLLOWED, FOLLOWED)),
      new Fix(SentenceTypeRatio.FIX, Kind.CHECKER, List.of("ifbench"),
          List.of("ratio:sentence_type", "ratio:sentence_balance"),
          "declarative == 2 * interrogative (sentence_type) and declarative == interrogative =="
              + " exclamatory (sentence_balance) hold vacuously with no such sentences: 0 == 2 * 0",
          "the ratio must also be over at least one sentence of each type it names",
          "a response with only exclamations, or no final punctuation, keeps no ratio of sentence types",
          "issue text (ratio:sentence_type); ratio:sentence_balance found by reading"
              + " SentBalanceChecker",
          new Example("ifbench", "ratio-needs-sentences", "ratio:sentence_type", Map.of(),
              "What a day! Let us go!", FOLLOWED, NOT_FOLLOWED)),
      new Fix(KeywordsMultiple.FIX, Kind.CHECKER, List.of("ifbench"), List.of("count:keywords_multiple"),
          "counts each keyword with str.count on the lower-cased text: substrings, so 'art' is found in"
              + " 'start'",
          "counts whole words (a keyword edge that is a letter, digit or _ must not touch another one)",
          "the instruction asks for the keyword a number of times, not for words that contain it",
          "issue text; ifbench instructions.py KeywordsMultipleChecker.check_following",
          new Example("ifbench", "keywords-whole-words", "count:keywords_multiple",
              Map.of("keyword1", "art", "keyword2", "sun", "keyword3", "sea", "keyword4", "sky",
                  "keyword5", "ice"),
              "Art is a start. The sun, the sun. A sea, a sea, a sea. Sky sky sky sky sky."
                  + " Ice ice ice ice ice ice ice.",
              NOT_FOLLOWED, FOLLOWED)),
      new Fix(SecondAndSecondToLastWord.FIX, Kind.CHECKER, List.of("ifbench"), List.of("words:words_position"),
          "takes the second and second-to-last tokens of nltk.word_tokenize, punctuation included"
              + " (',' can be the second word); only one final punctuation token is skipped",
          "drops the tokens with no letter or digit, then takes the second and second-to-last words",
          "punctuation is not a word: 'Yes, cat ... a cat indeed.' has 'cat' second and second to last",
          "IFBench #22 (issue text); ifbench instructions.py WordsPositionChecker.check_following",
          new Example("ifbench", "words-position-skip-punctuation", "words:words_position",
              Map.of("keyword", "cat"), "Yes, cat lovers adore a cat indeed.", NOT_FOLLOWED, FOLLOWED)),
      new Fix(EqualLengthSentences.FIX, Kind.CHECKER, List.of("ifbench"), List.of("ratio:sentence_words"),
          "checks that the three sentences have the same length only; the 'all different words' the"
              + " description asks for is never checked, so 'Cat sat. Cat sat. Cat sat.' passes",
          "also requires every word of the three sentences to be different, ignoring case (words: the"
              + " nltk.word_tokenize tokens with a letter or digit, so punctuation is not a word)",
          "the description asks for all different words; repeating one sentence three times is the"
              + " easiest way to get equal lengths and must not be rewarded",
          "evalscope #1675 / PR #1676 (issue text); ifbench instructions.py"
              + " CharacterCountUniqueWordsChecker.check_following",
          new Example("ifbench", "sentence-words-unique", "ratio:sentence_words", Map.of(),
              "Cat sat. Cat sat. Cat sat.", FOLLOWED, NOT_FOLLOWED)),
      new Fix(TrigramOverlap.FIX, Kind.CHECKER, List.of("ifbench"), List.of("ratio:overlap"),
          "nltk.ngrams over the response string: the trigrams are of characters ('the', 'he ', 'e c'),"
              + " case and spaces included",
          "trigrams of words: the nltk.word_tokenize tokens with a letter or digit, lower-cased; the"
              + " sets, the share and the ± 2 points are as in the reference",
          "a trigram overlap with a text is an overlap of word sequences; character trigrams are shared"
              + " by nearly any two English texts, so the target percentage does not measure copying",
          "IFBench PR #34 (issue text); ifbench instructions.py NGramOverlapChecker.check_following",
          new Example("ifbench", "overlap-word-trigrams", "ratio:overlap",
              Map.of("reference_text", "The cat sat on the mat.", "percentage", 50),
              "The cat sat on a rug.", NOT_FOLLOWED, FOLLOWED)),
      new Fix(AlphabeticalSentenceStarts.FIX, Kind.CHECKER, List.of("ifbench"), List.of("custom:sentence_alphabet"),
          "takes the first character of a sentence's first whitespace-separated token as its first"
              + " letter, so a sentence opening with a quote or bracket ('\"Apple', '(Bear') fails",
          "skips whitespace, quotes (\" ' ` and Unicode's initial and final quotes) and opening brackets"
              + " in front of the first word; other marks such as markdown's * are not skipped",
          "a story's sentences are often dialogue; the first word of '\"Apples!\" she said.' starts with A",
          "IFBench PR #34 (issue text); ifbench instructions.py SentenceAlphabetChecker.check_following",
          new Example("ifbench", "sentence-alphabet-skip-quotes", "custom:sentence_alphabet", Map.of(),
              "\"Ax go.\" Bx go. Cx go. Dx go. Ex go. Fx go. Gx go. Hx go. Ix go. Jx go. Kx go. Lx go. Mx go."
                  + " Nx go. Ox go. Px go. Qx go. Rx go. Sx go. Tx go. Ux go. Vx go. Wx go. Xx go. Yx go. Zx go.",
              NOT_FOLLOWED, FOLLOWED)),
      new Fix(UniqueWords.FIX, Kind.CHECKER, List.of("ifevalg"),
          List.of("count:count_unique", "count:counting_composition"),
          "counts nltk.word_tokenize tokens as words, punctuation included: a second '.' is a repeated"
              + " word (count_unique), and 'I run.' has 3 words (counting_composition)",
          "only tokens with a letter or digit are words",
          "punctuation is not a word; with it, count_unique allows one sentence at most and"
              + " counting_composition's word counts are off by the punctuation",
          "open-instruct PR #1718 (issue text); IFEvalG instructions.py CountUniqueChecker,"
              + " CountingCompositionChecker",
          new Example("ifevalg", "punctuation-is-not-a-word", "count:count_unique", Map.of(),
              "Cats purr. Dogs bark.", NOT_FOLLOWED, FOLLOWED)),
      new Fix(CountingComposition.DIVIDER_FIX, Kind.CHECKER, List.of("ifevalg"),
          List.of("count:counting_composition"),
          "the description asks for paragraphs delimited by '* * *', the check splits on '***' only;"
              + " a blank piece at either end is discounted, then failed for having no sentences",
          "splits on '***' or '* * *', and skips blank pieces at either end",
          "a response that does what the description says must be able to pass",
          "open-instruct PR #1718 (issue text); the blank end pieces: our reading of"
              + " CountingCompositionChecker.check_following",
          new Example("ifevalg", "composition-divider", "count:counting_composition",
              Map.of("n_sent", 1, "n_words", 3),
              "Cats purr.\n* * *\nDogs bark.\n* * *\nBirds sing.", NOT_FOLLOWED, FOLLOWED)),
      new Fix(DATA, Kind.DATA, List.of("ifeval"),
          List.of("length_constraints:number_words", "detectable_format:number_bullet_lists",
              "startend:quotation", "change_case:english_lowercase"),
          "IFEval rows that contradict their prompt: key 337 asks for 400 words and checks 336; key"
              + " 2078 asks for exactly one bullet point and then for a few; key 30 lists startend:quotation"
              + " twice and omits the lower-case instruction its prompt states",
          "eval --benchmark ifeval judges corrected rows (our own patch data, DataPatches): 337 checks"
              + " 400 words, 2078's prompt asks for one bullet point only, 30's third instruction is"
              + " change_case:english_lowercase",
          "a score must measure the instructions the prompt states",
          "google-research #3103 / PR #3361 (issue text); the rows of google/IFEval",
          new Example("ifeval", "337", "length_constraints:number_words",
              Map.of("relation", "at least", "num_words", 336), "house ".repeat(350), FOLLOWED, NOT_FOLLOWED)));

  private static final Map<String, Fix> BY_ID = index();

  private static Map<String, Fix> index() {
    Map<String, Fix> m = new LinkedHashMap<>();
    for (Fix f : ALL) {
      if (m.putIfAbsent(f.id(), f) != null) throw new IllegalStateException("duplicate fix " + f.id());
    }
    return m;
  }

  /** Every fix, in catalogue order. */
  public static List<Fix> all() {
    return ALL;
  }

  /** The ids of every fix. */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /** The fix called {@code id}; an unknown id is an error that lists the known ones. */
  public static Fix get(String id) {
    Fix f = BY_ID.get(id);
    if (f == null) {
      throw new IllegalArgumentException("unknown fix '" + id + "'; known: " + String.join(", ", ids()));
    }
    return f;
  }

  /**
   * The fixes that apply to {@code registry}: a checker fix when the registry has one of its
   * checkers (so a union of registries gets the fixes of each), a data fix when the registry is
   * one its benchmark is judged with.
   */
  public static List<Fix> applicableTo(Registry registry) {
    return ALL.stream().filter(f -> applies(f, registry)).toList();
  }

  /** True when fix {@code id} applies to {@code registry}. */
  public static boolean appliesTo(String id, Registry registry) {
    return applies(get(id), registry);
  }

  static boolean applies(Fix f, Registry registry) {
    if (f.kind() == Kind.DATA) return f.registries().contains(registry.name());
    return f.checkers().stream().anyMatch(c -> c.equals("*") || registry.contains(c));
  }

  /** True when {@code name} names a fixed flavour ({@code ifeval-fixed}). */
  public static boolean isFixedName(String name) {
    return name.endsWith(FIXED_SUFFIX);
  }

  /** The faithful registry a fixed flavour's name stands on ({@code ifeval-fixed} → {@code ifeval}). */
  public static String faithfulName(String fixedName) {
    return fixedName.substring(0, fixedName.length() - FIXED_SUFFIX.length());
  }

  /** {@code faithful}'s fixed flavour: every fix that applies to it enabled. */
  public static Registry fixed(Registry faithful) {
    return enable(faithful, applicableTo(faithful).stream().map(Fix::id).toList());
  }

  /**
   * {@code faithful} with the fixes {@code ids} enabled. All of those that apply make the fixed
   * flavour ({@code NAME-fixed}); a subset is named {@code NAME+id+id}. An unknown fix, one that does
   * not apply to this registry, or a registry that already has fixes, is an error.
   */
  public static Registry enable(Registry faithful, Collection<String> ids) {
    if (!faithful.fixes().isEmpty()) {
      throw new IllegalArgumentException("registry " + faithful.name() + " already has fixes ("
          + String.join(", ", faithful.fixes()) + "); name its faithful flavour to choose fixes");
    }
    Set<String> chosen = new TreeSet<>();
    for (String id : ids) {
      Fix f = get(id);
      if (!applies(f, faithful)) {
        throw new IllegalArgumentException("fix '" + id + "' does not apply to registry " + faithful.name()
            + " (it applies to " + String.join(", ", f.registries()) + ")");
      }
      chosen.add(id);
    }
    Set<String> applicable = applicableTo(faithful).stream().map(Fix::id).collect(Collectors.toSet());
    String name = chosen.isEmpty() ? faithful.name()
        : chosen.equals(applicable) ? faithful.name() + FIXED_SUFFIX
        : faithful.name() + "+" + String.join("+", chosen);
    return faithful.withFixes(name, chosen);
  }
}
