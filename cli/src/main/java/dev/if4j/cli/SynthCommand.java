package dev.if4j.cli;

import dev.if4j.constraints.Registry;
import dev.if4j.data.synth.ArgRanges;
import dev.if4j.data.synth.ConflictRules;
import dev.if4j.data.synth.ResponseConstructor;
import dev.if4j.data.synth.SynthesisJob;
import dev.if4j.data.synth.SynthesisRun;
import dev.if4j.data.synth.Synthesizer;
import dev.if4j.data.verl.JsonlSinks;
import dev.if4j.data.verl.KwargsSchema;
import dev.if4j.data.verl.TaskSink;
import dev.if4j.data.verl.VerlOptions;
import dev.if4j.data.verl.VerlParquetSink;
import dev.if4j.text.TextTools;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Appends 1..n verifiable instructions to every prompt of a JSONL file (a 'prompt' or 'messages' field),"
          + " as IF-RLVR builds its training data: instructions drawn from the registries, arguments drawn as"
          + " the reference draws them or from a --ranges file, never two that the conflict dictionary keeps"
          + " apart, each described with its own template.",
      "Streams: memory does not grow with the input. The same seed gives byte-identical output.",
      "Writes a stats report (constraint frequencies, constraints per prompt, conflicts avoided) next to the output."
    })
final class SynthCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--prompts", required = true, paramLabel = "FILE", description = "Base prompts (JSONL).")
  String prompts;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "The synthesized rows.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "verl-parquet, verl-jsonl, open-instruct (IF_multi_constraints rows) or ifeval (key, prompt,"
          + " instruction_id_list, kwargs). Default: verl-parquet for a .parquet output, else ifeval.")
  String format;

  @Option(names = "--constraints", paramLabel = "MIN-MAX", defaultValue = "1-6",
      description = "Instructions per prompt, drawn uniformly unless the ranges file weighs the counts (default: ${DEFAULT-VALUE}).")
  String constraints;

  @Option(names = "--registries", paramLabel = "NAMES", defaultValue = "ifeval,ifevalg", split = ",",
      description = "Registries to draw from; an id in several comes from the first (default: ${DEFAULT-VALUE}).")
  List<String> registries;

  @Option(names = "--ranges", paramLabel = "FILE", description = "Argument ranges, instruction weights and count weights (JSON; see the README).")
  String ranges;

  @Option(names = "--conflicts", paramLabel = "FILE", description = "A conflict dictionary replacing the built-in one (same JSON shape).")
  String conflicts;

  @Option(names = "--allow-repeats",
      description = "Let repeatable instructions (word counts, keywords...) appear twice, when their arguments do not contradict.")
  boolean allowRepeats;

  @Option(names = "--exclude", paramLabel = "IDS", split = ",", description = "Instruction ids never to draw.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--language", paramLabel = "LANG",
      description = "Draw only the instructions of this language from multilingual registries: ids that start"
          + " with LANG: (--registries mifeval --language ja).")
  String language;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--separator", paramLabel = "TEXT", defaultValue = " ",
      description = "Put between the prompt and each description (default: a space).")
  String separator;

  @Option(names = "--data-source", paramLabel = "NAME", defaultValue = "if4j/synth",
      description = "verl's data_source column (default: ${DEFAULT-VALUE}).")
  String dataSource;

  @Option(names = "--stats", paramLabel = "FILE", description = "The stats report (JSON; default: OUTPUT.stats.json).")
  String stats;

  @Option(names = "--check-satisfiable",
      description = "Check each row: build a response meant to follow all its instructions and run the checkers on"
          + " it; the stats report how many rows were shown satisfiable, which were not (listed), and which"
          + " instructions have no constructor (IFEval's 25 have one). Needs the language data (--resources).")
  boolean checkSatisfiable;

  @Mixin Options.Resources resources;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
  boolean quiet;

  SynthCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Path in = FileArgs.existingFile(spec, env, prompts, "--prompts");
    Path out = FileArgs.writableFile(spec, env, output, "--output");
    Path statsPath = FileArgs.writableFile(spec, env, stats != null ? stats : output + ".stats.json", "--stats");
    String fmt = format != null ? format.toLowerCase(Locale.ROOT) : output.endsWith(".parquet") ? "verl-parquet" : "ifeval";
    int[] range = countRange(constraints);
    List<Registry> regs = new ArrayList<>();
    for (String name : new LinkedHashSet<>(registries)) {
      try {
        regs.add(env.registry(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--registries: " + e.getMessage());
      }
    }
    Set<String> excluded = new LinkedHashSet<>(exclude);
    if (language != null) {
      String prefix = language.strip() + ":";
      regs.forEach(r -> r.ids().stream().filter(id -> !id.startsWith(prefix)).forEach(excluded::add));
      if (regs.stream().flatMap(r -> r.ids().stream()).allMatch(excluded::contains)) {
        throw new ParameterException(spec.commandLine(), "--language: no instruction of " + registries
            + " starts with '" + prefix + "'");
      }
    }
    ArgRanges argRanges;
    ConflictRules rules;
    try {
      argRanges = ranges == null ? ArgRanges.none() : ArgRanges.read(FileArgs.existingFile(spec, env, ranges, "--ranges"));
      rules = conflicts == null ? ConflictRules.builtIn() : ConflictRules.read(FileArgs.existingFile(spec, env, conflicts, "--conflicts"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ParameterException(spec.commandLine(), "not JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Synthesizer synth;
    try {
      synth = new Synthesizer(new Synthesizer.Config(regs, range[0], range[1], argRanges, rules, allowRepeats, seed,
          separator, Set.copyOf(excluded)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SynthesisJob.Result result = SynthesisJob.run(in, synth, out, () -> open(fmt, out, regs),
        () -> checkSatisfiable ? ResponseConstructor.forSynthesis(synth, new TextTools(resources.store(env))) : null,
        statsPath);
    if (!quiet) {
      env.err().print("if4j synth: " + result.stats().summary());
      env.err().printf(Locale.ROOT, "if4j synth: %s -> %s (%s) in %.2f s; stats in %s%n", in, out, fmt,
          result.seconds(), statsPath);
    }
    return Main.OK;
  }

  private TaskSink open(String fmt, Path out, List<Registry> regs) throws Exception {
    VerlOptions verl = new VerlOptions(dataSource, VerlOptions.ABILITY, false, null);
    return switch (fmt) {
      case "verl-parquet" -> {
        try {
          yield new VerlParquetSink(out, KwargsSchema.of(regs), verl);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--registries: " + e.getMessage());
        }
      }
      case "verl-jsonl" -> JsonlSinks.verl(new BufferedOutputStream(Files.newOutputStream(out)), verl);
      case "open-instruct" -> JsonlSinks.openInstruct(new BufferedOutputStream(Files.newOutputStream(out)),
          SynthesisRun.describer(regs, separator));
      case "ifeval" -> JsonlSinks.ifeval(new BufferedOutputStream(Files.newOutputStream(out)));
      default -> throw new ParameterException(spec.commandLine(),
          "--format: expected verl-parquet, verl-jsonl, open-instruct or ifeval, got '" + format + "'");
    };
  }

  private int[] countRange(String s) {
    String[] parts = s.strip().split("-", -1);
    try {
      int lo = Integer.parseInt(parts[0].strip());
      int hi = parts.length == 1 ? lo : Integer.parseInt(parts[1].strip());
      if (parts.length > 2 || lo < 1 || hi < lo) throw new NumberFormatException();
      return new int[] {lo, hi};
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(), "--constraints: expected N or MIN-MAX with 1 <= MIN <= MAX, got '" + s + "'");
    }
  }
}
