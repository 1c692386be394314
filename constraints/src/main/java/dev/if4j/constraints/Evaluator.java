package dev.if4j.constraints;

import dev.if4j.text.Py;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceMissingException;
import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>The text judged is the registry's {@link ResponseRules#judgedText} of the response (the
 *       response itself but for Multi-IF's responses-cell unwrap).
 *   <li>Strict: the response as given. A blank response never follows (Multi-IF's rules: only an
 *       empty one; a whitespace-only response is checked, and may follow).
 *   <li>Loose: the first of the 8 {@link LooseVariant}s that is not blank and passes; the variants
 *       are made lazily and shared by the row's instructions, and so are their analyses. A checker
 *       that fails every variant of a response it fails ({@link
 *       Constraint#failsTheLooseVariantsOfAFailure}) is not asked about them.
 * </ul>
 *
 * <p>Stops promptly when its thread is interrupted: between instructions (building and judging)
 * and between loose variants it throws {@link JudgingInterruptedException} (the interrupt flag stays set). Each check
 * between two such points is linear in the response and argument length, a few milliseconds on a
 * 262K-character response.
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
      JudgingInterruptedException.checkInterrupt(row.id());
      String id = row.instructionIds().get(i);
      ConstraintType type = registry.get(id);
      Args args = row.kwargs().get(i).forInstruction(id);
      if (type.takesPrompt()) args = args.with("prompt", row.prompt());
      BuildContext ctx = new BuildContext(args, fillSeed, registry.fixes());
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
    return evaluate(id, response, constraints, explain, true);
  }

  /**
   * Judges {@code response} against already built constraints; with {@code loose} false, only the
   * strict verdicts are computed (each loose verdict is then reported equal to the strict one). A
   * caller that needs no loose verdict (an RL reward on strict judging) skips the 7 variants, which
   * are most of the work on responses that fail.
   */
  public RowVerdict evaluate(String id, String response, List<Built> constraints, boolean explain, boolean loose) {
    ResponseRules rules = registry.responseRules();
    Variants variants = new Variants(rules.judgedText().apply(response), tools, rules);
    List<InstructionVerdict> out = new ArrayList<>(constraints.size());
    for (Built b : constraints) {
      JudgingInterruptedException.checkInterrupt(id);
      out.add(judge(id, b, variants, explain, loose));
    }
    return new RowVerdict(id, out);
  }

  private static InstructionVerdict judge(
      String id, Built b, Variants variants, boolean explain, boolean loose) {
    Constraint c = b.constraint();
    Verdict strict = variants.checkStrict(c);
    // A blank response that a benchmark judges strictly (Multi-IF) still never follows loose: every
    // loose variant must be non-blank, and all of a blank text's variants are blank.
    LooseVariant passing = strict.isFollowed() && !variants.isBlank(LooseVariant.AS_IS)
        ? LooseVariant.AS_IS : null;
    // The reference tries the variants in order and a raise ends the search (its evaluator aborts):
    // a variant that raises before any passes makes the loose verdict "not followed" too.
    if (passing == null && loose && !strict.referenceRaises() && !c.failsTheLooseVariantsOfAFailure()) {
      // Variants often coincide (no '*' in the text, a one-line text...): a text that already
      // failed this constraint fails it again, so each distinct text is checked once.
      int failed = 1 << variants.distinct(LooseVariant.AS_IS);
      for (LooseVariant v : LooseVariant.all()) {
        int bit = 1 << variants.distinct(v);
        if ((failed & bit) != 0) continue;
        JudgingInterruptedException.checkInterrupt(id);
        Verdict verdict = variants.check(v, c);
        if (verdict.isFollowed()) {
          passing = v;
          break;
        }
        if (verdict.referenceRaises()) break;
        failed |= bit;
      }
    }
    String reason = explain ? strict.reason() : "";
    return new InstructionVerdict(c.id(), strict.isFollowed(), passing != null,
        b.referenceRandom(), reason, explain ? passing : null);
  }

  /** The response's loose variants, made on first use; identical texts share one view. */
  static final class Variants {
    private static final Verdict BLANK = Verdict.notFollowed(() -> "the response is empty");
    private static final int COUNT = LooseVariant.values().length;

    private final String response;
    private final TextTools tools;
    private final ResponseRules rules;
    private final TextView[] views = new TextView[COUNT];
    private final boolean[] blank = new boolean[COUNT];
    /** For each variant, the first variant with the same text (itself when new); -1 until made. */
    private final int[] firstSame = new int[COUNT];

    Variants(String response, TextTools tools, ResponseRules rules) {
      this.response = response;
      this.tools = tools;
      this.rules = rules;
      Arrays.fill(firstSame, -1);
    }

    /** The strict verdict: the response as given, blank ones judged only where the rules say so. */
    Verdict checkStrict(Constraint c) {
      int i = distinct(LooseVariant.AS_IS);
      if (blank[i] && !rules.strictChecksBlank(response)) return BLANK;
      return run(i, c);
    }

    boolean isBlank(LooseVariant v) {
      return blank[distinct(v)];
    }

    Verdict check(LooseVariant v, Constraint c) {
      int i = distinct(v);
      if (blank[i]) return BLANK;
      return run(i, c);
    }

    private Verdict run(int i, Constraint c) {
      try {
        return c.check(views[i]);
      } catch (ResourceMissingException | JudgingInterruptedException e) {
        // Not a property of the text: scoring on would mark every such row "not followed" (or give
        // an interrupted row a verdict it was never judged to have).
        throw e;
      } catch (RuntimeException e) {
        // A checker that fails on odd text must not stop a run: not followed, with the cause.
        return Verdict.notFollowed(() -> "checker failed: " + e);
      }
    }

    /** The index of the first variant whose text equals {@code v}'s, making the text if needed. */
    int distinct(LooseVariant v) {
      int i = v.ordinal();
      if (firstSame[i] >= 0) return firstSame[i];
      TextView view = makeView(v);
      String text = view.text();
      for (int j = 0; j < COUNT; j++) {
        if (firstSame[j] == j && views[j].text().equals(text)) {
          firstSame[i] = j;
          return j;
        }
      }
      views[i] = view;
      blank[i] = Py.isBlank(text);
      firstSame[i] = i;
      return i;
    }

    /** The view of variant {@code v} (the first made of those with its text). */
    TextView view(LooseVariant v) {
      return views[distinct(v)];
    }

    /**
     * The variant's view. Each is the response, its '*'-free form, or a slice of one of those two
     * (analyses can share work with the whole through {@link TextView#slice}); all derive from
     * the response's view.
     */
    private TextView makeView(LooseVariant v) {
      return switch (v) {
        case AS_IS -> new TextView(response, tools);
        case NO_ASTERISKS -> new TextView(starFree(response), view(LooseVariant.AS_IS));
        case NO_FIRST_LINE -> linesKept(true, false, false);
        case NO_LAST_LINE -> linesKept(false, true, false);
        case NO_FIRST_AND_LAST_LINE -> linesKept(true, true, false);
        case NO_FIRST_LINE_NO_ASTERISKS -> linesKept(true, false, true);
        case NO_LAST_LINE_NO_ASTERISKS -> linesKept(false, true, true);
        case NO_FIRST_AND_LAST_LINE_NO_ASTERISKS -> linesKept(true, true, true);
      };
    }

    private static String starFree(String text) {
      return text.indexOf('*') < 0 ? text : text.replace("*", "");
    }

    /**
     * {@link LooseVariant#dropLines}, with its '*' removed when {@code starFree}. Removing the '*'
     * of {@code response.substring(a, b)} gives the '*'-free response between the images of
     * {@code a} and {@code b}, where index {@code i} becomes {@code i} less the '*' before it: the
     * '*'-free variants are slices of the '*'-free response, not texts made again.
     */
    private TextView linesKept(boolean first, boolean last, boolean starFree) {
      if (starFree && response.indexOf('*') < 0) {
        // Nothing to remove: the variant with its lines dropped is the one. Sharing its view spares a
        // copy of the text and a comparison that would read it all (most responses have no '*').
        return view(first && last ? LooseVariant.NO_FIRST_AND_LAST_LINE
            : first ? LooseVariant.NO_FIRST_LINE : LooseVariant.NO_LAST_LINE);
      }
      LooseVariant.Span kept = LooseVariant.linesKept(response, first, last);
      if (!starFree) return TextView.slice(view(LooseVariant.AS_IS), kept.from(), kept.to());
      TextView whole = view(LooseVariant.NO_ASTERISKS);
      int stars = response.length() - whole.text().length();
      return TextView.slice(whole, kept.from() - starsBefore(kept.from(), stars),
          kept.to() - starsBefore(kept.to(), stars));
    }

    /** How many '*' precede index {@code i} of the response, which has {@code stars} of them. */
    private int starsBefore(int i, int stars) {
      if (stars == 0) return 0;
      // Counted on the shorter side: the kept lines' bounds are near the ends of the response.
      return i <= response.length() - i ? count(response, 0, i) : stars - count(response, i, response.length());
    }

    private static int count(String s, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == '*') n++;
      }
      return n;
    }
  }
}
