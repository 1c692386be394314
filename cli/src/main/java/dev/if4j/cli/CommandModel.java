package dev.if4j.cli;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line's model as code made when the module is built, so that a run builds the command
 * it names with picocli's programmatic API, without reading annotations or fields by reflection.
 *
 * <p>The annotations stay the one definition of every command: the build reads them with picocli, as
 * a run without the model does, and compiles what picocli made of them into the class {@value
 * #GENERATED}: the attributes of each option, and code that makes the command and its mixins and sets
 * the field each option sets. Both are cold paths in every run otherwise: the JDK generates a proxy
 * class per annotation type, and each field read or set by reflection first makes its method handle;
 * together about 30 ms of a 13-row check (docs/performance.md, round 6). The build checks that each command comes out of the model with the
 * usage text and the option attributes its annotations give, and stops otherwise; {@code
 * CommandModelTest} checks the compiled class the same way. Commands with subcommands (resources,
 * data, fixes, autoif) are left to the annotations.
 */
final class CommandModel {
  /** The class the build generates; absent from a build that did not run the step (an IDE's). */
  static final String GENERATED = "dev.if4j.cli.CommandModelGenerated";

  /**
   * Makes the model's objects and reads and sets their fields, named {@code Class#field}: the
   * generated class by plain Java, {@link Reflective} (the build's check) by reflection.
   */
  interface Access {
    Object create(String className, CliEnv env);

    Object get(Object target, String field);

    void set(Object target, String field, Object value);
  }

  private final Access access;

  /** The top command ({@link Main}). */
  private final CommandDef top;

  /** The commands' names, in the order help lists them. */
  private final List<String> names;

  /** A command's model by name: the generated class makes only the one a run asks for. */
  private final Function<String, CommandDef> command;

  /** A model of {@code commands}, all made already (as the build reads them). */
  static CommandModel of(Access access, CommandDef top, List<CommandDef> commands) {
    Map<String, CommandDef> byName = new LinkedHashMap<>();
    for (CommandDef c : commands) byName.put(c.name(), c);
    return new CommandModel(access, top, List.copyOf(byName.keySet()), byName::get);
  }

  private CommandModel(Access access, CommandDef top, List<String> names, Function<String, CommandDef> command) {
    this.access = access;
    this.top = top;
    this.names = names;
    this.command = command;
  }

  /** The model this jar was built with, or null when it has none. */
  static CommandModel bundled() {
    Class<?> generated;
    try {
      generated = Class.forName(GENERATED);
    } catch (ClassNotFoundException e) {
      return null;
    }
    try {
      Generated g = (Generated) generated.getDeclaredConstructor().newInstance();
      return new CommandModel(g, g.top(), g.commandNames(), g::command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the command model " + GENERATED + ": " + e, e);
    }
  }

  /** What the generated class is: the model's access, and its commands made on demand. */
  interface Generated extends Access {
    CommandDef top();

    List<String> commandNames();

    /** The command called {@code name}; null for one the model does not have. */
    CommandDef command(String name);
  }

  /** Whether the model has the command called {@code name}. */
  boolean has(String name) {
    return names.contains(name);
  }

  /** The top command with the one command called {@code name}, built from the model. */
  CommandLine commandLine(String name, Main.Factory factory) {
    CommandLine cl = new CommandLine(top.build(access, factory.env()), factory);
    cl.addSubcommand(name, new CommandLine(command.apply(name).build(access, factory.env()), factory));
    return cl;
  }

  // ---- the model ----

  /**
   * One command: its class, the usage attributes its annotation gave, its mixins (paths of field
   * names from the command object, and their classes), its {@code @Spec} fields and its options and
   * positional parameters.
   */
  record CommandDef(String className, String name, List<String> description, String exitCodeListHeading,
      Map<String, String> exitCodes, String versionProvider, List<String> mixins, List<String> mixinClasses,
      List<String> specFields, List<ArgDef> args) {

    CommandSpec build(Access access, CliEnv env) {
      try {
        Object command = access.create(className, env);
        Map<String, Object> objects = new HashMap<>();
        objects.put("", command);
        for (int i = 0; i < mixins.size(); i++) {
          String path = mixins.get(i);
          Object mixin = access.create(mixinClasses.get(i), env);
          access.set(objects.get(parent(path)), fieldKey(objects, path), mixin);
          objects.put(path, mixin);
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description.toArray(String[]::new));
        if (exitCodeListHeading != null) spec.usageMessage().exitCodeListHeading(exitCodeListHeading);
        if (!exitCodes.isEmpty()) spec.usageMessage().exitCodeList(exitCodes);
        if (versionProvider != null) spec.versionProvider((CommandLine.IVersionProvider) access.create(versionProvider, env));
        for (ArgDef arg : args) {
          FieldValue value = arg.field() == null ? null
              : new FieldValue(access, objects.get(parent(arg.field())), fieldKey(objects, arg.field()));
          arg.addTo(spec, value);
        }
        for (String path : specFields) access.set(command, fieldKey(objects, path), spec);
        return spec;
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("building command " + name + " from its model: " + e, e);
      }
    }
  }

  /**
   * An option (names given) or a positional parameter (index given), as picocli made it from its
   * annotation, and the path of the field it sets (null for the standard help options, which set none).
   */
  record ArgDef(String field, List<String> names, String index, String arity, String paramLabel,
      List<String> description, String defaultValue, boolean required, String split, boolean hidden,
      String type, List<String> auxiliaryTypes, boolean usageHelp, boolean versionHelp) {

    void addTo(CommandSpec spec, FieldValue value) throws ClassNotFoundException {
      Class<?>[] aux = new Class<?>[auxiliaryTypes.size()];
      for (int i = 0; i < aux.length; i++) aux[i] = classNamed(auxiliaryTypes.get(i));
      // The standard help options set no field of ours: picocli keeps their value, false at first.
      Object initial = value != null ? value.get() : Boolean.FALSE;
      // picocli's two builders share their setters in a class it does not export: set alike, twice.
      if (names.isEmpty()) {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(index).arity(arity)
            .paramLabel(paramLabel).description(description.toArray(String[]::new)).required(required)
            .hidden(hidden).type(classNamed(type)).auxiliaryTypes(aux).defaultValue(defaultValue)
            .splitRegex(split).initialValue(initial).hasInitialValue(true);
        if (value != null) b.getter(value).setter(value);
        spec.addPositional(b.build());
      } else {
        OptionSpec.Builder b = OptionSpec.builder(names.toArray(String[]::new)).usageHelp(usageHelp)
            .versionHelp(versionHelp).arity(arity).paramLabel(paramLabel)
            .description(description.toArray(String[]::new)).required(required).hidden(hidden)
            .type(classNamed(type)).auxiliaryTypes(aux).defaultValue(defaultValue).splitRegex(split)
            .initialValue(initial).hasInitialValue(true);
        if (value != null) b.getter(value).setter(value);
        spec.addOption(b.build());
      }
    }
  }

  /** A field of one object, read and set for picocli. */
  private record FieldValue(Access access, Object target, String field) implements IGetter, ISetter {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) access.get(target, field);
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      access.set(target, field, value);
      return old;
    }
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** {@code Class#field} of the field at {@code path}, whose owner is already in {@code objects}. */
  private static String fieldKey(Map<String, Object> objects, String path) {
    return objects.get(parent(path)).getClass().getName() + "#" + path.substring(path.lastIndexOf('.') + 1);
  }

  private static Class<?> classNamed(String name) throws ClassNotFoundException {
    return switch (name) {
      case "boolean" -> boolean.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "double" -> double.class;
      case "float" -> float.class;
      case "short" -> short.class;
      case "byte" -> byte.class;
      case "char" -> char.class;
      default -> Class.forName(name);
    };
  }

  /** The model's objects by reflection and the command line's factory: what the build checks with. */
  static final class Reflective implements Access {
    @Override
    public Object create(String className, CliEnv env) {
      try {
        return new Main.Factory(env).create(Class.forName(className));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Object get(Object target, String field) {
      try {
        return field(target, field).get(target);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void set(Object target, String field, Object value) {
      try {
        field(target, field).set(target, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Field field(Object target, String key) throws NoSuchFieldException {
      Field f = target.getClass().getDeclaredField(key.substring(key.indexOf('#') + 1));
      f.setAccessible(true);
      return f;
    }
  }

  // ---- made at build time ----

  /**
   * Compiles the model of {@link Main} and its commands, read from their annotations, into the class
   * {@value #GENERATED} in the class folder {@code args[0]}, after checking that it gives the same
   * commands (run by the build once the module's classes are compiled).
   */
  public static void main(String[] args) throws IOException {
    // Rendering every usage text to compare them warns about a '%' in a description (picocli formats
    // a description once as a format string, and prints it as it is when that fails, as help does).
    System.setProperty("picocli.trace", "OFF");
    CommandModel model = fromAnnotations(CliEnv.system());
    List<String> differences = model.differencesFromAnnotations(CliEnv.system());
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the command model differs from the annotations:\n  "
          + String.join("\n  ", differences));
    }
    Path classes = Path.of(args[0]);
    Path sources = Files.createTempDirectory("if4j-command-model");
    Path source = sources.resolve(GENERATED.substring(GENERATED.lastIndexOf('.') + 1) + ".java");
    try {
      Files.writeString(source, model.source());
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac == null) throw new IllegalStateException("no Java compiler: build with a JDK, not a JRE");
      int code = javac.run(null, null, null, "--release", "21", "-nowarn", "-cp",
          System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
      if (code != 0) throw new IllegalStateException("compiling the command model failed (javac exit " + code + ")");
    } finally {
      Files.deleteIfExists(source);
      Files.delete(sources);
    }
  }

  /** The model of {@link Main} and of each of its commands that has no subcommands, by reflection. */
  static CommandModel fromAnnotations(CliEnv env) {
    Main.Factory factory = new Main.Factory(env);
    List<CommandDef> commands = new ArrayList<>();
    for (Class<?> command : Main.COMMANDS) {
      CommandSpec spec = new CommandLine(command, factory).getCommandSpec();
      if (spec.subcommands().isEmpty()) commands.add(describe(command, spec));
    }
    return of(new Reflective(), describe(Main.class, new CommandLine(Main.class, factory).getCommandSpec()),
        commands);
  }

  /** The names of the commands the model has. */
  List<String> commandNames() {
    return names;
  }

  /** Where the commands built from this model differ from their annotations (nothing: they agree). */
  List<String> differencesFromAnnotations(CliEnv env) {
    Main.Factory factory = new Main.Factory(env);
    List<String> differences = new ArrayList<>(differences("if4j", top.build(access, env), Main.class, factory));
    for (Class<?> command : Main.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      if (has(name)) differences.addAll(differences(name, this.command.apply(name).build(access, env), command, factory));
    }
    return differences;
  }

  private static List<String> differences(String name, CommandSpec fromModel, Class<?> command,
      CommandLine.IFactory factory) {
    CommandSpec annotated = new CommandLine(command, factory).getCommandSpec();
    List<String> out = new ArrayList<>();
    String usageModel = new CommandLine(fromModel, factory).getUsageMessage(CommandLine.Help.Ansi.OFF);
    String usageAnnotated = new CommandLine(annotated, factory).getUsageMessage(CommandLine.Help.Ansi.OFF);
    if (!usageModel.equals(usageAnnotated)) {
      out.add(name + ": usage text differs:\n--- annotations\n" + usageAnnotated + "\n--- model\n" + usageModel);
    }
    List<ArgSpec> a = allArgs(annotated);
    List<ArgSpec> m = allArgs(fromModel);
    if (a.size() != m.size()) out.add(name + ": " + a.size() + " options and parameters, the model has " + m.size());
    for (int i = 0; i < Math.min(a.size(), m.size()); i++) {
      String x = describe(a.get(i));
      String y = describe(m.get(i));
      if (!x.equals(y)) out.add(name + ": " + x + "\n   the model: " + y);
    }
    return out;
  }

  private static List<ArgSpec> allArgs(CommandSpec spec) {
    List<ArgSpec> all = new ArrayList<>(spec.options());
    all.addAll(spec.positionalParameters());
    return all;
  }

  /** The attributes of {@code arg} that parsing and help read, as one line to compare. */
  private static String describe(ArgSpec arg) {
    StringBuilder s = new StringBuilder();
    if (arg instanceof OptionSpec o) {
      s.append(String.join(",", o.names())).append(" usageHelp=").append(o.usageHelp())
          .append(" versionHelp=").append(o.versionHelp()).append(" negatable=").append(o.negatable())
          .append(" fallback=").append(o.fallbackValue()).append(" order=").append(o.order());
    } else {
      s.append("index=").append(((PositionalParamSpec) arg).index());
    }
    return s.append(" arity=").append(arg.arity()).append(" label=").append(arg.paramLabel())
        .append(" description=").append(String.join("|", arg.description())).append(" default=")
        .append(arg.defaultValue()).append(" required=").append(arg.required()).append(" split=")
        .append(arg.splitRegex()).append(" hidden=").append(arg.hidden()).append(" type=")
        .append(arg.type().getName()).append(" aux=").append(List.of(arg.auxiliaryTypes()))
        .append(" initial=").append(arg.initialValue()).append(" interactive=").append(arg.interactive())
        .append(" showDefault=").append(arg.showDefaultValue()).append(" inherited=").append(arg.inherited())
        .toString();
  }

  /** {@code command} as picocli read it from its annotations ({@code spec}), with the field each option sets. */
  private static CommandDef describe(Class<?> command, CommandSpec spec) {
    Annotated annotated = new Annotated();
    annotated.walk(command, "");
    List<ArgDef> args = new ArrayList<>();
    int positionals = 0;
    for (ArgSpec arg : allArgs(spec)) {
      String field = arg instanceof OptionSpec o ? annotated.optionFields.get(o.longestName())
          : annotated.positionalFields.get(positionals++);
      if (field == null && !(arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp()))) {
        throw new IllegalStateException(spec.name() + ": no field for " + arg);
      }
      List<String> aux = new ArrayList<>();
      for (Class<?> t : arg.auxiliaryTypes()) aux.add(t.getName());
      boolean option = arg instanceof OptionSpec;
      args.add(new ArgDef(field, option ? List.of(((OptionSpec) arg).names()) : List.of(),
          option ? null : ((PositionalParamSpec) arg).index().originalValue(), arg.arity().originalValue(),
          arg.paramLabel(), List.of(arg.description()), arg.defaultValue(), arg.required(), arg.splitRegex(),
          arg.hidden(), arg.type().getName(), aux, option && ((OptionSpec) arg).usageHelp(),
          option && ((OptionSpec) arg).versionHelp()));
    }
    CommandLine.IVersionProvider provider = spec.versionProvider();
    return new CommandDef(command.getName(), spec.name(), List.of(spec.usageMessage().description()),
        spec.usageMessage().exitCodeListHeading(), new LinkedHashMap<>(spec.usageMessage().exitCodeList()),
        provider == null ? null : provider.getClass().getName(), annotated.mixins, annotated.mixinClasses,
        annotated.specFields, args);
  }

  /** The annotated fields of a command and its mixins, as paths from the command object. */
  private static final class Annotated {
    final Map<String, String> optionFields = new HashMap<>(); // each name of an option -> its field
    final List<String> positionalFields = new ArrayList<>();
    final List<String> mixins = new ArrayList<>();
    final List<String> mixinClasses = new ArrayList<>();
    final List<String> specFields = new ArrayList<>();
    /** Every field the model sets, and every class it makes. */
    final List<Field> fields = new ArrayList<>();

    void walk(Class<?> cls, String prefix) {
      for (Class<?> up = cls.getSuperclass(); up != null && up != Object.class; up = up.getSuperclass()) {
        for (Field f : up.getDeclaredFields()) {
          if (f.getAnnotations().length > 0) throw unsupported(f, "an annotated field of a superclass");
        }
      }
      for (Field f : cls.getDeclaredFields()) {
        String path = prefix + f.getName();
        Option option = f.getAnnotation(Option.class);
        if (option != null) {
          for (String n : option.names()) optionFields.put(n, path);
        }
        if (f.isAnnotationPresent(Parameters.class)) positionalFields.add(path);
        if (f.isAnnotationPresent(Mixin.class)) {
          mixins.add(path);
          mixinClasses.add(f.getType().getName());
          walk(f.getType(), path + ".");
        }
        if (f.isAnnotationPresent(Spec.class)) {
          if (!prefix.isEmpty()) throw unsupported(f, "@Spec in a mixin");
          specFields.add(path);
        }
        if (option != null || f.isAnnotationPresent(Parameters.class) || f.isAnnotationPresent(Mixin.class)
            || f.isAnnotationPresent(Spec.class)) {
          if (Modifier.isPrivate(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
            throw unsupported(f, "a private or final field (the model sets it from its own class)");
          }
          fields.add(f);
        }
      }
    }

    private static IllegalStateException unsupported(Field f, String what) {
      return new IllegalStateException(f.getDeclaringClass().getName() + "." + f.getName() + ": " + what
          + " is not in the command model (cli/.../CommandModel.java)");
    }
  }

  // ---- the generated class ----

  /** Java source of {@value #GENERATED}: this model, as the calls that make it, and its {@link Access}. */
  private String source() {
    List<CommandDef> all = new ArrayList<>(List.of(top));
    for (String name : names) all.add(command.apply(name));
    StringBuilder s = new StringBuilder();
    s.append("package dev.if4j.cli;\n\n")
        .append("import dev.if4j.cli.CommandModel.ArgDef;\n")
        .append("import dev.if4j.cli.CommandModel.CommandDef;\n")
        .append("import java.util.List;\n\n")
        .append("/** The command line's model, written from the annotations by CommandModel when the module was built. */\n")
        .append("@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n")
        .append("final class ").append(GENERATED.substring(GENERATED.lastIndexOf('.') + 1))
        .append(" implements CommandModel.Generated {\n")
        .append("  @Override\n  public CommandDef top() {\n    return command0();\n  }\n\n")
        .append("  @Override\n  public List<String> commandNames() {\n    return ").append(literal(names)).append(";\n  }\n\n")
        .append("  @Override\n  public CommandDef command(String name) {\n    return switch (name) {\n");
    for (int i = 1; i < all.size(); i++) {
      s.append("      case ").append(literal(all.get(i).name())).append(" -> command").append(i).append("();\n");
    }
    s.append("      default -> null;\n    };\n  }\n");
    for (int i = 0; i < all.size(); i++) appendCommand(s, i, all.get(i));
    appendAccess(s, all);
    return s.append("}\n").toString();
  }

  private static void appendCommand(StringBuilder s, int i, CommandDef c) {
    s.append("\n  private static CommandDef command").append(i).append("() {\n    return new CommandDef(")
        .append(literal(c.className())).append(", ").append(literal(c.name())).append(", ")
        .append(literal(c.description())).append(", ").append(literal(c.exitCodeListHeading())).append(", ")
        .append(literal(c.exitCodes())).append(", ").append(literal(c.versionProvider())).append(", ")
        .append(literal(c.mixins())).append(", ").append(literal(c.mixinClasses())).append(", ")
        .append(literal(c.specFields())).append(", List.of(");
    String sep = "\n";
    for (ArgDef a : c.args()) {
      s.append(sep).append("        new ArgDef(").append(literal(a.field())).append(", ").append(literal(a.names()))
          .append(", ").append(literal(a.index())).append(", ").append(literal(a.arity())).append(", ")
          .append(literal(a.paramLabel())).append(", ").append(literal(a.description())).append(", ")
          .append(literal(a.defaultValue())).append(", ").append(a.required()).append(", ")
          .append(literal(a.split())).append(", ").append(a.hidden()).append(", ").append(literal(a.type()))
          .append(", ").append(literal(a.auxiliaryTypes())).append(", ").append(a.usageHelp()).append(", ")
          .append(a.versionHelp()).append(")");
      sep = ",\n";
    }
    s.append("));\n  }\n");
  }

  /** The generated {@link Access}: a constructor call per class, a field access per field. */
  private static void appendAccess(StringBuilder s, List<CommandDef> all) {
    Map<String, Class<?>> classes = new LinkedHashMap<>();
    Map<String, Field> fields = new LinkedHashMap<>();
    for (CommandDef c : all) {
      try {
        Class<?> command = Class.forName(c.className());
        classes.put(c.className(), command);
        if (c.versionProvider() != null) classes.put(c.versionProvider(), Class.forName(c.versionProvider()));
        for (String m : c.mixinClasses()) classes.put(m, Class.forName(m));
        Annotated annotated = new Annotated();
        annotated.walk(command, "");
        for (Field f : annotated.fields) fields.put(f.getDeclaringClass().getName() + "#" + f.getName(), f);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    s.append("\n  @Override\n  public Object create(String className, CliEnv env) {\n    return switch (className) {\n");
    for (Map.Entry<String, Class<?>> e : classes.entrySet()) {
      s.append("      case ").append(literal(e.getKey())).append(" -> new ")
          .append(e.getValue().getCanonicalName()).append(takesEnv(e.getValue()) ? "(env)" : "()").append(";\n");
    }
    s.append("      default -> throw new IllegalArgumentException(className);\n    };\n  }\n");
    s.append("\n  @Override\n  public Object get(Object target, String field) {\n    return switch (field) {\n");
    for (Map.Entry<String, Field> e : fields.entrySet()) {
      s.append("      case ").append(literal(e.getKey())).append(" -> ((")
          .append(e.getValue().getDeclaringClass().getCanonicalName()).append(") target).")
          .append(e.getValue().getName()).append(";\n");
    }
    s.append("      default -> throw new IllegalArgumentException(field);\n    };\n  }\n");
    s.append("\n  @Override\n  public void set(Object target, String field, Object value) {\n    switch (field) {\n");
    for (Map.Entry<String, Field> e : fields.entrySet()) {
      Field f = e.getValue();
      s.append("      case ").append(literal(e.getKey())).append(" -> ((")
          .append(f.getDeclaringClass().getCanonicalName()).append(") target).").append(f.getName())
          .append(" = (").append(boxed(f.getType()).getCanonicalName()).append(") value;\n");
    }
    s.append("      default -> throw new IllegalArgumentException(field);\n    }\n  }\n");
  }

  /** Whether {@code cls} is made with the {@link CliEnv} (as {@link Main.Factory} does), else with no argument. */
  private static boolean takesEnv(Class<?> cls) {
    boolean plain = false;
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      if (Modifier.isPrivate(c.getModifiers())) continue;
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliEnv.class) return true;
      if (c.getParameterCount() == 0) plain = true;
    }
    if (!plain) throw new IllegalStateException(cls.getName() + ": no constructor the command model can call");
    return false;
  }

  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }


  private static String literal(List<String> strings) {
    StringBuilder s = new StringBuilder("List.of(");
    for (int i = 0; i < strings.size(); i++) s.append(i > 0 ? ", " : "").append(literal(strings.get(i)));
    return s.append(")").toString();
  }

  private static String literal(Map<String, String> map) {
    StringBuilder s = new StringBuilder("CommandModel.orderedMap(");
    String sep = "";
    for (Map.Entry<String, String> e : map.entrySet()) {
      s.append(sep).append(literal(e.getKey())).append(", ").append(literal(e.getValue()));
      sep = ", ";
    }
    return s.append(")").toString();
  }

  /** {@code s} as a Java string literal (non-ASCII characters escaped: the source's encoding does not matter). */
  private static String literal(String s) {
    if (s == null) return "null";
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          // Octal below a space: javac turns Unicode escapes into characters before it reads literals,
          // and an escaped line break would end the literal.
          if (c < 0x20) out.append(String.format("\\%03o", (int) c));
          else if (c > 0x7e) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  /** A map in the order of {@code keysAndValues} (key, value, key, value...). */
  static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
    return map;
  }
}
