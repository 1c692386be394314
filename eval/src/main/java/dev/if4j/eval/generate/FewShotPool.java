package dev.if4j.eval.generate;

import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.Py;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Demonstrations for k-shot prompts: prompt/response pairs, drawn per evaluated prompt.
 *
 * <p>The draw for a prompt depends only on the seed and the prompt's key (not on the order prompts
 * are processed in, nor on which of them a resumed run still has to do), and never includes the
 * prompt itself: a demonstration with the same key, or the same prompt text after {@code strip()},
 * is left out.
 */
public final class FewShotPool {
  /** One demonstration. {@code key} may be null. */
  public record Demo(String key, String prompt, String response) {}

  private final List<Demo> demos;
  private final int rejected;

  private FewShotPool(List<Demo> demos, int rejected) {
    this.demos = List.copyOf(demos);
    this.rejected = rejected;
  }

  public static FewShotPool of(List<Demo> demos) {
    return new FewShotPool(demos, 0);
  }

  /**
   * Reads a pool: JSONL rows with {@code prompt} (or {@code messages}) and {@code response}, and
   * optionally {@code key}/{@code id}. With {@code verifyWith}, only rows whose response follows
   * all of its own instructions (strict) are kept; those rows need a ground truth, as {@code check}
   * reads it, and an id.
   */
  public static FewShotPool load(Path file, RowJudge verifyWith) throws IOException {
    String source = file.toString();
    List<Demo> kept = new ArrayList<>();
    int rejected = 0;
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        JsonLine json = JsonLine.parse(source, l);
        String key = json.optionalId("key");
        if (key == null) key = json.optionalId("id");
        String prompt;
        boolean hasTruth;
        try {
          prompt = GroundTruthParser.prompt(json.fields());
          hasTruth = !GroundTruthParser.candidates(json.fields()).isEmpty();
        } catch (InputProblemException e) {
          throw PromptRow.bad(json, e);
        }
        if (prompt == null) throw json.bad("prompt", "missing (a demonstration needs a \"prompt\")");
        String response = json.string("response");
        if (verifyWith != null) {
          if (!hasTruth) {
            throw InputProblemException.atLine(source, l.number(), "instruction_id_list",
                "missing: verifying demonstrations needs each one's instructions");
          }
          RowParser.Parsed parsed = RowParser.CHECK.parse(source, l);
          RowVerdict v = verifyWith.judge(source, parsed, false);
          if (!v.followsAllStrict()) {
            rejected++;
            continue;
          }
          // What the checkers judged (e.g. the answer after a thinking section) is what is shown.
          response = parsed.row().response();
        }
        kept.add(new Demo(key, prompt, response));
      }
    }
    return new FewShotPool(kept, rejected);
  }

  public List<Demo> demos() {
    return demos;
  }

  /** Rows left out because their response does not follow their own instructions. */
  public int rejected() {
    return rejected;
  }

  /**
   * {@code k} demonstrations for the prompt {@code key}/{@code prompt}, drawn without replacement
   * with a generator seeded by {@code seed} and the key.
   *
   * @throws IllegalArgumentException when fewer than {@code k} demonstrations are not the prompt
   */
  public List<Demo> draw(String key, String prompt, int k, long seed) {
    if (k == 0) return List.of();
    String stripped = Py.strip(prompt);
    int[] candidates = new int[demos.size()];
    int n = 0;
    for (int i = 0; i < demos.size(); i++) {
      Demo d = demos.get(i);
      if (key.equals(d.key()) || stripped.equals(Py.strip(d.prompt()))) continue;
      candidates[n++] = i;
    }
    if (n < k) {
      throw new IllegalArgumentException("prompt " + key + ": the few-shot pool has " + n
          + " demonstrations other than the prompt itself, fewer than the " + k + " asked for");
    }
    SplittableRandom random = new SplittableRandom(seed ^ fnv1a64(key));
    List<Demo> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = candidates[i];
      candidates[i] = candidates[j];
      candidates[j] = t;
      out.add(demos.get(candidates[i]));
    }
    return out;
  }

  /** A stable 64-bit hash of the key's UTF-8 bytes (FNV-1a): the same on every JVM and run. */
  static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
