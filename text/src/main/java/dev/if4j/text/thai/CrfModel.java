package dev.if4j.text.thai;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear-chain CRF as CRFsuite stores it ({@code crf1d} model files, "lCRF"/"FOMC", version 100)
 * and its Viterbi tagger ({@code crf1dc_viterbi}), enough to tag as python-crfsuite's {@code
 * Tagger.tag} does with attributes of value 1.
 *
 * <p>File layout (little-endian): a 48-byte header (magic, size, type, version, counts, and the
 * offsets of the chunks); a feature chunk "FEAT" (each feature: type, source, destination as
 * uint32, weight as a double; type 0 is attribute → label, 1 is label → label); two CQDB string
 * tables, labels and attributes, read here through their backward arrays (id → record: uint32 id,
 * uint32 key size, the NUL-terminated key). The label and attribute reference chunks are not
 * needed: the features themselves say what they connect.
 *
 * <p>Immutable and thread-safe; tagging {@code T} items costs {@code O(T · (attributes + L²))}.
 */
final class CrfModel {
  private static final int HEADER_SIZE = 48;
  private static final int FEATURE_SIZE = 20;

  private final String[] labels;
  /** Per attribute, the labels its state features point to and their weights (parallel arrays). */
  private final Map<String, int[]> stateLabels;
  private final Map<String, double[]> stateWeights;
  /** {@code transitions[i][j]}: the weight of label i followed by label j. */
  private final double[][] transitions;

  private CrfModel(String[] labels, Map<String, int[]> stateLabels, Map<String, double[]> stateWeights,
      double[][] transitions) {
    this.labels = labels;
    this.stateLabels = stateLabels;
    this.stateWeights = stateWeights;
    this.transitions = transitions;
  }

  /** The model stored in {@code bytes}; a malformed file is an {@link IllegalArgumentException}. */
  static CrfModel read(byte[] bytes, String name) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < HEADER_SIZE || !ascii(bytes, 0, 4).equals("lCRF") || !ascii(bytes, 8, 4).equals("FOMC")) {
      throw new IllegalArgumentException(name + ": not a CRFsuite crf1d model (magic 'lCRF'/'FOMC' missing)");
    }
    int numLabels = b.getInt(20);
    int offFeatures = b.getInt(28);
    int offLabels = b.getInt(32);
    int offAttrs = b.getInt(36);
    String[] labels = strings(b, offLabels, name + " labels");
    String[] attrs = strings(b, offAttrs, name + " attributes");
    if (labels.length != numLabels) {
      throw new IllegalArgumentException(name + ": header says " + numLabels + " labels, table has " + labels.length);
    }
    if (!ascii(bytes, offFeatures, 4).equals("FEAT")) {
      throw new IllegalArgumentException(name + ": no FEAT chunk at offset " + offFeatures);
    }
    int numFeatures = b.getInt(offFeatures + 8);
    double[][] transitions = new double[numLabels][numLabels];
    Map<String, List<double[]>> byAttr = new HashMap<>();
    for (int f = 0; f < numFeatures; f++) {
      int at = offFeatures + 12 + FEATURE_SIZE * f;
      int type = b.getInt(at);
      int src = b.getInt(at + 4);
      int dst = b.getInt(at + 8);
      double weight = b.getDouble(at + 12);
      if (dst < 0 || dst >= numLabels) throw new IllegalArgumentException(name + ": feature " + f + " points to label " + dst);
      if (type == 1) {
        transitions[src][dst] = weight;
      } else if (type == 0) {
        if (src < 0 || src >= attrs.length) throw new IllegalArgumentException(name + ": feature " + f + " has attribute " + src);
        byAttr.computeIfAbsent(attrs[src], k -> new ArrayList<>()).add(new double[] {dst, weight});
      } else {
        throw new IllegalArgumentException(name + ": feature " + f + " has unknown type " + type);
      }
    }
    Map<String, int[]> stateLabels = new HashMap<>(byAttr.size() * 2);
    Map<String, double[]> stateWeights = new HashMap<>(byAttr.size() * 2);
    byAttr.forEach((attr, list) -> {
      int[] to = new int[list.size()];
      double[] w = new double[list.size()];
      for (int i = 0; i < to.length; i++) {
        to[i] = (int) list.get(i)[0];
        w[i] = list.get(i)[1];
      }
      stateLabels.put(attr, to);
      stateWeights.put(attr, w);
    });
    return new CrfModel(labels, stateLabels, stateWeights, transitions);
  }

  /** The strings of a CQDB chunk at {@code offset}, indexed by id. */
  private static String[] strings(ByteBuffer b, int offset, String what) {
    if (!ascii(b.array(), offset, 4).equals("CQDB")) {
      throw new IllegalArgumentException(what + ": no CQDB chunk at offset " + offset);
    }
    int bwdSize = b.getInt(offset + 16);
    int bwdOffset = b.getInt(offset + 20);
    String[] out = new String[bwdSize];
    for (int id = 0; id < bwdSize; id++) {
      int record = b.getInt(offset + bwdOffset + 4 * id);
      if (record == 0) continue;
      int at = offset + record;
      int keySize = b.getInt(at + 4);
      // The key size counts the terminating NUL.
      out[id] = new String(b.array(), at + 8, Math.max(0, keySize - 1), StandardCharsets.UTF_8);
    }
    return out;
  }

  private static String ascii(byte[] bytes, int at, int n) {
    if (at < 0 || at + n > bytes.length) return "";
    return new String(bytes, at, n, StandardCharsets.US_ASCII);
  }

  String label(int id) {
    return labels[id];
  }

  int labelId(String label) {
    for (int i = 0; i < labels.length; i++) if (label.equals(labels[i])) return i;
    throw new IllegalArgumentException("no label " + label);
  }

  /**
   * The most likely label ids of the items, each given as its attributes (value 1; unknown ones
   * ignored), as {@code crf1dc_viterbi} finds them: ties go to the lower label id.
   */
  int[] tag(List<List<String>> items) {
    int t = items.size();
    int l = labels.length;
    int[] out = new int[t];
    if (t == 0) return out;
    double[] prev = state(items.get(0));
    int[][] back = new int[t][l];
    for (int k = 1; k < t; k++) {
      double[] state = state(items.get(k));
      double[] cur = new double[l];
      for (int j = 0; j < l; j++) {
        double max = -Double.MAX_VALUE;
        int argmax = -1;
        for (int i = 0; i < l; i++) {
          double score = prev[i] + transitions[i][j];
          if (max < score) {
            max = score;
            argmax = i;
          }
        }
        if (argmax >= 0) back[k][j] = argmax;
        cur[j] = max + state[j];
      }
      prev = cur;
    }
    double max = -Double.MAX_VALUE;
    out[t - 1] = 0;
    for (int i = 0; i < l; i++) {
      if (max < prev[i]) {
        max = prev[i];
        out[t - 1] = i;
      }
    }
    for (int k = t - 2; k >= 0; k--) out[k] = back[k + 1][out[k + 1]];
    return out;
  }

  /** The state scores of one item: per label, the summed weights of its attributes' features. */
  private double[] state(List<String> attributes) {
    double[] s = new double[labels.length];
    for (String a : attributes) {
      int[] to = stateLabels.get(a);
      if (to == null) continue;
      double[] w = stateWeights.get(a);
      for (int i = 0; i < to.length; i++) s[to[i]] += w[i];
    }
    return s;
  }
}
