package dev.if4j.data.rollouts;

import static dev.if4j.data.io.JsonValues.object;

import dev.if4j.data.io.JsonValues;
import dev.if4j.text.PyRandom;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scored rollouts → preference and SFT data (AutoIF's recipe). Per prompt: the responses scoring
 * at least {@code chosenMin} are chosen candidates, those scoring at most {@code rejectedMax}
 * rejected ones (identical texts counted once); up to {@code k} of each are sampled with a seed
 * (row by row, like synthesis) and paired, at most k×k pairs. Responses that follow every
 * instruction are SFT examples (up to {@code sftPerPrompt}, 0 for all).
 *
 * <p>Files in the output directory: {@value #DPO_TRL} (TRL's {@code prompt}/{@code chosen}/{@code
 * rejected}), {@value #DPO_LLAMA_FACTORY} (LLaMA-Factory's alpaca preference format), {@value
 * #SFT_ALPACA}, {@value #SFT_SHAREGPT} and {@value #SCORES} (every response's score).
 */
public final class PreferenceExport implements Closeable {
  public static final String DPO_TRL = "dpo_trl.jsonl";
  public static final String DPO_LLAMA_FACTORY = "dpo_llamafactory.json";
  public static final String SFT_ALPACA = "sft_alpaca.json";
  public static final String SFT_SHAREGPT = "sft_sharegpt.json";
  public static final String SCORES = "scores.jsonl";

  /** The thresholds and sizes. */
  public record Settings(double chosenMin, double rejectedMax, int k, int sftPerPrompt, long seed) {
    public Settings {
      if (!(rejectedMax < chosenMin)) throw new IllegalArgumentException("the rejected threshold must lie below the chosen one");
      if (k < 1) throw new IllegalArgumentException("k must be at least 1");
      if (sftPerPrompt < 0) throw new IllegalArgumentException("the SFT count per prompt must not be negative");
    }
  }

  /** Totals. */
  public record Counts(long prompts, long responses, long pairs, long promptsWithPairs, long sft) {}

  private final Settings settings;
  private final BufferedWriter trl;
  private final JsonArrayWriter llamaFactory;
  private final JsonArrayWriter alpaca;
  private final JsonArrayWriter sharegpt;
  private final BufferedWriter scores;
  private long prompts;
  private long responses;
  private long pairs;
  private long promptsWithPairs;
  private long sft;

  public PreferenceExport(Path dir, Settings settings) throws IOException {
    this.settings = settings;
    Files.createDirectories(dir);
    trl = Files.newBufferedWriter(dir.resolve(DPO_TRL), StandardCharsets.UTF_8);
    llamaFactory = new JsonArrayWriter(dir.resolve(DPO_LLAMA_FACTORY));
    alpaca = new JsonArrayWriter(dir.resolve(SFT_ALPACA));
    sharegpt = new JsonArrayWriter(dir.resolve(SFT_SHAREGPT));
    scores = Files.newBufferedWriter(dir.resolve(SCORES), StandardCharsets.UTF_8);
  }

  /** Adds the {@code index}-th scored rollout. */
  public void add(long index, Rollout r, List<Scorer.Score> s) throws IOException {
    prompts++;
    responses += s.size();
    String prompt = r.task().prompt();
    List<Double> fractions = new ArrayList<>();
    List<Boolean> all = new ArrayList<>();
    Set<String> chosen = new LinkedHashSet<>();
    Set<String> rejected = new LinkedHashSet<>();
    Set<String> full = new LinkedHashSet<>();
    for (int i = 0; i < s.size(); i++) {
      double f = s.get(i).fraction();
      fractions.add(f);
      all.add(s.get(i).all());
      String text = r.responses().get(i);
      if (f >= settings.chosenMin()) chosen.add(text);
      if (f <= settings.rejectedMax()) rejected.add(text);
      if (s.get(i).all()) full.add(text);
    }
    scores.write(JsonValues.json(object("key", r.task().keyText(), "scores", fractions, "follows_all", all)));
    scores.write('\n');
    PyRandom random = rowRandom(settings.seed(), index);
    List<String> c = pick(random, new ArrayList<>(chosen), settings.k());
    List<String> rj = pick(random, new ArrayList<>(rejected), settings.k());
    if (!c.isEmpty() && !rj.isEmpty()) promptsWithPairs++;
    for (String ch : c) {
      for (String re : rj) {
        trl.write(JsonValues.json(object("prompt", prompt, "chosen", ch, "rejected", re)));
        trl.write('\n');
        llamaFactory.add(object("instruction", prompt, "input", "", "chosen", ch, "rejected", re));
        pairs++;
      }
    }
    List<String> sftPick = settings.sftPerPrompt() == 0 ? new ArrayList<>(full) : pick(random, new ArrayList<>(full), settings.sftPerPrompt());
    for (String out : sftPick) {
      alpaca.add(object("instruction", prompt, "input", "", "output", out));
      sharegpt.add(object("conversations", List.of(object("from", "human", "value", prompt), object("from", "gpt", "value", out))));
      sft++;
    }
  }

  private static List<String> pick(PyRandom random, List<String> from, int k) {
    return from.size() <= k ? from : random.sample(from, k);
  }

  static PyRandom rowRandom(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new PyRandom((z ^ (z >>> 31)) & Long.MAX_VALUE);
  }

  public Counts counts() {
    return new Counts(prompts, responses, pairs, promptsWithPairs, sft);
  }

  @Override
  public void close() throws IOException {
    try (trl; llamaFactory; alpaca; sharegpt; scores) {
      // closes all, in order, even if one fails
    }
  }

  /** A JSON array written one element at a time (LLaMA-Factory reads .json arrays). */
  private static final class JsonArrayWriter implements Closeable {
    private final BufferedWriter w;
    private boolean first = true;

    JsonArrayWriter(Path file) throws IOException {
      w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      w.write('[');
    }

    void add(Map<String, Object> item) throws IOException {
      w.write(first ? "\n" : ",\n");
      first = false;
      w.write(JsonValues.json(item));
    }

    @Override
    public void close() throws IOException {
      w.write(first ? "]\n" : "\n]\n");
      w.close();
    }
  }
}
