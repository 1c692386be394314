package dev.if4j.text.thai;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai Character Clusters (TCC, Theeramunkong et al. 2000) with the extra rules pythainlp's
 * {@code newmm} uses ({@code pythainlp.tokenize.tcc_p}, v5.0.4): the places where a Thai word may
 * end. A cluster is the first rule that matches at a position; where none matches, one character.
 *
 * <p>The rules are written as pythainlp writes them, with four placeholders expanded the same way:
 * {@code k} (an optional final consonant cluster with its cancellation mark), {@code c} (a
 * consonant), {@code t} (an optional tone mark), {@code d} (a lower vowel).
 */
final class ThaiClusters {
  private ThaiClusters() {}

  private static final List<String> RULES = List.of(
      "เc็ck", "เcctาะk", "เccีtยะk", "เccีtย(?=[เ-ไก-ฮ]|$)k", "เcc็ck", "เcิc์ck", "เcิtck",
      "เcีtยะ?k", "เcืtอะ?k", "เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k", "เctา?ะ?k", "cัtวะk", "c[ัื]tc[ุิะ]?k",
      "c[ิุู]์", "c[ะ-ู]tk", "cรรc์", "c็", "ct[ะาำ]?k", "ck", "แc็c", "แcc์", "แctะ", "แcc็c",
      "แccc์", "โctะ", "[เ-ไ]ct", "ก็", "อึ", "หึ");

  /** Python's {@code $} (no MULTILINE) also matches before a final {@code \n}: UNIX_LINES keeps it to {@code \n}. */
  private static final Pattern CLUSTER = Pattern.compile(String.join("|", RULES.stream()
      .map(r -> r.replace("k", "(cc?[dิ]?[์])?")
          .replace("c", "[ก-ฮ]")
          .replace("t", "[่-๋]?")
          .replace("d", "ูุ"))
      .toList()), Pattern.UNIX_LINES);

  /**
   * {@code tcc_pos(text)} as a table: {@code ends[i]} is true where a cluster ends at UTF-16 index
   * {@code i} (never inside a surrogate pair).
   */
  static boolean[] clusterEnds(String text) {
    int n = text.length();
    boolean[] ends = new boolean[n + 1];
    Matcher m = CLUSTER.matcher(text);
    int p = 0;
    while (p < n) {
      m.region(p, n);
      int next = m.lookingAt() && m.end() > p ? m.end() : p + Character.charCount(text.codePointAt(p));
      ends[next] = true;
      p = next;
    }
    return ends;
  }
}
