package dev.if4j.cli;

import dev.if4j.eval.check.RowJudge;
import dev.if4j.eval.check.Throughput;
import dev.if4j.eval.io.RowParser;
import dev.if4j.reward.server.BenchSamples;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures check's speed (strict + loose, every instruction) in rows/second, on one thread and"
          + " on all of them, after a warm-up: judging alone (rows parsed beforehand) and the whole"
          + " pipeline (read, parse, judge, write JSONL)."
    })
final class BenchCommand implements Callable<Integer> {
  /** The default input, relative to the working directory (the project root for ./if4j). */
  static final Path DEFAULT_INPUT = Path.of("..", "shared", "parity", "ifeval", "fuzz.golden.jsonl");

  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE",
      description = "Rows as for check (default: ../shared/parity/ifeval/fuzz.golden.jsonl when it is"
          + " there, else built-in IFEval-style rows that need no language data).")
  String input;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "Length of each measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
      description = "Warm-up on one thread before measuring (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--reference-rate", paramLabel = "ROWS/S",
      description = "The reference Python's rows/s on one core, measured on this machine, to compare with"
          + " (default: none; scripts/bench-vs-reference.sh measures both sides in one run).")
  Double referenceRate;

  @Mixin Options.Judging judging;

  @Mixin Options.Resources resources;

  BenchCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (!(seconds > 0) || !(warmup >= 0)) {
      throw new ParameterException(spec.commandLine(), "--seconds must be positive and --warmup not negative");
    }
    Path file;
    if (input != null) {
      file = FileArgs.existingFile(spec, env, input, "--input");
    } else {
      file = env.resolve(DEFAULT_INPUT).normalize();
      if (!Files.isRegularFile(file)) {
        // Outside a checkout with ../shared: the same built-in rows serve-bench uses.
        file = BenchSamples.syntheticCheckRows();
        env.err().println("if4j bench: no --input and no " + DEFAULT_INPUT + "; measuring built-in rows"
            + " (pass --input FILE for your own)");
      }
    }
    RowJudge judge = judging.judge(env, spec, resources.store(env));
    String source = file.toString();
    Throughput.ParsedRows parsed = Throughput.parse(file);
    List<RowParser.Parsed> rows = parsed.rows();
    if (rows.isEmpty()) throw new ParameterException(spec.commandLine(), "--input: " + file + " has no rows");
    int n = judging.threads;
    PrintStream out = env.out();
    out.printf(Locale.ROOT, "if4j bench: %s: %d rows, %d instructions; Java %s, %d cores available%n",
        file, rows.size(), parsed.instructions(), Runtime.version(), Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "warm-up: %.0f s on 1 thread...%n", warmup);
    out.flush();
    if (referenceRate != null && !(referenceRate > 0)) {
      throw new ParameterException(spec.commandLine(), "--reference-rate must be positive");
    }
    // A rate measured elsewhere, at another time, under another load, makes a ratio that means little:
    // none is assumed.
    double reference = referenceRate != null ? referenceRate : Double.NaN;
    Throughput t = new Throughput(judge);
    // The warm-up runs on one thread, as the first measurement does. Warmed up on every core, the
    // JIT's optimising compilations had no core to themselves and some of them ran on into that
    // measurement (IFBench's one-thread figure read up to 15% lower). The measurement on all
    // threads comes after the one-thread one, warm.
    if (warmup > 0) t.judging(source, rows, 1, seconds(warmup));
    out.println("judging (strict + loose, rows parsed beforehand):");
    report(out, reference, t.judging(source, rows, 1, seconds(seconds)));
    if (n > 1) report(out, reference, t.judging(source, rows, n, seconds(seconds)));
    out.println("whole check pipeline (read + parse + judge + write JSONL):");
    report(out, reference, t.pipeline(file, 1, seconds(seconds)));
    if (n > 1) report(out, reference, t.pipeline(file, n, seconds(seconds)));
    out.flush();
    return Main.OK;
  }

  private static Duration seconds(double s) {
    return Duration.ofNanos((long) (s * 1e9));
  }

  private static void report(PrintStream out, double reference, Throughput.Measurement m) {
    String versus = Double.isNaN(reference) ? ""
        : String.format(Locale.ROOT, ", %.0fx the reference's %.0f rows/s on one core", m.rowsPerSecondPerThread() / reference,
            reference);
    out.printf(Locale.ROOT, "  %2d thread%s: %,10.0f rows/s  (%,.0f rows/s per thread%s; %d rows in %.1f s)%n",
        m.threads(), m.threads() == 1 ? " " : "s", m.rowsPerSecond(), m.rowsPerSecondPerThread(), versus, m.rows(),
        m.seconds());
    if (!Double.isNaN(m.cpuSeconds())) {
      // Wall-clock rates drop when other processes share the cores; CPU time per row does not.
      out.printf(Locale.ROOT, "             %,10.0f rows per CPU-second  (%.1f µs of CPU per row; %.1f CPU-s)%n",
          m.rowsPerCpuSecond(), 1e6 / m.rowsPerCpuSecond(), m.cpuSeconds());
    }
    out.flush();
  }
}
