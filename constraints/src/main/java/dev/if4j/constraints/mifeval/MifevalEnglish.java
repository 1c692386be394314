package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.List;

/**
 * M-IFEval's English instructions ({@code instructions/en_instructions.py}): Google's 25 checkers,
 * identical (the same relation words, "less than" {@code <} and "at least" {@code >=}), under the
 * {@code en:} prefix. Only the words a missing keyword is drawn from differ (M-IFEval samples 10
 * words, Google about 1,300); such a row is reference-random either way.
 */
public final class MifevalEnglish {
  private MifevalEnglish() {}

  /** The {@code en:} ids. */
  public static final List<ConstraintType> TYPES =
      LanguagePrefix.all("en:", List.copyOf(IfEval.registry().types()));
}
