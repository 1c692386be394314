package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Filters.CrossValidation;
import dev.if4j.autoif.Parsing.Case;
import dev.if4j.autoif.Parsing.FuncAnswer;
import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.llm.RecordKey;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.text.PyRandom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * AutoIF's steps over one working directory, each reading the files of the steps before it and
 * writing its own under AutoIF's names (docs/autoif.md lists them).
 *
 * <p>LLM steps keep what the model said in a resumable {@code NAME.gen.jsonl} (see {@link Llm}) and
 * then write their output file from it; filter steps are functions of their input files. Every
 * output is written to a temporary file renamed into place, so a file of the pipeline is either
 * whole or absent, and rerunning a step gives the same bytes.
 */
public final class AutoifSteps implements AutoCloseable {
  public static final String SEEDS = "seed_instruction.txt";
  public static final String AUGMENT_GEN = "augment_instructions.gen.jsonl";
  public static final String AUGMENTED = "augment_instructions.txt";
  public static final String FUNCS_GEN = "eval_func_rft.gen.jsonl";
  public static final String FUNCS = "eval_func_rft.jsonl";
  public static final String CROSS = "cross_validation.jsonl";
  public static final String CROSS_DROPPED = "cross_validation.dropped.jsonl";
  public static final String BACK_GEN = "back_trans.gen.jsonl";
  public static final String BACK = "back_trans.jsonl";
  public static final String NLI_GEN = "back_trans_nli.gen.jsonl";
  public static final String BACK_FILTER = "back_trans_filter.jsonl";
  public static final String QUERY_SAMPLED = "query_sampled.jsonl";
  public static final String RESPONSES_GEN = "query_rft.gen.jsonl";
  public static final String RESPONSES = "query_rft.jsonl";
  public static final String VERIFIED = "query_wo_score.jsonl";
  public static final String EVAL_SCORES = "eval_score_results.jsonl";
  public static final String SCORE_GEN = "query_rft_score.gen.jsonl";
  public static final String SCORED = "query_rft_score.jsonl";
  public static final String SCORE_FILTER = "query_score_filter.jsonl";
  public static final String SFT = "IF_sft_data.json";
  public static final String DPO_PAIRS = "dpo_pairs.jsonl";
  public static final String DPO = "IF_dpo_data.json";
  public static final String DATASET_INFO = "dataset_info.json";

  /** What a step did: its main output and a one-line summary. */
  public record Report(String step, Path output, String summary) {
    @Override
    public String toString() {
      return step + ": " + summary + " -> " + output;
    }
  }

  private final Path dir;
  private final AutoifConfig config;
  private final Prompts prompts;
  private final Supplier<Llm> llmSupplier;
  private final PythonSandbox.Options sandboxOptions;
  private final Consumer<String> log;
  private Llm llm;
  private PythonSandbox box;
  private Verifier verifier;

  /**
   * @param llm makes the model client when an LLM step first needs it (may throw to say that no
   *     endpoint was configured)
   */
  public AutoifSteps(Path dir, AutoifConfig config, Prompts prompts, Supplier<Llm> llm,
      PythonSandbox.Options sandboxOptions, Consumer<String> log) {
    this.dir = Objects.requireNonNull(dir);
    this.config = Objects.requireNonNull(config);
    this.prompts = Objects.requireNonNull(prompts);
    this.llmSupplier = Objects.requireNonNull(llm);
    this.sandboxOptions = Objects.requireNonNull(sandboxOptions);
    this.log = log == null ? s -> {} : log;
  }

  public Path dir() {
    return dir;
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  private Llm llm() {
    if (llm == null) llm = llmSupplier.get();
    return llm;
  }

  private Verifier verifier() {
    if (verifier == null) {
      box = PythonSandbox.start(sandboxOptions);
      verifier = new Verifier(box);
    }
    return verifier;
  }

  private Report report(String step, String output, String summary) {
    Report r = new Report(step, file(output), summary);
    log.accept(r.toString());
    return r;
  }

  // ---------------------------------------------------------------- 1. instruction augmentation

  /**
   * Step 1: asks the model for new instructions like the seeds; writes the new ones, one per line,
   * to {@code augment_instructions.txt}. {@code seeds} is copied into the directory as {@code
   * seed_instruction.txt} when it lies elsewhere (null: the one there).
   */
  public Report augment(Path seeds) throws IOException, InterruptedException {
    Path inDir = file(SEEDS);
    if (seeds != null && !(Files.exists(inDir) && Files.isSameFile(seeds, inDir))) {
      Jsonl.readLines(seeds); // fails with a clear message when missing
      Files.copy(seeds, inDir, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> seedList = Jsonl.readLines(inDir);
    if (seedList.isEmpty()) throw InputProblemException.atLine(inDir.toString(), 0, null,
        "no seed instructions (one per line)");
    String prompt = prompts.render(Kind.AUGMENT, "seeds", String.join("\n", seedList));
    List<Llm.Ask> asks = new ArrayList<>();
    for (int s = 0; s < config.augmentSamples(); s++) asks.add(new Llm.Ask(prompt, s));
    Map<RecordKey, String> answers = llm().answer("augment", asks, file(AUGMENT_GEN));
    Set<String> seen = new LinkedHashSet<>(seedList);
    List<String> out = new ArrayList<>();
    for (Llm.Ask a : asks) {
      String ans = answers.get(a.key());
      if (ans == null) continue;
      for (String ins : Parsing.instructionLines(ans)) if (seen.add(ins)) out.add(ins);
    }
    Jsonl.writeLines(file(AUGMENTED), out);
    return report("augment", AUGMENTED, out.size() + " new instructions from " + seedList.size() + " seeds");
  }

  // ------------------------------------------------ 2. verification functions and test cases

  /** The seed and augmented instructions, without repeats. */
  private List<String> instructions() throws IOException {
    Set<String> all = new LinkedHashSet<>(Jsonl.readLines(file(SEEDS)));
    Path aug = file(AUGMENTED);
    if (Files.exists(aug)) {
      all.addAll(Jsonl.readLines(aug));
    } else {
      log.accept("funcs: no " + AUGMENTED + ": writing functions for the seed instructions only");
    }
    return new ArrayList<>(all);
  }

  /**
   * Step 2: {@code funcSamples} function-writing answers per instruction, in AutoIF's {@code
   * eval_func_rft.jsonl} shape ({@code prompt}, {@code instruction}, {@code gpt-answer}: the raw
   * answers) plus {@code parsed}: each answer read as {@code {"func", "cases"}}, or {@code {"error"}}.
   */
  public Report funcs() throws IOException, InterruptedException {
    List<String> instructions = instructions();
    List<Llm.Ask> asks = new ArrayList<>();
    for (String ins : instructions) {
      String prompt = prompts.render(Kind.FUNCS, "instruction", ins);
      for (int s = 0; s < config.funcSamples(); s++) asks.add(new Llm.Ask(prompt, s));
    }
    Map<RecordKey, String> answers = llm().answer("funcs", asks, file(FUNCS_GEN));
    List<ObjectNode> rows = new ArrayList<>();
    int parsed = 0;
    int total = 0;
    for (String ins : instructions) {
      String prompt = prompts.render(Kind.FUNCS, "instruction", ins);
      ObjectNode row = Jsonl.JSON.createObjectNode();
      row.put("prompt", prompt);
      row.put("instruction", ins);
      ArrayNode gpt = row.putArray("gpt-answer");
      ArrayNode parsedOut = row.putArray("parsed");
      for (int s = 0; s < config.funcSamples(); s++) {
        String ans = answers.get(new Llm.Ask(prompt, s).key());
        if (ans == null) continue;
        gpt.add(ans);
        total++;
        FuncAnswer fa = Parsing.funcAnswer(ans);
        ObjectNode p = parsedOut.addObject();
        if (fa.ok()) {
          parsed++;
          p.put("func", fa.func());
          ArrayNode cases = p.putArray("cases");
          for (Case c : fa.cases()) cases.addObject().put("input", c.input()).set("output", c.output());
        } else {
          p.put("error", fa.error());
        }
      }
      rows.add(row);
    }
    Jsonl.write(file(FUNCS), rows);
    return report("funcs", FUNCS, instructions.size() + " instructions, " + total + " answers, " + parsed
        + " readable as {func, cases}");
  }

  // ---------------------------------------------------------------------- 3. cross-validation

  /**
   * Step 3: AutoIF's cross-validation ({@link Filters#crossValidate}). Functions that cannot even be
   * defined (syntax error, a failing import...) are not counted, nor are their cases, as in AutoIF.
   * Writes {@code cross_validation.jsonl} ({@code instruction}, {@code eval_func}: [[func,
   * accuracy]], {@code cases}: [[input, output]]) and, for inspection, {@code
   * cross_validation.dropped.jsonl} with each dropped instruction and why.
   */
  public Report crossValidate() throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(file(FUNCS));
    record Candidate(String instruction, List<FuncAnswer> answers) {}
    List<Candidate> candidates = new ArrayList<>();
    Set<String> allFuncs = new LinkedHashSet<>();
    for (Jsonl.Row row : rows) {
      String ins = row.text("instruction");
      List<FuncAnswer> answers = new ArrayList<>();
      for (String a : row.texts("gpt-answer")) {
        FuncAnswer fa = Parsing.funcAnswer(a);
        answers.add(fa);
        if (fa.ok()) allFuncs.add(fa.func());
      }
      candidates.add(new Candidate(ins, answers));
    }
    Verifier v = verifier();
    List<String> funcList = new ArrayList<>(allFuncs);
    List<Boolean> defined = v.defines(funcList);
    Map<String, Boolean> definedByFunc = new LinkedHashMap<>();
    for (int i = 0; i < funcList.size(); i++) definedByFunc.put(funcList.get(i), defined.get(i));

    List<ObjectNode> kept = new ArrayList<>();
    List<ObjectNode> dropped = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    int unreadable = 0;
    int undefinable = 0;
    for (Candidate cand : candidates) {
      Set<String> funcs = new LinkedHashSet<>();
      Map<String, Case> cases = new LinkedHashMap<>();
      for (FuncAnswer fa : cand.answers()) {
        if (!fa.ok()) {
          unreadable++;
          continue;
        }
        if (!definedByFunc.get(fa.func())) {
          undefinable++;
          continue;
        }
        funcs.add(fa.func());
        for (Case c : fa.cases()) cases.putIfAbsent(c.identity(), c);
      }
      List<String> fl = new ArrayList<>(funcs);
      List<Case> cl = new ArrayList<>(cases.values());
      CrossValidation cv;
      String few = Filters.tooFew(fl.size(), cl.size(), config.minFunctions(), config.minCases());
      if (few != null) {
        cv = new CrossValidation(false, few, List.of(), new double[0], List.of());
      } else {
        List<Verifier.Call> calls = new ArrayList<>(fl.size() * cl.size());
        for (String f : fl) for (Case c : cl) calls.add(new Verifier.Call(f, c.input()));
        List<Boolean> res = v.run(calls);
        Boolean[][] m = new Boolean[fl.size()][cl.size()];
        for (int f = 0; f < fl.size(); f++) for (int c = 0; c < cl.size(); c++) m[f][c] = res.get(f * cl.size() + c);
        cv = Filters.crossValidate(cl, m, config.minFunctions(), config.minCases(), config.minAccuracy());
      }
      if (cv.kept()) {
        ObjectNode row = Jsonl.JSON.createObjectNode();
        row.put("instruction", cand.instruction());
        ArrayNode ef = row.putArray("eval_func");
        for (int f : cv.keptFunctions()) ef.addArray().add(fl.get(f)).add(cv.accuracy()[f]);
        ArrayNode cs = row.putArray("cases");
        for (int c : cv.keptCases()) cs.addArray().add(cl.get(c).input()).add(cl.get(c).output());
        kept.add(row);
      } else {
        ObjectNode row = Jsonl.JSON.createObjectNode();
        row.put("instruction", cand.instruction());
        row.put("reason", cv.dropReason());
        row.put("functions", fl.size());
        row.put("cases", cl.size());
        dropped.add(row);
        String kind = few == null ? "no accurate function" : few.contains("functions") ? "too few functions"
            : "too few cases";
        reasons.merge(kind, 1, Integer::sum);
      }
    }
    Jsonl.write(file(CROSS), kept);
    Jsonl.write(file(CROSS_DROPPED), dropped);
    return report("cross-validate", CROSS, kept.size() + " of " + candidates.size() + " instructions kept"
        + (reasons.isEmpty() ? "" : "; dropped: " + reasons) + "; answers unreadable: " + unreadable
        + ", functions that fail to define: " + undefinable + "; " + v.calls() + " sandbox calls so far");
  }

  // ----------------------------------------------------------- 4. back-translation and NLI

  private static String functionsBlock(List<String> funcs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < funcs.size(); i++) {
      if (i > 0) b.append("\n\n");
      b.append("Function ").append(i + 1).append(":\n```python\n").append(funcs.get(i)).append("\n```");
    }
    return b.toString();
  }

  /**
   * Step 4: back-translates the first {@code backTranslateFunctions} functions of each instruction
   * into instructions ({@code back_trans.jsonl}, with {@code back_instruction}; an instruction whose
   * answer is not a JSON list of strings is dropped, as in AutoIF), then asks the model, as an NLI
   * judge, how the original instruction (premise) relates to each back-translation (hypothesis), and
   * drops instructions with a "contradiction" ({@code back_trans_filter.jsonl}, with {@code
   * nli_scores}).
   */
  public Report backTranslate() throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(file(CROSS));
    List<Llm.Ask> asks = new ArrayList<>();
    List<String> backPrompts = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      row.text("instruction");
      List<String> funcs = row.functions("eval_func");
      String p = prompts.render(Kind.BACKTRANSLATE, "functions",
          functionsBlock(funcs.subList(0, Math.min(funcs.size(), config.backTranslateFunctions()))));
      backPrompts.add(p);
      asks.add(new Llm.Ask(p, 0));
    }
    Map<RecordKey, String> answers = llm().answer("back-translate", asks, file(BACK_GEN));
    List<ObjectNode> back = new ArrayList<>();
    int unreadable = 0;
    for (int i = 0; i < rows.size(); i++) {
      String ans = answers.get(new Llm.Ask(backPrompts.get(i), 0).key());
      List<String> list = ans == null ? null : Parsing.backTranslation(ans);
      if (list == null) {
        unreadable++;
        continue;
      }
      ObjectNode row = rows.get(i).node().deepCopy();
      ArrayNode b = row.putArray("back_instruction");
      list.forEach(b::add);
      back.add(row);
    }
    Jsonl.write(file(BACK), back);
    log.accept("back-translate: " + back.size() + " of " + rows.size() + " instructions back-translated"
        + (unreadable > 0 ? ", " + unreadable + " answers not a JSON list of strings (dropped)" : "") + " -> " + file(BACK));

    List<Llm.Ask> nliAsks = new ArrayList<>();
    for (ObjectNode row : back) {
      for (String h : hypotheses(row)) nliAsks.add(new Llm.Ask(nliPrompt(row, h), 0));
    }
    Map<RecordKey, String> judged = llm().answer("nli", nliAsks, file(NLI_GEN));
    List<ObjectNode> kept = new ArrayList<>();
    int contradicted = 0;
    int unlabelled = 0;
    for (ObjectNode row : back) {
      ObjectNode out = row.deepCopy();
      ArrayNode labels = out.putArray("nli_scores");
      boolean contradiction = false;
      for (String h : hypotheses(row)) {
        String ans = judged.get(new Llm.Ask(nliPrompt(row, h), 0).key());
        String label = ans == null ? null : Parsing.nliLabel(ans);
        if (label == null) {
          unlabelled++;
          labels.addNull();
        } else {
          labels.add(label);
        }
        if ("contradiction".equals(label)) contradiction = true;
      }
      if (contradiction) contradicted++;
      else kept.add(out);
    }
    Jsonl.write(file(BACK_FILTER), kept);
    return report("back-translate", BACK_FILTER, kept.size() + " of " + back.size() + " instructions kept, "
        + contradicted + " contradicted by a back-translation" + (unlabelled > 0 ? ", " + unlabelled
        + " judgements without a label (not counted as contradiction)" : ""));
  }

  private List<String> hypotheses(ObjectNode row) {
    List<String> out = new ArrayList<>();
    JsonNode b = row.get("back_instruction");
    for (int i = 0; i < b.size() && i < config.backTranslateFunctions(); i++) out.add(b.get(i).textValue());
    return out;
  }

  private String nliPrompt(ObjectNode row, String hypothesis) {
    return prompts.render(Kind.NLI, "premise", row.get("instruction").textValue(), "hypothesis", hypothesis);
  }

  // ----------------------------------------------------------- 5. queries and responses

  /**
   * The queries of a ShareGPT-like file: JSONL rows with a {@code query} or {@code prompt} string,
   * or {@code messages} (the first {@code user} message) or {@code conversations} (the first turn
   * from {@code human} or {@code user}); kept when longer than {@code minQueryChars} and shorter
   * than {@code maxQueryChars} characters (code points, as Python's {@code len}).
   */
  List<String> queries(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    Jsonl.forEach(file, row -> {
      String q = queryOf(row);
      int n = q.codePointCount(0, q.length());
      if (n > config.minQueryChars() && n < config.maxQueryChars()) out.add(q);
    });
    return out;
  }

  private static String queryOf(Jsonl.Row row) {
    ObjectNode n = row.node();
    if (n.has("query")) return row.text("query");
    if (n.has("prompt")) return row.text("prompt");
    if (n.has("messages")) return firstTurn(row, "messages", "role", "content", Set.of("user"));
    if (n.has("conversations")) return firstTurn(row, "conversations", "from", "value", Set.of("human", "user"));
    throw InputProblemException.atLine(row.file().toString(), row.line(), null,
        "no query: expected a \"query\" or \"prompt\" string, or \"messages\" / \"conversations\" (ShareGPT)");
  }

  private static String firstTurn(Jsonl.Row row, String field, String roleKey, String textKey, Set<String> roles) {
    ArrayNode turns = row.array(field);
    for (JsonNode t : turns) {
      if (t.isObject() && roles.contains(t.path(roleKey).asText())) {
        JsonNode text = t.get(textKey);
        if (text == null || !text.isTextual()) throw row.bad(field, "has a " + t.path(roleKey).asText()
            + " turn whose \"" + textKey + "\" is not a string");
        return text.textValue();
      }
    }
    throw row.bad(field, "has no turn with " + roleKey + " " + String.join(" or ", roles));
  }

  /**
   * Step 5: draws {@code queriesPerInstruction} queries for each kept instruction (Python's {@code
   * random.sample} seeded with {@code seed}, instruction by instruction, as AutoIF), writes the
   * prompts ({@code query_sampled.jsonl}: the instruction's row plus {@code query} and {@code
   * prompt}), then asks for {@code responseSamples} responses each ({@code query_rft.jsonl}, with
   * {@code gpt-answer}).
   */
  public Report respond(Path queriesFile) throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(file(BACK_FILTER));
    List<String> pool = queries(queriesFile);
    if (pool.isEmpty()) {
      throw InputProblemException.atLine(queriesFile.toString(), 0, null,
          "no query of more than " + config.minQueryChars()
          + " and fewer than " + config.maxQueryChars() + " characters");
    }
    if (pool.size() < config.queriesPerInstruction()) {
      log.accept("respond: only " + pool.size() + " queries of a usable length; each instruction gets all of them");
    }
    PyRandom rng = new PyRandom(config.seed());
    List<ObjectNode> sampled = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      String ins = row.text("instruction");
      row.functions("eval_func");
      for (String q : rng.sample(pool, Math.min(config.queriesPerInstruction(), pool.size()))) {
        ObjectNode item = row.node().deepCopy();
        item.put("query", q);
        item.put("prompt", prompts.render(Kind.RESPOND, "instruction", ins, "query", q));
        sampled.add(item);
      }
    }
    Jsonl.write(file(QUERY_SAMPLED), sampled);
    List<Llm.Ask> asks = new ArrayList<>();
    for (ObjectNode item : sampled) {
      for (int s = 0; s < config.responseSamples(); s++) asks.add(new Llm.Ask(item.get("prompt").textValue(), s));
    }
    Map<RecordKey, String> answers = llm().answer("respond", asks, file(RESPONSES_GEN));
    List<ObjectNode> out = new ArrayList<>();
    long n = 0;
    for (ObjectNode item : sampled) {
      ObjectNode row = item.deepCopy();
      ArrayNode gpt = row.putArray("gpt-answer");
      for (int s = 0; s < config.responseSamples(); s++) {
        String a = answers.get(new Llm.Ask(item.get("prompt").textValue(), s).key());
        if (a != null) {
          gpt.add(a);
          n++;
        }
      }
      out.add(row);
    }
    Jsonl.write(file(RESPONSES), out);
    return report("respond", RESPONSES, sampled.size() + " queries for " + rows.size() + " instructions, " + n
        + " responses");
  }

  // --------------------------------------------------------------------------- 6. verification

  /**
   * Step 6: runs each instruction's functions on its responses. A response's accuracy is {@link
   * Filters#accuracy}; those above 0 go to {@code query_wo_score.jsonl} ({@code instruction},
   * {@code query}, {@code response}; repeats removed, as AutoIF), and every response with its
   * accuracy to {@code eval_score_results.jsonl} (AutoIF's DPO input: {@code query}, the training
   * prompt, and {@code response}: [[text, accuracy]]).
   */
  public Report verifyResponses() throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(file(RESPONSES));
    Verifier v = verifier();
    List<ObjectNode> verified = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<ObjectNode> scores = new ArrayList<>();
    long responses = 0;
    // Rows are verified a batch at a time so that every sandbox worker has calls to run.
    int batch = 64;
    for (int from = 0; from < rows.size(); from += batch) {
      List<Jsonl.Row> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
      List<Verifier.Call> calls = new ArrayList<>();
      List<List<String>> funcsOf = new ArrayList<>();
      List<List<String>> answersOf = new ArrayList<>();
      for (Jsonl.Row row : chunk) {
        row.text("instruction");
        row.text("query");
        List<String> funcs = row.functions("eval_func");
        List<String> answers = row.texts("gpt-answer");
        funcsOf.add(funcs);
        answersOf.add(answers);
        for (String a : answers) for (String f : funcs) calls.add(new Verifier.Call(f, a));
      }
      List<Boolean> res = v.run(calls);
      int at = 0;
      for (int r = 0; r < chunk.size(); r++) {
        ObjectNode node = chunk.get(r).node();
        String ins = node.get("instruction").textValue();
        String query = node.get("query").textValue();
        ObjectNode sc = Jsonl.JSON.createObjectNode();
        sc.put("query", Filters.trainingPrompt(query, ins));
        sc.put("instruction", ins);
        sc.put("prompt", node.path("prompt").asText(""));
        ArrayNode list = sc.putArray("response");
        int nf = funcsOf.get(r).size();
        for (String a : answersOf.get(r)) {
          double acc = Filters.accuracy(res.subList(at, at + nf));
          at += nf;
          responses++;
          list.addArray().add(a).add(acc);
          if (!Filters.verified(acc)) continue;
          ObjectNode row = Jsonl.JSON.createObjectNode();
          row.put("instruction", ins);
          row.put("query", query);
          row.put("response", a);
          if (seen.add(row.toString())) {
            row.put("accuracy", acc);
            verified.add(row);
          }
        }
        scores.add(sc);
      }
    }
    Jsonl.write(file(VERIFIED), verified);
    Jsonl.write(file(EVAL_SCORES), scores);
    return report("verify-responses", VERIFIED, verified.size() + " of " + responses
        + " responses pass at least one function (unique); all with their accuracy in " + EVAL_SCORES);
  }

  // ------------------------------------------------------------------------ 7. quality scoring

  /**
   * Step 7: asks the model to score each verified response ({@code scoreSamples} judgements,
   * {@code query_rft_score.jsonl} with {@code prompt} and {@code gen}) and keeps those whose mean
   * parsed score is above {@code minScore} ({@code query_score_filter.jsonl}, with {@code scores}
   * and their mean {@code score}).
   */
  public Report score() throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(file(VERIFIED));
    List<String> ps = new ArrayList<>();
    List<Llm.Ask> asks = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      String p = prompts.render(Kind.SCORE, "instruction", row.text("instruction"), "query", row.text("query"),
          "response", row.text("response"));
      ps.add(p);
      for (int s = 0; s < config.scoreSamples(); s++) asks.add(new Llm.Ask(p, s));
    }
    Map<RecordKey, String> answers = llm().answer("score", asks, file(SCORE_GEN));
    List<ObjectNode> scored = new ArrayList<>();
    List<ObjectNode> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode row = rows.get(i).node().deepCopy();
      row.put("prompt", ps.get(i));
      ArrayNode gen = row.putArray("gen");
      List<Integer> values = new ArrayList<>();
      for (int s = 0; s < config.scoreSamples(); s++) {
        String a = answers.get(new Llm.Ask(ps.get(i), s).key());
        if (a == null) continue;
        gen.add(a);
        Integer sc = Parsing.score(a);
        if (sc != null) values.add(sc);
      }
      scored.add(row);
      double mean = Filters.meanScore(values);
      if (Filters.goodScore(mean, config.minScore())) {
        ObjectNode k = row.deepCopy();
        ArrayNode arr = k.putArray("scores");
        values.forEach(arr::add);
        k.put("score", mean);
        kept.add(k);
      }
    }
    Jsonl.write(file(SCORED), scored);
    Jsonl.write(file(SCORE_FILTER), kept);
    return report("score", SCORE_FILTER, kept.size() + " of " + rows.size() + " responses score above "
        + fmt(config.minScore()));
  }

  // ------------------------------------------------------------------------------- 8. export

  /**
   * Step 8: SFT data in LLaMA-Factory's alpaca format ({@code IF_sft_data.json}: instruction, input,
   * output, history) from the scored responses, and DPO pairs ({@link Filters#dpoPairs}) from every
   * verified prompt: {@code dpo_pairs.jsonl} in AutoIF's shape (instruction, positive, negative) and
   * {@code IF_dpo_data.json} in LLaMA-Factory's (instruction, input, chosen, rejected), with a
   * {@code dataset_info.json} naming both.
   */
  public Report export() throws IOException {
    ArrayNode sft = Jsonl.JSON.createArrayNode();
    for (Jsonl.Row row : Jsonl.read(file(SCORE_FILTER))) {
      ObjectNode o = sft.addObject();
      o.put("instruction", Filters.trainingPrompt(row.text("query"), row.text("instruction")));
      o.put("input", "");
      o.put("output", row.text("response"));
      o.putArray("history");
    }
    Jsonl.writeDocument(file(SFT), sft);

    PyRandom rng = new PyRandom(config.seed());
    List<ObjectNode> pairs = new ArrayList<>();
    ArrayNode dpo = Jsonl.JSON.createArrayNode();
    List<Jsonl.Row> evalRows = Jsonl.read(file(EVAL_SCORES));
    for (Jsonl.Row row : evalRows) {
      String prompt = row.text("query");
      List<Filters.Scored> responses = new ArrayList<>();
      ArrayNode list = row.array("response");
      for (int i = 0; i < list.size(); i++) {
        JsonNode r = list.get(i);
        if (!r.isArray() || r.size() < 2 || !r.get(0).isTextual() || !r.get(1).isNumber()) {
          throw row.bad("response", "item " + i + " must be [response text, accuracy]");
        }
        responses.add(new Filters.Scored(r.get(0).textValue(), r.get(1).doubleValue()));
      }
      for (Filters.Pair p : Filters.dpoPairs(responses, config.dpoChosenAccuracy(), rng)) {
        ObjectNode a = Jsonl.JSON.createObjectNode();
        a.put("instruction", prompt);
        a.put("positive", p.chosen());
        a.put("negative", p.rejected());
        pairs.add(a);
        ObjectNode b = dpo.addObject();
        b.put("instruction", prompt);
        b.put("input", "");
        b.put("chosen", p.chosen());
        b.put("rejected", p.rejected());
      }
    }
    Jsonl.write(file(DPO_PAIRS), pairs);
    Jsonl.writeDocument(file(DPO), dpo);

    ObjectNode info = Jsonl.JSON.createObjectNode();
    ObjectNode s = info.putObject("autoif_sft");
    s.put("file_name", SFT);
    s.putObject("columns").put("prompt", "instruction").put("query", "input").put("response", "output")
        .put("history", "history");
    ObjectNode d = info.putObject("autoif_dpo");
    d.put("file_name", DPO);
    d.put("ranking", true);
    d.putObject("columns").put("prompt", "instruction").put("query", "input").put("chosen", "chosen")
        .put("rejected", "rejected");
    Jsonl.writeDocument(file(DATASET_INFO), info);
    return report("export", SFT, sft.size() + " SFT rows; " + pairs.size() + " DPO pairs (" + DPO + ", " + DPO_PAIRS
        + ") from " + evalRows.size() + " prompts");
  }

  /** Every step in order; {@code seeds} and {@code queries} as for {@link #augment} and {@link #respond}. */
  public List<Report> run(Path seeds, Path queries) throws IOException, InterruptedException {
    List<Report> out = new ArrayList<>();
    out.add(augment(seeds));
    out.add(funcs());
    out.add(crossValidate());
    out.add(backTranslate());
    out.add(respond(queries));
    out.add(verifyResponses());
    out.add(score());
    out.add(export());
    return out;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }

  @Override
  public void close() {
    if (verifier != null) verifier.close();
    if (box != null) box.close();
  }
}
