package dev.if4j.constraints;

/**
 * The strict and loose verdicts of one instruction of a row.
 *
 * @param instructionId the instruction
 * @param strict followed by the response as given
 * @param loose followed by the response or one of its 7 loose variants
 * @param referenceRandom the reference draws at random for this instruction (missing or invalid
 *     arguments), so its own verdict is not reproducible; if4j's is (see BuildContext)
 * @param reason why, for the response as given (empty unless explanations were asked for)
 * @param looseVariant the first loose variant that passes, or null (only with explanations)
 */
public record InstructionVerdict(String instructionId, boolean strict, boolean loose,
    boolean referenceRandom, String reason, LooseVariant looseVariant) {}
