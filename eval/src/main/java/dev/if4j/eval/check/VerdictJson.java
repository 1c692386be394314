package dev.if4j.eval.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.constraints.RowVerdict;
import java.io.IOException;
import java.util.Locale;

/**
 * The output line of {@code if4j check}: {@code {"id", "strict": [...], "loose": [...]}}, plus
 * {@code "reasons"} when explanations were asked for, plus {@code "reference_random"} when the
 * reference would have drawn an argument at random for some instruction of the row (its own
 * verdict there is not reproducible; ours follows a documented rule).
 */
public final class VerdictJson {
  private VerdictJson() {}

  public static void write(JsonGenerator g, RowVerdict v, boolean explain) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeArrayFieldStart("strict");
    for (InstructionVerdict iv : v.instructions()) g.writeBoolean(iv.strict());
    g.writeEndArray();
    g.writeArrayFieldStart("loose");
    for (InstructionVerdict iv : v.instructions()) g.writeBoolean(iv.loose());
    g.writeEndArray();
    if (explain) {
      g.writeArrayFieldStart("reasons");
      for (InstructionVerdict iv : v.instructions()) {
        g.writeStartObject();
        g.writeStringField("instruction_id", iv.instructionId());
        g.writeStringField("strict", iv.reason());
        if (iv.looseVariant() == null) {
          g.writeNullField("loose_variant");
        } else {
          g.writeStringField("loose_variant", variantName(iv.looseVariant()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (v.instructions().stream().anyMatch(InstructionVerdict::referenceRandom)) {
      g.writeArrayFieldStart("reference_random");
      for (InstructionVerdict iv : v.instructions()) g.writeBoolean(iv.referenceRandom());
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@code no_first_line}, {@code as_is}...: the variant as the output names it. */
  public static String variantName(LooseVariant v) {
    return v.name().toLowerCase(Locale.ROOT);
  }
}
