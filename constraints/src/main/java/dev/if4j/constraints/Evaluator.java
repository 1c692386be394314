package dev.if4j.constraints;

import dev.if4j.text.Py;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceMissingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges rows with the reference's semantics ({@code test_instruction_following_strict} and
 * {@code _loose}).
 *
 * <ul>
 *   <li>Each instruction is built once per row from its kwargs ({@code null}s dropped; the row's
 *       prompt handed to instructions that take a {@code prompt} argument) and reused for every
 *       variant.
 *   <li>Strict: the response as given. A blank response never follows.
 *   <li>Loose: the first of the 8 {@link LooseVariant}s that is not blank and passes; the variants
 *       are made lazily and shared by the row's instructions, and so are their analyses.
 * </ul>
 *
 * <p>Thread-safe: one evaluator serves all threads.
 */
public final class Evaluator {
  private final Registry registry;
  private final TextTools tools;
  private final long fillSeed;

  public Evaluator(Registry registry, TextTools tools) {
    this(registry, tools, BuildContext.DEFAULT_FILL_SEED);
  }

  /** An evaluator whose fills of missing arguments draw from {@code fillSeed}. */
  public Evaluator(Registry registry, TextTools tools, long fillSeed) {
    this.registry = Objects.requireNonNull(registry);
    this.tools = Objects.requireNonNull(tools);
    this.fillSeed = fillSeed;
  }

  public Registry registry() {
    return registry;
  }

  public TextTools tools() {
    return tools;
  }

  /** Builds the constraints of {@code row}; errors name the row, the instruction and the key. */
  public List<Built> build(Row row) {
    List<Built> out = new ArrayList<>(row.instructionIds().size());
    for (int i = 0; i < row.instructionIds().size(); i++) {
      String id = row.instructionIds().get(i);
      ConstraintType type = registry.get(id);
      Args args = row.kwargs().get(i).forInstruction(id);
      if (type.takesPrompt()) args = args.with("prompt", row.prompt());
      BuildContext ctx = new BuildContext(args, fillSeed);
      Constraint c = type.create(ctx);
      out.add(new Built(c, ctx.referenceRandom()));
    }
    return out;
  }

  /** A built constraint and whether building it needed a reference-random fill. */
  public record Built(Constraint constraint, boolean referenceRandom) {}

  /** Judges {@code row}; with {@code explain}, verdicts carry reasons. */
  public RowVerdict evaluate(Row row, boolean explain) {
    return evaluate(row.id(), row.response(), build(row), explain);
  }

  /** Judges {@code response} against already built constraints. */
  public RowVerdict evaluate(String id, String response, List<Built> constraints, boolean explain) {
    Variants variants = new Variants(response, tools);
    List<InstructionVerdict> out = new ArrayList<>(constraints.size());
    for (Built b : constraints) {
      out.add(judge(b, variants, explain));
    }
    return new RowVerdict(id, out);
  }

  private static InstructionVerdict judge(Built b, Variants variants, boolean explain) {
    Constraint c = b.constraint();
    Verdict strict = variants.check(LooseVariant.AS_IS, c);
    LooseVariant passing = strict.isFollowed() ? LooseVariant.AS_IS : null;
    if (passing == null) {
      for (LooseVariant v : LooseVariant.all()) {
        if (v == LooseVariant.AS_IS) continue;
        if (variants.check(v, c).isFollowed()) {
          passing = v;
          break;
        }
      }
    }
    String reason = explain ? strict.reason() : "";
    return new InstructionVerdict(c.id(), strict.isFollowed(), passing != null,
        b.referenceRandom(), reason, explain ? passing : null);
  }

  /** The response's loose variants, made on first use. */
  private static final class Variants {
    private static final Verdict BLANK = Verdict.notFollowed(() -> "the response is empty");

    private final String response;
    private final TextTools tools;
    private final TextView[] views = new TextView[LooseVariant.values().length];
    private final boolean[] blank = new boolean[views.length];

    Variants(String response, TextTools tools) {
      this.response = response;
      this.tools = tools;
    }

    Verdict check(LooseVariant v, Constraint c) {
      TextView view = view(v);
      if (blank[v.ordinal()]) return BLANK;
      try {
        return c.check(view);
      } catch (ResourceMissingException e) {
        // Not a property of the text: scoring on would mark every such row "not followed".
        throw e;
      } catch (RuntimeException e) {
        // A checker that fails on odd text must not stop a run: not followed, with the cause.
        return Verdict.notFollowed(() -> "checker failed: " + e);
      }
    }

    private TextView view(LooseVariant v) {
      int i = v.ordinal();
      TextView view = views[i];
      if (view == null) {
        String text = v.apply(response);
        view = new TextView(text, tools);
        views[i] = view;
        blank[i] = Py.isBlank(text);
      }
      return view;
    }
  }
}
