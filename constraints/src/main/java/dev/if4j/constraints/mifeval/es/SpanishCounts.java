package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ReferenceBuildRaises;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.mifeval.LocalRelation;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The counting checkers whose comparison the Spanish family words its own way ("al menos" {@code
 * >=}, "como máximo" {@code <=}): keyword, letter, words, all-capital words and words with an
 * accent. Each is one {@link Counted} configured by what it counts.
 */
final class SpanishCounts {
  private SpanishCounts() {}

  /** What a missing keyword is drawn from ({@code es_instructions_util.WORD_LIST}). */
  static final List<String> WORD_LIST = List.of("amigo", "comida", "escuela", "casa", "familia",
      "trabajo", "tiempo", "libro", "ciudad", "perro");

  /** {@code keywords:frequency}: case-insensitive occurrences of the keyword (counted literally). */
  static ConstraintType keywordFrequency(SpanishDialect d) {
    return d.define("keywords:frequency")
        .string("keyword", "the word to count (case-insensitive, surrounding spaces ignored)")
        .integer("frequency", "the count to compare with; missing or negative: random 1-3")
        .string("relation", relationDoc(d))
        .factory(ctx -> {
          String given = ctx.args().string("keyword");
          String keyword = given == null || given.isEmpty() ? ctx.sample(WORD_LIST, 1).get(0) : Py.strip(given);
          int frequency = IfEvalArgs.countOrDraw(ctx, "frequency", 1, 3);
          LocalRelation c = d.relations().from(ctx, "relation");
          String folded = IgnoreCase.fold(keyword);
          return counted(d, ctx, "En tu respuesta, la palabra " + keyword + " debe aparecer "
              + c.words() + " " + frequency + " veces.",
              IfEvalArgs.ordered("keyword", keyword, "frequency", (long) frequency, "relation", c.words()),
              c, frequency, "occurrences of " + PyRepr.repr(keyword),
              v -> IgnoreCase.count(v.get(Counts.FOLDED), folded));
        });
  }

  /** {@code keywords:letter_frequency}: occurrences of one letter in the lower-cased text. */
  static ConstraintType letterFrequency(SpanishDialect d) {
    return d.define("keywords:letter_frequency")
        .string("letter", "one ASCII letter (else a random one, as the reference draws)")
        .integer("let_frequency", "the count to compare with; missing or negative: random 1-20")
        .string("let_relation", relationDoc(d))
        .factory(ctx -> {
          String given = ctx.args().string("letter");
          String letter;
          if (given == null || Py.len(given) != 1 || !isAsciiLetter(Py.lower(given))) {
            letter = ctx.choice(ASCII_LETTERS);
          } else {
            letter = Py.strip(given);
          }
          String lower = Py.lower(letter);
          int frequency = IfEvalArgs.countOrDraw(ctx, "let_frequency", 1, 20);
          LocalRelation c = d.relations().from(ctx, "let_relation");
          return counted(d, ctx, "En tu respuesta, la letra " + lower + " deber\u00EDa aparecer "
              + c.words() + " " + frequency + " veces.",
              IfEvalArgs.ordered("letter", lower, "let_frequency", (long) frequency, "let_relation", c.words()),
              c, frequency, "letters " + lower, v -> occurrences(v.lower(), lower));
        });
  }

  /**
   * {@code length_constraints:number_words}: spaCy's non-punctuation tokens of the text after
   * list markers at line starts ({@code ^\s*\d+\.\s*}, {@code ^\s*[-*]\s*}) are removed and
   * newlines turned into spaces.
   */
  static ConstraintType numberOfWords(SpanishDialect d) {
    return d.define("length_constraints:number_words")
        .integer("num_words", "the word count to compare with; missing or negative: random 1-500")
        .string("relation", relationDoc(d))
        .factory(ctx -> {
          int words = IfEvalArgs.countOrDraw(ctx, "num_words", 1, 500);
          LocalRelation c = d.relations().from(ctx, "relation");
          return counted(d, ctx, "Responde con " + c.words() + " " + words + " palabras.",
              IfEvalArgs.ordered("num_words", (long) words, "relation", c.words()), c, words, "words",
              v -> d.tokenizer().words(ListMarkers.remove(v.text()).replace('\n', ' ')).size());
        });
  }

  /** {@code change_case:capital_word_frequency}: spaCy words that are {@code isupper()}. */
  static ConstraintType capitalWordFrequency(SpanishDialect d) {
    return d.define("change_case:capital_word_frequency")
        .integer("capital_frequency", "the count of all-capital words to compare with")
        .string("capital_relation", relationDoc(d))
        .factory(ctx -> {
          Integer given = ctx.args().integer32("capital_frequency");
          if (given == null && !d.capitalFrequencyDrawn() && !ctx.synthesis()) {
            return ReferenceBuildRaises.of(ctx, "NameError: name '_ALL_CAPITAL_WORD_FREQUENCY' is not defined"
                + " (M-IFEval draws a missing capital_frequency from a misspelt constant)");
          }
          int frequency = given == null ? ctx.randint(1, 20) : given;
          LocalRelation c = d.relations().from(ctx, "capital_relation");
          return counted(d, ctx, "En tu respuesta, palabras escritas al completo con letras may\u00FAsculas "
              + "deber\u00EDan aparecer " + c.words() + " " + frequency + " veces.",
              IfEvalArgs.ordered("capital_frequency", (long) frequency, "capital_relation", c.words()),
              c, frequency, "all-capital words", v -> {
                int n = 0;
                for (String w : SpanishWords.of(v, d.tokenizer())) if (Py.isUpper(w)) n++;
                return n;
              });
        });
  }

  /** {@code special_character:tildes}: spaCy words holding an acute-accented vowel. */
  static ConstraintType tildes(SpanishDialect d) {
    return d.define("special_character:tildes")
        .integer("num_words", "the count of words with a tilde to compare with; missing or negative: random 1-500")
        .string("relation", relationDoc(d))
        .factory(ctx -> {
          int words = IfEvalArgs.countOrDraw(ctx, "num_words", 1, 500);
          LocalRelation c = d.relations().from(ctx, "relation");
          return counted(d, ctx, "Responde con " + c.words() + " " + words + " palabras con tilde.",
              IfEvalArgs.ordered("num_words", (long) words, "relation", c.words()), c, words,
              "words with a tilde", v -> SpanishWords.countHolding(SpanishWords.of(v, d.tokenizer()),
                  "\u00E1\u00E9\u00ED\u00F3\u00FA\u00C1\u00C9\u00CD\u00D3\u00DA", false));
        });
  }

  static String relationDoc(SpanishDialect d) {
    return withSymbol(d.relations().first()) + " or " + withSymbol(d.relations().second());
  }

  private static String withSymbol(LocalRelation r) {
    return "'" + r.words() + "' (" + r.comparison().symbol() + ")";
  }

  private static final List<String> ASCII_LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> String.valueOf((char) c)).toList();

  private static boolean isAsciiLetter(String s) {
    return s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z';
  }

  /** {@code collections.Counter(text)[letter]}: occurrences of a one-character string. */
  private static int occurrences(String text, String letter) {
    char c = letter.charAt(0);
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == c) n++;
    return n;
  }

  /** A count of {@code units} compared with {@code threshold} as {@code relation} asks. */
  private static SpanishFormats.Simple counted(SpanishDialect d, BuildContext ctx, String description,
      Map<String, Object> args, LocalRelation relation, long threshold, String units, ToIntFunction<TextView> count) {
    return new SpanishFormats.Simple(d, ctx, description, args,
        v -> relation.judge(count.applyAsInt(v), threshold, units));
  }
}
