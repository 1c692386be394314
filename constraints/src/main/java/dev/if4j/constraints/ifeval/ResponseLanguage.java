package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.text.TextView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code language:response_language}: langdetect says the whole response is in the given language.
 * A text langdetect cannot judge (no letters) counts as followed, as in the reference.
 */
public final class ResponseLanguage extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("language:response_language")
      .string("language", "ISO 639-1 code of the required language (one of the 30 IFEval names)")
      .factory(ResponseLanguage::new);

  /** The languages IFEval can ask for, code to English name, in the reference's order. */
  public static final Map<String, String> LANGUAGES = languages();

  private static Map<String, String> languages() {
    String[] pairs = {
      "en", "English", "es", "Spanish", "pt", "Portuguese", "ar", "Arabic", "hi", "Hindi",
      "fr", "French", "ru", "Russian", "de", "German", "ja", "Japanese", "it", "Italian",
      "bn", "Bengali", "uk", "Ukrainian", "th", "Thai", "ur", "Urdu", "ta", "Tamil",
      "te", "Telugu", "bg", "Bulgarian", "ko", "Korean", "pl", "Polish", "he", "Hebrew",
      "fa", "Persian", "vi", "Vietnamese", "ne", "Nepali", "sw", "Swahili", "kn", "Kannada",
      "mr", "Marathi", "gu", "Gujarati", "pa", "Punjabi", "ml", "Malayalam", "fi", "Finnish",
    };
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
    return java.util.Collections.unmodifiableMap(out);
  }

  private final String language;

  ResponseLanguage(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("language");
    if (given == null) given = ctx.choice(List.copyOf(LANGUAGES.keySet()));
    if (!LANGUAGES.containsKey(given)) {
      // The reference fails with a KeyError while wording the instruction.
      throw ctx.args().invalid("language",
          "unknown language code; known: " + String.join(", ", LANGUAGES.keySet()));
    }
    this.language = given;
  }

  @Override
  public String describe() {
    return "Your ENTIRE response should be in " + LANGUAGES.get(language)
        + " language, no other language is allowed.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("language", language);
  }

  @Override
  public Verdict check(TextView response) {
    return judge(response.get(Counts.LANGUAGE));
  }

  Verdict judge(LanguageGuess guess) {
    if (!guess.isDetected()) {
      return Verdict.followed(() -> "language not detectable (" + guess.failure()
          + "); counted as followed, as the reference does");
    }
    return Verdict.of(guess.is(language),
        () -> "detected '" + guess.language() + "', expected '" + language + "'");
  }
}
