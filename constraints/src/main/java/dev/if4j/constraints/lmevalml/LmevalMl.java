package dev.if4j.constraints.lmevalml;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.mifeval.es.SpanishChecks;
import dev.if4j.constraints.mifeval.es.SpanishDialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * lm-evaluation-harness's {@code ifeval_es} and {@code ifeval_ca} (4e7e0d47, folder
 * {@code lm_eval/tasks/ifeval/multilingual/}): copies of M-IFEval's Spanish module, one registry
 * each. {@code ifeval_es} names the same {@code es:} ids as M-IFEval but judges them differently,
 * so the registry, not the id, says which checker is meant.
 *
 * <p>What differs from M-IFEval's Spanish: the relation words are "at least" ({@code >=}) and
 * "less than" (meaning {@code <=}); every falsy argument ({@code 0}, {@code ""}, {@code []},
 * {@code false}, {@code null}) is dropped before the checker is built, so the checker fills it as
 * if absent (at random: such a verdict is reference-random); {@code response_language} requires
 * its language; {@code ifeval_es} has no default section splitter. Catalan: spaCy's Catalan
 * tokenizer, langdetect {@code ca} for the case checkers, {@code ca:} ids.
 */
public final class LmevalMl {
  private LmevalMl() {}

  /** {@code ifeval_es}'s registry name. */
  public static final String SPANISH = "lmeval-es";

  /** {@code ifeval_ca}'s registry name. */
  public static final String CATALAN = "lmeval-ca";

  private static final Registry SPANISH_REGISTRY = build(SPANISH, SpanishDialect.LMEVAL_ES);
  private static final Registry CATALAN_REGISTRY = build(CATALAN, SpanishDialect.LMEVAL_CA);

  public static Registry spanish() {
    return SPANISH_REGISTRY;
  }

  public static Registry catalan() {
    return CATALAN_REGISTRY;
  }

  private static Registry build(String name, SpanishDialect d) {
    List<ConstraintType> types = new ArrayList<>();
    for (ConstraintType t : SpanishChecks.types(d)) types.add(droppingFalsy(t));
    String sentences = d.prefix() + "length_constraints:number_sentences";
    types.add(ConstraintType.define(sentences).factory(ctx -> {
      throw new IllegalStateException(SpanishChecks.REFUSED);
    }));
    return Registry.of(name, types).without(name, Map.of(sentences, sentences + " " + SpanishChecks.REFUSED));
  }

  /** {@code base}, built from the row's arguments less the falsy ones ({@code {k: v ... if v}}). */
  static ConstraintType droppingFalsy(ConstraintType base) {
    ConstraintType.Builder b = ConstraintType.define(base.id());
    for (ArgSpec a : base.args()) b.arg(a);
    return b.factory(ctx -> {
      Map<String, Object> kept = new LinkedHashMap<>();
      ctx.args().asMap().forEach((k, v) -> {
        if (truthy(v)) kept.put(k, v);
      });
      return base.create(ctx.withArgs(Args.of(ctx.instructionId(), kept)));
    });
  }

  /** Python's truth value of a JSON value. */
  static boolean truthy(Object v) {
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof Number n) return n.doubleValue() != 0;
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof List<?> l) return !l.isEmpty();
    if (v instanceof Map<?, ?> m) return !m.isEmpty();
    return true;
  }
}
