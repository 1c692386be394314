package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code keywords:letter_frequency}: how often a letter occurs in the lower-cased response compares
 * as asked.
 *
 * <p>Difference from the reference: when the letter is not one ASCII letter ({@code "#"}, {@code
 * "é"}, {@code "ab"}), the reference silently checks a random ASCII letter instead, so its verdict
 * is a coin toss. We count what the prompt asked for: the given string, stripped and lower-cased
 * (non-overlapping occurrences if it is longer than one character; a blank one is counted as
 * given), and mark the constraint reference-random. A missing or empty letter is drawn from the
 * ASCII letters as the reference draws it.
 */
public final class LetterFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:letter_frequency")
      .string("letter", "the letter to count, case-insensitively")
      .integer("let_frequency", "the count to compare with")
      .string("let_relation", "'less than' or 'at least'")
      .factory(LetterFrequency::new);

  /** {@code list(string.ascii_letters)}: lower case first, then upper case. */
  private static final List<String> ASCII_LETTERS = asciiLetters();

  private static List<String> asciiLetters() {
    List<String> out = new ArrayList<>(52);
    for (char c = 'a'; c <= 'z'; c++) out.add(String.valueOf(c));
    for (char c = 'A'; c <= 'Z'; c++) out.add(String.valueOf(c));
    return List.copyOf(out);
  }

  private final String letter;
  private final int frequency;
  private final Relation relation;

  LetterFrequency(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("letter");
    if (given == null || given.isEmpty()) {
      this.letter = Py.lower(ctx.choice(ASCII_LETTERS));
    } else if (isOneAsciiLetter(given)) {
      this.letter = Py.lower(given);
    } else {
      ctx.markReferenceRandom();
      String literal = Py.lower(Py.strip(given));
      this.letter = literal.isEmpty() ? Py.lower(given) : literal;
    }
    this.frequency = IfEvalArgs.countOrDraw(ctx, "let_frequency", 1, 10);
    this.relation = Relation.from(ctx, "let_relation");
  }

  /**
   * The reference's test for a usable letter: one character whose lower case is one of a..z (so
   * the Kelvin sign, which lower-cases to k, passes).
   */
  private static boolean isOneAsciiLetter(String s) {
    if (s.codePointCount(0, s.length()) != 1) return false;
    String lower = Py.lower(s);
    return lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z';
  }

  @Override
  public String describe() {
    return "In your response, the letter " + letter + " should appear "
        + relation.words(frequency) + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("letter", letter, "let_frequency", (long) frequency,
        "let_relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    char c = letter.length() == 1 ? letter.charAt(0) : 0;
    int found = c >= 'a' && c <= 'z'
        ? countInLower(response.text(), c)
        : count(response.lower(), letter);
    return Verdict.of(relation.holds(found, frequency), () -> "found the letter " + letter + " "
        + found + " times, expected " + relation.words(frequency));
  }

  /**
   * How often the ASCII letter {@code c} occurs in {@code text.lower()}, without lower-casing the
   * text: Python's lower case of a character is one character, except for U+0130 (an i and a
   * combining dot), and only two characters beyond ASCII lower-case to an ASCII letter (U+0130
   * to i, the Kelvin sign to k), as their simple mapping says.
   */
  static int countInLower(String text, char c) {
    char upper = (char) (c - ('a' - 'A'));
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == c || ch == upper || (ch >= 0x80 && Character.toLowerCase(ch) == c)) n++;
    }
    return n;
  }

  private static int count(String text, String letter) {
    if (letter.length() == 1) {
      char c = letter.charAt(0);
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == c) n++;
      }
      return n;
    }
    return Needle.of(letter).count(text);
  }
}
