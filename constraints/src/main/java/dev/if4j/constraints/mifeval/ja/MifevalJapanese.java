package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** M-IFEval's Japanese module ({@code instructions/ja_instructions.py} at 0bc3143, ids {@code ja:…}). */
public final class MifevalJapanese {
  private MifevalJapanese() {}

  public static final String PREFIX = "ja:";

  /** The module's instructions. */
  public static final List<ConstraintType> TYPES = List.of();
}
