package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.japanese.JanomeTokenizer.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code keywords:existence} and {@code keywords:forbidden_words} in Japanese: a keyword is present
 * when it is the surface of one of janome's tokens (a whole morpheme, not a substring: "本" is not
 * in "日本"). Existence needs every keyword, forbidden words none. Missing or empty lists are drawn
 * from upstream's ten words; the list is sorted (forbidden words without repeats) as upstream does.
 */
public final class TokenKeywords extends TypedConstraint {
  /** {@code ja_instructions_util.WORD_LIST}. */
  static final List<String> WORD_LIST = List.of("桜", "自転車", "海", "時計", "猫", "本", "雨", "友達", "映画", "音楽");

  public static final ConstraintType EXISTENCE = ConstraintType.define("ja:keywords:existence")
      .arg(ArgSpec.stringList("keywords", "morphemes the response must contain"))
      .factory(ctx -> new TokenKeywords(ctx, true));

  public static final ConstraintType FORBIDDEN = ConstraintType.define("ja:keywords:forbidden_words")
      .arg(ArgSpec.stringList("forbidden_words", "morphemes the response must not contain"))
      .factory(ctx -> new TokenKeywords(ctx, false));

  private final boolean required;
  private final List<String> words;

  private TokenKeywords(BuildContext ctx, boolean required) {
    super(required ? EXISTENCE : FORBIDDEN);
    this.required = required;
    String key = required ? "keywords" : "forbidden_words";
    List<String> given = ctx.args().stringList(key);
    List<String> chosen;
    if (given == null || given.isEmpty()) {
      chosen = ctx.sample(WORD_LIST, 2);
    } else {
      chosen = required ? given : new ArrayList<>(new LinkedHashSet<>(given));
    }
    List<String> sorted = new ArrayList<>(chosen);
    sorted.sort(Py::compare);
    this.words = List.copyOf(sorted);
  }

  @Override
  public String describe() {
    return new Description(required ? "応答に次のキーワード {keywords} を含めてください。"
        : "応答に {forbidden_words} という単語を含めないでください。").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return Map.of(required ? "keywords" : "forbidden_words", words);
  }

  @Override
  public Verdict check(TextView response) {
    Set<String> surfaces = new LinkedHashSet<>();
    for (Token t : response.get(JaText.TOKENS)) surfaces.add(t.surface());
    for (String w : words) {
      boolean present = surfaces.contains(w);
      if (required && !present) return Verdict.notFollowed(() -> "no token '" + w + "'");
      if (!required && present) return Verdict.notFollowed(() -> "found the token '" + w + "'");
    }
    return Verdict.followed(() -> required ? "every keyword is a token of the response" : "no forbidden word is a token");
  }
}
