package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code detectable_content:postscript}: the response contains a postscript marker.
 *
 * <p>Despite the description ("at the end of your response"), the reference only looks for the
 * marker anywhere in the lower-cased text. Its two stock markers are matched loosely: {@code
 * "P.P.S"} as {@code p\.\s?p\.\s?s} (so "P. P. S", "p.p.s." and "P.P.S." match) and {@code "P.S."}
 * as {@code p\.\s?s\.} ("P. S." matches, "PS" does not), any case.
 *
 * <p>Any other marker must occur as is, ignoring case. The reference puts it into a regex
 * unescaped; here it is matched literally, which differs only for markers holding regex
 * metacharacters ({@code "p.s."} written in lower case, {@code "Note (1)"}).
 */
public final class Postscript extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("detectable_content:postscript")
      .string("postscript_marker", "the marker starting the postscript, e.g. P.S. (stripped); missing: P.S. or P.P.S at random")
      .factory(Postscript::new);

  private final String marker;
  private final String lowerMarker;

  Postscript(BuildContext ctx) {
    super(TYPE);
    String m = ctx.args().string("postscript_marker");
    marker = m == null ? ctx.choice(List.of("P.S.", "P.P.S")) : Py.strip(m);
    lowerMarker = Py.lower(marker);
  }

  @Override
  public String describe() {
    return "At the end of your response, please explicitly add a postscript starting with " + marker;
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("postscript_marker", marker);
  }

  @Override
  public Verdict check(TextView response) {
    int at = switch (marker) {
      case "P.P.S" -> find(response.text(), true);
      case "P.S." -> find(response.text(), false);
      default -> Needle.of(lowerMarker).find(response.lower(), 0);
    };
    return at >= 0
        ? Verdict.followed(() -> "found the postscript marker " + marker + " at character " + at)
        : Verdict.notFollowed(() -> "no postscript marker " + marker + " found");
  }

  /**
   * The first match of {@code p\.\s?p\.\s?s} ({@code pps}) or {@code p\.\s?s\.} in the lower-cased
   * text. Only ASCII letters lower-case to 'p' and 's' and nothing lower-cases to '.' or a space, so
   * the original text can be scanned with an ASCII case fold.
   */
  static int find(String s, boolean pps) {
    int n = s.length();
    for (int i = 0; i + 1 < n; i++) {
      if ((s.charAt(i) | 0x20) != 'p' || s.charAt(i + 1) != '.') continue;
      int k = optionalSpace(s, i + 2);
      if (pps) {
        if (k + 1 >= n || (s.charAt(k) | 0x20) != 'p' || s.charAt(k + 1) != '.') continue;
        k = optionalSpace(s, k + 2);
        if (k < n && (s.charAt(k) | 0x20) == 's') return i;
      } else {
        if (k + 1 < n && (s.charAt(k) | 0x20) == 's' && s.charAt(k + 1) == '.') return i;
      }
    }
    return -1;
  }

  /** {@code \s?} before a letter: skips one whitespace if there is one. */
  private static int optionalSpace(String s, int k) {
    return k < s.length() && Py.isSpace(s.charAt(k)) ? k + 1 : k;
  }
}
