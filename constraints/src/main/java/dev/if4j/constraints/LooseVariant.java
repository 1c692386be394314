package dev.if4j.constraints;

import dev.if4j.text.Py;
import java.util.List;

/**
 * The 8 texts the reference's loose evaluation tries, in its order: the response, then the same
 * with {@code *} removed, with the first line removed, the last line, both, and those three with
 * {@code *} removed. Line-removed variants are {@code strip()}ped, as the reference does.
 */
public enum LooseVariant {
  AS_IS,
  NO_ASTERISKS,
  NO_FIRST_LINE,
  NO_LAST_LINE,
  NO_FIRST_AND_LAST_LINE,
  NO_FIRST_LINE_NO_ASTERISKS,
  NO_LAST_LINE_NO_ASTERISKS,
  NO_FIRST_AND_LAST_LINE_NO_ASTERISKS;

  private static final LooseVariant[] ALL = values();

  public static List<LooseVariant> all() {
    return List.of(ALL);
  }

  /** This variant of {@code response}. */
  public String apply(String response) {
    return switch (this) {
      case AS_IS -> response;
      case NO_ASTERISKS -> response.replace("*", "");
      case NO_FIRST_LINE -> dropLines(response, true, false);
      case NO_LAST_LINE -> dropLines(response, false, true);
      case NO_FIRST_AND_LAST_LINE -> dropLines(response, true, true);
      case NO_FIRST_LINE_NO_ASTERISKS -> dropLines(response, true, false).replace("*", "");
      case NO_LAST_LINE_NO_ASTERISKS -> dropLines(response, false, true).replace("*", "");
      case NO_FIRST_AND_LAST_LINE_NO_ASTERISKS -> dropLines(response, true, true).replace("*", "");
    };
  }

  /** {@code "\n".join(r[a:b]).strip()} for {@code r = response.split("\n")}. */
  static String dropLines(String response, boolean first, boolean last) {
    int start = 0;
    int end = response.length();
    if (first) {
      int nl = response.indexOf('\n');
      start = nl < 0 ? response.length() : nl + 1;
    }
    if (last) {
      int nl = response.lastIndexOf('\n');
      end = nl < 0 ? 0 : nl;
    }
    // With one line, r[1:-1] and r[:-1] are empty; with start > end the slice is empty too.
    if (start >= end) return "";
    return Py.strip(response.substring(start, end));
  }
}
