package dev.if4j.constraints.mifeval;

import dev.if4j.text.PyRepr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An M-IFEval language module's description pattern ({@code "Incluez les mots {keywords} dans la
 * réponse."}) filled as Python's {@code str.format} fills it from the instruction's arguments: text as
 * is, numbers in decimal, lists as their repr ({@code ['a', 'b']}).
 */
public record Description(String pattern) {
  /** The pattern with each {@code {name}} replaced by the argument of that name. */
  public String fill(Map<String, Object> args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (close < 0) {
        out.append(pattern, i, pattern.length());
        break;
      }
      String name = pattern.substring(open + 1, close);
      out.append(pattern, i, open).append(args.containsKey(name) ? format(args.get(name)) : "{" + name + "}");
      i = close + 1;
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static String format(Object v) {
    if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return PyRepr.repr((List<String>) list);
    }
    return String.valueOf(v);
  }

  /** An insertion-ordered, unmodifiable map from alternating keys and values (a module's tables). */
  public static Map<String, String> pairs(String... keysAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) out.put(keysAndValues[i], keysAndValues[i + 1]);
    return Collections.unmodifiableMap(out);
  }
}
