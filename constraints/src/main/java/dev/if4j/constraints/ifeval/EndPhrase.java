package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code startend:end_checker}: the response ends with a given phrase.
 *
 * <p>As the reference: the response is stripped of whitespace, then of double quotes at both ends
 * (so a response wrapped in quotes may end with the phrase inside them), lower-cased, and must end
 * with the stripped, lower-cased phrase. An empty phrase ends every response.
 */
public final class EndPhrase extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("startend:end_checker")
      .string("end_phrase", "the phrase the response must end with (stripped); missing: one of two stock phrases at random")
      .factory(EndPhrase::new);

  private final String phrase;
  private final String lowerPhrase;

  EndPhrase(BuildContext ctx) {
    super(TYPE);
    String p = ctx.args().string("end_phrase");
    phrase = p == null
        ? ctx.choice(List.of("Any other questions?", "Is there anything else I can help with?"))
        : Py.strip(p);
    lowerPhrase = Py.lower(Py.strip(phrase));
  }

  @Override
  public String describe() {
    return "Finish your response with this exact phrase " + phrase
        + ". No other words should follow this phrase.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("end_phrase", phrase);
  }

  @Override
  public Verdict check(TextView response) {
    String stripped = Py.strip(response.stripped(), "\"");
    boolean ok = lowerEndsWith(stripped, lowerPhrase);
    return ok
        ? Verdict.followed(() -> "the response ends with \"" + phrase + "\"")
        : Verdict.notFollowed(() -> "the response does not end with \"" + phrase + "\"; it ends with \""
            + tail(Py.lower(stripped), Py.len(lowerPhrase)) + "\"");
  }

  /**
   * {@code text.lower().endswith(suffix)} by code point. When the last {@code suffix.length()}
   * chars of the text are ASCII, only they are lower-cased (see {@link
   * RepeatPrompt#lowerStartsWith}).
   */
  static boolean lowerEndsWith(String text, String suffix) {
    int n = suffix.length();
    int from = text.length() - n;
    if (from < 0 || !RepeatPrompt.isAscii(text, from, text.length())) {
      String lower = Py.lower(text);
      return lower.endsWith(suffix)
          // by code point: the suffix may not start inside a surrogate pair
          && !(n > 0 && n < lower.length() && Character.isLowSurrogate(lower.charAt(lower.length() - n))
              && Character.isHighSurrogate(lower.charAt(lower.length() - n - 1)));
    }
    for (int i = 0; i < n; i++) {
      if (RepeatPrompt.asciiLower(text.charAt(from + i)) != suffix.charAt(i)) return false;
    }
    return true;
  }

  private static String tail(String s, int codePoints) {
    int n = Py.len(s);
    return n <= codePoints ? s : s.substring(s.offsetByCodePoints(0, n - codePoints));
  }
}
