package dev.if4j.autoif;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.text.Py;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading the model's answers of each LLM step. Pure functions: the same answer, the same result. */
public final class Parsing {
  private Parsing() {}

  /** A test case of a verification function: a response and the verdict expected on it. */
  public record Case(String input, JsonNode output) {
    /** The identity AutoIF deduplicates by ({@code json.dumps} of the pair). */
    String identity() {
      return Jsonl.JSON.createArrayNode().add(input).add(output).toString();
    }
  }

  /** One answer of the function-writing step: a function and its cases, or why it was unusable. */
  public record FuncAnswer(String func, List<Case> cases, int casesSkipped, String error) {
    public boolean ok() {
      return error == null;
    }

    static FuncAnswer failed(String why) {
      return new FuncAnswer(null, List.of(), 0, why);
    }
  }

  /**
   * Step 1: the instructions of an augmentation answer, the lines that start with {@code "- "}
   * (leading spaces allowed), without the marker.
   */
  public static List<String> instructionLines(String answer) {
    List<String> out = new ArrayList<>();
    for (String line : answer.split("\n", -1)) {
      String s = Py.lstrip(line);
      if (!s.startsWith("- ")) continue;
      String ins = Py.strip(s.substring(2));
      if (!ins.isEmpty()) out.add(ins);
    }
    return out;
  }

  /**
   * Step 3's reading of a function-writing answer, as AutoIF's cross-validation does it: the first
   * {@code ```json ... ```} block, stripped, parsed as a JSON object; its {@code func}, stripped and
   * without the lines that mention {@code download} or {@code requests}; its {@code cases}, each an
   * object with {@code input} and {@code output}. One leniency: an answer that is a bare JSON object
   * without a code fence is read too (models often drop the fence).
   */
  public static FuncAnswer funcAnswer(String answer) {
    String json = fenced(answer, "```json");
    if (json == null) {
      String s = Py.strip(answer);
      if (!s.startsWith("{")) return FuncAnswer.failed("no ```json block");
      json = s;
    }
    JsonNode node;
    try {
      node = Jsonl.JSON.readTree(json);
    } catch (IOException e) {
      return FuncAnswer.failed("the ```json block is not JSON");
    }
    if (node == null || !node.isObject()) return FuncAnswer.failed("the JSON is not an object");
    JsonNode f = node.get("func");
    if (f == null || !f.isTextual()) return FuncAnswer.failed("no \"func\" string");
    StringBuilder func = new StringBuilder();
    for (String line : Py.strip(f.textValue()).split("\n", -1)) {
      if (line.contains("download") || line.contains("requests")) continue;
      if (!func.isEmpty()) func.append('\n');
      func.append(line);
    }
    List<Case> cases = new ArrayList<>();
    int skipped = 0;
    JsonNode cs = node.get("cases");
    if (cs != null && cs.isArray()) {
      for (JsonNode c : cs) {
        JsonNode in = c.get("input");
        JsonNode out = c.get("output");
        // The sandbox passes the response as a string; a case whose input is not one cannot be run.
        if (in == null || out == null || !in.isTextual()) {
          skipped++;
          continue;
        }
        cases.add(new Case(in.textValue(), out));
      }
    }
    return new FuncAnswer(func.toString(), List.copyOf(cases), skipped, null);
  }

  /** What {@code re.findall(OPEN + "(.*?)```", s, re.DOTALL)[0].strip()} gives, or null. */
  static String fenced(String s, String open) {
    int a = s.indexOf(open);
    if (a < 0) return null;
    int from = a + open.length();
    int b = s.indexOf("```", from);
    if (b < 0) return null;
    return Py.strip(s.substring(from, b));
  }

  /**
   * Step 4: the instructions of a back-translation answer, a JSON list of strings (AutoIF parses the
   * whole answer as JSON; here a surrounding code fence is allowed too). Null when it is not one.
   */
  public static List<String> backTranslation(String answer) {
    String s = Py.strip(answer);
    String inFence = fenced(s, "```json");
    if (inFence == null) inFence = fenced(s, "```");
    if (inFence != null) s = inFence;
    JsonNode node;
    try {
      node = Jsonl.JSON.readTree(s);
    } catch (IOException e) {
      return null;
    }
    if (node == null || !node.isArray() || node.isEmpty()) return null;
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      if (!n.isTextual()) return null;
      out.add(n.textValue());
    }
    return out;
  }

  public static final List<String> NLI_LABELS = List.of("entailment", "neutral", "contradiction");

  /**
   * Step 4: the label of an NLI judgement: the last line when it is one of the three words (case,
   * spaces, quotes, asterisks and a final period ignored), else the label mentioned last in the
   * answer; null when none is.
   */
  public static String nliLabel(String answer) {
    String s = Py.strip(answer).toLowerCase(Locale.ROOT);
    int nl = s.lastIndexOf('\n');
    String last = Py.strip(s.substring(nl + 1), " \t*\"'`.:_#");
    for (String l : NLI_LABELS) {
      if (last.equals(l) || last.endsWith(": " + l)) return l;
    }
    String best = null;
    int at = -1;
    for (String l : NLI_LABELS) {
      int i = s.lastIndexOf(l);
      if (i > at) {
        at = i;
        best = l;
      }
    }
    return best;
  }

  /**
   * Step 7: the score of a judgement, AutoIF's {@code re.findall(r'Score: (\d+?)$', gen)}: digits
   * after {@code "Score: "} that end the text. Trailing whitespace is ignored (AutoIF's pattern
   * tolerates one final newline only; models often add more). Null when there is no score.
   */
  public static Integer score(String gen) {
    String s = Py.rstrip(gen);
    int end = s.length();
    int i = end;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!Character.isDigit(cp)) break;
      i -= Character.charCount(cp);
    }
    if (i == end || !s.startsWith("Score: ", i - "Score: ".length()) || i < "Score: ".length()) return null;
    StringBuilder ascii = new StringBuilder();
    s.substring(i, end).codePoints().forEach(cp -> ascii.append((char) ('0' + Character.digit(cp, 10))));
    String digits = ascii.toString().replaceFirst("^0+(?=.)", "");
    // A score has a few digits; a longer run is clamped rather than overflowing (it is far above 8 anyway).
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
