package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code length_constraints:nth_paragraph_first_word} in Japanese: exactly N non-blank paragraphs
 * (split at {@code "\n\n"}), and the n-th piece of the split, stripped and without leading {@code
 * 「} then {@code 『}, starts with the word (Japanese has no spaces: the first characters are
 * compared, as many as the word has). The word is lower-cased when the instruction is built.
 */
public final class FirstWord extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:length_constraints:nth_paragraph_first_word")
      .arg(ArgSpec.integer("num_paragraphs", "the exact number of paragraphs"))
      .arg(ArgSpec.integer("nth_paragraph", "which paragraph (from 1) starts with the word"))
      .arg(ArgSpec.string("first_word", "the word it starts with"))
      .factory(FirstWord::new);

  private final int paragraphs;
  private final int nth;
  private final String word;

  private FirstWord(BuildContext ctx) {
    super(TYPE);
    this.paragraphs = IfEvalArgs.countOrDraw(ctx, "num_paragraphs", 1, 5);
    Integer n = ctx.args().integer32("nth_paragraph");
    this.nth = n == null || n <= 0 || n > paragraphs ? ctx.randint(1, paragraphs + 1) : n;
    String w = ctx.args().string("first_word");
    this.word = Py.lower(w == null ? ctx.sample(TokenKeywords.WORD_LIST, 1).get(0) : w);
  }

  @Override
  public String describe() {
    return new Description("{num_paragraphs}個の段落に分けて応答を書いてください。 Pythonだと'\\n\\n'で表されるように、段落はそれぞれ"
        + "2つの改行で区切ってください。 {nth_paragraph}段落目は「{first_word} 」という単語で書き始めてください。").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_paragraphs", (long) paragraphs, "nth_paragraph", (long) nth, "first_word", word);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> pieces = Py.split(response.text(), "\n\n");
    int nonBlank = (int) pieces.stream().filter(p -> !Py.isBlank(p)).count();
    if (nth > nonBlank) {
      return Verdict.notFollowed(() -> "paragraph " + nth + " asked for, " + nonBlank + " found");
    }
    String paragraph = Py.strip(pieces.get(nth - 1));
    if (paragraph.isEmpty()) return Verdict.notFollowed(() -> "piece " + nth + " of the split is blank");
    paragraph = lstrip(lstrip(paragraph, '「'), '『');
    int wordLength = Py.len(word);
    String start = paragraph.substring(0, paragraph.offsetByCodePoints(0, Math.min(wordLength, Py.len(paragraph))));
    boolean countOk = nonBlank == paragraphs;
    boolean wordOk = start.equals(word);
    String found = start;
    return Verdict.of(countOk && wordOk, () -> !countOk
        ? "found " + nonBlank + " paragraphs, expected " + paragraphs
        : "paragraph " + nth + " starts with '" + found + "', expected '" + word + "'");
  }

  private static String lstrip(String s, char c) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == c) i++;
    return s.substring(i);
  }
}
