package dev.if4j.text.spacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * spaCy's tokenizer exceptions (v3.8): strings the tokenizer keeps whole or splits in a fixed way.
 * {@code spacy/lang/tokenizer_exceptions.py} gives the base ones (whitespace, single letters with a
 * dot, emoticons), {@code lang/es} and {@code lang/ca} add abbreviations, contractions and times.
 */
final class SpacyExceptions {
  private SpacyExceptions() {}

  /** The emoticons, separated by whitespace; each is kept as one token. */
  private static final String EMOTICONS = """
      :) :-) :)) :-)) :))) :-))) (: (-: =) (= :] :-] [: [-: [= =] :o) (o: :} :-} 8)
      8-) (-8 ;) ;-) (; (-; :( :-( :(( :-(( :((( :-((( ): )-: =( >:( :') :'-) :'( :'-(
      :/ :-/ =/ =| :| :-| ]= =[ :1 :P :-P :p :-p :O :-O :o :-o :0 :-0 :() >:o :* :-*
      :3 :-3 =3 :> :-> :X :-X :x :-x :D :-D ;D ;-D =D xD XD xDD XDD 8D 8-D ^_^ ^__^
      ^___^ >.< >.> <.< ._. ;_; -_- -__- v.v V.V v_v V_V o_o o_O O_o O_O 0_o o_0 0_0
      o.O O.o O.O o.o 0.0 o.0 0.o @_@ <3 <33 <333 </3 (^_^) (-_-) (._.) (>_<) (*_*)
      (\u00AC_\u00AC) \u0CA0_\u0CA0 \u0CA0\uFE35\u0CA0 (\u0CA0_\u0CA0) \u00AF\\(\u30C4)/\u00AF (\u256F\u00B0\u25A1\u00B0\uFF09\u256F\uFE35\u253B\u2501\u253B ><(((*>
      """;

  /** The Spanish additions (one token each unless a split is given). */
  static final Map<String, List<String>> SPANISH = spanish();

  /** The Catalan additions. */
  static final Map<String, List<String>> CATALAN = catalan();

  /** {@code update_exc(BASE_EXCEPTIONS, language)}: base, then the language's, then the {@code ’} copies. */
  static Map<String, List<String>> withBase(Map<String, List<String>> language) {
    Map<String, List<String>> all = new LinkedHashMap<>(base());
    all.putAll(language);
    return SpacyRules.withCurlyApostrophes(all);
  }

  private static Map<String, List<String>> base() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String ws : List.of(" ", "\t", "\\t", "\n", "\\n", "\u2014", "\u00A0")) whole(m, ws);
    for (String s : List.of("'", "\\\")", "<space>", "''", "C++")) whole(m, s);
    for (char c = 'a'; c <= 'z'; c++) whole(m, c + ".");
    for (String s : List.of("\u00E4.", "\u00F6.", "\u00FC.")) whole(m, s);
    for (String e : EMOTICONS.strip().split("\\s+")) whole(m, e);
    // "°C." is three tokens (moved from a suffix rule in spaCy, #9155).
    for (char u : "cfkCFK".toCharArray()) m.put("\u00B0" + u + ".", List.of("\u00B0", "" + u, "."));
    return m;
  }

  private static Map<String, List<String>> spanish() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("pal", List.of("pa", "l"));
    for (String s : List.of("n\u00B0", "\u00B0C", "aprox.", "dna.", "dpto.", "ej.", "esq.", "p\u00E1g.",
        "p.ej.", "Ud.", "Vd.", "Uds.", "Vds.", "vol.")) {
      whole(m, s);
    }
    times(m);
    for (String s : List.of("a.C.", "a.J.C.", "d.C.", "d.J.C.", "apdo.", "Av.", "Avda.", "C\u00EDa.",
        "Dr.", "Dra.", "EE.UU.", "Ee.Uu.", "EE. UU.", "Ee. Uu.", "etc.", "fig.", "Gob.", "Gral.",
        "Ing.", "J.C.", "km/h", "Lic.", "m.n.", "n\u00FAm.", "P.D.", "Prof.", "Profa.", "q.e.p.d.",
        "Q.E.P.D.", "S.A.", "S.L.", "S.R.L.", "s.s.s.", "Sr.", "Sra.", "Srta.")) {
      whole(m, s);
    }
    return m;
  }

  private static Map<String, List<String>> catalan() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String s : List.of("aprox.", "p\u00E0g.", "p.ex.", "gen.", "feb.", "abr.", "jul.", "set.",
        "oct.", "nov.", "dec.", "Dr.", "Dra.", "Sr.", "Sra.", "Srta.", "n\u00FAm", "St.", "Sta.",
        "pl.", "\u00E0.", "\u00E8.", "\u00E9.", "\u00ED.", "\u00F2.", "\u00F3.", "\u00FA.", "'l", "'ls",
        "'m", "'n", "'ns", "'s", "'t")) {
      whole(m, s);
    }
    m.put("del", List.of("d", "el"));
    m.put("dels", List.of("d", "els"));
    m.put("al", List.of("a", "l"));
    m.put("als", List.of("a", "ls"));
    m.put("pel", List.of("p", "el"));
    m.put("pels", List.of("p", "els"));
    whole(m, "holahola");
    times(m);
    return m;
  }

  /** "12m." and "1am" ... "12p.m.": the hour and the period, two tokens. */
  private static void times(Map<String, List<String>> m) {
    m.put("12m.", List.of("12", "m."));
    for (int h = 1; h <= 12; h++) {
      for (String period : List.of("a.m.", "am", "p.m.", "pm")) m.put(h + period, List.of("" + h, period));
    }
  }

  private static void whole(Map<String, List<String>> m, String s) {
    m.put(s, List.of(s));
  }
}
