package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFEval instructions about the response's format and structure. */
final class FormatAndStructure {
  private FormatAndStructure() {}

  static final List<ConstraintType> TYPES = List.of(
      Placeholders.TYPE,
      Postscript.TYPE,
      BulletPoints.TYPE,
      ConstrainedResponse.TYPE,
      HighlightedSections.TYPE,
      Sections.TYPE,
      JsonFormat.TYPE,
      Title.TYPE,
      TwoResponses.TYPE,
      RepeatPrompt.TYPE,
      EndPhrase.TYPE,
      Quotation.TYPE);
}
