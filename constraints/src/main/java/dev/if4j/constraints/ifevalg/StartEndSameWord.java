package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.List;

/**
 * {@code keywords:start_end}: the first and last NLTK tokens ({@code word_tokenize}) are equal
 * ignoring case, and there are at least two. A final full stop is its own token, so "Word ...
 * word." fails.
 */
public final class StartEndSameWord extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("keywords:start_end").factory(StartEndSameWord::new);

  StartEndSameWord(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Start and end your response with the same word (do not write anything after the last"
        + " word, not even punctuation).";
  }

  @Override
  public Verdict check(TextView response) {
    // Only the first and the last tokens matter: word_tokenize's tokens are those of each Punkt
    // sentence in turn, so the sentences at both ends are tokenized, inwards until one has a token.
    List<String> sentences = response.get(Counts.SENTENCES);
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    int a = 0;
    List<String> head = List.of();
    while (a < sentences.size() && (head = tokenizer.tokenize(sentences.get(a))).isEmpty()) a++;
    int b = sentences.size() - 1;
    List<String> tail = List.of();
    while (b > a && (tail = tokenizer.tokenize(sentences.get(b))).isEmpty()) b--;
    if (b <= a) tail = head; // one sentence holds every token (or there is none)
    if (b <= a && head.size() < 2) return Verdict.notFollowed(() -> "fewer than two words");
    String first = head.get(0);
    String last = tail.get(tail.size() - 1);
    return Verdict.of(Py.lower(first).equals(Py.lower(last)), () -> "starts with "
        + TrainingTexts.quote(first) + " and ends with " + TrainingTexts.quote(last));
  }
}
