package dev.if4j.autoif;

import dev.if4j.autoif.Filters.CrossValidation;
import dev.if4j.autoif.Parsing.Case;
import dev.if4j.autoif.Parsing.FuncAnswer;
import dev.if4j.autoif.Rows.CasePair;
import dev.if4j.autoif.Rows.CrossValidatedRow;
import dev.if4j.autoif.Rows.DroppedRow;
import dev.if4j.autoif.Rows.ScoredFunction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Step 3, AutoIF's cross-validation ({@link Filters#crossValidate}). Functions that cannot even be
 * defined (syntax error, a failing import...) are not counted, nor are their cases, as in AutoIF.
 * Writes {@code cross_validation.jsonl} ({@code instruction}, {@code eval_func}: [[func,
 * accuracy]], {@code cases}: [[input, output]]) and, for inspection, {@code
 * cross_validation.dropped.jsonl} with each dropped instruction and why.
 */
public final class CrossValidateStep implements AutoifSteps.Step {
  private record Candidate(String instruction, List<FuncAnswer> answers) {}

  /** An instruction's definable functions and its distinct cases, the input of the cross-validation. */
  private record Pool(List<String> funcs, List<Case> cases) {}

  private int unreadable;
  private int undefinable;

  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    AutoifConfig config = steps.config();
    List<Candidate> candidates = candidates(Jsonl.read(steps.file(Workdir.FUNCS)));
    Verifier v = steps.verifier();
    Map<String, Boolean> definedByFunc = definable(v, candidates);
    List<CrossValidatedRow> kept = new ArrayList<>();
    List<DroppedRow> dropped = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    unreadable = 0;
    undefinable = 0;
    for (Candidate cand : candidates) {
      Pool pool = pool(cand, definedByFunc);
      List<String> fl = pool.funcs();
      List<Case> cl = pool.cases();
      String few = Filters.tooFew(fl.size(), cl.size(), config.minFunctions(), config.minCases());
      CrossValidation cv = few != null ? new CrossValidation(false, few, List.of(), new double[0], List.of())
          : Filters.crossValidate(cl, results(v, fl, cl), config.minFunctions(), config.minCases(), config.minAccuracy());
      if (cv.kept()) {
        List<ScoredFunction> funcs = new ArrayList<>();
        for (int f : cv.keptFunctions()) funcs.add(new ScoredFunction(fl.get(f), cv.accuracy()[f]));
        List<CasePair> cases = new ArrayList<>();
        for (int c : cv.keptCases()) cases.add(new CasePair(cl.get(c).input(), cl.get(c).output()));
        kept.add(new CrossValidatedRow(cand.instruction(), funcs, cases));
      } else {
        dropped.add(new DroppedRow(cand.instruction(), cv.dropReason(), fl.size(), cl.size()));
        String kind = few == null ? "no accurate function" : few.contains("functions") ? "too few functions"
            : "too few cases";
        reasons.merge(kind, 1, Integer::sum);
      }
    }
    Jsonl.write(steps.file(Workdir.CROSS), Rows.nodes(kept));
    Jsonl.write(steps.file(Workdir.CROSS_DROPPED), Rows.nodes(dropped));
    return steps.report("cross-validate", Workdir.CROSS, kept.size() + " of " + candidates.size()
        + " instructions kept" + (reasons.isEmpty() ? "" : "; dropped: " + reasons) + "; answers unreadable: "
        + unreadable + ", functions that fail to define: " + undefinable + "; " + v.calls() + " sandbox calls so far");
  }

  private static List<Candidate> candidates(List<Jsonl.Row> rows) {
    List<Candidate> out = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      String ins = row.text("instruction");
      List<FuncAnswer> answers = new ArrayList<>();
      for (String a : row.texts("gpt-answer")) answers.add(Parsing.funcAnswer(a));
      out.add(new Candidate(ins, answers));
    }
    return out;
  }

  /** Whether each readable function defines without error, every distinct one asked once. */
  private static Map<String, Boolean> definable(Verifier v, List<Candidate> candidates) throws InterruptedException {
    Set<String> allFuncs = new LinkedHashSet<>();
    for (Candidate cand : candidates) {
      for (FuncAnswer fa : cand.answers()) if (fa.ok()) allFuncs.add(fa.func());
    }
    List<String> funcList = new ArrayList<>(allFuncs);
    List<Boolean> defined = v.defines(funcList);
    Map<String, Boolean> definedByFunc = new LinkedHashMap<>();
    for (int i = 0; i < funcList.size(); i++) definedByFunc.put(funcList.get(i), defined.get(i));
    return definedByFunc;
  }

  /** The candidate's definable functions and distinct cases; counts the answers left out. */
  private Pool pool(Candidate cand, Map<String, Boolean> definedByFunc) {
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
    return new Pool(new ArrayList<>(funcs), new ArrayList<>(cases.values()));
  }

  /** Every function run on every case: {@code [function][case]}. */
  private static Boolean[][] results(Verifier v, List<String> funcs, List<Case> cases) throws InterruptedException {
    List<Verifier.Call> calls = new ArrayList<>(funcs.size() * cases.size());
    for (String f : funcs) for (Case c : cases) calls.add(new Verifier.Call(f, c.input()));
    List<Boolean> res = v.run(calls);
    Boolean[][] m = new Boolean[funcs.size()][cases.size()];
    for (int f = 0; f < funcs.size(); f++) {
      for (int c = 0; c < cases.size(); c++) m[f][c] = res.get(f * cases.size() + c);
    }
    return m;
  }
}
