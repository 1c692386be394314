package dev.if4j.text.thai;

import dev.if4j.text.Py;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * pythainlp's default sentence splitter, {@code sent_tokenize(text)} of v5.0.4: {@code crfcut}, a
 * CRF over the text's {@link ThaiWords} tokens that labels each token as ending a sentence ("E") or
 * not ("I"), with the features of {@code crfcut.extract_features} (the words, and whether they are
 * common sentence enders or starters, as 1- to 3-grams in a window of two tokens each side) and the
 * model {@code sentenceseg_crfcut.model} (CRFsuite; CC-BY 4.0). After tagging, the last token and
 * every token ending in {@code ! . ?} end a sentence, and a whitespace token at a sentence start
 * does not.
 *
 * <p>Cost: linear in the number of tokens (two labels). Immutable and thread-safe.
 */
public final class ThaiSentences {
  /** The model inside a resource directory. */
  public static final String MODEL = "pythainlp/sentenceseg_crfcut.model";

  /** pythainlp 5.0.4's default Thai sentence splitter, loaded once per set of tools. */
  public static final TextTools.Loader<ThaiSentences> TOOL =
      tools -> load(tools.store(), tools.loaded(ThaiWords.TOOL));

  private static final int WINDOW = 2;
  private static final int MAX_N_GRAM = 3;
  private static final String PAD = "xxpad";

  private static final Set<String> ENDERS = Set.of(
      // ending honorifics
      "ครับ", "ค่ะ", "คะ", "นะคะ", "นะ", "จ้ะ", "จ้า", "จ๋า", "ฮะ",
      // enders
      "ๆ", "ได้", "แล้ว", "ด้วย", "เลย", "มาก", "น้อย", "กัน", "เช่นกัน", "เท่านั้น", "อยู่", "ลง",
      "ขึ้น", "มา", "ไป", "ไว้", "เอง", "อีก", "ใหม่", "จริงๆ", "บ้าง", "หมด", "ทีเดียว", "เดียว",
      // demonstratives
      "นั้น", "นี้", "เหล่านี้", "เหล่านั้น",
      // questions
      "อย่างไร", "ยังไง", "หรือไม่", "มั้ย", "ไหน", "ไหม", "อะไร", "ทำไม", "เมื่อไหร่", "เมื่อไร");

  private static final Set<String> STARTERS = Set.of(
      // pronouns
      "ผม", "ฉัน", "ดิฉัน", "ชั้น", "คุณ", "มัน", "เขา", "เค้า", "เธอ", "เรา", "พวกเรา", "พวกเขา",
      "กู", "มึง", "แก", "ข้าพเจ้า",
      // connectors
      "และ", "หรือ", "แต่", "เมื่อ", "ถ้า", "ใน", "ด้วย", "เพราะ", "เนื่องจาก", "ซึ่ง", "ไม่", "ตอนนี้",
      "ทีนี้", "ดังนั้น", "เพราะฉะนั้น", "ฉะนั้น", "ตั้งแต่", "ในที่สุด", "ก็", "กับ", "แก่", "ต่อ",
      // demonstratives
      "นั้น", "นี้", "เหล่านี้", "เหล่านั้น");

  private final ThaiWords words;
  private final CrfModel model;
  private final int end;

  private ThaiSentences(ThaiWords words, CrfModel model) {
    this.words = words;
    this.model = model;
    this.end = model.labelId("E");
  }

  /** The splitter with pythainlp's model from {@code store}, over {@code words}. */
  public static ThaiSentences load(ResourceStore store, ThaiWords words) {
    return load(store.require(MODEL), words);
  }

  /** The splitter with the CRFsuite model in {@code file}. */
  public static ThaiSentences load(Path file, ThaiWords words) {
    try {
      return new ThaiSentences(words, CrfModel.read(Files.readAllBytes(file), file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Thai sentence model " + file, e);
    }
  }

  /** {@code sent_tokenize(text)}: the sentences, whitespace kept; none for {@code ""}. */
  public List<String> split(String text) {
    List<String> tokens = words.tokenize(text);
    List<String> out = new ArrayList<>();
    if (tokens.isEmpty()) return out;
    boolean[] ends = ends(tokens);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      sentence.append(tokens.get(i));
      if (ends[i] && !sentence.isEmpty()) {
        out.add(sentence.toString());
        sentence.setLength(0);
      }
    }
    return out;
  }

  /** {@code len(sent_tokenize(text))}. */
  public int count(String text) {
    return split(text).size();
  }

  /** Which tokens end a sentence: the model's labels, then crfcut's punctuation and whitespace rules. */
  private boolean[] ends(List<String> tokens) {
    int[] labels = model.tag(features(tokens));
    boolean[] ends = new boolean[tokens.size()];
    for (int i = 0; i < ends.length; i++) ends[i] = labels[i] == end;
    ends[ends.length - 1] = true;
    for (int i = 0; i < ends.length; i++) {
      String stripped = Py.strip(tokens.get(i));
      if (stripped.endsWith("!") || stripped.endsWith(".") || stripped.endsWith("?")) {
        ends[i] = true;
      } else if ((i == 0 || ends[i - 1]) && stripped.isEmpty()) {
        ends[i] = false;
      }
    }
    return ends;
  }

  /** {@code crfcut.extract_features(tokens)}: per token, its attribute names. */
  static List<List<String>> features(List<String> tokens) {
    int n = tokens.size() + 2 * WINDOW;
    String[] doc = new String[n];
    String[] ender = new String[n];
    String[] starter = new String[n];
    for (int i = 0; i < n; i++) {
      doc[i] = i < WINDOW || i >= n - WINDOW ? PAD : tokens.get(i - WINDOW);
      ender[i] = ENDERS.contains(doc[i]) ? "ender" : "normal";
      starter[i] = STARTERS.contains(doc[i]) ? "starter" : "normal";
    }
    List<List<String>> out = new ArrayList<>(tokens.size());
    int maxGram = Math.min(MAX_N_GRAM + 1, 2 + WINDOW * 2);
    for (int i = WINDOW; i < n - WINDOW; i++) {
      List<String> f = new ArrayList<>(1 + 3 * 12);
      f.add("bias");
      for (int gram = 1; gram < maxGram; gram++) {
        for (int j = i - WINDOW; j < i + WINDOW + 2 - gram; j++) {
          String position = gram + "_" + (j - i) + "_" + (j - i + gram);
          f.add("word_" + position + "=" + join(doc, j, gram, n));
          f.add("ender_" + position + "=" + join(ender, j, gram, n));
          f.add("starter_" + position + "=" + join(starter, j, gram, n));
        }
      }
      out.add(f);
    }
    return out;
  }

  /** {@code "|".join(xs[j:j+gram])} (a slice past the end is shorter). */
  private static String join(String[] xs, int j, int gram, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = j; k < Math.min(j + gram, n); k++) {
      if (k > j) sb.append('|');
      sb.append(xs[k]);
    }
    return sb.toString();
  }
}
