package dev.if4j.text.tag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.text.Py;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * NLTK 3.8's part-of-speech tagger as {@code nltk.pos_tag(tokens)} runs it for English: a greedy
 * averaged perceptron ({@code nltk.tag.perceptron.PerceptronTagger}) with the pretrained Penn
 * Treebank model. Training is not ported.
 *
 * <p>For each token, left to right: a word the tag dictionary knows gets its tag directly;
 * otherwise fourteen features (suffixes, first character, neighbouring normalised words, the two
 * previous tags) are looked up and their weights summed per tag, and the best-scoring tag wins.
 * The chosen tag then becomes the history of the next token, so one different decision changes
 * what follows; that is why every step here reproduces the reference bit for bit:
 *
 * <ul>
 *   <li>scores are Python floats added in the order the reference adds them (feature by feature,
 *       in the order its feature dict was filled), so rounding is identical;
 *   <li>ties are broken as {@code max(classes, key=lambda c: (score, c))} does: the larger tag
 *       string wins, comparing code points;
 *   <li>strings are sliced by code point ({@code word[-3:]}, {@code word[0]}), lower-cased with
 *       full case mapping, and digits are Python's {@code str.isdigit()} digits.
 * </ul>
 *
 * <p>The model is read from the three JSON files of NLTK data's {@code
 * averaged_perceptron_tagger_eng} (the parameters NLTK 3.8 keeps in its pickle; the same numbers).
 * The 5.7 MB weights file is stream-parsed straight into flat arrays: one row per feature, each row
 * a run of (tag index, weight) pairs. Instances are immutable and thread-safe.
 */
public final class PerceptronTagger {
  /** Where the English model lives inside a resource directory. */
  public static final String ENGLISH_DIR = "nltk/taggers/averaged_perceptron_tagger_eng";

  private static final String BASE = "averaged_perceptron_tagger_eng";
  private static final String START = "-START-";
  private static final String START2 = "-START2-";
  private static final String END = "-END-";
  private static final String END2 = "-END2-";

  /** Tags in ascending code point order: scanning with {@code >=} lets the larger tag win ties. */
  private final String[] classes;

  private final FeatureTable features;
  private final int[] rowStart; // row r spans [rowStart[r], rowStart[r + 1])
  private final short[] rowClass;
  private final double[] rowWeight;
  private final Map<String, String> tagdict;

  private PerceptronTagger(
      String[] classes,
      FeatureTable features,
      int[] rowStart,
      short[] rowClass,
      double[] rowWeight,
      Map<String, String> tagdict) {
    this.classes = classes;
    this.features = features;
    this.rowStart = rowStart;
    this.rowClass = rowClass;
    this.rowWeight = rowWeight;
    this.tagdict = tagdict;
  }

  /** The English model from {@code store} (the three files of {@link #ENGLISH_DIR}). */
  public static PerceptronTagger english(ResourceStore store) {
    Objects.requireNonNull(store, "store");
    String prefix = ENGLISH_DIR + "/" + BASE;
    return load(
        store.require(prefix + ".weights.json"),
        store.require(prefix + ".tagdict.json"),
        store.require(prefix + ".classes.json"));
  }

  /**
   * A model from its three JSON files: {@code weights} (feature → tag → weight), {@code tagdict}
   * (word → tag) and {@code classes} (the list of tags).
   */
  public static PerceptronTagger load(Path weights, Path tagdict, Path classes) {
    // String.intern() on 75,000 unique feature names costs more than it saves; the parser's own
    // symbol table still shares the 45 repeated tag names. Weights are plain decimals written by
    // Python's repr, so the fast (still correctly rounded) double parser gives identical values.
    JsonFactory json =
        JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    try {
      String[] tags = readClasses(json, classes);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < tags.length; i++) index.put(tags[i], i);
      Map<String, String> dict = readTagdict(json, tagdict, index, tags);
      return readWeights(json, weights, tags, index, dict);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tagger model: " + e.getMessage(), e);
    }
  }

  /** The tags the model can predict, in ascending code point order. */
  public List<String> classes() {
    return List.of(classes);
  }

  /** The number of features that carry weights. */
  public int featureCount() {
    return features.size();
  }

  /** The tag-dictionary shortcut for {@code word} (matched exactly, case included), or null. */
  public String dictionaryTag(String word) {
    return tagdict.get(word);
  }

  /**
   * {@code [tag for _, tag in nltk.pos_tag(tokens)]}: one Penn Treebank tag per token, in order.
   */
  public List<String> tag(List<String> tokens) {
    return tag(tokens, tokens.size());
  }

  /**
   * The first {@code count} tags of {@link #tag(List)}, computed without tagging the rest. Exact:
   * the tag of token {@code i} depends only on tokens {@code 0..i+2}. (A checker that asks for the
   * first tag of a long response tags three tokens, not the whole response.)
   */
  public List<String> tag(List<String> tokens, int count) {
    Objects.requireNonNull(tokens, "tokens");
    int n = tokens.size();
    if (count < 0 || count > n) {
      throw new IndexOutOfBoundsException("count " + count + " for " + n + " tokens");
    }
    // context[k + 2] is the normalised token k, with two pads on each side as in the reference;
    // tag i reads up to context[i + 4], so only the first count + 4 slots are needed.
    int ctxLen = count + 4;
    String[] context = new String[ctxLen];
    context[0] = START;
    context[1] = START2;
    for (int k = 0; k < n && k + 2 < ctxLen; k++) context[k + 2] = normalize(tokens.get(k));
    if (n + 2 < ctxLen) context[n + 2] = END;
    if (n + 3 < ctxLen) context[n + 3] = END2;
    String[] out = new String[count];
    StringBuilder sb = new StringBuilder(64);
    double[] scores = new double[classes.length];
    String prev = START;
    String prev2 = START2;
    for (int i = 0; i < count; i++) {
      String word = tokens.get(i);
      String tag = tagdict.get(word);
      if (tag == null || tag.isEmpty()) {
        tag = predict(i + 2, word, context, prev, prev2, sb, scores);
      }
      out[i] = tag;
      prev2 = prev;
      prev = tag;
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /**
   * {@code PerceptronTagger.normalize(word)}: {@code !HYPHEN} for a hyphen after the first
   * character, {@code !YEAR} for four digits, {@code !DIGITS} for a leading digit, else lower case.
   */
  public static String normalize(String word) {
    if (!word.isEmpty() && word.indexOf('-') >= 0 && word.charAt(0) != '-') return "!HYPHEN";
    if (Py.isDigit(word) && word.codePointCount(0, word.length()) == 4) return "!YEAR";
    if (!word.isEmpty() && Py.isDigit(word.codePointAt(0))) return "!DIGITS";
    return Py.lower(word);
  }

  /**
   * Scores the features of the token at {@code context[c]} and returns the best tag.
   *
   * <p>The reference fills a dict with the fourteen features below, in this order, each with value
   * 1, then adds {@code value * weight} per tag feature by feature. No two of these strings can be
   * equal (no feature name followed by a space is a prefix of another name), so every value is
   * exactly 1 and the product is the weight itself. Adding each known feature's weights into
   * {@code scores} in the same order gives the same doubles as the reference.
   */
  private String predict(
      int c, String word, String[] context, String prev, String prev2, StringBuilder sb,
      double[] scores) {
    Arrays.fill(scores, 0.0);
    score(sb.append("bias"), scores);
    score(appendSuffix(sb.append("i suffix "), word), scores);
    sb.append("i pref1 ");
    if (!word.isEmpty()) sb.appendCodePoint(word.codePointAt(0));
    score(sb, scores);
    score(sb.append("i-1 tag ").append(prev), scores);
    score(sb.append("i-2 tag ").append(prev2), scores);
    score(sb.append("i tag+i-2 tag ").append(prev).append(' ').append(prev2), scores);
    score(sb.append("i word ").append(context[c]), scores);
    score(sb.append("i-1 tag+i word ").append(prev).append(' ').append(context[c]), scores);
    score(sb.append("i-1 word ").append(context[c - 1]), scores);
    score(appendSuffix(sb.append("i-1 suffix "), context[c - 1]), scores);
    score(sb.append("i-2 word ").append(context[c - 2]), scores);
    score(sb.append("i+1 word ").append(context[c + 1]), scores);
    score(appendSuffix(sb.append("i+1 suffix "), context[c + 1]), scores);
    score(sb.append("i+2 word ").append(context[c + 2]), scores);

    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes.length; k++) {
      if (scores[k] >= bestScore) {
        bestScore = scores[k];
        best = k;
      }
    }
    return classes[best];
  }

  /** Adds the weights of the feature spelled in {@code sb} (if the model knows it); clears sb. */
  private void score(StringBuilder sb, double[] scores) {
    int row = features.get(sb);
    sb.setLength(0);
    if (row < 0) return;
    for (int e = rowStart[row], end = rowStart[row + 1]; e < end; e++) {
      scores[rowClass[e]] += rowWeight[e];
    }
  }

  /** Appends Python's {@code s[-3:]}: the last three code points, or all of a shorter string. */
  private static StringBuilder appendSuffix(StringBuilder sb, String s) {
    int from = s.length();
    for (int k = 0; k < 3 && from > 0; k++) {
      from--;
      if (from > 0
          && Character.isLowSurrogate(s.charAt(from))
          && Character.isHighSurrogate(s.charAt(from - 1))) {
        from--;
      }
    }
    return sb.append(s, from, s.length());
  }

  // ---------------------------------------------------------------------------------- loading

  private static String[] readClasses(JsonFactory json, Path file) throws IOException {
    // The reference keeps the classes as a set; order them by code point for the tie rule.
    TreeSet<String> set = new TreeSet<>(Py::compare);
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = json.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_ARRAY, file);
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        expect(p, t, JsonToken.VALUE_STRING, file);
        set.add(p.getText());
      }
    }
    if (set.isEmpty()) throw new IOException(file + ": no classes");
    if (set.size() > Short.MAX_VALUE) throw new IOException(file + ": too many classes");
    return set.toArray(new String[0]);
  }

  private static Map<String, String> readTagdict(
      JsonFactory json, Path file, Map<String, Integer> index, String[] tags) throws IOException {
    Map<String, String> dict = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = json.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, file);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String word = p.currentName();
        expect(p, p.nextToken(), JsonToken.VALUE_STRING, file);
        String tag = p.getText();
        Integer k = index.get(tag);
        dict.put(word, k == null ? tag : tags[k]); // share the class strings
      }
    }
    return Map.copyOf(dict);
  }

  private static PerceptronTagger readWeights(
      JsonFactory json, Path file, String[] tags, Map<String, Integer> index,
      Map<String, String> dict) throws IOException {
    FeatureTable table = new FeatureTable(1 << 17);
    int[] starts = new int[1 << 17];
    short[] cls = new short[1 << 19];
    double[] wts = new double[1 << 19];
    int rows = 0;
    int entries = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = json.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, file);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String feature = p.currentName();
        expect(p, p.nextToken(), JsonToken.START_OBJECT, file);
        if (rows + 2 > starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
        starts[rows] = entries;
        int rowBegin = entries;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          Integer k = index.get(p.currentName());
          JsonToken v = p.nextToken();
          if (v != JsonToken.VALUE_NUMBER_FLOAT && v != JsonToken.VALUE_NUMBER_INT) {
            expect(p, v, JsonToken.VALUE_NUMBER_FLOAT, file);
          }
          double w = p.getDoubleValue();
          // A tag outside the class list can never be chosen by the reference's max(): drop it.
          if (k == null) continue;
          // A repeated tag inside one feature: json.loads keeps the last value.
          int dup = -1;
          for (int e = rowBegin; e < entries; e++) {
            if (cls[e] == k) dup = e;
          }
          if (dup >= 0) {
            wts[dup] = w;
            continue;
          }
          if (entries == cls.length) {
            cls = Arrays.copyOf(cls, cls.length * 2);
            wts = Arrays.copyOf(wts, wts.length * 2);
          }
          cls[entries] = (short) (int) k;
          wts[entries] = w;
          entries++;
        }
        // A repeated feature: json.loads keeps the last object; the old row becomes unreachable.
        table.put(feature, rows);
        rows++;
      }
    }
    starts[rows] = entries;
    return new PerceptronTagger(
        tags,
        table,
        Arrays.copyOf(starts, rows + 1),
        Arrays.copyOf(cls, entries),
        Arrays.copyOf(wts, entries),
        dict);
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken want, Path file)
      throws IOException {
    if (got != want) {
      throw new IOException(
          file + ": expected " + want + " but found " + got + " at " + p.currentLocation());
    }
  }

  @Override
  public String toString() {
    return "PerceptronTagger[" + classes.length + " tags, " + features.size() + " features, "
        + tagdict.size() + " dictionary words]";
  }
}
