package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code format:thesis}: sections begin with a thesis statement in HTML italics.
 *
 * <p>The reference checks one italic span only: from the first {@code <i>} (or, when there is
 * none, the first {@code <em>}) it looks for the first {@code </i>} (or, when there is none, the
 * first {@code </em>}) after it; the text between must not be blank, nor the text after. Its
 * offsets assume the three-character {@code <i>} and four-character {@code </i>}, and this class
 * keeps them: with {@code <em>} the "thesis" starts at the {@code >} and the "rest" starts at the
 * closing {@code >} of {@code </em>} (so even an empty {@code <em></em>} at the very end passes,
 * on the strength of those two {@code >}), and tags may mix ({@code <em>x</i> y}). Nothing is said about sections.
 */
public final class ItalicThesis extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:thesis").factory(ItalicThesis::new);

  ItalicThesis(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Each section must begin with a thesis statement in italics, use HTML to indicate the italics.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int open = s.indexOf("<i>");
    if (open < 0) open = s.indexOf("<em>");
    if (open < 0) return Verdict.notFollowed(() -> "no <i> or <em> tag found");
    // The tags are ASCII, so UTF-16 offsets from them equal the reference's code point offsets.
    int close = s.indexOf("</i>", open);
    if (close < 0) close = s.indexOf("</em>", open);
    if (close < 0) return Verdict.notFollowed(() -> "the first italic tag is never closed");
    // The closing tag cannot start within 3 units of the opening one, so open + 3 <= close.
    if (Py.isBlank(s.substring(open + 3, close))) {
      return Verdict.notFollowed(() -> "the first italic span is empty");
    }
    if (Py.isBlank(s.substring(close + 4))) {
      return Verdict.notFollowed(() -> "nothing follows the first italic span");
    }
    return Verdict.followed(() -> "an italic thesis is followed by more text");
  }
}
