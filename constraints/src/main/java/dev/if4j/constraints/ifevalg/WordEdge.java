package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * The end of a text that the {@code first_word:*} and {@code last_word:*} instructions read, and
 * how each reads its word there. The sentence and the whole-response variants of each end differ
 * only in what they apply it to, so the comparison and its reasons live here once.
 */
enum WordEdge {
  /** The first whitespace-separated token, punctuation included ("Hello," is not "hello"). */
  FIRST("starts with") {
    @Override
    String wordOf(String sentence) {
      return TrainingTexts.firstWord(sentence);
    }

    @Override
    String wordOf(List<String> words) {
      return words.get(0);
    }
  },
  /** The last token with everything but word characters removed ("cat." and "c-a-t" read "cat"). */
  LAST("ends with") {
    @Override
    String wordOf(String sentence) {
      return TrainingTexts.keepWordChars(TrainingTexts.lastWord(sentence));
    }

    @Override
    String wordOf(List<String> words) {
      return TrainingTexts.keepWordChars(words.get(words.size() - 1));
    }
  };

  private final String verb;

  WordEdge(String verb) {
    this.verb = verb;
  }

  /** The word at this end of a non-blank sentence. */
  abstract String wordOf(String sentence);

  /** The word at this end of the response's whitespace-separated tokens (not empty). */
  abstract String wordOf(List<String> words);

  /**
   * Whether every rule-split sentence has {@code word} at this end, ignoring case ({@code lower}
   * is its {@link Py#lower}); an empty sentence (as between "?!") fails.
   */
  Verdict everySentence(TextView response, String word, String lower) {
    int index = 0;
    for (String sentence : response.get(TrainingTexts.RULE_SENTENCES)) {
      index++;
      if (Py.isBlank(sentence)) {
        int at = index;
        return Verdict.notFollowed(() -> "sentence " + at + " is empty");
      }
      String found = wordOf(sentence);
      if (!Py.lower(found).equals(lower)) {
        int at = index;
        return Verdict.notFollowed(() -> "sentence " + at + " " + verb + " "
            + TrainingTexts.quote(found) + ", not " + TrainingTexts.quote(word));
      }
    }
    return Verdict.followed(() -> "every sentence " + verb + " " + TrainingTexts.quote(word));
  }

  /** Whether the response's tokens ({@code words}, not empty) have {@code word} at this end. */
  Verdict response(List<String> words, String word, String lower) {
    String found = wordOf(words);
    return Verdict.of(Py.lower(found).equals(lower), () -> "the response " + verb + " "
        + TrainingTexts.quote(found) + ", expected " + TrainingTexts.quote(word));
  }
}
