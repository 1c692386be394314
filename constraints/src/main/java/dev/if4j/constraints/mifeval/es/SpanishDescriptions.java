package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.ifeval.ResponseLanguage;
import dev.if4j.text.PyRepr;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How M-IFEval's Spanish module words the instructions whose checker is Google's: the same check,
 * described in Spanish ({@code build_description} of {@code es_instructions.py}).
 */
final class SpanishDescriptions {
  private SpanishDescriptions() {}

  private static final Map<String, Function<Map<String, Object>, String>> BY_ID = Map.ofEntries(
      Map.entry("keywords:existence",
          a -> "Incluye las palabras clave " + keywords(a.get("keywords")) + " en tu respuesta."),
      Map.entry("keywords:forbidden_words",
          a -> "No incluyas las palabras clave " + keywords(a.get("forbidden_words")) + " en tu respuesta."),
      Map.entry("language:response_language", a -> "Tu respuesta debe estar COMPLETAMENTE en "
          + ResponseLanguage.LANGUAGES.getOrDefault((String) a.get("language"), (String) a.get("language"))
          + ", ning\u00FAn otro idioma est\u00E1 permitido."),
      Map.entry("length_constraints:number_paragraphs", a -> "Debe haber " + a.get("num_paragraphs")
          + " p\u00E1rrafos. Los p\u00E1rrafos est\u00E1n separados por el divisor de markdown: ***"),
      Map.entry("detectable_format:json_format", a -> "El output completo debe estar en formato JSON"),
      Map.entry("detectable_format:title", a -> "Tu respuesta debe contener un t\u00EDtulo, envuelto en"
          + " dobles corchetes angulares, como <<poema de alegr\u00EDa>>."),
      Map.entry("combination:two_responses", a -> "Da dos respuestas diferentes. Respuestas y s\u00F3lo"
          + " respuestas deben estar separadas por 6 s\u00EDmbolos de asterisco: ******."),
      Map.entry("combination:repeat_prompt", a -> "Primero, repite la petici\u00F3n sin cambios, luego da"
          + " tu respuesta (no digas nada antes de repetir la petici\u00F3n; la petici\u00F3n que necesitas"
          + " repetir no incluye esta frase)."),
      Map.entry("punctuation:no_comma", a -> "En la totalidad de la respuesta, abstente de usar comas."),
      Map.entry("startend:quotation", a -> "Envuelve la totalidad de tu respuesta en comillas dobles."),
      Map.entry("detectable_content:number_placeholders", a -> "La respuesta debe contener "
          + a.get("relation") + " " + a.get("num_placeholders") + " marcadores de posici\u00F3n"
          + " representados por corchetes, como [direcci\u00F3n]."),
      Map.entry("detectable_format:number_highlighted_sections", a -> "Resalta " + a.get("relation")
          + " " + a.get("num_highlights") + " secciones en tu respuesta con markdown, p.e. *secci\u00F3n"
          + " subrayada*."));

  /** The Spanish wording of Google's instruction {@code id}, from its effective arguments. */
  static Function<Map<String, Object>, String> of(String id) {
    Function<Map<String, Object>, String> f = BY_ID.get(id);
    if (f == null) throw new IllegalArgumentException("no Spanish wording for " + id);
    return f;
  }

  @SuppressWarnings("unchecked")
  private static String keywords(Object list) {
    return list instanceof List<?> l ? PyRepr.repr((List<String>) l) : String.valueOf(list);
  }
}
