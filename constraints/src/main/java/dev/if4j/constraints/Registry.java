package dev.if4j.constraints;

import dev.if4j.text.Lazy;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Instruction id → {@link ConstraintType}: the table a benchmark's checkers are looked up in. */
public final class Registry {
  private final String name;
  private final Map<String, ConstraintType> types;
  private final Set<String> fixes;
  /** Ids this registry refuses with a reason of their own (an upstream version that lacked them). */
  private final Map<String, String> refused;
  private final ResponseRules responseRules;

  private Registry(String name, Map<String, ConstraintType> types, Set<String> fixes,
      Map<String, String> refused, ResponseRules responseRules) {
    this.name = name;
    this.types = types;
    this.fixes = fixes;
    this.refused = refused;
    this.responseRules = Objects.requireNonNull(responseRules);
  }

  /** A registry named {@code name} holding {@code types} (ids must be unique). */
  public static Registry of(String name, Collection<ConstraintType> types) {
    Map<String, ConstraintType> byId = new LinkedHashMap<>();
    for (ConstraintType t : types) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("duplicate instruction id " + t.id() + " in " + name);
      }
    }
    return new Registry(Objects.requireNonNull(name), Collections.unmodifiableMap(byId), Set.of(),
        Map.of(), ResponseRules.GOOGLE);
  }

  /**
   * A flavour of this registry named {@code name}: the same table, with each of {@code changes}
   * replacing the type of the same id or, for a new id, added at the end.
   */
  public Registry flavour(String name, Collection<ConstraintType> changes) {
    Map<String, ConstraintType> byId = new LinkedHashMap<>(types);
    Map<String, ConstraintType> added = new LinkedHashMap<>();
    for (ConstraintType t : changes) {
      if (byId.containsKey(t.id())) byId.put(t.id(), t);
      else if (added.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("duplicate instruction id " + t.id() + " in " + name);
      }
    }
    byId.putAll(added);
    return new Registry(Objects.requireNonNull(name), Collections.unmodifiableMap(byId), fixes,
        refused, responseRules);
  }

  /**
   * This registry named {@code name}, with the types {@code more} supplies added at the end, made
   * only when they are first needed: looking up one of this registry's own ids never makes them
   * (building a registry's checker types is a good part of a short run's start-up), anything else
   * (another id, the list of types or ids) does, once. {@code more} must add new ids only.
   */
  public Registry withMoreOnDemand(String name, Supplier<? extends Collection<ConstraintType>> more) {
    Map<String, ConstraintType> own = types;
    Supplier<Map<String, ConstraintType>> all = Lazy.of(() -> {
      Map<String, ConstraintType> byId = new LinkedHashMap<>(own);
      for (ConstraintType t : more.get()) {
        if (byId.putIfAbsent(t.id(), t) != null) {
          throw new IllegalArgumentException("instruction id " + t.id() + " is already in " + this.name
              + " (or added twice to " + name + ")");
        }
      }
      return Collections.unmodifiableMap(byId);
    });
    return new Registry(Objects.requireNonNull(name), new OnDemandTypes(own, all), fixes, refused,
        responseRules);
  }

  /**
   * The types of {@link #withMoreOnDemand}: a lookup of an id of {@code own} answers from it, all
   * else from the whole table, made on first need. Unmodifiable.
   */
  private static final class OnDemandTypes extends AbstractMap<String, ConstraintType> {
    private final Map<String, ConstraintType> own;
    private final Supplier<Map<String, ConstraintType>> all;

    OnDemandTypes(Map<String, ConstraintType> own, Supplier<Map<String, ConstraintType>> all) {
      this.own = own;
      this.all = all;
    }

    @Override
    public ConstraintType get(Object id) {
      ConstraintType t = own.get(id);
      return t != null ? t : all.get().get(id);
    }

    @Override
    public boolean containsKey(Object id) {
      return own.containsKey(id) || all.get().containsKey(id);
    }

    @Override
    public Set<Entry<String, ConstraintType>> entrySet() {
      return all.get().entrySet();
    }
  }

  /**
   * This registry named {@code name} without the ids of {@code reasons}: looking one up is an
   * {@link UnknownInstructionException} whose message is its reason (e.g. the upstream version that
   * added it), so an old upstream version refuses what it did not have.
   */
  public Registry without(String name, Map<String, String> reasons) {
    Map<String, ConstraintType> byId = new LinkedHashMap<>(types);
    Map<String, String> all = new LinkedHashMap<>(refused);
    reasons.forEach((id, reason) -> {
      if (byId.remove(id) == null) {
        throw new IllegalArgumentException("no instruction id " + id + " to remove in " + name);
      }
      all.put(id, reason);
    });
    return new Registry(Objects.requireNonNull(name), Collections.unmodifiableMap(byId), fixes,
        Collections.unmodifiableMap(all), responseRules);
  }

  /**
   * This registry named {@code name}, with the fixes {@code fixIds} enabled (on top of any it has):
   * every constraint built through it sees them in its {@link BuildContext#fixed}.
   */
  public Registry withFixes(String name, Collection<String> fixIds) {
    Set<String> all = new TreeSet<>(fixes);
    all.addAll(fixIds);
    return new Registry(Objects.requireNonNull(name), types, Collections.unmodifiableSet(all),
        refused, responseRules);
  }

  /**
   * This registry named {@code name}, judging responses by {@code rules} (a benchmark whose
   * evaluator differs from Google's around the checkers: Multi-IF's).
   */
  public Registry withResponseRules(String name, ResponseRules rules) {
    return new Registry(Objects.requireNonNull(name), types, fixes, refused, rules);
  }

  /** How responses are read and when a blank one is judged; {@link ResponseRules#GOOGLE} by default. */
  public ResponseRules responseRules() {
    return responseRules;
  }

  public String name() {
    return name;
  }

  /** The enabled fixes, sorted; empty for a faithful registry. */
  public Set<String> fixes() {
    return fixes;
  }

  public boolean contains(String id) {
    return types.containsKey(id);
  }

  /** The type registered as {@code id}; an unknown id is an error that lists the nearest ids. */
  public ConstraintType get(String id) {
    ConstraintType t = types.get(id);
    if (t == null && refused.containsKey(id)) {
      throw new UnknownInstructionException(id, "instruction id '" + id + "' is not in registry "
          + name + ": " + refused.get(id));
    }
    if (t == null) throw new UnknownInstructionException(name, id, nearest(id, 3));
    return t;
  }

  public Collection<ConstraintType> types() {
    return types.values();
  }

  public List<String> ids() {
    return List.copyOf(types.keySet());
  }

  /** Up to {@code max} known ids closest to {@code id} by edit distance. */
  public List<String> nearest(String id, int max) {
    return types.keySet().stream()
        .sorted(Comparator.comparingInt((String k) -> editDistance(id, k)).thenComparing(k -> k))
        .limit(max)
        .toList();
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return "Registry[" + name + ", " + types.size() + " instructions"
        + (fixes.isEmpty() ? "" : ", fixes " + String.join(",", fixes)) + "]";
  }
}
