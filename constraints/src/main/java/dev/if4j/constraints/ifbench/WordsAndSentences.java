package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.PyNumberFormat;
import java.util.List;

/** IFBench's {@code words:*} and {@code sentence:*} constraints, and what they share. */
final class WordsAndSentences {
  private WordsAndSentences() {}

  static final List<ConstraintType> TYPES = List.of(
      AlphabetLoop.TYPE,
      ThreeVowelParagraph.TYPE,
      ConsonantClusters.TYPE,
      IncreasingAlliteration.TYPE,
      Palindromes.TYPE,
      PrimeLengthWords.TYPE,
      StartsWithVerb.TYPE,
      LimitedWordRepeats.TYPE,
      KeywordInSentence.TYPE,
      AlternatingSyllableParity.TYPE,
      LastWordFirstNext.TYPE,
      ParagraphEndsWithFirstWord.TYPE,
      IncrementingWordCount.TYPE,
      NoConsecutiveFirstLetter.TYPE,
      KeywordAtPosition.TYPE,
      SecondAndSecondToLastWord.TYPE);

  /**
   * An integer argument as the reference holds it: a Python {@code int}, or a {@code float} when
   * the row wrote it so ({@code 4.0}; IFBench's own rows do). Arithmetic and comparisons treat both
   * alike; only their printed form differs ("4" / "4.0"), and indexing a list with a float raises
   * in Python, which some checkers run into.
   */
  record PyInt(long value, boolean isFloat) {
    /** The argument {@code key} as given, or null when absent. */
    static PyInt given(BuildContext ctx, String key) {
      Long v = ctx.args().integer(key);
      if (v == null) return null;
      return new PyInt(v, ctx.args().raw(key) instanceof Double);
    }

    /**
     * The argument {@code key}, or {@code random.randint(low, high)} when it is absent or negative:
     * the reference's {@code if x is None or x < 0} rule (as {@link NumberArg#givenOrDraw}).
     */
    static PyInt givenOrDraw(BuildContext ctx, String key, int low, int high) {
      PyInt given = given(ctx, key);
      return given == null || given.value() < 0 ? of(ctx.randint(low, high)) : given;
    }

    static PyInt of(long value) {
      return new PyInt(value, false);
    }

    /** The value for {@code get_instruction_args}: a Long, or a Double for a float. */
    Object arg() {
      return isFloat ? (Object) (double) value : (Object) value;
    }

    /** {@code str(value)}, as {@code str.format} prints it. */
    @Override
    public String toString() {
      return isFloat ? PyNumberFormat.floatStr(value) : Long.toString(value);
    }
  }
}
