package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/** The checkers M-IFEval added for Spanish characters: ¿...?, ¡...!, words with ñ or ü. */
final class SpanishMarks {
  private SpanishMarks() {}

  /** {@code punctuation:question_marks}: a non-blank question between {@code ¿} and {@code ?}. */
  static ConstraintType questionMarks(SpanishDialect d) {
    return d.define("punctuation:question_marks")
        .factory(ctx -> new Enclosed(d, ctx, '\u00BF', '?', "Tu respuesta debe incluir una pregunta."));
  }

  /** {@code punctuation:exclamation_marks}: a non-blank exclamation between {@code ¡} and {@code !}. */
  static ConstraintType exclamationMarks(SpanishDialect d) {
    return d.define("punctuation:exclamation_marks")
        .factory(ctx -> new Enclosed(d, ctx, '\u00A1', '!', "Tu respuesta debe incluir una exclamaci\u00F3n."));
  }

  /** {@code special_character:enie}: exactly N spaCy words hold {@code ñ} (after lower-casing). */
  static ConstraintType enie(SpanishDialect d) {
    return letterWords(d, "special_character:enie", '\u00F1');
  }

  /** {@code special_character:dieresis}: exactly N spaCy words hold {@code ü} (after lower-casing). */
  static ConstraintType dieresis(SpanishDialect d) {
    return letterWords(d, "special_character:dieresis", '\u00FC');
  }

  private static ConstraintType letterWords(SpanishDialect d, String id, char letter) {
    return d.define(id)
        .integer("let_frequency", "the exact number of words holding the letter; missing: random 1-20")
        .factory(ctx -> new LetterWords(d, ctx, letter));
  }

  /**
   * {@code re.findall(r"¿[^?]*\?", text)} holds a match that is not blank once its opening marks,
   * closing mark and surrounding whitespace are stripped.
   */
  static final class Enclosed extends SpanishConstraint {
    private final char open;
    private final char close;
    private final String description;

    Enclosed(SpanishDialect d, BuildContext ctx, char open, char close, String description) {
      super(d, ctx);
      this.open = open;
      this.close = close;
      this.description = description;
    }

    @Override
    public String describe() {
      return description;
    }

    @Override
    public Map<String, Object> args() {
      return Map.of();
    }

    @Override
    public Verdict check(TextView response) {
      String s = response.text();
      int at = s.indexOf(open);
      while (at >= 0) {
        int end = s.indexOf(close, at + 1);
        if (end < 0) break;
        int from = at;
        while (from < end && s.charAt(from) == open) from++;
        if (!Py.strip(s.substring(from, end)).isEmpty()) {
          String found = s.substring(at, end + 1);
          return Verdict.followed(() -> "found " + found);
        }
        at = s.indexOf(open, end + 1);
      }
      return Verdict.notFollowed(() -> "no non-blank text between " + open + " and " + close);
    }
  }

  /** Exactly {@code let_frequency} spaCy words hold the letter. */
  static final class LetterWords extends SpanishConstraint {
    private final char letter;
    private final long frequency;

    LetterWords(SpanishDialect d, BuildContext ctx, char letter) {
      super(d, ctx);
      this.letter = letter;
      Long given = ctx.args().integer("let_frequency");
      this.frequency = given == null ? ctx.randint(1, 20) : given;
    }

    @Override
    public String describe() {
      return "En tu respuesta, palabras con la letra " + letter + " deben aparecer " + frequency + " veces.";
    }

    @Override
    public Map<String, Object> args() {
      return IfEvalArgs.ordered("let_frequency", frequency);
    }

    @Override
    public Verdict check(TextView response) {
      int found = SpanishWords.countHolding(SpanishWords.of(response, dialect.tokenizer()),
          String.valueOf(letter), true);
      return Verdict.of(found == frequency,
          () -> "found " + found + " words with " + letter + ", expected exactly " + frequency);
    }
  }
}
