package dev.if4j.constraints;

import dev.if4j.text.PyRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A row of the registry table: an instruction id, the arguments it takes and how to build it.
 *
 * <pre>{@code
 * public static final ConstraintType TYPE =
 *     ConstraintType.define("punctuation:no_comma").factory(NoComma::new);
 * }</pre>
 */
public final class ConstraintType {
  /** Builds a constraint from validated arguments. */
  @FunctionalInterface
  public interface Factory {
    Constraint create(BuildContext ctx);
  }

  private final String id;
  private final List<ArgSpec> args;
  private final Map<String, ArgSpec> argsByName;
  private final Factory factory;

  private ConstraintType(String id, List<ArgSpec> args, Factory factory) {
    this.id = id;
    this.args = List.copyOf(args);
    this.argsByName = new LinkedHashMap<>();
    for (ArgSpec a : args) argsByName.put(a.name(), a);
    this.factory = factory;
  }

  /** Starts the declaration of instruction {@code id}. */
  public static Builder define(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** The arguments this instruction accepts, in the reference's order. */
  public List<ArgSpec> args() {
    return args;
  }

  /** True when the reference hands this instruction the row's prompt (an argument named {@code prompt}). */
  public boolean takesPrompt() {
    return argsByName.containsKey("prompt");
  }

  /** Builds the constraint; missing arguments are filled as the reference fills them, seeded with 0. */
  public Constraint create(Args given) {
    return create(new BuildContext(checked(given), BuildContext.DEFAULT_FILL_SEED));
  }

  /** Builds the constraint in {@code ctx} (whose arguments are validated first). */
  public Constraint create(BuildContext ctx) {
    checked(ctx.args());
    ctx.declare(args);
    return factory.create(ctx);
  }

  /**
   * Random arguments for prompt synthesis, drawn as the reference's {@code build_description()} with
   * no arguments draws them.
   */
  public Map<String, Object> randomArgs(PyRandom random) {
    return factory.create(BuildContext.drawingFrom(Args.of(id, Map.of()), random)).args();
  }

  private Args checked(Args given) {
    Args a = given.instructionId().equals(id) ? given : given.forInstruction(id);
    for (Map.Entry<String, Object> e : a.asMap().entrySet()) {
      ArgSpec spec = argsByName.get(e.getKey());
      if (spec == null) {
        throw new ArgumentException(id, e.getKey(), e.getValue(),
            "unknown argument; " + (args.isEmpty() ? "this instruction takes none"
                : "known: " + args.stream().map(ArgSpec::name).collect(Collectors.joining(", "))));
      }
      checkType(spec, e.getValue());
    }
    return a;
  }

  private void checkType(ArgSpec spec, Object v) {
    boolean ok = switch (spec.type()) {
      case INT -> v instanceof Long || v instanceof Double d && d == Math.rint(d);
      case NUMBER -> v instanceof Number;
      case STRING -> v instanceof String;
      case BOOLEAN -> v instanceof Boolean;
      case STRING_LIST -> v instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
      case ANY -> true;
    };
    if (!ok) {
      throw new ArgumentException(id, spec.name(), v,
          "expected " + spec.type().name().toLowerCase().replace('_', ' '));
    }
  }

  @Override
  public String toString() {
    return id;
  }

  /** Declaration of a {@link ConstraintType}. */
  public static final class Builder {
    private final String id;
    private final List<ArgSpec> args = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id);
    }

    public Builder arg(ArgSpec spec) {
      args.add(spec);
      return this;
    }

    public Builder integer(String name, String doc) {
      return arg(ArgSpec.integer(name, doc));
    }

    public Builder string(String name, String doc) {
      return arg(ArgSpec.string(name, doc));
    }

    public Builder stringList(String name, String doc) {
      return arg(ArgSpec.stringList(name, doc));
    }

    public ConstraintType factory(Factory factory) {
      return new ConstraintType(id, args, Objects.requireNonNull(factory));
    }

    /**
     * For a constraint class that serves several ids ({@code fr:} and {@code ja:} copies): {@code
     * factory} is handed the type being built with the context, so each constraint knows its type.
     */
    public ConstraintType factoryOfType(BiFunction<ConstraintType, BuildContext, Constraint> factory) {
      Objects.requireNonNull(factory);
      ConstraintType[] self = new ConstraintType[1];
      self[0] = factory(ctx -> factory.apply(self[0], ctx));
      return self[0];
    }
  }
}
