package dev.if4j.eval.versions;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.TextTools;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One run (rows with responses, as {@code check} reads them) judged under several upstream
 * versions of a registry: how often each version says followed, and every instruction whose verdict
 * moves between them, with the upstream changes between those versions that touched its checker.
 *
 * <p>Streams: the rows are read once, each judged by every version, and each move is written as it
 * is found; only the counts are kept.
 */
public final class VersionComparison {
  /** An instruction a version does not have: it refuses the row's instruction, no verdict. */
  public static final String REFUSED = "refused";

  private final List<UpstreamVersion> versions;
  private final List<RowJudge> judges;

  /**
   * @param versions the versions, in the order to report them (two or more, of one registry)
   */
  public VersionComparison(List<UpstreamVersion> versions, TextTools tools) {
    if (versions.size() < 2) throw new IllegalArgumentException("name two versions or more to compare");
    String registry = versions.get(0).registry();
    for (UpstreamVersion v : versions) {
      if (!v.registry().equals(registry)) {
        throw new IllegalArgumentException("the versions must be of one registry: " + versions.get(0).name()
            + " and " + v.name() + " are not");
      }
    }
    this.versions = List.copyOf(versions);
    this.judges = versions.stream().map(v -> new RowJudge(new Evaluator(Versions.registry(v), tools))).toList();
  }

  /** Per version: rows and instructions followed (strict and loose). */
  public record Tally(String version, long promptsStrict, long promptsLoose, long instructionsStrict,
      long instructionsLoose, long refused) {}

  /** What a comparison found. */
  public record Result(long rows, long instructions, List<Tally> tallies, long moves) {
    /** A few lines: each version's figures, then the number of moved verdicts. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%d rows, %d instructions%n", rows, instructions));
      b.append(String.format(Locale.ROOT, "%-22s %14s %14s %14s %14s %9s%n", "version", "prompt-strict",
          "prompt-loose", "instr-strict", "instr-loose", "refused"));
      for (Tally t : tallies) {
        b.append(String.format(Locale.ROOT, "%-22s %14s %14s %14s %14s %9d%n", t.version(),
            share(t.promptsStrict(), rows), share(t.promptsLoose(), rows),
            share(t.instructionsStrict(), instructions), share(t.instructionsLoose(), instructions), t.refused()));
      }
      b.append(String.format(Locale.ROOT, "%d instruction verdicts move between the versions%n", moves));
      return b.toString();
    }

    private static String share(long n, long of) {
      return of == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) n / of);
    }
  }

  /**
   * Judges every row of {@code in} under each version and writes one JSON line per moved verdict to
   * {@code moves}: the row, the instruction, each version's strict and loose verdict ({@code
   * "refused"} where the version lacks the id) and the upstream changes that could move it.
   */
  public Result run(JsonlLines in, OutputStream moves) throws IOException {
    int n = versions.size();
    long[][] counts = new long[n][5];
    long rows = 0;
    long instructions = 0;
    long moved = 0;
    try (JsonGenerator g = Json.FACTORY.createGenerator(moves, JsonEncoding.UTF8)) {
      for (SourceLine line = in.next(); line != null; line = in.next()) {
        RowParser.Parsed parsed = RowParser.CHECK.parse(in.name(), line);
        List<RowVerdict> verdicts = new ArrayList<>(n);
        for (int v = 0; v < n; v++) verdicts.add(judgeOrRefuse(in.name(), parsed, judges.get(v)));
        List<String> ids = parsed.row().instructionIds();
        rows++;
        instructions += ids.size();
        for (int v = 0; v < n; v++) tally(counts[v], verdicts.get(v), ids.size());
        for (int i = 0; i < ids.size(); i++) {
          if (moves(verdicts, i)) {
            moved++;
            writeMove(g, parsed, i, verdicts);
          }
        }
      }
    }
    List<Tally> tallies = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      long[] c = counts[v];
      tallies.add(new Tally(versions.get(v).name(), c[0], c[1], c[2], c[3], c[4]));
    }
    return new Result(rows, instructions, tallies, moved);
  }

  /** The row's verdicts, or null where this version refuses one of its ids. */
  private static RowVerdict judgeOrRefuse(String source, RowParser.Parsed parsed, RowJudge judge) {
    try {
      return judge.judge(source, parsed, false);
    } catch (InputProblemException e) {
      if (e.getCause() instanceof UnknownInstructionException) return null;
      throw e;
    }
  }

  private static void tally(long[] c, RowVerdict v, int instructions) {
    if (v == null) {
      c[4] += instructions;
      return;
    }
    if (v.followsAllStrict()) c[0]++;
    if (v.followsAllLoose()) c[1]++;
    for (InstructionVerdict iv : v.instructions()) {
      if (iv.strict()) c[2]++;
      if (iv.loose()) c[3]++;
    }
  }

  private static boolean moves(List<RowVerdict> verdicts, int i) {
    String first = verdict(verdicts.get(0), i);
    return verdicts.stream().anyMatch(v -> !Objects.equals(verdict(v, i), first));
  }

  /** "strict/loose" of instruction {@code i}, or {@link #REFUSED}. */
  private static String verdict(RowVerdict v, int i) {
    if (v == null) return REFUSED;
    InstructionVerdict iv = v.instructions().get(i);
    return iv.strict() + "/" + iv.loose();
  }

  private void writeMove(JsonGenerator g, RowParser.Parsed parsed, int i, List<RowVerdict> verdicts)
      throws IOException {
    String id = parsed.row().instructionIds().get(i);
    g.writeStartObject();
    g.writeStringField("id", parsed.row().id());
    g.writeNumberField("line", parsed.line());
    g.writeStringField("instruction_id", id);
    g.writeNumberField("index", i);
    g.writeObjectFieldStart("verdicts");
    for (int v = 0; v < versions.size(); v++) {
      RowVerdict rv = verdicts.get(v);
      g.writeFieldName(versions.get(v).name());
      if (rv == null) {
        g.writeString(REFUSED);
      } else {
        InstructionVerdict iv = rv.instructions().get(i);
        g.writeStartObject();
        g.writeBooleanField("strict", iv.strict());
        g.writeBooleanField("loose", iv.loose());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeArrayFieldStart("changes");
    for (UpstreamVersion step : VersionChain.stepsTouching(versions, verdicts.stream()
        .map(v -> verdict(v, i)).toList(), id)) {
      g.writeString(step.name() + ": " + step.change());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }
}
