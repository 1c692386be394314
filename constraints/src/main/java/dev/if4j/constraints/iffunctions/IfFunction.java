package dev.if4j.constraints.iffunctions;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 25 functions of open-instruct's {@code if_functions.py} ({@code IF_FUNCTIONS_MAP}), keyed by
 * {@code func_name}: each with its parameters after {@code text}, in the reference's order, typed
 * as the RLVR-IFeval data uses them, and the method of {@link Checks} that implements it.
 *
 * <p>The declared types document the data; the checks accept any JSON value and do with it what
 * Python does (see {@link PyValues}).
 */
public enum IfFunction {
  VERIFY_KEYWORDS("verify_keywords", Checks::verifyKeywords,
      list("keyword_list", "keywords that must all occur (case-insensitive substrings)")),
  VERIFY_KEYWORD_FREQUENCY("verify_keyword_frequency", Checks::verifyKeywordFrequency,
      str("word", "the word to count (case-insensitive, whole \\w+ tokens)"),
      num("N", "the exact number of occurrences")),
  VALIDATE_FORBIDDEN_WORDS("validate_forbidden_words", Checks::validateForbiddenWords,
      list("forbidden_words", "words that must not occur (case-insensitive substrings)")),
  VERIFY_LETTER_FREQUENCY("verify_letter_frequency", Checks::verifyLetterFrequency,
      str("letter", "one character, counted case-sensitively"),
      num("N", "the exact number of occurrences")),
  VALIDATE_RESPONSE_LANGUAGE("validate_response_language", Checks::validateResponseLanguage,
      str("language", "the langdetect code the response must be detected as")),
  VERIFY_PARAGRAPH_COUNT("verify_paragraph_count", Checks::verifyParagraphCount,
      num("N", "the exact number of paragraphs separated by '* * *'")),
  VALIDATE_WORD_CONSTRAINT("validate_word_constraint", Checks::validateWordConstraint,
      num("N", "the word count"),
      str("quantifier", "'at least', 'around' (within max(round(N/10), 1)) or 'at most'")),
  VERIFY_SENTENCE_CONSTRAINT("verify_sentence_constraint", Checks::verifySentenceConstraint,
      num("N", "the sentence count"),
      str("quantifier", "'at least', 'around' (within 1) or 'at most'")),
  VALIDATE_PARAGRAPHS("validate_paragraphs", Checks::validateParagraphs,
      num("N", "the exact number of paragraphs separated by a blank line"),
      str("first_word", "the prefix the i-th paragraph must start with"),
      num("i", "the paragraph to check, counted from 1")),
  VERIFY_POSTSCRIPT("verify_postscript", Checks::verifyPostscript,
      str("postscript_marker", "the marker, e.g. 'P.S.', followed by some text")),
  VALIDATE_PLACEHOLDERS("validate_placeholders", Checks::validatePlaceholders,
      num("N", "the minimum number of [placeholders]")),
  VERIFY_BULLET_POINTS("verify_bullet_points", Checks::verifyBulletPoints,
      num("N", "the exact number of lines starting with '*' or '-'")),
  VALIDATE_TITLE("validate_title", Checks::validateTitle),
  VALIDATE_CHOICE("validate_choice", Checks::validateChoice,
      list("options", "the response must contain one of these")),
  VALIDATE_HIGHLIGHTED_SECTIONS("validate_highlighted_sections", Checks::validateHighlightedSections,
      num("N", "the minimum number of *highlighted* sections")),
  VALIDATE_SECTIONS("validate_sections", Checks::validateSections,
      num("N", "the exact number of sections"),
      str("section_splitter", "the text that starts each section, e.g. 'Section'")),
  VALIDATE_JSON_FORMAT("validate_json_format", Checks::validateJsonFormat),
  VALIDATE_REPEAT_PROMPT("validate_repeat_prompt", Checks::validateRepeatPrompt,
      str("original_prompt", "the text the response must start with")),
  VALIDATE_TWO_RESPONSES("validate_two_responses", Checks::validateTwoResponses),
  VALIDATE_UPPERCASE("validate_uppercase", Checks::validateUppercase),
  VALIDATE_LOWERCASE("validate_lowercase", Checks::validateLowercase),
  VALIDATE_FREQUENCY_CAPITAL_WORDS("validate_frequency_capital_words", Checks::validateFrequencyCapitalWords,
      num("N", "the number of all-capital words"),
      str("quantifier", "'at least', 'around' (within max(round(N/10), 1)) or 'at most'")),
  VALIDATE_END("validate_end", Checks::validateEnd,
      str("end_phrase", "the text the response must end with")),
  VALIDATE_QUOTATION("validate_quotation", Checks::validateQuotation),
  VALIDATE_NO_COMMAS("validate_no_commas", Checks::validateNoCommas);

  /** The body of one function: the answer text and the bound arguments (all present, none null). */
  @FunctionalInterface
  interface Body {
    Verdict check(TextView answer, Map<String, Object> args);
  }

  private static final Map<String, IfFunction> BY_NAME = byName();

  private final String funcName;
  private final Body body;
  private final List<ArgSpec> params;

  IfFunction(String funcName, Body body, ArgSpec... params) {
    this.funcName = funcName;
    this.body = body;
    this.params = List.of(params);
  }

  private static Map<String, IfFunction> byName() {
    Map<String, IfFunction> out = new LinkedHashMap<>();
    for (IfFunction f : values()) out.put(f.funcName, f);
    return out;
  }

  /** The function registered as {@code funcName}, or null. */
  public static IfFunction named(String funcName) {
    return BY_NAME.get(funcName);
  }

  /** All {@code func_name}s, in the reference's table order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(IfFunction::funcName).toList();
  }

  /** The name the ground truth's {@code func_name} gives. */
  public String funcName() {
    return funcName;
  }

  /** The parameters after {@code text}, in the reference's order. */
  public List<ArgSpec> params() {
    return params;
  }

  Verdict apply(TextView answer, Map<String, Object> args) {
    return body.check(answer, args);
  }

  private static ArgSpec str(String name, String doc) {
    return ArgSpec.string(name, doc);
  }

  private static ArgSpec num(String name, String doc) {
    return ArgSpec.integer(name, doc);
  }

  private static ArgSpec list(String name, String doc) {
    return new ArgSpec(name, ArgType.STRING_LIST, doc);
  }
}
