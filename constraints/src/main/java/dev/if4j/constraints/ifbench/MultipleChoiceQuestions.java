package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code custom:mcq_count_length}: four questions of five options each, each question longer than
 * the one before, and nothing before the first question.
 *
 * <p>The reference's rules, reproduced:
 *
 * <ul>
 *   <li>The response must start with "Question" (anything before it is an explanation).
 *   <li>Questions are cut at every "Question N" label: "Question ", one or more {@code \d} digits,
 *       optionally one of {@code . | ) : ;}, then any whitespace; the line breaks right before a
 *       label go with it. The label is found anywhere, even inside a word ("FAQuestion 2").
 *       "Question:" without a number does not cut. Pieces that are blank once stripped are
 *       dropped; four must remain.
 *   <li>In each question, an option is a line that, stripped, starts with a letter A-E or a-e, then
 *       {@code .}, {@code )} or {@code |}, then optional whitespace and a word character. Exactly
 *       five option lines are needed (anywhere in the question).
 *   <li>The question's length is that of its lines before the first option, stripped and joined
 *       by single spaces (empty lines count as an extra space), in code points; lengths must
 *       strictly increase.
 * </ul>
 */
public final class MultipleChoiceQuestions extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:mcq_count_length").factory(MultipleChoiceQuestions::new);

  private static final String LABEL = "Question ";
  private static final int QUESTIONS = 4;
  private static final int OPTIONS = 5;

  MultipleChoiceQuestions(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Generate 4 multiple choice questions with 5 options each about '20th century art"
        + " history'. Each question should start with the label \"Question\". The questions should"
        + " get progressively longer. Do not provide an explanation.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    // value[value.find('Question'):] == value: the text starts with "Question", or (no
    // "Question" at all) is one character long, which then cannot hold four questions.
    if (!text.startsWith("Question")) {
      return Verdict.notFollowed(() -> "the response does not start with \"Question\"");
    }
    List<String> questions = new ArrayList<>(QUESTIONS + 1);
    int pieceStart = 0;
    int from = 0;
    while (questions.size() <= QUESTIONS) {
      int[] label = nextLabel(text, from, pieceStart);
      if (label == null) break;
      addIfNotBlank(questions, text.substring(pieceStart, label[0]));
      pieceStart = label[1];
      from = label[1];
    }
    if (questions.size() <= QUESTIONS) addIfNotBlank(questions, text.substring(pieceStart));
    if (questions.size() != QUESTIONS) {
      int found = questions.size();
      return Verdict.notFollowed(() -> "found " + (found > QUESTIONS ? "more than 4" : found)
          + " questions, expected 4");
    }
    int previous = -1;
    for (int q = 0; q < QUESTIONS; q++) {
      int[] shape = shape(questions.get(q));
      int number = q + 1;
      if (shape[0] != OPTIONS) {
        return Verdict.notFollowed(() -> "question " + number + " has " + shape[0]
            + " options, expected 5");
      }
      if (shape[1] <= previous) {
        int before = previous;
        return Verdict.notFollowed(() -> "question " + number + " is " + shape[1]
            + " characters long, not longer than the previous one (" + before + ")");
      }
      previous = shape[1];
    }
    return Verdict.followed(() -> "4 questions of 5 options, each longer than the one before");
  }

  private static void addIfNotBlank(List<String> out, String piece) {
    String stripped = Py.strip(piece);
    if (!stripped.isEmpty()) out.add(stripped);
  }

  /**
   * The next match of {@code \n*(?:Question \d+[.|):;]?\s*)} searching from {@code from}, as
   * {start, end}, or null. The match starts at the line breaks right before the label, but not
   * before {@code floor} (the end of the previous match).
   */
  private static int[] nextLabel(String text, int from, int floor) {
    int n = text.length();
    for (int at = text.indexOf(LABEL, from); at >= 0; at = text.indexOf(LABEL, at + 1)) {
      int i = at + LABEL.length();
      int digits = i;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!Py.isDecimal(cp)) break;
        i += Character.charCount(cp);
      }
      if (i == digits) continue;
      if (i < n && ".|):;".indexOf(text.charAt(i)) >= 0) i++;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!Py.isSpace(cp)) break;
        i += Character.charCount(cp);
      }
      int start = at;
      while (start > floor && text.charAt(start - 1) == '\n') start--;
      return new int[] {start, i};
    }
    return null;
  }

  /** {option lines, length of the question text} of one (stripped) question. */
  private static int[] shape(String question) {
    int options = 0;
    boolean optionsStarted = false;
    StringBuilder questionText = new StringBuilder();
    int n = question.length();
    for (int lineStart = 0; lineStart <= n; ) {
      int nl = question.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      String line = Py.strip(question.substring(lineStart, lineEnd));
      if (isOption(line)) {
        options++;
        optionsStarted = true;
      } else if (!optionsStarted) {
        questionText.append(' ').append(line);
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return new int[] {options, Py.len(Py.strip(questionText.toString()))};
  }

  /** {@code re.match(r'^[A-Ea-e][\.|\)]\s*\w+', line)} on a stripped line. */
  static boolean isOption(String line) {
    if (line.length() < 3) return false;
    char letter = line.charAt(0);
    if (!((letter >= 'A' && letter <= 'E') || (letter >= 'a' && letter <= 'e'))) return false;
    char mark = line.charAt(1);
    if (mark != '.' && mark != '|' && mark != ')') return false;
    int i = 2;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      if (!Py.isSpace(cp)) return Py.isWordChar(cp);
      i += Character.charCount(cp);
    }
    return false;
  }
}
