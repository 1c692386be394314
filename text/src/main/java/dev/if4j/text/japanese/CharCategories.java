package dev.if4j.text.japanese;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.dict.CharacterDefinition;

/**
 * IPADIC's character categories ({@code char.def}) as janome reads them: a character may belong to
 * several categories (its every range of {@code char.def}), each with the categories it is also
 * compatible with. Kuromoji keeps one class per character; the few characters {@code char.def}
 * lists twice are added here (the fifteen kanji numerals, {@code 々}, {@code 〇}, {@code Ð}), and
 * {@code ・}, which janome reads as katakana.
 */
final class CharCategories {
  private CharCategories() {}

  /** One category of {@code char.def}: whether it always makes unknown words, groups them, their length. */
  enum Category {
    DEFAULT(false, true, 0), SPACE(false, true, 0), KANJI(false, false, 2), SYMBOL(true, true, 0),
    NUMERIC(true, true, 0), ALPHA(true, true, 0), HIRAGANA(false, true, 2), KATAKANA(true, true, 2),
    KANJINUMERIC(true, true, 0), GREEK(true, true, 0), CYRILLIC(true, true, 0);

    final boolean invoke;
    final boolean group;
    final int length;

    Category(boolean invoke, boolean group, int length) {
      this.invoke = invoke;
      this.group = group;
      this.length = length;
    }

    /** Kuromoji's class number of this category (its unknown-word entries are kept under it). */
    byte kuromojiClass() {
      return CharacterDefinition.lookupCharacterClass(name());
    }
  }

  /** A category of a character and the categories it is also compatible with. */
  record Membership(Category category, List<Category> compatible) {}

  private static final List<Membership> KANJI_NUMERAL = List.of(
      new Membership(Category.KANJI, List.of()),
      new Membership(Category.KANJINUMERIC, List.of(Category.KANJI)));

  /** The characters {@code char.def} gives more than one category, or another than Kuromoji's. */
  private static final Map<Integer, List<Membership>> SPECIAL = Map.ofEntries(
      Map.entry(0x00D0, List.of(new Membership(Category.SPACE, List.of()), new Membership(Category.ALPHA, List.of()))),
      Map.entry(0x3005, List.of(new Membership(Category.KANJI, List.of()), new Membership(Category.SYMBOL, List.of()))),
      Map.entry(0x3007, List.of(new Membership(Category.KANJI, List.of()),
          new Membership(Category.SYMBOL, List.of(Category.KANJINUMERIC)))),
      Map.entry(0x30FB, List.of(new Membership(Category.KATAKANA, List.of()))),
      Map.entry((int) '一', KANJI_NUMERAL), Map.entry((int) '二', KANJI_NUMERAL), Map.entry((int) '三', KANJI_NUMERAL),
      Map.entry((int) '四', KANJI_NUMERAL), Map.entry((int) '五', KANJI_NUMERAL), Map.entry((int) '六', KANJI_NUMERAL),
      Map.entry((int) '七', KANJI_NUMERAL), Map.entry((int) '八', KANJI_NUMERAL), Map.entry((int) '九', KANJI_NUMERAL),
      Map.entry((int) '十', KANJI_NUMERAL), Map.entry((int) '百', KANJI_NUMERAL), Map.entry((int) '千', KANJI_NUMERAL),
      Map.entry((int) '万', KANJI_NUMERAL), Map.entry((int) '億', KANJI_NUMERAL), Map.entry((int) '兆', KANJI_NUMERAL));

  private static final List<Membership>[] BY_CLASS = byClass();

  @SuppressWarnings("unchecked")
  private static List<Membership>[] byClass() {
    List<Membership>[] out = new List[256];
    for (Category c : Category.values()) out[c.kuromojiClass() & 0xFF] = List.of(new Membership(c, List.of()));
    return out;
  }

  /** The categories of code point {@code cp}, in {@code char.def}'s order; DEFAULT outside every range. */
  static List<Membership> of(int cp) {
    List<Membership> special = SPECIAL.get(cp);
    if (special != null) return special;
    if (cp > 0xFFFF) return BY_CLASS[Category.DEFAULT.kuromojiClass() & 0xFF];
    List<Membership> m = BY_CLASS[CharacterDefinition.getInstance().getCharacterClass((char) cp) & 0xFF];
    return m != null ? m : BY_CLASS[Category.DEFAULT.kuromojiClass() & 0xFF];
  }

  /** janome's test for extending an unknown word of {@code category} over {@code cp}. */
  static boolean continues(Category category, int cp) {
    for (Membership m : of(cp)) {
      if (m.category() == category || m.compatible().contains(category)) return true;
    }
    return false;
  }
}
