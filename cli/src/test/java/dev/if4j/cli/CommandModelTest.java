package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The model the build compiled ({@link CommandModel}) makes the commands their annotations make: the
 * same usage, the same fields set by the same command lines, the same usage errors.
 */
class CommandModelTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void quietPicocli() {
    System.setProperty("picocli.trace", "OFF"); // see CommandModel.main
  }

  private CliEnv env() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CliEnv(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8),
        dir, Map.of(), CliHarness.NO_NETWORK);
  }

  private static CommandModel bundled() {
    CommandModel model = CommandModel.bundled();
    assertThat(model).as("the build compiles " + CommandModel.GENERATED + " (cli/pom.xml, process-classes)").isNotNull();
    return model;
  }

  @Test
  void theBuildCompiledTheModelOfEveryCommandWithoutSubcommands() {
    List<String> expected = new ArrayList<>();
    for (Class<?> command : Main.COMMANDS) {
      CommandLine cl = new CommandLine(command, new Main.Factory(env()));
      if (cl.getSubcommands().isEmpty()) expected.add(cl.getCommandName());
    }
    assertThat(bundled().commandNames()).containsExactlyElementsOf(expected).contains("check", "eval", "serve");
  }

  @Test
  void eachCommandFromTheModelHasItsAnnotationsUsageAndOptions() {
    assertThat(bundled().differencesFromAnnotations(env())).isEmpty();
  }

  @Test
  void aRunBuildsTheCommandItNamesFromTheModel() {
    CommandLine cl = Main.commandLine(env(), "eval", "--help");
    assertThat(cl.getSubcommands()).containsOnlyKeys("eval");
    // A command from the model is not inspected by picocli: its spec wraps the command object itself.
    assertThat(cl.getSubcommands().get("eval").getCommandSpec().userObject()).isInstanceOf(EvalCommand.class);
    assertThat(Main.commandLine(env(), "resources", "pull").getSubcommands()).containsOnlyKeys("resources");
  }

  @Test
  void everyOptionGivenSetsTheSameFieldsBothWays() {
    assertSameFieldsBothWays(false);
  }

  @Test
  void onlyTheRequiredOptionsLeaveTheSameDefaultsBothWays() {
    assertSameFieldsBothWays(true);
  }

  private void assertSameFieldsBothWays(boolean requiredOnly) {
    for (String name : bundled().commandNames()) {
      List<String> args = commandLine(name, requiredOnly);
      assertThat(fieldsAfterParsing(bundled(), args)).as(String.join(" ", args))
          .isEqualTo(fieldsAfterParsing(null, args));
    }
  }

  @Test
  void usageErrorsReadTheSameBothWays() {
    for (String[] args : List.of(new String[] {"eval", "--bogus"}, new String[] {"check", "--input"},
        new String[] {"check", "--output", "x"}, new String[] {"eval", "--threads", "many", "--output-dir", "d"},
        new String[] {"report"})) {
      assertThat(run(bundled(), args)).as(String.join(" ", args)).isEqualTo(run(null, args))
          .startsWith("code " + Main.USAGE);
    }
    assertThat(run(bundled(), "eval", "--help")).isEqualTo(run(null, "eval", "--help")).startsWith("code 0");
  }

  private String run(CommandModel model, String... args) {
    err.reset();
    int code = Main.commandLine(env(), model, args).execute(args);
    return "code " + code + "\n" + err.toString(StandardCharsets.UTF_8);
  }

  /** The annotated fields of the command {@code args} name after parsing them, by path; values as text. */
  private Map<String, String> fieldsAfterParsing(CommandModel model, List<String> args) {
    String[] a = args.toArray(String[]::new);
    CommandLine cl = Main.commandLine(env(), model, a);
    cl.parseArgs(a);
    Map<String, String> fields = new TreeMap<>();
    collect(cl.getSubcommands().get(a[0]).getCommand(), "", fields);
    return fields;
  }

  private static void collect(Object object, String prefix, Map<String, String> fields) {
    for (Field f : object.getClass().getDeclaredFields()) {
      try {
        f.setAccessible(true);
        Object value = f.get(object);
        if (f.isAnnotationPresent(Mixin.class)) {
          collect(value, prefix + f.getName() + ".", fields);
        } else if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
          fields.put(prefix + f.getName(), java.util.Arrays.deepToString(new Object[] {value}));
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }

  /**
   * {@code name} and each of its options (only the required ones when asked) with a value of its
   * type, a different one per option, and its positional parameters (the required ones).
   */
  private List<String> commandLine(String name, boolean requiredOnly) {
    CommandLine.Model.CommandSpec spec = annotated(name);
    List<String> args = new ArrayList<>(List.of(name));
    int n = 0;
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp() || requiredOnly && !o.required()) continue;
      args.add(o.longestName());
      if (o.arity().max() > 0) args.add(value(o, ++n));
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!requiredOnly || p.arity().min() > 0) args.add(value(p, ++n));
    }
    return args;
  }

  private CommandLine.Model.CommandSpec annotated(String name) {
    for (Class<?> command : Main.COMMANDS) {
      if (command.getAnnotation(Command.class).name().equals(name)) {
        return new CommandLine(command, new Main.Factory(env())).getCommandSpec();
      }
    }
    throw new AssertionError(name);
  }

  /** A value for {@code arg}: of its element type for an array or a collection, KEY=VALUE for a map. */
  private static String value(CommandLine.Model.ArgSpec arg, int n) {
    if (Map.class.isAssignableFrom(arg.type())) {
      return value(arg.auxiliaryTypes()[0], n) + "=" + value(arg.auxiliaryTypes()[1], n);
    }
    Class<?> type = arg.type().isArray() ? arg.type().getComponentType()
        : java.util.Collection.class.isAssignableFrom(arg.type()) ? arg.auxiliaryTypes()[0] : arg.type();
    return value(type, n);
  }

  private static String value(Class<?> type, int n) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return String.valueOf(n + 1);
    if (type == double.class || type == Double.class) return n + ".5";
    if (type == boolean.class || type == Boolean.class) return "true";
    return "v" + n; // strings, paths and lists of them
  }
}
