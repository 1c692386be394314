package dev.if4j.text.langdetect;

import dev.if4j.text.PyRandom;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.StartupCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Python langdetect 1.0.9: the same answer as {@code DetectorFactory.seed = seed;
 * langdetect.detect(text)} for the same text and seed.
 *
 * <p>langdetect is a Monte Carlo method: seven trials, each drawing a smoothing constant from
 * {@code gauss} and then n-grams of the text at random with {@code choice}, multiplying per-language
 * probabilities until one passes 0.99999. Every draw comes from a Mersenne Twister seeded with the
 * factory seed at the start of the detection, so the port replays the same draws with {@link
 * PyRandom} (a fresh one per call, which also makes this class safe to share between threads) and
 * repeats the double arithmetic in Python's order.
 *
 * <p>Immutable after {@link #load}; one instance serves all threads.
 *
 * <p>Known limits of the parity: CJK normalisation needs langdetect's own table (see {@link
 * #cjkNormalisation()}); {@code gauss} uses Java's {@code log/cos/sin}, which differ from the C
 * library's in the last bit for about 0.2% of arguments, shifting a trial's smoothing constant by
 * one ulp at most (this can only matter for texts balanced on a knife's edge).
 */
public final class LanguageDetector {
  /**
   * The profiles in the order Python loads them. langdetect takes {@code os.listdir()} order, which
   * is the directory's on-disk order (ext4 hash order) and so depends on the machine; this is the
   * order of the reference installation the parity data was produced with. The order fixes each
   * language's index, and with it the order of floating-point sums and the tie-breaking of equal
   * probabilities.
   */
  static final List<String> PROFILE_ORDER = List.of(
      "pl", "gu", "zh-tw", "fi", "af", "ne", "ro", "da", "hr", "de", "pa", "en", "fa", "ca", "so",
      "ja", "ko", "es", "cs", "ru", "vi", "uk", "bn", "fr", "kn", "hu", "te", "lv", "sk", "sl",
      "el", "id", "it", "bg", "ta", "he", "sq", "hi", "th", "tr", "ml", "mk", "pt", "tl", "mr",
      "sv", "et", "nl", "sw", "cy", "no", "ur", "lt", "ar", "zh-cn");

  static final double ALPHA_DEFAULT = 0.5;
  static final double ALPHA_WIDTH = 0.05;
  static final int ITERATION_LIMIT = 1000;
  static final double PROB_THRESHOLD = 0.1;
  static final double CONV_THRESHOLD = 0.99999;
  static final int BASE_FREQ = 10000;
  static final int N_TRIAL = 7;
  static final int MAX_TEXT_LENGTH = 10000;
  /** langdetect's message when a text has no n-gram a profile knows. */
  public static final String NO_FEATURES = "No features in text.";
  /** What {@code detect} answers when no language reaches {@link #PROB_THRESHOLD}. */
  public static final String UNKNOWN_LANG = "unknown";

  private static final AtomicBoolean WARNED_NO_CJK = new AtomicBoolean();
  /**
   * The first outputs of freshly seeded generators, replayed by every detection with that seed:
   * seeding, and generating the same numbers again and again, cost more than reading them. A
   * typical detection draws a few hundred; one that needs more goes on generating.
   */
  private static final int RECORDED_OUTPUTS = 4096;
  private static final int SEED_CACHE_MAX = 64;
  private static final ConcurrentHashMap<Long, PyRandom.Recording> SEEDED = new ConcurrentHashMap<>();

  private final List<String> languages;
  private final NgramTable table;
  private final int[] cjkMap;
  private final Path cjkSource;

  private LanguageDetector(List<String> languages, NgramTable table, int[] cjkMap, Path cjkSource) {
    this.languages = List.copyOf(languages);
    this.table = table;
    this.cjkMap = cjkMap;
    this.cjkSource = cjkSource;
  }

  /**
   * Loads the 55 profiles ({@code langdetect/profiles/<code>}) from {@code store} and the CJK table
   * from wherever {@link MessagesLocator} finds it. Without the table detection still works, minus
   * the CJK normalisation; a warning says so once per process.
   */
  public static LanguageDetector load(ResourceStore store) {
    List<Path> files = new ArrayList<>(PROFILE_ORDER.size());
    for (String code : PROFILE_ORDER) files.add(store.require("langdetect/profiles/" + code));
    Optional<Path> messages = MessagesLocator.locate(store);
    return fromFiles(files, messages.orElse(null), StartupCache.directory());
  }

  /**
   * {@link #fromFiles(List, Path)}, reading the built table from a snapshot in {@code snapshots}
   * when there is a valid one, and leaving one there when there was not (see {@link ProfileSnapshot}).
   */
  static LanguageDetector fromFiles(List<Path> profileFiles, Path messagesFile, Optional<Path> snapshots) {
    Optional<String> key = snapshots.isPresent() ? ProfileSnapshot.key(profileFiles) : Optional.empty();
    if (key.isEmpty()) return fromFiles(profileFiles, messagesFile);
    Path file = ProfileSnapshot.file(snapshots.get(), key.get());
    Optional<ProfileSnapshot.Content> snapshot = ProfileSnapshot.read(file, key.get());
    if (snapshot.isPresent()) {
      return withMessages(snapshot.get().languages(), snapshot.get().table(), messagesFile);
    }
    LanguageDetector built = fromFiles(profileFiles, messagesFile);
    ProfileSnapshot.write(snapshots.get(), key.get(), new ProfileSnapshot.Content(built.languages, built.table));
    return built;
  }

  /** Profiles from {@code profileFiles} (in that order) and an optional messages file. */
  static LanguageDetector fromFiles(List<Path> profileFiles, Path messagesFile) {
    int langSize = profileFiles.size();
    // Reading and parsing the 55 files is most of a short run's language data time: done on the
    // cores there are, each file on its own; the table is then built in profile order, as before.
    List<ParsedProfile> parsed = IntStream.range(0, langSize).parallel()
        .mapToObj(i -> ParsedProfile.read(profileFiles.get(i))).toList();
    NgramTable.Builder builder = new NgramTable.Builder();
    List<String> names = new ArrayList<>(langSize);
    for (int index = 0; index < langSize; index++) {
      Path file = profileFiles.get(index);
      PendingGrams pending = parsed.get(index).pending();
      ProfileJson.Header header = parsed.get(index).header();
      if (names.contains(header.name())) {
        throw new IllegalStateException("duplicate langdetect profile " + header.name());
      }
      names.add(header.name());
      long[] nWords = header.nWords();
      for (int e = 0; e < pending.size; e++) {
        int length = pending.lengths[e];
        if (length < 1 || length > 3) continue; // longer grams are never extracted
        if (length > nWords.length || nWords[length - 1] <= 0) {
          // Python fails here too (IndexError / ZeroDivisionError, reported as a format error).
          throw new IllegalStateException("langdetect profile format error in " + file);
        }
        // 1.0 * freq / n_words[len - 1], in doubles as Python does.
        builder.put(pending.keys[e], index, (double) pending.counts[e] / (double) nWords[length - 1]);
      }
    }
    return withMessages(names, builder.build(langSize), messagesFile);
  }

  /** A detector of {@code table}, with the CJK classes of {@code messagesFile} when there is one. */
  private static LanguageDetector withMessages(List<String> names, NgramTable table, Path messagesFile) {
    int[] cjk = null;
    if (messagesFile != null) cjk = LangdetectMessages.load(messagesFile).cjkMap();
    if (cjk == null && WARNED_NO_CJK.compareAndSet(false, true)) {
      System.err.println("if4j: warning: langdetect's messages.properties (its CJK character "
          + "classes) was not found in the resource directory ("
          + MessagesLocator.RESOURCE + ") nor in an installed Python langdetect; Chinese and "
          + "Japanese detection runs without CJK normalisation and may differ from Python.");
    }
    return new LanguageDetector(names, table, cjk, cjk == null ? null : messagesFile);
  }

  /** One profile file, parsed: its header and its entries. */
  private record ParsedProfile(ProfileJson.Header header, PendingGrams pending) {
    static ParsedProfile read(Path file) {
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read langdetect profile " + file, e);
      }
      // n_words follows freq in the file, so entries are buffered (packed, unboxed) until the
      // header is complete.
      PendingGrams pending = new PendingGrams();
      try {
        return new ParsedProfile(ProfileJson.parse(json, pending::add), pending);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("langdetect profile format error in " + file, e);
      }
    }
  }

  /** Profile entries waiting for their profile's n_words. */
  private static final class PendingGrams {
    long[] keys = new long[1024];
    long[] counts = new long[1024];
    int[] lengths = new int[1024];
    int size;

    void add(String gram, long count) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      long key = 0;
      int length = 0;
      for (int i = 0; i < gram.length(); ) {
        int cp = gram.codePointAt(i);
        i += Character.charCount(cp);
        if (length < 3) key = NgramTable.append(key, cp);
        length++;
      }
      keys[size] = key;
      counts[size] = count;
      lengths[size] = length;
      size++;
    }
  }

  /** The language codes, in profile order. */
  public List<String> languages() {
    return languages;
  }

  /** True when langdetect's CJK class table was found, so CJK ideographs are normalised. */
  public boolean cjkNormalisation() {
    return cjkMap != null;
  }

  /** Where the CJK table was read from, if it was found. */
  public Optional<Path> cjkTableSource() {
    return Optional.ofNullable(cjkSource);
  }

  /**
   * {@code langdetect.detect(text)} with {@code DetectorFactory.seed = seed}: the most probable
   * language, or {@value #UNKNOWN_LANG} when none is above 0.1.
   *
   * @throws LangDetectException when the text has no usable n-gram (e.g. no letters)
   */
  public String detect(String text, long seed) throws LangDetectException {
    return leader(probabilities(ngrams(text), seed, true));
  }

  /**
   * The n-grams langdetect draws from for {@code text}, made with {@code memo}'s lines (see {@link
   * DetectionMemo}): detections of them share work with the other texts made with that memo.
   */
  public Features features(String text, DetectionMemo memo) {
    List<DetectionMemo.LineGrams> lines = linesOf(text, memo);
    return new Features(lines != null ? join(lines) : ngrams(text), lines, memo);
  }

  /** {@link #detect(String, long)} of the text of {@code features}; the answer is the same. */
  public String detect(Features features, long seed) throws LangDetectException {
    String known = features.memo.answer(features.codes, seed);
    if (known != null) return known;
    String language = leader(probabilities(features.codes, seed, true));
    features.memo.record(features.codes, seed, language);
    return language;
  }

  /**
   * {@code detect(features, seed).equals(language)}, without the random walk when its outcome
   * cannot be {@code language}.
   *
   * <p>Every step of the walk is monotone in each language's n-gram probabilities: a trial starts
   * all languages equal, multiplies each by {@code weight + p} for the same drawn n-grams ({@code
   * weight > 0}: Python's {@code gauss} stays above the -10 that would make it negative), divides
   * all by the same sum, and the trials are averaged; correctly rounded arithmetic never reverses
   * an order. So when a language earlier in profile order has at least {@code language}'s
   * probability for every n-gram of the text, it ends every trial at least as probable, and wins
   * a tie (the first maximum does): {@code language} cannot be the answer, whatever is drawn.
   * Texts in a script other than the language's mostly are such.
   *
   * @throws LangDetectException as {@link #detect}, when the text has no usable n-gram
   */
  public boolean detects(Features features, long seed, String language) throws LangDetectException {
    String known = features.memo.answer(features.codes, seed);
    if (known != null) return known.equals(language);
    if (features.codes.length == 0) throw new LangDetectException(NO_FEATURES);
    if (outranked(features, language)) return false;
    return detect(features, seed).equals(language);
  }

  /**
   * True when {@code language} cannot be the answer for the text of {@code features} (see {@link
   * #detects}); true for an unknown code. By line where the features were made by line: each
   * line's earlier languages at least as probable are kept in the memo, and a loose variant of a
   * response (its lines, some dropped) combines its lines' without looking at an n-gram again.
   */
  boolean outranked(Features features, String language) {
    int index = languages.indexOf(language);
    if (index < 0) return true;
    if (features.lines == null) return table.outranked(features.codes, index);
    long left = -1L;
    int last = features.lines.size() - 1;
    for (int i = 0; i <= last && left != 0; i++) {
      left &= features.lines.get(i).outranking(table, index, i < last);
    }
    return left != 0;
  }

  /**
   * The n-grams of one text (duplicates included, in order), as {@link #features} made them, and
   * the memo of the detections that share work with it.
   */
  public static final class Features {
    private final int[] codes;
    /** The lines the codes were joined from (null: made from the whole text). */
    private final List<DetectionMemo.LineGrams> lines;
    private final DetectionMemo memo;

    private Features(int[] codes, List<DetectionMemo.LineGrams> lines, DetectionMemo memo) {
      this.codes = codes;
      this.lines = lines;
      this.memo = memo;
    }

    /** False when the text has no n-gram a profile knows (detection fails with {@link #NO_FEATURES}). */
    public boolean any() {
      return codes.length > 0;
    }

    /** The codes (tests: not to be modified). */
    int[] codes() {
      return codes;
    }

    /** Whether the codes were put together from the memo's lines. */
    boolean byLine() {
      return lines != null;
    }
  }

  private static final int[] NO_CODES = new int[0];

  /** A memo for {@link #features}. */
  public DetectionMemo newMemo() {
    return new DetectionMemo();
  }

  /** The first maximum above the threshold: what sorting (stable, descending) puts first. */
  private String leader(double[] langprob) {
    int best = -1;
    for (int i = 0; i < langprob.length; i++) {
      if (langprob[i] > PROB_THRESHOLD && (best < 0 || langprob[i] > langprob[best])) best = i;
    }
    return best < 0 ? UNKNOWN_LANG : languages.get(best);
  }

  /**
   * {@code langdetect.detect_langs(text)} with {@code DetectorFactory.seed = seed}: languages above
   * 0.1, most probable first (ties keep profile order).
   */
  public List<LanguageProbability> detectLangs(String text, long seed)
      throws LangDetectException {
    double[] langprob = probabilities(ngrams(text), seed, false);
    List<LanguageProbability> out = new ArrayList<>(4);
    for (int i = 0; i < langprob.length; i++) {
      if (langprob[i] > PROB_THRESHOLD) out.add(new LanguageProbability(languages.get(i), langprob[i]));
    }
    // List.sort is stable, like Python's sort(reverse=True), so equal probabilities stay in
    // profile order.
    out.sort((a, b) -> Double.compare(b.prob(), a.prob()));
    return out;
  }

  /**
   * The averaged probability of every language, in {@link #languages()} order.
   *
   * <p>With {@code stopWhenDecided}, trials stop as soon as the leader can no longer be overtaken:
   * each remaining trial adds at most {@code 1/7} to any language (its probabilities are
   * normalised, so at most 1), and later trials only draw later numbers, so the winner is the one
   * all seven trials would give. Only the leader is meaningful then, not the probabilities.
   */
  double[] probabilities(String text, long seed, boolean stopWhenDecided)
      throws LangDetectException {
    return probabilities(ngrams(text), seed, stopWhenDecided);
  }

  private double[] probabilities(int[] ngrams, long seed, boolean stopWhenDecided)
      throws LangDetectException {
    if (ngrams.length == 0) throw new LangDetectException(NO_FEATURES);
    return new RandomWalk(table, ngrams, seeded(seed)).run(stopWhenDecided);
  }

  /** The n-gram codes langdetect draws from for {@code text}. */
  int[] ngrams(String text) {
    return extractNgrams(TextPreparer.prepare(text, MAX_TEXT_LENGTH));
  }

  /**
   * The lines of {@code text}, from {@code memo} or made there, whose n-grams put together (each
   * line's, then its tail) are {@link #ngrams}; null when that would not give the same result.
   *
   * <p>Every step of langdetect is local to a line. The URL and e-mail patterns cannot match a
   * line break, nor can a Vietnamese (letter, tone mark) pair span one. A line break becomes a
   * space, which restarts the n-gram window; before it does, it completes the last one or two
   * n-grams of the line (its "tail"). So the text's n-grams are each line's, then its tail, line
   * after line (none after the last). Two steps are global: the 10,000-character cap (the
   * shortcut only takes texts shorter than that) and the dropping of Latin letters when other
   * scripts dominate (decided from the lines' counts; the shortcut gives up when they drop).
   */
  private List<DetectionMemo.LineGrams> linesOf(String text, DetectionMemo memo) {
    if (text.length() > MAX_TEXT_LENGTH) return null;
    List<DetectionMemo.LineGrams> lines = new ArrayList<>();
    int latin = 0;
    int other = 0;
    for (int start = 0; ; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      DetectionMemo.LineGrams line = memo.lines.computeIfAbsent(text.substring(start, end), this::lineGrams);
      lines.add(line);
      latin += line.latin();
      other += line.other();
      if (nl < 0) break;
      start = nl + 1;
    }
    return TextPreparer.mostlyOther(latin, other) ? null : lines;
  }

  /** The lines' n-grams one after the other, each line's tail before the next line's. */
  private static int[] join(List<DetectionMemo.LineGrams> lines) {
    int size = 0;
    for (int i = 0; i < lines.size(); i++) {
      size += lines.get(i).codes().length + (i < lines.size() - 1 ? lines.get(i).tail().length : 0);
    }
    int[] out = new int[size];
    int at = 0;
    for (int i = 0; i < lines.size(); i++) {
      DetectionMemo.LineGrams line = lines.get(i);
      System.arraycopy(line.codes(), 0, out, at, line.codes().length);
      at += line.codes().length;
      if (i < lines.size() - 1) {
        System.arraycopy(line.tail(), 0, out, at, line.tail().length);
        at += line.tail().length;
      }
    }
    return out;
  }

  /**
   * The n-grams of one line (no line break in it) from a fresh window, with langdetect's
   * preparation but without the global steps (see {@link #linesOf}); its tail, what a
   * following space adds (the 2- and 3-gram ending in that space, unless the line already ends
   * in a space); and its Latin and non-Latin character counts.
   */
  DetectionMemo.LineGrams lineGrams(String line) {
    int[] prepared = TextPreparer.composeAndCap(
        TextPreparer.removeMails(TextPreparer.removeUrls(line)), Integer.MAX_VALUE);
    int n = prepared.length;
    int last = n == 0 ? ' ' : CharNormalizer.normalize(prepared[n - 1], cjkMap);
    int[] tail = NO_CODES;
    if (last != ' ') {
      int beforeLast = n < 2 ? ' ' : CharNormalizer.normalize(prepared[n - 2], cjkMap);
      int[] both = new int[2];
      int size = add(both, 0, table.find(last, ' '));
      size = add(both, size, table.find(beforeLast, last, ' '));
      tail = size == 2 ? both : Arrays.copyOf(both, size);
    }
    return new DetectionMemo.LineGrams(extractNgrams(prepared), tail,
        TextPreparer.latinCount(prepared), TextPreparer.otherCount(prepared));
  }

  /**
   * True when the leader is above the threshold and ahead of every other language by more than
   * the {@code remaining} trials could add (plus a margin far above any rounding of the sums).
   */
  static boolean decided(double[] langprob, int remaining) {
    int best = 0;
    for (int i = 1; i < langprob.length; i++) {
      if (langprob[i] > langprob[best]) best = i;
    }
    double second = 0.0;
    for (int i = 0; i < langprob.length; i++) {
      if (i != best && langprob[i] > second) second = langprob[i];
    }
    return langprob[best] > PROB_THRESHOLD
        && langprob[best] - second > (double) remaining / N_TRIAL + 1e-9;
  }

  /** A generator in the state {@code random.seed(seed)} leaves, private to the caller. */
  private static PyRandom seeded(long seed) {
    PyRandom.Recording recording = SEEDED.get(seed);
    if (recording == null) {
      recording = new PyRandom.Recording(new PyRandom(seed), RECORDED_OUTPUTS);
      if (SEEDED.size() < SEED_CACHE_MAX) SEEDED.putIfAbsent(seed, recording);
    }
    return recording.replay();
  }

  /**
   * {@code _extract_ngrams}: slides langdetect's three-character window over the normalised text
   * and keeps the 1-, 2- and 3-grams that some profile knows, except inside all-capital words.
   * Returns table codes ({@link NgramTable#find}), duplicates included (they weight the random choice).
   */
  int[] extractNgrams(int[] text) {
    int[] out = new int[Math.max(16, text.length * 3)];
    int size = 0;
    // Python keeps a window of the last (at most) three characters that restarts as " " after a
    // space. Here: p1 is the newest character before this one (' ' at a restart, which a text
    // start is), p2 the one before it. After a non-space p1 the window always holds p2, p1 and
    // the new character, so both a 2-gram and a 3-gram exist; after a restart only " ch".
    int p1 = ' ';
    int p2 = ' ';
    for (int raw : text) {
      int ch = CharNormalizer.normalize(raw, cjkMap);
      if (p1 == ' ') {
        if (ch == ' ') continue; // a run of spaces is one restart
        size = add(out, size, table.find(ch));
        size = add(out, size, table.find(' ', ch));
      } else if (!(CharNormalizer.isUpper(ch) && CharNormalizer.isUpper(p1))) {
        // Two capitals in a row mark an all-capital word (an acronym): Python skips its
        // n-grams. A space is never upper case, so this also ends at the word's end.
        if (ch != ' ') size = add(out, size, table.find(ch));
        size = add(out, size, table.find(p1, ch));
        size = add(out, size, table.find(p2, p1, ch));
      }
      p2 = p1;
      p1 = ch;
    }
    return Arrays.copyOf(out, size);
  }

  /** Appends {@code code} to {@code out[0..size)} unless it is {@link NgramTable#ABSENT}. */
  private static int add(int[] out, int size, int code) {
    if (code == NgramTable.ABSENT) return size;
    out[size] = code;
    return size + 1;
  }

  /** The loaded table (tests). */
  NgramTable table() {
    return table;
  }

  /** How many distinct n-grams the loaded profiles know (87,598 for langdetect 1.0.9). */
  int ngramCount() {
    return table.ngramCount();
  }

  /** Profile probabilities of one n-gram (1 to 3 code points), zeros included; null if unknown. */
  double[] ngramProbabilities(String ngram) {
    long key = 0;
    for (int i = 0; i < ngram.length(); ) {
      int cp = ngram.codePointAt(i);
      i += Character.charCount(cp);
      key = NgramTable.append(key, cp);
    }
    return table.probabilities(key);
  }
}
