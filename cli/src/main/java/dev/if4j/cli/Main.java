package dev.if4j.cli;

import dev.if4j.constraints.Version;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.resources.ResourceMissingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code if4j}: the command line. Commands are thin: parse options, call a library, print.
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 usage, 3 bad input, 4 missing resource, 5 generation
 * stopped by its error budget.
 */
@Command(
    name = "if4j",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Verifiable instruction following: IFEval's checkers with the reference's verdicts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:usage error (bad option or file name)",
      "3:bad input (the message names file, line and field)",
      "4:missing language resource (see 'if4j resources pull')",
      "5:generation stopped: the error budget was spent (rerun to go on)"
    })
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int MISSING_RESOURCE = 4;
  public static final int GENERATION_FAILED = 5;

  /** The commands, in the order help lists them. */
  static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, EvalCommand.class, GenerateCommand.class,
      ReportCommand.class, ResourcesCommand.class, BenchCommand.class, BenchClientCommand.class, DataCommand.class,
      SynthCommand.class, PairsCommand.class, GroupsCommand.class, FixesCommand.class, RegistriesCommand.class,
      CompareVersionsCommand.class, DoctorCommand.class, AutoifCommand.class, ServeCommand.class,
      ServeBenchCommand.class, CompareFrameworksCommand.class);

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(CliEnv.system(), args));
  }

  /** Runs {@code args} in {@code env}; the exit code. */
  public static int run(CliEnv env, String... args) {
    return commandLine(env, args).execute(args);
  }

  /** The command line with every command (for help, and tests that look at the whole model). */
  static CommandLine commandLine(CliEnv env) {
    return commandLine(env, new String[0]);
  }

  /**
   * The command line for {@code args}: with only the command they name, when they name one. picocli
   * reads every option of every command it is given, by reflection, before parsing; for a short run
   * that was a good part of the start-up, spent on commands the run does not use. The command is
   * built from the model the build wrote ({@link CommandModel}) when it is there, without reading
   * annotations at all.
   */
  static CommandLine commandLine(CliEnv env, String... args) {
    return commandLine(env, args.length > 0 ? CommandModel.bundled() : null, args);
  }

  /** {@link #commandLine(CliEnv, String...)} from {@code model}, or from the annotations when it is null. */
  static CommandLine commandLine(CliEnv env, CommandModel model, String... args) {
    Factory factory = new Factory(env);
    CommandLine cl;
    if (model != null && args.length > 0 && model.has(args[0])) {
      cl = model.commandLine(args[0], factory);
    } else {
      cl = new CommandLine(new Main(), factory);
      for (Class<?> command : commandsFor(args)) cl.addSubcommand(new CommandLine(command, factory));
    }
    cl.setOut(new PrintWriter(env.out(), true));
    cl.setErr(new PrintWriter(env.err(), true));
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> report(env, cmd, e));
    cl.setParameterExceptionHandler(Main::usageError);
    return cl;
  }

  /** The command {@code args} name, alone; all of them when they name none (help, a typo). */
  private static List<Class<?>> commandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> command : COMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) return List.of(command);
      }
    }
    return COMMANDS;
  }

  /**
   * A usage error: its one-line message, picocli's suggestions for a mistyped name, and where the
   * help is, not the whole help page (which buried the message under it).
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return USAGE;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  private static int report(CliEnv env, CommandLine cmd, Exception e) {
    if (e instanceof UncheckedIOException u) e = u.getCause();
    if (e instanceof InputProblemException bad) {
      env.err().println("if4j: bad input: " + bad.getMessage());
      // --skip-bad-lines sets a line aside; a problem with the file as a whole (line 0) stops check too.
      env.err().println(cmd.getCommandName().equals("check") && bad.line() > 0
          ? "if4j: fix that line, or pass --skip-bad-lines to set bad lines aside (with their reasons) and go on."
          : "if4j: fix that line and run again.");
      return BAD_INPUT;
    }
    if (e instanceof ResourceMissingException missing) {
      env.err().println("if4j: " + missing.getMessage());
      return MISSING_RESOURCE;
    }
    if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
      env.err().println("if4j: cannot open " + ((FileSystemException) e).getFile()
          + (e instanceof NoSuchFileException ? ": no such file or directory" : ": permission denied"));
      return USAGE;
    }
    if (e instanceof IOException io) {
      env.err().println("if4j: I/O error: " + io.getMessage() + ". Check the paths and free disk space, then run again.");
      return INTERNAL;
    }
    env.err().println("if4j: internal error: " + e + ". This is a bug in if4j; please report it with the"
        + " command line" + (debug() ? "." : " (set IF4J_DEBUG=1 to print the stack trace)."));
    if (debug()) e.printStackTrace(env.err());
    return INTERNAL;
  }

  private static boolean debug() {
    String v = System.getenv("IF4J_DEBUG");
    return v != null && !v.isEmpty() && !v.equals("0");
  }

  /** {@code if4j --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"if4j " + Version.get()};
    }
  }

  /** Gives each command the {@link CliEnv} (constructor parameter) when it takes one. */
  record Factory(CliEnv env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliEnv.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(env));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
