package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.mifeval.es.SpanishChecks;
import dev.if4j.constraints.mifeval.es.SpanishDialect;
import java.util.List;

/**
 * M-IFEval's Spanish instructions ({@code instructions/es_instructions.py}), ids {@code es:...}:
 * relation words "al menos" ({@code >=}) and "como máximo" ({@code <=}); words are spaCy's Spanish
 * tokens. {@code es:length_constraints:number_sentences} is refused ({@link SpanishChecks#REFUSED}).
 */
public final class MifevalSpanish {
  private MifevalSpanish() {}

  /** The {@code es:} ids. */
  public static final List<ConstraintType> TYPES = SpanishChecks.types(SpanishDialect.MIFEVAL);

  /** The id refused ({@link SpanishChecks#REFUSED} says why). */
  public static final String REFUSED_ID = "es:length_constraints:number_sentences";
}
