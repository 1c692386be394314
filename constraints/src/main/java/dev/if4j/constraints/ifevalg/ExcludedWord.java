package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code keywords:exclude_word_harder}: the response does not contain the keyword with a space on
 * each side (case-sensitive; the keyword at the very start or end, or next to punctuation or a
 * newline, is not found).
 *
 * <p>A missing keyword is drawn with {@code random.choice} from the words of the {@code
 * instruction} argument, which is otherwise unused; without either the reference raises ({@code
 * AttributeError} on a missing instruction, {@code IndexError} on a blank one), and so does
 * building here.
 */
public final class ExcludedWord extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:exclude_word_harder")
      .string("keyword", "the word that must not occur between spaces")
      .string("instruction", "text to draw the keyword from when it is missing")
      .factory(ExcludedWord::new);

  private final String keyword;
  private final String needle;

  ExcludedWord(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("keyword");
    if (given == null || given.isEmpty()) {
      String instruction = ctx.args().string("instruction");
      if (instruction == null) {
        throw ctx.args().invalid("instruction",
            "is needed when the keyword is missing (the reference raises AttributeError)");
      }
      List<String> words = Py.splitWhitespace(instruction);
      if (words.isEmpty()) {
        throw ctx.args().invalid("instruction",
            "has no words to draw the keyword from (the reference raises IndexError)");
      }
      this.keyword = ctx.choice(words);
    } else {
      this.keyword = Py.strip(given);
    }
    this.needle = " " + keyword + " ";
  }

  @Override
  public String describe() {
    return "Do not include keyword " + keyword + " in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("keyword", keyword);
  }

  @Override
  public Verdict check(TextView response) {
    int at = Needle.of(needle).find(response.text(), 0);
    if (at < 0) return Verdict.followed(() -> "' " + keyword + " ' not found");
    String text = response.text();
    return Verdict.notFollowed(() -> "found ' " + keyword + " ' at character "
        + text.codePointCount(0, at));
  }
}
