package dev.if4j.data.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.data.Task;
import dev.if4j.data.io.JsonValues;
import dev.if4j.text.TextTools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shows a synthesized row satisfiable: builds a response meant to follow all its instructions and
 * asks the real checkers whether it does.
 *
 * <p>A constructor exists for each IFEval instruction and for the IFEvalG ones that are
 * straightforward ({@link #CONSTRUCTIBLE}; the response language only for English). The row's instructions become one plan (paragraphs, the words and markers each
 * asks for, case, wrapping), rendered with a growing amount of filler text: a count of words or
 * sentences bounded from below needs more of it, one bounded from above less. The first rendering
 * every checker accepts is the witness. A row whose instructions all have constructors but for which
 * no rendering passes is reported: either its instructions cannot hold together (a conflict the
 * dictionary lacks) or the constructor is too simple for that mix; the report says which checkers
 * refused, to tell the two apart.
 */
public final class ResponseConstructor {
  /** The instructions a witness can be built for. */
  public static final Set<String> CONSTRUCTIBLE = Set.of(
      "keywords:existence", "keywords:frequency", "keywords:forbidden_words", "keywords:letter_frequency",
      "language:response_language", "length_constraints:number_sentences", "length_constraints:number_paragraphs",
      "length_constraints:number_words", "length_constraints:nth_paragraph_first_word",
      "detectable_content:number_placeholders", "detectable_content:postscript",
      "detectable_format:number_bullet_lists", "detectable_format:constrained_response",
      "detectable_format:number_highlighted_sections", "detectable_format:multiple_sections",
      "detectable_format:json_format", "detectable_format:title", "combination:two_responses",
      "combination:repeat_prompt", "startend:end_checker", "change_case:capital_word_frequency",
      "change_case:english_capital", "change_case:english_lowercase", "punctuation:no_comma",
      "startend:quotation",
      // IFEvalG's that are straightforward.
      "keywords:palindrome", "punctuation:punctuation_dot", "punctuation:punctuation_exclamation",
      "keywords:word_once", "keywords:exclude_word_harder", "keywords:word_count_different_numbers",
      "letters:letter_counting", "letters:letter_counting2", "count:count_increment_word",
      "first_word:first_word_answer", "last_word:last_word_answer", "keywords:start_end", "paragraphs:paragraphs",
      "paragraphs:paragraphs2");

  /** Filler sentences per paragraph tried, in order. */
  private static final int[] SIZES = {0, 1, 2, 3, 4, 6, 8, 11, 15, 20, 27, 36, 48, 64, 85, 110, 150, 200};

  /**
   * Plain English without commas or all-capital words ("I" and "A" are such words to
   * capital_word_frequency), each is some checker's business.
   */
  private static final List<String> FILLER = List.of(
      "The river runs past the old stone mill.", "Our team walked along the quiet shore.",
      "Fresh bread was cooling on the table.", "The garden looks green after the rain.",
      "Many birds return here every spring.", "She painted the small boat bright blue.",
      "The library opens early on weekdays.", "We planted tomatoes near the fence.",
      "The train left the station on time.", "Warm light filled the kitchen at dawn.",
      "The children built a fort from blankets.", "The gentle wind moved through the tall grass.",
      "The market sells apples and pears.", "He wrote a long letter to his aunt.",
      "The museum shows paintings from many eras.", "Clouds drifted slowly over the hills.",
      "The old dog sleeps by the warm stove.", "Students read quietly in the hall.",
      "The bakery makes bread every morning.", "The small bridge crosses the narrow creek.");

  private static final List<String> CAPITALS = List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT",
      "GOLF", "HOTEL", "INDIA", "JULIET", "KILO", "LIMA", "MIKE", "NOVEMBER", "OSCAR", "PAPA", "QUEBEC", "ROMEO");

  /** Words for placeholders and highlights, and to open a sentence: the first that avoids what a row forbids. */
  private static final List<String> PLACEHOLDERS = List.of("place", "name", "item", "town", "date", "x", "y");
  private static final List<String> NEUTRAL = List.of("Note", "Also", "Here", "Now", "So");
  private static final List<String> PALINDROMES = List.of("level", "noon", "radar", "civic", "kayak", "wow");

  /** How a row fared. */
  public enum Status {
    /** A constructed response follows every instruction. */
    SATISFIED,
    /** Some instruction has no constructor. */
    NO_CONSTRUCTOR,
    /** Every instruction has a constructor, yet no rendering followed them all. */
    NOT_SHOWN
  }

  /**
   * @param response the witness (SATISFIED), or the last rendering tried (NOT_SHOWN)
   * @param refusing the instructions that refused the last rendering, or those without a constructor
   */
  public record Outcome(Status status, String response, List<String> refusing) {}

  private final Evaluator evaluator;

  /** @param evaluator the checkers to ask (a registry with the instructions of the rows) */
  public ResponseConstructor(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * A check for {@code synth}'s rows: each instruction judged by the checker of the registry it was
   * drawn from (the first that has it, as synthesis draws).
   */
  public static ResponseConstructor forSynthesis(Synthesizer synth, TextTools tools) {
    return new ResponseConstructor(new Evaluator(Registry.of("synth", synth.pool()), tools));
  }

  public Outcome check(Task task) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < task.instructionIds().size(); i++) {
      String id = task.instructionIds().get(i);
      boolean english = !id.equals("language:response_language") || "en".equals(task.kwargs().get(i).get("language"));
      if (!CONSTRUCTIBLE.contains(id) || !english || !evaluator.registry().contains(id)) missing.add(id);
    }
    if (!missing.isEmpty()) return new Outcome(Status.NO_CONSTRUCTOR, null, missing);
    Plan plan = new Plan(task);
    String last = null;
    List<String> refusing = List.of();
    // Short sentences first; then the same filler as one long sentence per paragraph, for many
    // words in few sentences.
    for (boolean merged : new boolean[] {false, true}) {
      for (int size : SIZES) {
        last = plan.render(size, merged);
        refusing = refusing(task, last);
        if (refusing.isEmpty()) return new Outcome(Status.SATISFIED, last, List.of());
      }
    }
    return new Outcome(Status.NOT_SHOWN, last, refusing);
  }

  private List<String> refusing(Task task, String response) {
    List<Args> args = new ArrayList<>();
    for (int i = 0; i < task.instructionIds().size(); i++) args.add(Args.of(task.instructionIds().get(i), task.kwargs().get(i)));
    Row row = new Row(String.valueOf(task.key()), task.prompt(), response, task.instructionIds(), args);
    boolean[] strict = evaluator.evaluate(row, false).strict();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < strict.length; i++) if (!strict[i]) out.add(task.instructionIds().get(i));
    return out;
  }

  /** A row's instructions as one response plan. */
  private static final class Plan {
    int blocks = 1;
    boolean starDividers;
    int nthParagraph;
    String nthFirstWord;
    final List<String> extras = new ArrayList<>();
    final Map<String, Integer> wordCounts = new LinkedHashMap<>();
    final List<Integer> placeholders = new ArrayList<>();
    final List<Integer> highlights = new ArrayList<>();
    final List<String> avoid = new ArrayList<>();
    final List<Character> avoidLetters = new ArrayList<>();
    String constrained;
    String firstWord;
    String lastWord;
    boolean startEnd;
    boolean noDots;
    boolean palindrome;
    boolean fewLetters;
    int capitals;
    String sectionSplitter;
    int sections;
    int bullets = -1;
    String postscript;
    String endPhrase;
    String repeated;
    boolean lower;
    boolean upper;
    boolean quoted;
    boolean json;
    boolean twice;

    Plan(Task task) {
      for (int i = 0; i < task.instructionIds().size(); i++) add(task.instructionIds().get(i), task.kwargs().get(i));
    }

    private void add(String id, Map<String, Object> a) {
      switch (id) {
        case "keywords:existence" -> {
          for (Object k : list(a.get("keywords"))) need(String.valueOf(k), 1);
        }
        case "keywords:palindrome" -> palindrome = true;
        case "punctuation:punctuation_dot" -> noDots = true;
        case "keywords:word_once" -> {
          String k = String.valueOf(a.get("keyword"));
          avoid.add(k);
          need(k, 1);
        }
        case "keywords:exclude_word_harder" -> avoid.add(String.valueOf(a.get("keyword")));
        case "count:count_increment_word" -> {
          String k1 = String.valueOf(a.get("keyword1"));
          String k2 = String.valueOf(a.get("keyword2"));
          avoid.add(k1);
          avoid.add(k2);
          need(k1, 1);
          need(k2, 2);
        }
        case "first_word:first_word_answer" -> firstWord = String.valueOf(a.get("first_word"));
        case "last_word:last_word_answer" -> lastWord = String.valueOf(a.get("last_word"));
        case "keywords:start_end" -> startEnd = true;
        case "paragraphs:paragraphs" -> {
          blocks = Math.max(blocks, 2);
          starDividers = true;
        }
        case "paragraphs:paragraphs2" -> blocks = Math.max(blocks, 2);
        case "letters:letter_counting" -> fewLetters = "less than".equals(a.get("relation"));
        case "keywords:frequency", "keywords:word_count_different_numbers" -> {
          String k = String.valueOf(a.get("keyword"));
          int n = number(a.get("frequency"));
          if ("less than".equals(a.get("relation"))) avoid.add(k);
          else need(k, Math.max(n, 1));
        }
        case "keywords:forbidden_words" -> list(a.get("forbidden_words")).forEach(w -> avoid.add(String.valueOf(w)));
        case "keywords:letter_frequency", "letters:letter_counting2" -> {
          String letter = String.valueOf(a.get("letter")).toLowerCase(Locale.ROOT);
          int n = number(a.get("let_frequency"));
          if ("less than".equals(a.get("let_relation"))) {
            if (letter.length() == 1) avoidLetters.add(letter.charAt(0));
          } else {
            extras.add(letter.repeat(Math.max(n, 1)));
          }
        }
        case "length_constraints:number_paragraphs" -> {
          blocks = Math.max(blocks, number(a.get("num_paragraphs")));
          starDividers = true;
        }
        case "length_constraints:nth_paragraph_first_word" -> {
          blocks = Math.max(blocks, number(a.get("num_paragraphs")));
          nthParagraph = number(a.get("nth_paragraph"));
          nthFirstWord = String.valueOf(a.get("first_word"));
        }
        case "detectable_content:number_placeholders" -> {
          for (int k = 1; k <= number(a.get("num_placeholders")); k++) placeholders.add(k);
        }
        case "detectable_content:postscript" -> postscript = a.get("postscript_marker") + " see you soon.";
        case "detectable_format:number_bullet_lists" -> bullets = number(a.get("num_bullets"));
        case "detectable_format:constrained_response" -> constrained = "My answer is yes.";
        case "detectable_format:number_highlighted_sections" -> {
          for (int k = 1; k <= number(a.get("num_highlights")); k++) highlights.add(k);
        }
        case "detectable_format:multiple_sections" -> {
          sectionSplitter = String.valueOf(a.get("section_spliter")).strip();
          sections = number(a.get("num_sections"));
        }
        case "detectable_format:json_format" -> json = true;
        case "detectable_format:title" -> extras.add("<<a plain title>>");
        case "change_case:capital_word_frequency" -> {
          if ("at least".equals(a.get("capital_relation"))) capitals = number(a.get("capital_frequency"));
        }
        case "combination:two_responses" -> twice = true;
        case "combination:repeat_prompt" -> repeated = String.valueOf(a.get("prompt_to_repeat"));
        case "startend:end_checker" -> endPhrase = String.valueOf(a.get("end_phrase"));
        case "change_case:english_capital" -> upper = true;
        case "change_case:english_lowercase" -> lower = true;
        case "startend:quotation" -> quoted = true;
        default -> { } // punctuation:no_comma, language (English): the filler already complies.
      }
    }

    /**
     * Writes {@code word} {@code times} times: as often as the most any instruction asks (two asking
     * for 2 and at least 2 share them).
     */
    private void need(String word, int times) {
      wordCounts.merge(word, times, Math::max);
    }

    /** The response with {@code size} filler sentences per paragraph. */
    String render(int size, boolean merged) {
      String text = body(size, merged, 0);
      if (twice) text = text + "\n******\n" + body(size, merged, 1);
      // Sentences end with "?" instead: still sentences to the splitters.
      if (noDots) text = text.replace(".", "?");
      if (lower) text = text.toLowerCase(Locale.ROOT);
      if (upper) text = text.toUpperCase(Locale.ROOT);
      if (quoted) text = "\"" + text + "\"";
      if (json) {
        try {
          text = "{\"response\": " + JsonValues.MAPPER.writeValueAsString(text) + "}";
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      return text;
    }

    private String body(int size, boolean merged, int offset) {
      List<String> filler = filler();
      List<String> paragraphs = new ArrayList<>();
      int next = offset;
      for (int b = 0; b < blocks; b++) {
        List<String> lines = new ArrayList<>();
        if (b == 0 && repeated != null) lines.add(repeated);
        // One sentence of words: the paragraph's required first word, then what the instructions
        // ask to be written (keywords, placeholders, highlights, a title, capital words).
        List<String> words = new ArrayList<>();
        if (b + 1 == nthParagraph) words.add(nthFirstWord);
        if (b == 0) {
          // Not "*" first: a line that starts with one is a bullet point.
          if (opener() != null) words.add(opener());
          wordCounts.forEach((w, n) -> {
            for (int k = 0; k < n; k++) words.add(w);
          });
          words.addAll(extras);
          if (palindrome) words.add(pick(PALINDROMES));
          // Under "fewer than N letters", markers hold digits only.
          String placeholder = fewLetters ? "" : pick(PLACEHOLDERS) + " ";
          for (int k : placeholders) words.add("[" + placeholder + k + "]");
          for (int k : highlights) words.add("*" + placeholder + k + "*");
          for (int k = 0; k < capitals; k++) words.add(capitals().get(k % capitals().size()));
        }
        List<String> sentences = new ArrayList<>();
        if (!words.isEmpty()) sentences.add(String.join(" ", words) + ".");
        for (int k = 0; k < size; k++) sentences.add(filler.get(next++ % filler.size()));
        if (b == 0 && constrained != null) sentences.add(constrained);
        if (sentences.isEmpty()) sentences.add(filler.get(next++ % filler.size()));
        lines.add(merged ? merge(sentences) : String.join(" ", sentences));
        if (b == 0) for (int k = 1; k <= sections; k++) lines.add(sectionSplitter + " " + k);
        if (b == blocks - 1) {
          for (int k = 1; k <= bullets; k++) lines.add("* " + (fewLetters ? "" : "item ") + k);
          if (postscript != null) lines.add(postscript);
        }
        paragraphs.add(String.join("\n", lines));
      }
      String text = String.join(starDividers ? "\n***\n" : "\n\n", paragraphs);
      if (endPhrase != null) text = text + " " + endPhrase;
      if (lastWord != null) text = text + " " + lastWord;
      // The first word again, with nothing after it (the last word already is, when one is asked for).
      if (startEnd && lastWord == null) text = text + " " + opener();
      return text;
    }

    /** The response's first word, when something fixes it or the first sentence must not open with a marker. */
    private String opener() {
      if (firstWord != null) return firstWord;
      if (startEnd && lastWord != null) return lastWord;
      boolean markers = !(extras.isEmpty() && wordCounts.isEmpty() && placeholders.isEmpty() && highlights.isEmpty()
          && capitals == 0) || palindrome;
      if (fewLetters) return null;
      return startEnd || markers ? pick(NEUTRAL) : null;
    }

    /** The sentences as one: their full stops become "and". */
    private static String merge(List<String> sentences) {
      StringBuilder b = new StringBuilder();
      for (String s : sentences) {
        String body = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (!b.isEmpty()) b.append(" and ");
        b.append(body);
      }
      return b.append('.').toString();
    }

    /** Whether {@code text} holds none of the words (as substrings) and letters to avoid. */
    private boolean clean(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      boolean ok = avoid.stream().noneMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
      for (char c : avoidLetters) ok &= lower.indexOf(c) < 0;
      return ok;
    }

    /**
     * The filler sentences that hold none of the words and letters to avoid; when none is left, the
     * filler's words that are clean, six to a sentence.
     */
    private List<String> filler() {
      // Fewer than N letters (N is 2 or 3 as the reference draws it): numbers, no words.
      if (fewLetters) return List.of("1 2 3.", "4 5 6.", "7 8 9.");
      List<String> out = new ArrayList<>(FILLER.stream().filter(this::clean).toList());
      if (!out.isEmpty()) return out;
      List<String> words = new ArrayList<>();
      for (String s : FILLER) {
        for (String w : s.substring(0, s.length() - 1).split(" ")) {
          if (clean(w) && !words.contains(w.toLowerCase(Locale.ROOT))) words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      if (words.isEmpty()) return List.of("Yes.");
      for (int i = 0; i < words.size(); i += 6) {
        out.add(String.join(" ", words.subList(i, Math.min(words.size(), i + 6))) + ".");
      }
      return out;
    }

    /** The first of {@code words} that holds nothing to avoid (else the first). */
    private String pick(List<String> words) {
      return words.stream().filter(this::clean).findFirst().orElse(words.get(0));
    }

    private List<String> capitals() {
      if (fewLetters) return List.of("X");
      List<String> clean = CAPITALS.stream().filter(this::clean).toList();
      return clean.isEmpty() ? List.of("OK") : clean;
    }

    private static List<?> list(Object v) {
      return v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
    }

    private static int number(Object v) {
      return v instanceof Number n ? n.intValue() : 0;
    }
  }
}
