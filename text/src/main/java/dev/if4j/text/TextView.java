package dev.if4j.text;

import dev.if4j.text.punkt.ContextMemo;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.punkt.PunktSentenceTokenizer.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * One response text (or one loose variant of it) plus the analyses computed on it so far.
 *
 * <p>Several constraints of a row look at the same text: the view makes sure that the sentence
 * split, the word count or the language guess is done once. A view is confined to one thread (it
 * lives as long as the row being checked); the {@link TextTools} it points to are shared.
 */
public final class TextView {
  private static final Object NOT_YET = new Object();

  private final String text;
  private final TextTools tools;
  private final TextView origin;
  /** The view whose text this one's is a slice of (see {@link #slice}), or null. */
  private final TextView whole;
  private final int from;
  private Object[] cache;
  /** Punkt's pass over this (whole) text, kept for its slices to take over from; null until split. */
  private Trace sentenceTrace;

  public TextView(String text, TextTools tools) {
    this.text = Objects.requireNonNull(text, "text");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.origin = this;
    this.whole = null;
    this.from = 0;
  }

  /**
   * A view of a text derived from {@code origin}'s (a loose variant of a response): analyses may
   * keep work that the related texts share in the origin's cache (see {@link #origin()}).
   */
  public TextView(String text, TextView origin) {
    this(text, origin, null, 0);
  }

  private TextView(String text, TextView origin, TextView whole, int from) {
    this.text = Objects.requireNonNull(text, "text");
    this.origin = Objects.requireNonNull(origin, "origin").origin;
    this.tools = this.origin.tools;
    this.whole = whole;
    this.from = from;
  }

  /**
   * A view of {@code whole.text().substring(from, to)}, derived from {@code whole}'s origin. An
   * analysis that commutes with taking a slice of a text (a mapping of each code point, a count of
   * runs that knows where its runs start) may compute it from {@code whole}'s instead of reading
   * the slice again: the loose variants of a response are slices of it or of its '*'-free form.
   *
   * @throws IllegalArgumentException if a bound splits a surrogate pair (a code point-wise
   *     analysis of the slice would then differ from the same slice of the whole's)
   */
  public static TextView slice(TextView whole, int from, int to) {
    String all = whole.text;
    if (splitsPair(all, from) || splitsPair(all, to)) {
      throw new IllegalArgumentException("slice [" + from + ", " + to + ") splits a surrogate pair");
    }
    return new TextView(all.substring(from, to), whole, whole, from);
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  /** The view whose text this view's is a {@linkplain #slice slice} of, or null if it is none. */
  public TextView whole() {
    return whole;
  }

  /**
   * {@code count} of this view's text, for a {@code count} that sums over runs of characters that
   * whitespace ends (words, digits...), {@code analysis} being that count as an analysis. A slice
   * whose bounds touch whitespace or its whole's ends (a loose variant's do) splits no such run:
   * its count is the whole's less the count of the text before it and after it, which reads the
   * variant's dropped lines, not the variant again.
   */
  public int countOfRuns(Analysis<Integer> analysis, ToIntFunction<String> count) {
    if (whole == null) return count.applyAsInt(text);
    String all = whole.text;
    int to = from + text.length();
    boolean between = (from == 0 || Py.isSpace(all.charAt(from - 1)))
        && (to == all.length() || Py.isSpace(all.charAt(to)));
    if (!between) return count.applyAsInt(text);
    return whole.get(analysis) - count.applyAsInt(all.substring(0, from)) - count.applyAsInt(all.substring(to));
  }

  /** Where this view's text starts in {@link #whole()}'s (0 when it is no slice). */
  public int from() {
    return from;
  }

  /**
   * A fresh view of this text in which {@code analysis} is {@code value}, not computed: how an
   * upstream version that split sentences differently is judged by today's checker (every analysis
   * built on it in the new view sees {@code value}).
   */
  public <T> TextView with(Analysis<T> analysis, T value) {
    TextView view = new TextView(text, tools);
    view.grow(analysis.slot);
    view.cache[analysis.slot] = value;
    return view;
  }

  /**
   * The view this one derives from, or itself. An analysis whose work is shared by related texts
   * (the n-grams of a line they have in common, say) keeps it in {@code origin().get(...)}: it
   * lives as long as the row, and never mixes unrelated texts.
   */
  public TextView origin() {
    return origin;
  }

  /** The text as given. */
  public String text() {
    return text;
  }

  /** Shared language machinery (sentence splitter, language detector...). */
  public TextTools tools() {
    return tools;
  }

  /** The value of {@code analysis} on this text, computed on first use. */
  @SuppressWarnings("unchecked")
  public <T> T get(Analysis<T> analysis) {
    int slot = analysis.slot;
    if (cache == null || slot >= cache.length) grow(slot);
    Object value = cache[slot];
    if (value == NOT_YET) {
      value = analysis.computeOn(this);
      cache[slot] = value;
    }
    return (T) value;
  }

  private void grow(int slot) {
    int size = Math.max(slot + 1, Analysis.slotCount());
    int old = cache == null ? 0 : cache.length;
    cache = cache == null ? new Object[size] : Arrays.copyOf(cache, size);
    Arrays.fill(cache, old, size, NOT_YET);
  }

  // Analyses that many checkers share.

  private static final Analysis<String> LOWER = Analysis.of("lower", TextView::lowered);

  /**
   * Punkt's decisions on the candidate contexts of the row's texts: the response and its loose
   * variants share most of them, and a context's decision depends on its characters only.
   */
  private static final Analysis<ContextMemo> SENTENCE_CONTEXTS =
      Analysis.of("sentenceContexts", v -> new ContextMemo());

  /**
   * Punkt's sentences of {@code text} (this view's text or one made from it), each candidate
   * context decided once for the row ({@link ContextMemo}).
   */
  public List<String> sentencesOf(String text) {
    return PunktSentenceTokenizer.sentences(text, sink -> sentenceSpans(text, sink));
  }

  /** {@code len(}{@link #sentencesOf}{@code )}, without building the sentence strings. */
  public int sentenceCountOf(String text) {
    return PunktSentenceTokenizer.sentenceCount(sink -> sentenceSpans(text, sink));
  }

  /**
   * Punkt over {@code text}. This view's own text, when a whole, is split with a trace kept for
   * its slices; a slice's takes over its whole's trace where their passes meet.
   */
  private void sentenceSpans(String text, PunktSentenceTokenizer.SpanSink sink) {
    PunktSentenceTokenizer punkt = tools.punkt();
    ContextMemo memo = origin.get(SENTENCE_CONTEXTS);
    if (text == this.text && whole != null && whole.sentenceTrace != null) {
      punkt.spansOfSlice(text, memo, whole.sentenceTrace, from, sink);
    } else if (text == this.text && whole == null && sentenceTrace == null) {
      sentenceTrace = new Trace();
      punkt.spans(text, memo, sentenceTrace, sink);
    } else {
      punkt.spans(text, memo, null, sink);
    }
  }

  /**
   * A slice's {@code lower()} is a slice of its whole's where the letters around it cannot change
   * a capital sigma's form: Python lower-cases each code point on its own, to as many chars, but
   * for U+0130 (two chars: the bounds move by those before them) and a capital sigma, whose form
   * depends on the cased letters around it up to the first character that is not case-ignorable.
   * A loose variant's bounds sit next to whitespace, which stops that search in the whole too.
   */
  private static String lowered(TextView v) {
    if (v.whole == null) return Py.lower(v.text);
    String all = v.whole.text;
    int from = v.from;
    int to = from + v.text.length();
    if (!PyLower.endsSigmaContext(all, from, to)) return Py.lower(v.text);
    return v.whole.get(LOWER).substring(from + PyLower.longerBefore(all, from), to + PyLower.longerBefore(all, to));
  }
  private static final Analysis<String> STRIPPED = Analysis.of("strip", v -> Py.strip(v.text));

  /** {@code text.lower()}. */
  public String lower() {
    return get(LOWER);
  }

  /** {@code text.strip()}. */
  public String stripped() {
    return get(STRIPPED);
  }

  @Override
  public String toString() {
    return text.length() <= 60 ? "TextView[" + text + "]" : "TextView[" + text.substring(0, 57) + "...]";
  }
}
