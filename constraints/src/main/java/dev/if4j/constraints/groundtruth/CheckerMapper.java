package dev.if4j.constraints.groundtruth;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.text.PyLiteral;
import dev.if4j.text.PyRandom;
import dev.if4j.text.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the registry instruction that a VerInstruct rule checker states, so that the checker can be
 * judged without running its Python.
 *
 * <p>A checker text maps to instruction {@code id} with arguments {@code args} exactly when the
 * registry's own description of {@code id} with {@code args} is that text, character for
 * character (after the {@code [rule]} tag and surrounding whitespace are removed). The mapping is
 * therefore never a guess: {@code "Answer with at least 300 words."} maps to {@code
 * length_constraints:number_words} with {@code {"relation": "at least", "num_words": 300}}, while
 * {@code "Answer with at most 300 words."} or a reworded constraint maps to nothing.
 *
 * <p>To read the arguments back, each instruction's description is turned into a template once:
 * the instruction is built with random arguments (as prompt synthesis draws them, for a handful of
 * seeds), and each place the description shows an argument's value becomes a slot. A
 * candidate match is then rebuilt from the values in the slots and kept only if its description is
 * the checker text and no argument had to be drawn at random. Instructions that take the row's
 * prompt, or whose description does not show every argument, never map.
 *
 * <p>A mapped checker is judged with the registry's semantics, which may differ from the Python
 * the row carries (e.g. counting words with {@code str.split()} rather than IFEval's tokenizer).
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckerMapper {
  /** Seeds whose draws make the templates; several, because some descriptions vary with the draw. */
  private static final int SEEDS = 12;

  /** A rule checker stated as a registry instruction. */
  public record Mapping(String instructionId, Args args) {
    public Mapping {
      Objects.requireNonNull(instructionId);
      Objects.requireNonNull(args);
    }
  }

  private enum SlotKind { INT, STRING, STRING_LIST }

  private record Slot(String arg, SlotKind kind) {}

  /** literals.size() == slots.size() + 1; the text is literal0 slot0 literal1 ... literalN. */
  private record Template(ConstraintType type, List<String> literals, List<Slot> slots) {}

  private final Registry registry;
  private final List<Template> templates;

  private CheckerMapper(Registry registry, List<Template> templates) {
    this.registry = registry;
    this.templates = templates;
  }

  /**
   * Mappers made so far, by registry: deriving the templates builds every instruction many times, and
   * a program has a few registries that live as long as it does.
   */
  private static final Map<Registry, CheckerMapper> MADE = new ConcurrentHashMap<>();

  /** The mapper onto {@code registry}'s instructions, made on first use and then shared. */
  public static CheckerMapper of(Registry registry) {
    return MADE.computeIfAbsent(registry, CheckerMapper::make);
  }

  private static CheckerMapper make(Registry registry) {
    List<Template> templates = new ArrayList<>();
    for (ConstraintType type : registry.types()) {
      if (type.takesPrompt()) continue;
      Set<Template> distinct = new LinkedHashSet<>();
      for (int seed = 0; seed < SEEDS; seed++) {
        Template t = derive(type, seed);
        if (t != null) distinct.add(t);
      }
      templates.addAll(distinct);
    }
    return new CheckerMapper(registry, List.copyOf(templates));
  }

  public Registry registry() {
    return registry;
  }

  /** The instruction {@code text} states, if the registry describes one that way. */
  public Optional<Mapping> map(String text) {
    for (Template t : templates) {
      Mapping m = match(t, text);
      if (m != null) return Optional.of(m);
    }
    return Optional.empty();
  }

  // ---- templates

  private static Template derive(ConstraintType type, int seed) {
    Map<String, Object> args;
    String description;
    try {
      args = type.randomArgs(new PyRandom(seed));
      Constraint c = type.create(Args.of(type.id(), args));
      description = c.describe();
    } catch (RuntimeException e) {
      return null; // an instruction that cannot draw its own arguments has no template
    }
    record Found(int start, int end, Slot slot) {}
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, Object> e : args.entrySet()) {
      Object v = e.getValue();
      if (v == null) continue;
      SlotKind kind;
      String shown;
      if (v instanceof Long || v instanceof Integer) {
        kind = SlotKind.INT;
        shown = v.toString();
      } else if (v instanceof String s) {
        kind = SlotKind.STRING;
        shown = s;
      } else if (v instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
        kind = SlotKind.STRING_LIST;
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) l;
        shown = PyRepr.repr(strings);
      } else {
        return null;
      }
      if (shown.isEmpty()) return null;
      int at = description.indexOf(shown);
      if (at < 0) return null; // an argument the description does not show cannot be read back
      // Every occurrence is a slot (multiple_sections shows its splitter three times); a value that
      // shows by coincidence makes a template that no text passes the round trip with.
      for (; at >= 0; at = description.indexOf(shown, at + shown.length())) {
        found.add(new Found(at, at + shown.length(), new Slot(e.getKey(), kind)));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<String> literals = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int pos = 0;
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (f.start() < pos || (k > 0 && f.start() == pos)) return null; // overlapping or adjacent slots
      literals.add(description.substring(pos, f.start()));
      slots.add(f.slot());
      pos = f.end();
    }
    literals.add(description.substring(pos));
    return new Template(type, List.copyOf(literals), List.copyOf(slots));
  }

  /** Longer texts are no instruction description; the bound also bounds the splits tried. */
  private static final int MAX_TEXT = 2000;

  /** Splits of a text into slot values tried per template at most. */
  private static final int MAX_SPLITS = 64;

  private static Mapping match(Template t, String text) {
    List<String> lits = t.literals();
    String first = lits.get(0);
    String last = lits.get(lits.size() - 1);
    if (text.length() > MAX_TEXT) return null;
    if (t.slots().isEmpty()) {
      return text.equals(first) ? verified(t, text, Map.of()) : null;
    }
    if (!text.startsWith(first) || !text.endsWith(last) || text.length() < first.length() + last.length()) {
      return null;
    }
    return split(t, text, 0, first.length(), text.length() - last.length(), new LinkedHashMap<>(), new int[] {MAX_SPLITS});
  }

  /**
   * Assigns slot {@code k} and the ones after it from {@code text[pos:end]}. A value may contain
   * the literal that follows its slot ("at least" holds the space after it), so each occurrence of
   * that literal is tried in turn, within a budget.
   */
  private static Mapping split(Template t, String text, int k, int pos, int end, Map<String, Object> values,
      int[] budget) {
    List<String> lits = t.literals();
    Slot slot = t.slots().get(k);
    boolean lastSlot = k == t.slots().size() - 1;
    int stop = lastSlot ? end : text.indexOf(lits.get(k + 1), pos);
    while (stop >= 0 && stop <= end) {
      if (stop > pos) {
        Object v = value(slot.kind(), text.substring(pos, stop));
        Object bound = values.get(slot.arg());
        // A repeated slot must read the same value each time.
        if (v != null && (bound == null || bound.equals(v))) {
          values.put(slot.arg(), v);
          Mapping m;
          if (lastSlot) {
            if (--budget[0] < 0) return null;
            m = verified(t, text, values);
          } else {
            m = split(t, text, k + 1, stop + lits.get(k + 1).length(), end, values, budget);
          }
          if (m != null) return m;
          if (budget[0] < 0) return null;
          if (bound == null) values.remove(slot.arg());
        }
      }
      if (lastSlot) return null;
      stop = text.indexOf(lits.get(k + 1), stop + 1);
    }
    return null;
  }

  /** The mapping, if the instruction built from {@code values} describes itself as {@code text}. */
  private static Mapping verified(Template t, String text, Map<String, Object> values) {
    Args args = Args.of(t.type().id(), values);
    try {
      BuildContext ctx = new BuildContext(args, BuildContext.DEFAULT_FILL_SEED);
      Constraint c = t.type().create(ctx);
      if (ctx.referenceRandom() || !c.describe().equals(text)) return null;
    } catch (RuntimeException e) {
      return null; // arguments the instruction refuses: the text states something else
    }
    return new Mapping(t.type().id(), args);
  }

  private static Object value(SlotKind kind, String s) {
    switch (kind) {
      case INT: {
        int i = s.startsWith("-") ? 1 : 0;
        if (s.length() == i || s.length() - i > 18) return null;
        for (int k = i; k < s.length(); k++) {
          if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        return Long.parseLong(s);
      }
      case STRING:
        return s;
      case STRING_LIST: {
        Object v;
        try {
          v = PyLiteral.parse(s);
        } catch (PyLiteral.PyLiteralException e) {
          return null;
        }
        if (!(v instanceof List<?> l) || !l.stream().allMatch(String.class::isInstance)) return null;
        return v;
      }
      default:
        throw new AssertionError(kind);
    }
  }
}
