package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code special_character:no_accents}: none of upstream's accented letters
 * ({@code [àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ]}, precomposed only) occurs. Its
 * list has no {@code œ}, no {@code Ÿ}, and a letter written with a combining accent passes.
 */
public final class NoAccents extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("fr:special_character:no_accents").factory(NoAccents::new);

  static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ";

  private NoAccents(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Ne faites pas usage d'accents dans votre réponse.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xC0 && ACCENTED.indexOf(c) >= 0) {
        int at = i;
        return Verdict.notFollowed(() -> "found the accented letter '" + c + "' at character " + at);
      }
    }
    return Verdict.followed(() -> "no accented letter");
  }
}
