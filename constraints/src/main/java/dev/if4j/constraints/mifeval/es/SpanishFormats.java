package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ReferenceBuildRaises;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.BulletPoints;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.ifeval.Sections;
import dev.if4j.constraints.mifeval.LocalRelation;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The format checkers the Spanish family words or counts its own way: bullets, the constrained
 * answer, the postscript, the end phrase, sections and the n-th paragraph's first words.
 */
final class SpanishFormats {
  private SpanishFormats() {}

  /** {@code detectable_format:number_bullet_lists}: exactly N {@code *} bullets ({@code -} lines do not count). */
  static ConstraintType bulletLists(SpanishDialect d) {
    return d.define("detectable_format:number_bullet_lists")
        .integer("num_bullets", "the exact number of '*' bullet points; missing or negative: random 1-5")
        .factory(ctx -> {
          long bullets = IfEvalArgs.longCountOrDraw(ctx, "num_bullets", 1, 5);
          return new Simple(d, ctx, "Tu respuesta tiene que contener exactamente " + bullets
              + " puntos de lista. Usa los puntos de lista de Markdown como:\n* Este es el punto 1. \n"
              + "* Este es el punto 2", Map.of("num_bullets", bullets), v -> {
                int found = BulletPoints.count(v.text(), '*');
                return Verdict.of(found == bullets,
                    () -> "found " + found + " '*' bullet points, expected exactly " + bullets);
              });
        });
  }

  private static final List<String> OPTIONS = List.of("S\u00ED.", "No.", "Quiz\u00E1s.");

  /** {@code detectable_format:constrained_response}: the response holds "Sí.", "No." or "Quizás.". */
  static ConstraintType constrainedResponse(SpanishDialect d) {
    return d.define("detectable_format:constrained_response")
        .factory(ctx -> new Simple(d, ctx, "Responde con alguna de las siguientes opciones: ("
            + "'S\u00ED.', 'No.', 'Quiz\u00E1s.')", Map.of(), v -> {
              for (String o : OPTIONS) {
                if (v.text().contains(o)) return Verdict.followed(() -> "found \"" + o + "\"");
              }
              return Verdict.notFollowed(() -> "none of the options " + OPTIONS + " found");
            }));
  }

  /**
   * {@code detectable_content:postscript}: "P.D." matched as {@code p\.\s?d\.}, "Nota" as the
   * letters "nota" anywhere (so "anotación" counts), any other marker literally; all in the
   * lower-cased text.
   */
  static ConstraintType postscript(SpanishDialect d) {
    return d.define("detectable_content:postscript")
        .string("postscript_marker", "the marker starting the postscript (stripped); missing: P.D. or Nota at random")
        .factory(ctx -> {
          String given = ctx.args().string("postscript_marker");
          String marker = given == null ? ctx.choice(List.of("P.D.", "Nota")) : Py.strip(given);
          Predicate<String> found = switch (marker) {
            case "P.D." -> SpanishFormats::hasPd;
            case "Nota" -> lower -> lower.contains("nota");
            default -> {
              Needle needle = Needle.of(Py.lower(marker));
              yield lower -> needle.find(lower, 0) >= 0;
            }
          };
          return new Simple(d, ctx, "Al final de la respuesta, por favor a\u00F1ade expl\u00EDcitamente una "
              + "posdata que empiece por " + marker, Map.of("postscript_marker", marker),
              v -> found.test(v.lower())
                  ? Verdict.followed(() -> "found the postscript marker " + marker)
                  : Verdict.notFollowed(() -> "no postscript marker " + marker + " found"));
        });
  }

  /** {@code p\.\s?d\.} in the lower-cased text. */
  private static boolean hasPd(String s) {
    int n = s.length();
    for (int i = s.indexOf("p."); i >= 0; i = s.indexOf("p.", i + 1)) {
      int k = i + 2;
      if (k < n && Py.isSpace(s.charAt(k))) k++;
      if (k + 1 < n && s.charAt(k) == 'd' && s.charAt(k + 1) == '.') return true;
    }
    return false;
  }

  /**
   * {@code startend:end_checker}: the stripped response, without surrounding {@code "} and one
   * final {@code .}, ends with the phrase, both lower-cased.
   */
  static ConstraintType endChecker(SpanishDialect d) {
    return d.define("startend:end_checker")
        .string("end_phrase", "the phrase the response must end with (a final '.' of the response is ignored)")
        .factory(ctx -> {
          String given = ctx.args().string("end_phrase");
          String phrase = given == null
              ? ctx.choice(List.of("Un saludo", "\u00BFNecesitas algo m\u00E1s?", "Quedo pendiente de la siguiente consulta"))
              : Py.strip(given);
          String lowerPhrase = Py.lower(Py.strip(phrase));
          return new Simple(d, ctx, "Termina tu respuesta con esta frase exacta " + phrase
              + ". Ninguna otra palabra debe seguir esta frase.", Map.of("end_phrase", phrase), v -> {
                String s = Py.lower(Py.strip(v.stripped(), "\""));
                if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
                String end = s;
                return end.endsWith(lowerPhrase)
                    ? Verdict.followed(() -> "the response ends with \"" + phrase + "\"")
                    : Verdict.notFollowed(() -> "the response does not end with \"" + phrase + "\"");
              });
        });
  }

  /**
   * {@code detectable_format:multiple_sections}: Google's count of "SPLITER number" marks, at least
   * N of them; the relation argument is read (and validated) but, as in the reference, not used.
   */
  static ConstraintType multipleSections(SpanishDialect d) {
    return d.define("detectable_format:multiple_sections")
        .string("section_spliter", "the word that starts each section (stripped); missing: Sección or SECCIÓN at random")
        .integer("num_sections", "the minimum number of sections; missing or negative: random 1-5")
        .string("relation", SpanishCounts.relationDoc(d) + "; read but not used: always at least")
        .factory(ctx -> {
          String given = ctx.args().string("section_spliter");
          List<String> defaults = d.sectionSplitters();
          if (given == null && defaults.isEmpty()) {
            if (!ctx.synthesis()) {
              return ReferenceBuildRaises.of(ctx, "IndexError: Cannot choose from an empty sequence"
                  + " (this copy has no default section splitter)");
            }
            defaults = SpanishDialect.MIFEVAL.sectionSplitters();
          }
          String spliter = given == null ? ctx.choice(defaults) : Py.strip(given);
          long minimum = IfEvalArgs.longCountOrDraw(ctx, "num_sections", 1, 5);
          LocalRelation c = d.relations().from(ctx, "relation");
          return new Simple(d, ctx, "Tu respuesta debe tener " + c.words() + " " + minimum
              + " secciones. Marca el principio de cada secci\u00F3n con " + spliter + " X, tal como:\n"
              + spliter + " 1\n[contenido de secci\u00F3n 1]\n" + spliter + " 2\n[contenido de secci\u00F3n 2]",
              IfEvalArgs.ordered("section_spliter", spliter, "num_sections", minimum, "relation", c.words()),
              v -> {
                int found = Sections.count(v.text(), spliter);
                return Verdict.of(found >= minimum, () -> "found " + found + " sections marked '"
                    + spliter + " <number>', expected at least " + minimum);
              });
        });
  }

  /**
   * {@code length_constraints:nth_paragraph_first_word}: N non-blank paragraphs (split at
   * {@code "\n\n"}), and the n-th starts with the given words (several allowed), compared
   * lower-cased with ASCII punctuation removed from each word.
   */
  static ConstraintType nthParagraphFirstWord(SpanishDialect d) {
    return d.define("length_constraints:nth_paragraph_first_word")
        .integer("num_paragraphs", "how many paragraphs, separated by blank lines; missing or negative: random 1-5")
        .integer("nth_paragraph", "which paragraph (from 1) must start with first_word")
        .string("first_word", "the word or words the n-th paragraph must start with")
        .factory(ctx -> {
          int paragraphs = IfEvalArgs.countOrDraw(ctx, "num_paragraphs", 1, 5);
          Integer nthGiven = ctx.args().integer32("nth_paragraph");
          int nth = nthGiven == null || nthGiven <= 0 || nthGiven > paragraphs
              ? ctx.randint(1, paragraphs + 1) : nthGiven;
          String word = ctx.args().string("first_word");
          if (word == null) word = ctx.sample(SpanishCounts.WORD_LIST, 1).get(0);
          String firstWord = Py.lower(word);
          List<String> expected = Py.splitWhitespace(firstWord);
          return new Simple(d, ctx, "Debe haber " + paragraphs + " p\u00E1rrafos. P\u00E1rrafos y s\u00F3lo "
              + "p\u00E1rrafos estar\u00E1n separados entre s\u00ED por dos saltos de l\u00EDnea. El p\u00E1rrafo "
              + nth + " debe comenzar con la palabra " + firstWord + ".",
              IfEvalArgs.ordered("num_paragraphs", (long) paragraphs, "nth_paragraph", (long) nth,
                  "first_word", firstWord),
              v -> nthParagraph(v.text(), paragraphs, nth, expected));
        });
  }

  private static Verdict nthParagraph(String text, int paragraphs, int nth, List<String> expected) {
    List<String> pieces = Py.split(text, "\n\n");
    int counted = pieces.size();
    for (String p : pieces) if (Py.isBlank(p)) counted--;
    int found = counted;
    if (nth > found) {
      return Verdict.notFollowed(() -> "found " + found + " paragraphs, no paragraph " + nth);
    }
    String paragraph = Py.strip(pieces.get(nth - 1));
    if (paragraph.isEmpty()) return Verdict.notFollowed(() -> "paragraph " + nth + " is blank");
    List<String> words = new ArrayList<>();
    for (String w : Py.splitWhitespace(paragraph)) {
      if (words.size() == expected.size()) break;
      words.add(Py.lower(Py.deleteChars(w, Py.PUNCTUATION)));
    }
    if (words.size() < expected.size()) {
      return Verdict.notFollowed(() -> "paragraph " + nth + " has fewer words than " + expected);
    }
    boolean ok = found == paragraphs && words.equals(expected);
    return Verdict.of(ok, () -> "found " + found + " paragraphs (expected " + paragraphs + "), paragraph "
        + nth + " starts with " + words + " (expected " + expected + ")");
  }

  /** A checker whose description, arguments and check are given. */
  static final class Simple extends SpanishConstraint {
    private final String description;
    private final Map<String, Object> args;
    private final Function<TextView, Verdict> check;

    Simple(SpanishDialect d, BuildContext ctx, String description, Map<String, Object> args,
        Function<TextView, Verdict> check) {
      super(d, ctx);
      this.description = description;
      this.args = args;
      this.check = check;
    }

    @Override
    public String describe() {
      return description;
    }

    @Override
    public Map<String, Object> args() {
      return args;
    }

    @Override
    public Verdict check(TextView response) {
      return check.apply(response);
    }
  }
}
