package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.mifeval.es.SpanishChecks;
import dev.if4j.constraints.mifeval.fr.MifevalFrench;
import dev.if4j.constraints.mifeval.ja.MifevalJapanese;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * M-IFEval's registry (lightblue-tech/M-IFEval 0bc3143, {@code instructions_registry.INSTRUCTION_DICT}):
 * every id carries its language, {@code en:}, {@code es:}, {@code fr:}, {@code ja:}, as upstream
 * names them.
 */
public final class Mifeval {
  private Mifeval() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "mifeval";

  private static final Registry REGISTRY = build();

  public static Registry registry() {
    return REGISTRY;
  }

  private static Registry build() {
    List<ConstraintType> types = new ArrayList<>();
    types.addAll(MifevalEnglish.TYPES);
    types.addAll(MifevalSpanish.TYPES);
    types.add(ConstraintType.define(MifevalSpanish.REFUSED_ID).factory(ctx -> {
      throw new IllegalStateException(SpanishChecks.REFUSED);
    }));
    types.addAll(MifevalFrench.TYPES);
    types.addAll(MifevalJapanese.TYPES);
    return Registry.of(NAME, types).without(NAME,
        Map.of(MifevalSpanish.REFUSED_ID, MifevalSpanish.REFUSED_ID + " " + SpanishChecks.REFUSED));
  }
}
