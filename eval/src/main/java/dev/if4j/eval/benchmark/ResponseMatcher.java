package dev.if4j.eval.benchmark;

import dev.if4j.constraints.Row;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.Py;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds each benchmark prompt's response.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><b>key</b>: a response row with the prompt's {@code key};
 *   <li><b>prompt</b>: a response row with the same prompt text (the last one when several have it,
 *       as the reference's prompt-to-response dictionary keeps the last);
 *   <li><b>stripped prompt</b>: the same after Python's {@code strip()} on both sides;
 *   <li><b>position</b>: when rules 1-3 fail for prompt <i>i</i>, the <i>i</i>-th response row is used,
 *       with a warning, if the files are shown to be parallel: both have the same number of rows,
 *       at least 90 % of the prompts matched by rules 1-3, every one of them found the response row
 *       at its own position or one whose prompt equals the one at its position, and the
 *       <i>i</i>-th response row is claimed by no other prompt (and carries no other key). This covers a prompt reworded after the responses
 *       were made (IFEval key 2785 in the published GPT-4 responses) without ever pairing
 *       responses by position in files that are not in the same order;
 *   <li>otherwise the prompt is <b>unmatched</b>: reported, and all its instructions scored not
 *       followed. It is never dropped.
 * </ol>
 */
public final class ResponseMatcher {
  private ResponseMatcher() {}

  /** The matches, one per prompt in prompt order, and the number of responses no prompt used. */
  public record Result(List<Match> matches, int unusedResponses) {}

  public static Result match(List<Row> prompts, List<ResponseRecord> responses, String responsesName,
      Consumer<String> warn) {
    Map<String, ResponseRecord> byKey = new HashMap<>();
    Map<String, ResponseRecord> byPrompt = new HashMap<>();
    Map<String, ResponseRecord> byStripped = new HashMap<>();
    int duplicatePrompts = 0;
    for (ResponseRecord r : responses) {
      if (r.key() != null) {
        ResponseRecord first = byKey.putIfAbsent(r.key(), r);
        if (first != null) {
          throw InputProblemException.atLine(responsesName, r.line(), "key",
              "duplicate key " + r.key() + " (first on line " + first.line() + ")");
        }
      }
      if (r.prompt() == null) continue; // a row given by key only
      if (byPrompt.put(r.prompt(), r) != null) duplicatePrompts++;
      byStripped.put(Py.strip(r.prompt()), r);
    }
    if (duplicatePrompts > 0) {
      warn.accept(responsesName + ": " + duplicatePrompts + " response rows repeat an earlier prompt;"
          + " the last row with a prompt is used for it");
    }

    List<Match> matches = new ArrayList<>(prompts.size());
    boolean[] claimed = new boolean[responses.size()];
    for (Row p : prompts) {
      Match m;
      ResponseRecord r;
      if ((r = byKey.get(p.id())) != null) {
        m = new Match(Match.How.KEY, r);
      } else if ((r = byPrompt.get(p.prompt())) != null) {
        m = new Match(Match.How.PROMPT, r);
      } else if ((r = byStripped.get(Py.strip(p.prompt()))) != null) {
        m = new Match(Match.How.STRIPPED_PROMPT, r);
      } else {
        m = new Match(Match.How.NONE, null);
      }
      if (m.matched()) claimed[m.response().index()] = true;
      matches.add(m);
    }

    boolean parallel = parallel(prompts, responses, matches);
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).matched()) continue;
      Row p = prompts.get(i);
      ResponseRecord atSamePlace = i < responses.size() ? responses.get(i) : null;
      if (parallel && !claimed[i] && (atSamePlace.key() == null || atSamePlace.key().equals(p.id()))) {
        matches.set(i, new Match(Match.How.POSITION, atSamePlace));
        claimed[i] = true;
        warn.accept("prompt " + p.id() + ": no response with this prompt text; using row " + (i + 1)
            + " of " + responsesName + " (line " + atSamePlace.line() + ", same position in files of"
            + " equal length whose other rows are aligned)");
      } else {
        warn.accept("prompt " + p.id() + ": no response found in " + responsesName
            + "; its instructions are scored not followed");
      }
    }
    int unused = 0;
    for (boolean c : claimed) if (!c) unused++;
    if (unused > 0) warn.accept(responsesName + ": " + unused + " response rows match no prompt");
    return new Result(List.copyOf(matches), unused);
  }

  /**
   * True when the two files list the same prompts in the same order, as the rows that matched by
   * key or text show: enough of them, and all at their own position.
   */
  private static boolean parallel(List<Row> prompts, List<ResponseRecord> responses, List<Match> matches) {
    if (prompts.size() != responses.size()) return false;
    int matched = 0;
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      if (!m.matched()) continue;
      matched++;
      if (m.response().index() == i) continue;
      String there = responses.get(i).prompt();
      if (there == null || !Py.strip(there).equals(Py.strip(prompts.get(i).prompt()))) return false;
    }
    return matched * 10L >= prompts.size() * 9L;
  }
}
