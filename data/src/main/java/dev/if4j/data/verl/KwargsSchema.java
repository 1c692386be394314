package dev.if4j.data.verl;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a {@code kwargs} struct in Parquet: every argument any instruction of the
 * registries takes, each with one type, as Hugging Face's {@code google/IFEval} lays them out (a
 * row's unused arguments are {@code null}). Columns come in registry order, first use first, so the
 * schema is the same on every run.
 *
 * <p>The {@code prompt} argument is left out: the row's prompt is handed to the instruction when
 * it is judged, it is not part of the ground truth.
 */
public final class KwargsSchema {
  /** One column: the argument's name and its Parquet type. */
  public record Column(String name, Kind kind) {}

  /** The Parquet types a kwargs column can have. */
  public enum Kind {
    /** int64 */
    LONG,
    /** double */
    DOUBLE,
    /** UTF-8 string */
    STRING,
    /** boolean */
    BOOLEAN,
    /** list of UTF-8 strings */
    STRING_LIST
  }

  private final List<Column> columns;
  private final Map<String, Column> byName;

  private KwargsSchema(List<Column> columns) {
    this.columns = List.copyOf(columns);
    this.byName = new LinkedHashMap<>();
    for (Column c : columns) byName.put(c.name(), c);
  }

  /** The union of the arguments of {@code registries}. */
  public static KwargsSchema of(List<Registry> registries) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (Registry r : registries) {
      for (ConstraintType t : r.types()) {
        for (ArgSpec a : t.args()) {
          if (a.name().equals("prompt")) continue;
          Kind k = kind(a.type());
          Kind had = kinds.get(a.name());
          kinds.put(a.name(), had == null ? k : merge(a.name(), had, k, a.type()));
        }
      }
    }
    List<Column> cols = new ArrayList<>();
    kinds.forEach((n, k) -> cols.add(new Column(n, k)));
    return new KwargsSchema(cols);
  }

  private static Kind kind(ArgType t) {
    return switch (t) {
      case INT -> Kind.LONG;
      case NUMBER -> Kind.DOUBLE;
      case BOOLEAN -> Kind.BOOLEAN;
      case STRING_LIST -> Kind.STRING_LIST;
      // An argument of any JSON type (e.g. a word given as a string or a one-word list): its
      // drawn and documented form is a string; another shape is refused when written.
      case STRING, ANY -> Kind.STRING;
    };
  }

  private static Kind merge(String name, Kind a, Kind b, ArgType declared) {
    if (a == b) return a;
    if (declared == ArgType.ANY) return a;
    if ((a == Kind.LONG && b == Kind.DOUBLE) || (a == Kind.DOUBLE && b == Kind.LONG)) return Kind.DOUBLE;
    throw new IllegalArgumentException("argument '" + name + "' has two types in these registries ("
        + a + " and " + b + "): no single Parquet column fits it");
  }

  public List<Column> columns() {
    return columns;
  }

  public Column column(String name) {
    return byName.get(name);
  }

  /**
   * {@code value} in the form column {@code name} stores, or an {@link IllegalArgumentException}
   * saying why it does not fit.
   */
  public Object fit(String instructionId, String name, Object value) {
    Column c = byName.get(name);
    if (c == null) {
      throw new IllegalArgumentException(instructionId + ": argument '" + name + "' is no argument of these registries");
    }
    if (value == null) return null;
    Object v = switch (c.kind()) {
      case LONG -> value instanceof Long || value instanceof Integer ? ((Number) value).longValue()
          : value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) ? (Object) d.longValue() : null;
      case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
      case STRING -> value instanceof String ? value : null;
      case BOOLEAN -> value instanceof Boolean ? value : null;
      case STRING_LIST -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance) ? value : null;
    };
    if (v == null) {
      throw new IllegalArgumentException(instructionId + ": argument '" + name + "' = " + value
          + " does not fit its Parquet column (" + c.kind().name().toLowerCase().replace('_', ' ') + ")");
    }
    return v;
  }
}
