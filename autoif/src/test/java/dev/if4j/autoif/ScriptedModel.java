package dev.if4j.autoif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.llm.loopback.LoopbackServer;
import java.util.List;

/**
 * A model for the loopback server that answers each of the pipeline's bundled prompt kinds, so that
 * the whole pipeline runs without a network. Which sample a request is comes from its seed (the
 * tests send seed {@link #SEED} + sample).
 *
 * <p>The instructions and their fates:
 * <ul>
 *   <li>lowercase: 3 good functions and one that always says True (dropped for accuracy); one
 *       mislabelled case that no function matches (dropped); kept.
 *   <li>done: only 2 unique functions: dropped by cross-validation.
 *   <li>quotes: 3 functions but 9 unique cases: dropped by cross-validation.
 *   <li>words: a function with a syntax error (neither it nor its cases count), 4 good ones; kept.
 *   <li>banana: kept by cross-validation, then dropped because the NLI judge finds a contradiction.
 * </ul>
 */
final class ScriptedModel {
  static final long SEED = 100;

  static final String LOWER = "Answer in all lowercase letters";
  static final String DONE = "End your answer with the word 'done'";
  static final String QUOTES = "Wrap your entire answer in double quotes";
  static final String WORDS = "Use at most 5 words";
  static final String BANANA = "Include the word 'banana'";

  private ScriptedModel() {}

  static LoopbackServer.Script script() {
    return r -> LoopbackServer.ok(answer(r.lastMessage(), (int) (r.seed() - SEED)));
  }

  static String answer(String prompt, int sample) {
    if (prompt.startsWith("You write instructions about the form")) {
      return "Here are some:\n- " + QUOTES + "\n- " + LOWER + "\n- " + WORDS + "\n- " + BANANA + "\nThat is all.";
    }
    if (prompt.startsWith("Write a Python function that decides")) return funcs(prompt, sample);
    if (prompt.startsWith("Each Python function below checks")) {
      if (prompt.contains("banana")) return "```json\n[\"Mention bananas.\", \"Say banana.\", \"Use banana.\"]\n```";
      if (prompt.contains("isupper") || prompt.contains("lower()")) {
        return "[\"Write in lowercase only.\", \"Use no capital letters.\", \"Answer in lowercase.\"]";
      }
      return "[\"Use five words or fewer.\", \"Keep it under six words.\", \"At most five words.\"]";
    }
    if (prompt.startsWith("Decide how two instructions")) {
      if (prompt.contains("Hypothesis: Mention bananas.")) return "They ask for different things.\nContradiction";
      if (prompt.contains("Hypothesis: Use no capital letters.")) return "Related but not implied.\nneutral";
      return "The same requirement.\nEntailment";
    }
    if (prompt.startsWith("Answer the query below")) return response(prompt, sample);
    if (prompt.startsWith("You judge whether a response")) {
      // The short answers get exactly 8: not above the threshold.
      return prompt.contains("[Response] Paris.\n") ? "Correct but terse.\nScore: 8" : "Helpful and on topic.\nScore: 9";
    }
    throw new IllegalStateException("unscripted prompt: " + prompt);
  }

  private static String response(String prompt, int sample) {
    boolean lower = prompt.contains("Instruction: " + LOWER);
    return switch (sample) {
      case 0 -> lower ? "paris is the capital of france." : "Paris, in France.";
      case 1 -> lower ? "Paris is the capital." : "The capital of France is the city of Paris.";
      default -> lower ? "PARIS" : "Paris.";
    };
  }

  private static String funcs(String prompt, int sample) {
    if (prompt.contains(LOWER)) {
      return switch (sample) {
        case 0 -> fenced("return response == response.lower()",
            List.of("hello world", true, "Hello", false, "ALL CAPS", false));
        case 1 -> fenced("return not any(c.isupper() for c in response)",
            List.of("abc", true, "aBc", false, "x y z", true));
        case 2 -> fenced("return response.lower() == response and len(response) >= 0",
            List.of("Mixed Case", false, "lower only", true, "UPPER", false));
        case 3 -> fenced("return True", List.of("fine", true, "Nope", false, "wrong label", false));
        default -> "I cannot write that.";
      };
    }
    if (prompt.contains(DONE)) {
      String f = sample % 2 == 0 ? "return response.strip().endswith('done')" : "return response.endswith('done')";
      return fenced(f, List.of("all done", true, "done?", false, "x" + sample + " done", true));
    }
    if (prompt.contains(QUOTES)) {
      String[] fs = {"return response.startswith('\"') and response.endswith('\"')",
          "s = response.strip()\n    return len(s) >= 2 and s[0] == '\"' and s[-1] == '\"'",
          "return response[:1] == '\"' and response[-1:] == '\"'",
          "return response.startswith('\"') and response.endswith('\"')"};
      if (sample >= 4) return "Sorry.";
      int caseSet = sample == 3 ? 0 : sample; // sample 3 repeats sample 0's cases: 9 unique in all
      return fenced(fs[sample % 4], List.of("\"q" + caseSet + "\"", true, "q" + caseSet, false, "\"a" + caseSet, false));
    }
    if (prompt.contains(WORDS)) {
      return switch (sample) {
        case 0 -> fenced("return len(response.split()) <= 5", List.of("one two", true, "a b c d e f", false, "five words are right here", true));
        case 1 -> fenced("words = response.split()\n    return len(words) < 6", List.of("x", true, "1 2 3 4 5 6 7", false, "", true));
        case 2 -> fenced("import re\n    return len(re.findall(r'\\S+', response)) <= 5", List.of("a  b", true, "w w w w w w", false, "hi there", true));
        case 3 -> fenced("return len(response.split() <= 5", List.of("never", true, "counted", true, "at all", true));
        default -> fenced("return sum(1 for _ in response.split()) <= 5", List.of("ok", true, "six words are too many here", false, "go", true));
      };
    }
    if (prompt.contains(BANANA)) {
      String[] fs = {"return 'banana' in response.lower()",
          "import re\n    return re.search(r'banana', response, re.I) is not None",
          "return response.lower().count('banana') > 0",
          "return 'banana' in response.lower()"};
      if (sample >= 4) return "no";
      return fenced(fs[sample], List.of("a banana" + sample, true, "an apple" + sample, false, "BANANA" + sample, true));
    }
    throw new IllegalStateException("unscripted instruction: " + prompt);
  }

  /** A ```json answer with {@code body} as evaluate's body and the cases given as input, output pairs. */
  private static String fenced(String body, List<Object> cases) {
    ObjectNode o = Jsonl.JSON.createObjectNode();
    o.put("func", "def evaluate(response):\n    " + body);
    ArrayNode cs = o.putArray("cases");
    for (int i = 0; i < cases.size(); i += 2) {
      cs.addObject().put("input", (String) cases.get(i)).put("output", (Boolean) cases.get(i + 1));
    }
    return "Here is the function.\n```json\n" + o.toPrettyString() + "\n```";
  }

}
