package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code format:options}: the response is one of the listed options and nothing else.
 *
 * <p>The options text is cut on the first separator it contains among {@code /}, then the
 * substring {@code or} (also inside words: {@code "word, sword"} is cut on "or"), then {@code ,};
 * each piece is {@code strip()}ped. Options that start like a multiple-choice list (the
 * reference's {@code re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*")}: a, b, c separated only by non-word
 * characters) are strict: the response must equal one piece exactly ({@code "a)"}, not {@code
 * "A)"} nor {@code "a) Paris"}). Otherwise the response and each piece are compared after
 * stripping ASCII punctuation and the plain space (only U+0020: a trailing newline or tab is kept,
 * so {@code "Yes.\n"} matches no option) and lower-casing.
 */
public final class OptionAnswer extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("format:options")
      .string("options", "the options, separated by '/', 'or' or ','; missing: a random choice of "
          + "'yes/no/maybe', \"I know or I don't know\", 'a), b), c), d)'")
      .factory(OptionAnswer::new);

  private static final List<String> OPTIONS_BANK =
      List.of("yes/no/maybe", "I know or I don't know", "a), b), c), d)");

  /** What the loose comparison strips from both ends: string.punctuation plus the space. */
  private static final String LOOSE_STRIP = Py.PUNCTUATION + " ";

  private final String optionsText;
  private final boolean strict;
  private final List<String> options;
  /** The options as the loose comparison sees them (stripped and lower-cased once). */
  private final List<String> looseOptions;

  OptionAnswer(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("options");
    optionsText = given == null ? ctx.choice(OPTIONS_BANK) : given;
    strict = startsLikeLetterChoices(optionsText);
    String separator = optionsText.contains("/") ? "/" : optionsText.contains("or") ? "or" : ",";
    List<String> pieces = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    for (String piece : Py.split(optionsText, separator)) {
      String option = Py.strip(piece);
      pieces.add(option);
      loose.add(Py.lower(Py.strip(option, LOOSE_STRIP)));
    }
    options = Collections.unmodifiableList(pieces);
    looseOptions = Collections.unmodifiableList(loose);
  }

  /** {@code re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*", s) is not None} (Unicode {@code \W}). */
  static boolean startsLikeLetterChoices(String s) {
    int i = 0;
    for (char letter : new char[] {'a', 'b', 'c'}) {
      // \W* cannot consume a letter, so greedy skipping never needs to back off.
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (Py.isWordChar(cp)) break;
        i += Character.charCount(cp);
      }
      if (i >= s.length() || (s.charAt(i) | 0x20) != letter) return false;
      i++;
    }
    return true;
  }

  @Override
  public String describe() {
    return "Answer with one of the following options: " + optionsText + ". Do not give any explanation.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("options", optionsText);
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    if (strict) {
      boolean ok = options.contains(text);
      return Verdict.of(ok, () -> ok ? "the response is exactly the option " + text
          : "the response is not exactly one of " + options + " (letter choices compare exactly)");
    }
    String answer = Py.lower(Py.strip(text, LOOSE_STRIP));
    boolean ok = looseOptions.contains(answer);
    return Verdict.of(ok, () -> ok ? "the response is the option " + answer
        : "the response, without surrounding punctuation and spaces, is not one of " + options);
  }
}
