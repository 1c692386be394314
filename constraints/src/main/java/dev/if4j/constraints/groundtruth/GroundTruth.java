package dev.if4j.constraints.groundtruth;

import dev.if4j.constraints.Args;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a row says its response must follow, whatever format it came in. Three kinds, because the
 * formats carry three different things:
 *
 * <ul>
 *   <li>{@link Instructions}: registry instruction ids with their arguments (IFEval, IFBench,
 *       google/IFEval, verl, open-instruct {@code IF_multi_constraints});
 *   <li>{@link FunctionCall}: one function of open-instruct's {@code if_functions.py} with its
 *       arguments (RLVR-IFeval), judged by that function rather than by a registry;
 *   <li>{@link Checkers}: VerInstruct's checker descriptions with their Python functions, which
 *       are judged through the registry instruction a rule checker states, where there is one.
 * </ul>
 */
public sealed interface GroundTruth {
  /** The format the row was read in. */
  GroundTruthFormat format();

  /** How the verifier of this ground truth reads a response before judging it. */
  AnswerExtraction extraction();

  /**
   * Registry instructions.
   *
   * @param ids the instruction ids, in order
   * @param args the arguments of each ({@code null} values already dropped)
   */
  record Instructions(GroundTruthFormat format, List<String> ids, List<Args> args) implements GroundTruth {
    public Instructions {
      Objects.requireNonNull(format);
      ids = List.copyOf(ids);
      args = List.copyOf(args);
      if (ids.size() != args.size()) {
        throw new IllegalArgumentException(ids.size() + " ids but " + args.size() + " argument sets");
      }
    }

    /** open-instruct's verifier reads the answer after the thinking; the others the response as is. */
    @Override
    public AnswerExtraction extraction() {
      return format == GroundTruthFormat.OPEN_INSTRUCT ? AnswerExtraction.OPEN_INSTRUCT : AnswerExtraction.NONE;
    }
  }

  /**
   * One RLVR-IFeval function call.
   *
   * @param funcName the function, e.g. {@code validate_lowercase}
   * @param args its arguments, {@code null} ones dropped (open-instruct passes only the others)
   * @param json the ground truth as a JSON object text, {@code func_name} included: what the
   *     function judge takes
   */
  record FunctionCall(GroundTruthFormat format, String funcName, Map<String, Object> args, String json)
      implements GroundTruth {
    public FunctionCall {
      Objects.requireNonNull(format);
      Objects.requireNonNull(funcName);
      args = Map.copyOf(args);
      Objects.requireNonNull(json);
    }

    /** open-instruct's {@code IFEvalVerifierOld} judges the answer after the thinking. */
    @Override
    public AnswerExtraction extraction() {
      return AnswerExtraction.OPEN_INSTRUCT;
    }
  }

  /** VerInstruct's checkers, in the row's order. */
  record Checkers(GroundTruthFormat format, List<Checker> checkers) implements GroundTruth {
    public Checkers {
      Objects.requireNonNull(format);
      checkers = List.copyOf(checkers);
    }

    /** VerIF's reward function judges the text after the last {@code </think>}, stripped. */
    @Override
    public AnswerExtraction extraction() {
      return AnswerExtraction.VERIF;
    }
  }

  /**
   * One VerInstruct checker.
   *
   * @param index its position in {@code checkers}
   * @param kind which verifier VerIF hands it to
   * @param checker the checker as written, tag included
   * @param text the checker without its tag, stripped: the constraint in words
   * @param function the Python source that VerIF runs for it
   */
  record Checker(int index, Kind kind, String checker, String text, String function) {
    public Checker {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(checker);
      Objects.requireNonNull(text);
      Objects.requireNonNull(function);
    }
  }

  /** How VerIF routes a checker: by the tag the checker contains, {@code [llm]} tested first. */
  enum Kind {
    /** {@code [rule]}: VerIF executes the function. */
    RULE,
    /** {@code [llm]}: VerIF asks an LLM judge. */
    LLM,
    /** Neither tag: VerIF ignores the checker. */
    UNTAGGED
  }
}
