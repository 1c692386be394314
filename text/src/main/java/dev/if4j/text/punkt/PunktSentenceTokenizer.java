package dev.if4j.text.punkt;

import dev.if4j.text.Py;
import dev.if4j.text.resources.ResourceStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * NLTK 3.8's Punkt sentence tokenizer ({@code PunktSentenceTokenizer.tokenize(text)} with the
 * default {@code PunktLanguageVars}), applying a trained model; training is not ported.
 *
 * <p>NLTK 3.8 does not annotate the whole text. It finds every candidate end ({@code . ? !}
 * followed by punctuation or by whitespace and a token), takes a small context around it (the word
 * before, the candidate, the token after), word-tokenizes and annotates only that context, and
 * breaks after the candidate when any token of the context but the last is a sentence break. The
 * slices are then realigned so that closing quotes and brackets stay with their sentence. This
 * class follows that procedure step by step, because its quirks (contexts that merge when
 * candidates touch, the {@code string.whitespace}-only search for the word before, the final
 * {@code rstrip}) decide sentence counts in real responses.
 *
 * <p>The regular expressions of the reference are replaced by hand-written scanners with the same
 * semantics ({@code re}'s Unicode {@code \s}, {@code \w}, {@code \d}); nothing backtracks, so the
 * work is linear in the text length. Offsets are UTF-16 indices; every boundary the algorithm
 * places sits next to an ASCII character or whitespace, so no boundary ever splits a surrogate
 * pair and the sentences are exactly the reference's.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PunktSentenceTokenizer {
  private static final String NUMBER_TYPE = "##number##";

  private final PunktParameters params;

  public PunktSentenceTokenizer(PunktParameters params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  /** The tokenizer that {@code nltk.data.load("tokenizers/punkt/english.pickle")} returns. */
  public static PunktSentenceTokenizer english(ResourceStore store) {
    return new PunktSentenceTokenizer(PunktParameters.english(store));
  }

  public PunktParameters parameters() {
    return params;
  }

  /** {@code PunktSentenceTokenizer.tokenize(text)}: the sentences, in order. */
  public List<String> tokenize(String text) {
    return tokenize(text, null);
  }

  /**
   * {@link #tokenize(String)}, deciding each candidate context that {@code memo} (may be null)
   * has seen by its answer there: texts that share most of their contexts (a response's loose
   * variants) share the work.
   */
  public List<String> tokenize(String text, ContextMemo memo) {
    return sentences(text, sink -> spans(text, memo, null, sink));
  }

  /**
   * The sentences of {@code text} as spans ({@link #spanTokenize}), to {@code sink}, each candidate
   * context decided once for {@code memo} (may be null); {@code trace} (may be null; empty, made by
   * {@link Trace#Trace()}) records the pass for the text's slices ({@link #spansOfSlice}).
   */
  public void spans(String text, ContextMemo memo, Trace trace, SpanSink sink) {
    Pass pass = new Pass(Objects.requireNonNull(text, "text"), memo, sink);
    if (trace != null) pass.recording(trace);
    pass.run();
  }

  /**
   * {@link #spans} of {@code slice}, which is {@code whole.substring(from, from + slice.length())}
   * for a {@code whole} split with {@code trace}: the pass takes over the whole's sentences where
   * its state meets the whole's (see {@link Trace}).
   */
  public void spansOfSlice(String slice, ContextMemo memo, Trace trace, int from, SpanSink sink) {
    new Pass(slice, memo, sink).resyncing(trace, from).run();
  }

  /** {@code len(tokenize(text))}, without building the sentence strings. */
  public int countSentences(String text) {
    return countSentences(text, null);
  }

  /** {@link #countSentences(String)} with a {@link ContextMemo} (may be null), as {@link #tokenize(String, ContextMemo)}. */
  public int countSentences(String text, ContextMemo memo) {
    return sentenceCount(sink -> spans(text, memo, null, sink));
  }

  /** The sentences that {@code pass} gives out for {@code text}, as strings. */
  public static List<String> sentences(String text, Consumer<SpanSink> pass) {
    List<String> out = new ArrayList<>();
    pass.accept((s, e) -> out.add(text.substring(s, e)));
    return out;
  }

  /** How many sentences {@code pass} gives out. */
  public static int sentenceCount(Consumer<SpanSink> pass) {
    int[] count = new int[1];
    pass.accept((s, e) -> count[0]++);
    return count[0];
  }

  /**
   * What a pass over a whole text did at each candidate end it took up: its state after the
   * candidate, and the sentences it had given out by then. A slice of the text whose bounds sit
   * next to whitespace (a loose variant: the text less whole lines at its ends) meets the same
   * candidates in its middle and decides them alike, as each decision reads the candidate's
   * context only; where they differ is the start (the slice's first sentence starts at its start)
   * and the end (a look-ahead that would pass the slice's end). Once a slice's own pass reaches the
   * state the whole's had at the same candidate, it takes the whole's sentences and state up to
   * the last candidate whose look-ahead stays inside the slice, and goes on from there alone.
   *
   * <p>Filled by one pass ({@link #spans}), then only read: safe to share once filled.
   */
  public static final class Trace {
    // Per candidate: its position, look-ahead end, next token, context start, the sentence start,
    // the slice waiting for realignment (0/1, start, stop), the realignment, sentences given out.
    private static final int POS = 0;
    private static final int AFTER_END = 1;
    private static final int NEXT_TOK = 2;
    private static final int SLICE_START = 3;
    private static final int LAST_BREAK = 4;
    private static final int HAS_PENDING = 5;
    private static final int PENDING_START = 6;
    private static final int PENDING_STOP = 7;
    private static final int REALIGN = 8;
    private static final int SPANS = 9;
    private static final int FIELDS = 10;

    private int[] states = new int[FIELDS * 16];
    private int candidates;
    private int[] spans = new int[32];
    private int spanCount;

    public Trace() {}

    private void addSpan(int start, int end) {
      if (2 * spanCount + 2 > spans.length) spans = java.util.Arrays.copyOf(spans, spans.length * 2);
      spans[2 * spanCount] = start;
      spans[2 * spanCount + 1] = end;
      spanCount++;
    }

    private int at(int candidate, int field) {
      return states[candidate * FIELDS + field];
    }
  }

  /**
   * The sentences as {@code [start, end)} UTF-16 offsets into {@code text}: {@code
   * text.substring(start, end)} is the matching element of {@link #tokenize}. (NLTK's {@code
   * span_tokenize} counts code points and may report a reversed, empty range where this reports
   * {@code start == end}; no such range occurs for a real break.)
   */
  public List<int[]> spanTokenize(String text) {
    List<int[]> out = new ArrayList<>();
    spans(text, null, null, (s, e) -> out.add(new int[] {s, e}));
    return out;
  }

  /** Receives each sentence as an offset range already clamped like a Python slice. */
  @FunctionalInterface
  public interface SpanSink {
    void accept(int start, int end);
  }

  /**
   * One call's working state: the candidate walk, the slice realignment and reusable token
   * buffers. Confined to the calling thread.
   */
  private final class Pass {
    private final String text;
    private final int n;
    private final ContextMemo memo;
    private final SpanSink sink;

    // Realignment: the raw slice waiting for its successor, and how far the next one is pushed.
    private boolean hasPending;
    private int pendingStart;
    private int pendingStop;
    private int realign;

    // The word cursor over the context being judged.
    private int wordPos;
    private int lineEnd;
    private int wordsEnd;

    // Two token slots and their annotations.
    private final int[] tokStart = new int[2];
    private final int[] tokEnd = new int[2];
    private final boolean[] sentbreak = new boolean[2];
    private final boolean[] abbr = new boolean[2];
    private final boolean[] ellipsis = new boolean[2];
    private final String[] type = new String[2];

    // A trace being recorded (a whole text), or the whole's trace this slice starts at `offset` of.
    private Trace record;
    private Trace whole;
    private int offset;
    private int wholeCandidate;

    Pass(String text, ContextMemo memo, SpanSink sink) {
      this.text = text;
      this.n = text.length();
      this.memo = memo;
      this.sink = sink;
    }

    Pass recording(Trace trace) {
      this.record = Objects.requireNonNull(trace, "trace");
      return this;
    }

    Pass resyncing(Trace trace, int from) {
      this.whole = Objects.requireNonNull(trace, "trace");
      this.offset = from;
      return this;
    }

    void run() {
      int lastBreak = 0;
      // The previous candidate and the slice of the word before it (_match_potential_end_contexts).
      int prevMatch = -1;
      int prevAfterEnd = 0;
      int prevNextTok = -1;
      int prevSliceStart = 0;
      int prevSliceStop = 0;

      EndFinder ends = new EndFinder(text);
      for (int i = ends.next(0); i >= 0; i = ends.next(i + 1)) {
        // The period-context lookahead: punctuation that cannot be in a word, or whitespace and a
        // token (the whole run of non-space characters).
        int afterEnd;
        int nextTok;
        if (i + 1 >= n) continue;
        char next = text.charAt(i + 1);
        if (PunktChars.isNonWord(next)) {
          afterEnd = i + 2;
          nextTok = -1;
        } else if (Py.isSpace(next)) {
          int j = i + 2;
          while (j < n && Py.isSpace(text.charAt(j))) j++;
          if (j >= n) continue;
          nextTok = j;
          while (j < n && !Py.isSpace(text.charAt(j))) j++;
          afterEnd = j;
        } else {
          continue;
        }

        // The word before: after the last ASCII whitespace since the previous candidate. An index
        // of 0 reads as "none" in the reference, which then reaches back to the previous word's
        // start (merging touching candidates into one context).
        int lastWs = 0;
        for (int k = i - 1; k >= prevSliceStop; k--) {
          if (PunktChars.isAsciiWhitespace(text.charAt(k))) {
            lastWs = k - prevSliceStop;
            break;
          }
        }
        int wordStart = lastWs != 0 ? lastWs + prevSliceStop + 1 : prevSliceStart;

        if (prevMatch >= 0 && prevSliceStop <= wordStart) {
          lastBreak =
              judge(prevSliceStart, prevMatch, prevAfterEnd, prevNextTok, lastBreak);
        }
        prevMatch = i;
        prevAfterEnd = afterEnd;
        prevNextTok = nextTok;
        prevSliceStart = wordStart;
        prevSliceStop = i;
        if (record != null) {
          record(i, afterEnd, nextTok, wordStart, lastBreak);
        } else if (whole != null) {
          Trace t = whole;
          int taken = takeOver(i, afterEnd, nextTok, wordStart, lastBreak);
          if (taken >= 0) {
            // The state after the whole's candidate `taken`, as seen from this slice.
            i = t.at(taken, Trace.POS) - offset;
            prevMatch = i;
            prevAfterEnd = t.at(taken, Trace.AFTER_END) - offset;
            int tok = t.at(taken, Trace.NEXT_TOK);
            prevNextTok = tok < 0 ? -1 : tok - offset;
            prevSliceStart = t.at(taken, Trace.SLICE_START) - offset;
            prevSliceStop = i;
            lastBreak = t.at(taken, Trace.LAST_BREAK) - offset;
          }
        }
      }
      if (prevMatch >= 0) {
        lastBreak = judge(prevSliceStart, prevMatch, prevAfterEnd, prevNextTok, lastBreak);
      }
      // The last sentence stops before trailing whitespace.
      int end = n;
      while (end > 0 && Py.isSpace(text.charAt(end - 1))) end--;
      raw(lastBreak, end);
      finish();
    }

    private void record(int i, int afterEnd, int nextTok, int sliceStart, int lastBreak) {
      Trace t = record;
      if ((t.candidates + 1) * Trace.FIELDS > t.states.length) {
        t.states = java.util.Arrays.copyOf(t.states, t.states.length * 2);
      }
      int[] st = t.states;
      int k = t.candidates * Trace.FIELDS;
      st[k + Trace.POS] = i;
      st[k + Trace.AFTER_END] = afterEnd;
      st[k + Trace.NEXT_TOK] = nextTok;
      st[k + Trace.SLICE_START] = sliceStart;
      st[k + Trace.LAST_BREAK] = lastBreak;
      st[k + Trace.HAS_PENDING] = hasPending ? 1 : 0;
      st[k + Trace.PENDING_START] = pendingStart;
      st[k + Trace.PENDING_STOP] = pendingStop;
      st[k + Trace.REALIGN] = realign;
      st[k + Trace.SPANS] = t.spanCount;
      t.candidates++;
    }

    /**
     * Once this slice's state after candidate {@code i} is the whole's after the same candidate:
     * gives out the whole's sentences up to its last candidate whose look-ahead ends inside the
     * slice, takes the whole's realignment state there, and returns that candidate's index (the
     * caller takes the rest of the state); -1 while the states differ, and after a take-over.
     */
    private int takeOver(int i, int afterEnd, int nextTok, int sliceStart, int lastBreak) {
      Trace t = whole;
      int at = i + offset;
      int k = wholeCandidate;
      while (k < t.candidates && t.at(k, Trace.POS) < at) k++;
      wholeCandidate = k;
      if (k == t.candidates || t.at(k, Trace.POS) != at) return -1;
      if (t.at(k, Trace.AFTER_END) != afterEnd + offset
          || t.at(k, Trace.NEXT_TOK) != (nextTok < 0 ? -1 : nextTok + offset)
          || t.at(k, Trace.SLICE_START) != sliceStart + offset
          || t.at(k, Trace.LAST_BREAK) != lastBreak + offset
          || t.at(k, Trace.HAS_PENDING) != (hasPending ? 1 : 0)
          || t.at(k, Trace.REALIGN) != realign
          || (hasPending && (t.at(k, Trace.PENDING_START) != pendingStart + offset
              || t.at(k, Trace.PENDING_STOP) != pendingStop + offset))) {
        return -1;
      }
      // Every candidate the whole took up after k, up to m, read text inside the slice only.
      int end = offset + n;
      int m = k;
      while (m + 1 < t.candidates && t.at(m + 1, Trace.AFTER_END) <= end) m++;
      whole = null; // one take-over: the rest is this slice's own
      if (m == k) return -1;
      for (int sp = t.at(k, Trace.SPANS); sp < t.at(m, Trace.SPANS); sp++) {
        sink.accept(t.spans[2 * sp] - offset, t.spans[2 * sp + 1] - offset);
      }
      hasPending = t.at(m, Trace.HAS_PENDING) == 1;
      pendingStart = t.at(m, Trace.PENDING_START) - offset;
      pendingStop = t.at(m, Trace.PENDING_STOP) - offset;
      realign = t.at(m, Trace.REALIGN);
      return m;
    }

    /** Decides one candidate; returns the new start of the current sentence. */
    private int judge(int contextStart, int match, int contextEnd, int nextTok, int lastBreak) {
      if (!containsSentBreak(contextStart, contextEnd)) return lastBreak;
      raw(lastBreak, match + 1);
      return nextTok >= 0 ? nextTok : match + 1;
    }

    // _realign_boundaries, streamed: each raw slice is settled once its successor is known.

    private void raw(int start, int stop) {
      if (hasPending) settle(pendingStart, pendingStop, true, start, stop);
      hasPending = true;
      pendingStart = start;
      pendingStop = stop;
    }

    private void finish() {
      if (hasPending) settle(pendingStart, pendingStop, false, 0, 0);
    }

    private void settle(int s1Start, int s1Stop, boolean hasNext, int s2Start, int s2Stop) {
      s1Start += realign;
      if (!hasNext) {
        emitIfNonEmpty(s1Start, s1Stop);
        return;
      }
      // Closing quotes/brackets at the start of the next slice, then whitespace, "--" or its end.
      int a = clamp(s2Start);
      int b = clamp(s2Stop);
      int p = a;
      while (p < b && PunktChars.isCloser(text.charAt(p))) p++;
      int matchEnd = -1;
      if (p > a) {
        if (p == b) {
          matchEnd = p;
        } else if (Py.isSpace(text.charAt(p))) {
          int q = p + 1;
          while (q < b && Py.isSpace(text.charAt(q))) q++;
          matchEnd = q;
        } else if (p + 1 < b && text.charAt(p) == '-' && text.charAt(p + 1) == '-') {
          matchEnd = p;
        }
      }
      if (matchEnd >= 0) {
        emit(s1Start, s2Start + (p - a));
        realign = matchEnd - a;
      } else {
        realign = 0;
        emitIfNonEmpty(s1Start, s1Stop);
      }
    }

    private int clamp(int i) {
      return i < 0 ? 0 : Math.min(i, n);
    }

    private void emitIfNonEmpty(int start, int stop) {
      int s = clamp(start);
      int e = clamp(stop);
      if (s < e) out(s, e);
    }

    private void out(int start, int end) {
      if (record != null) record.addSpan(start, end);
      sink.accept(start, end);
    }

    /** Python's {@code text[start:stop]}: clamped, and empty when reversed. */
    private void emit(int start, int stop) {
      int s = clamp(start);
      int e = clamp(stop);
      out(s, Math.max(s, e));
    }

    // text_contains_sentbreak on text[from:to]. The reference annotates tokens lazily and each
    // decision only looks one token ahead, so two token slots suffice (a merged context can span
    // the whole text); slot indices alternate 0, 1.

    private boolean containsSentBreak(int from, int to) {
      if (memo == null) return judgeContext(from, to);
      long hash = ContextMemo.hash(text, from, to);
      int slot = memo.slot(text, from, to, hash);
      int known = memo.answer(slot);
      if (known >= 0) return known == 1;
      boolean isBreak = judgeContext(from, to);
      memo.keep(slot, text, from, to, hash, isBreak);
      return isBreak;
    }

    /** The answer for text[from:to]: a function of those characters alone (see {@link ContextMemo}). */
    private boolean judgeContext(int from, int to) {
      startWords(from, to);
      int cur = 0;
      if (!nextWord(cur)) return false;
      firstPass(cur);
      int next = 1;
      // A break on the last token does not count: there is no token after it to confirm it.
      while (nextWord(next)) {
        firstPass(next);
        secondPass(cur, next);
        if (sentbreak[cur]) return true;
        cur = next;
        next ^= 1;
      }
      return false;
    }

    /** Positions the word cursor at the start of text[from:to]. */
    private void startWords(int from, int to) {
      wordPos = from;
      wordsEnd = to;
      lineEnd = lineEndFrom(from);
    }

    /** Where the line starting at {@code i} ends: the next \n, or the end of the context. */
    private int lineEndFrom(int i) {
      while (i < wordsEnd && text.charAt(i) != '\n') i++;
      return i;
    }

    /**
     * The next token of {@code _tokenize_words} into {@code slot}: the word tokenizer applied to
     * each \n-separated line (a line's end is the end of the string for its {@code $}).
     */
    private boolean nextWord(int slot) {
      int pos = wordPos;
      while (true) {
        if (pos >= lineEnd) {
          if (lineEnd >= wordsEnd) {
            wordPos = pos;
            return false;
          }
          pos = lineEnd + 1;
          lineEnd = lineEndFrom(pos);
          continue;
        }
        char c = text.charAt(pos);
        if (Py.isSpace(c)) {
          pos++;
          continue;
        }
        int end = lineEnd;
        int stop = PunktChars.multiCharEnd(text, pos, end);
        if (stop < 0) {
          if (PunktChars.isWordStartExcluded(c)) {
            stop = pos + 1;
          } else {
            // The shortest run of non-space characters that a word end follows.
            stop = pos + Character.charCount(text.codePointAt(pos));
            while (!PunktChars.isWordEnd(text, stop, end)) {
              stop += Character.charCount(text.codePointAt(stop));
            }
          }
        }
        tokStart[slot] = pos;
        tokEnd[slot] = stop;
        sentbreak[slot] = false;
        abbr[slot] = false;
        ellipsis[slot] = false;
        type[slot] = null;
        wordPos = stop;
        return true;
      }
    }

    /** Type-based annotation: breaks, ellipses, known abbreviations. */
    private void firstPass(int t) {
      int s = tokStart[t];
      int e = tokEnd[t];
      char last = text.charAt(e - 1);
      if (e - s == 1 && (last == '.' || last == '?' || last == '!')) {
        sentbreak[t] = true;
      } else if (isEllipsis(s, e)) {
        ellipsis[t] = true;
      } else if (last == '.' && !(e - s >= 2 && text.charAt(e - 2) == '.')) {
        // The token without its period, lower-cased, or the part after its last hyphen.
        String stem = lowerSlice(text, s, e - 1);
        if (params.isAbbrevType(stem)
            || params.isAbbrevType(stem.substring(stem.lastIndexOf('-') + 1))) {
          abbr[t] = true;
        } else {
          sentbreak[t] = true;
        }
      }
    }

    /** Context-based reclassification of token t, looking at the token u after it. */
    private void secondPass(int t, int u) {
      int s = tokStart[t];
      int e = tokEnd[t];
      if (text.charAt(e - 1) != '.') return;
      String typ = typeNoPeriod(type(t));
      String nextTyp = typeNoSentPeriod(u);
      boolean initial = isInitial(s, e);

      if (params.isCollocation(typ, nextTyp)) {
        sentbreak[t] = false;
        abbr[t] = true;
        return;
      }
      if ((abbr[t] || ellipsis[t]) && !initial) {
        if (orthoHeuristic(u) == Ortho.STARTER) {
          sentbreak[t] = true;
          return;
        }
        if (firstUpper(u) && params.isSentStarter(nextTyp)) {
          sentbreak[t] = true;
          return;
        }
      }
      if (initial || typ.equals(NUMBER_TYPE)) {
        Ortho h = orthoHeuristic(u);
        if (h == Ortho.NOT_STARTER) {
          sentbreak[t] = false;
          abbr[t] = true;
          return;
        }
        if (h == Ortho.UNKNOWN
            && initial
            && firstUpper(u)
            && (params.orthoContext(nextTyp) & PunktParameters.ORTHO_LC) == 0) {
          sentbreak[t] = false;
          abbr[t] = true;
        }
      }
    }

    /** Whether token t starts a sentence, judging by the cases its type was seen in. */
    private Ortho orthoHeuristic(int t) {
      int s = tokStart[t];
      int e = tokEnd[t];
      if (e - s == 1 && PunktChars.isPunctuation(text.charAt(s))) return Ortho.NOT_STARTER;
      int ctx = params.orthoContext(typeNoSentPeriod(t));
      if (firstUpper(t)
          && (ctx & PunktParameters.ORTHO_LC) != 0
          && (ctx & PunktParameters.ORTHO_MID_UC) == 0) {
        return Ortho.STARTER;
      }
      if (firstLower(t)
          && ((ctx & PunktParameters.ORTHO_UC) != 0 || (ctx & PunktParameters.ORTHO_BEG_LC) == 0)) {
        return Ortho.NOT_STARTER;
      }
      return Ortho.UNKNOWN;
    }

    private boolean firstUpper(int t) {
      return Character.isUpperCase(text.codePointAt(tokStart[t]));
    }

    private boolean firstLower(int t) {
      return Character.isLowerCase(text.codePointAt(tokStart[t]));
    }

    /** The token lower-cased, or {@code ##number##} for a number. */
    private String type(int t) {
      String ty = type[t];
      if (ty == null) {
        int s = tokStart[t];
        int e = tokEnd[t];
        ty = PunktChars.isNumeric(text, s, e) ? NUMBER_TYPE : lowerSlice(text, s, e);
        type[t] = ty;
      }
      return ty;
    }

    private String typeNoSentPeriod(int t) {
      return sentbreak[t] ? typeNoPeriod(type(t)) : type(t);
    }

    /** {@code \.\.+$}: the token is only periods, at least two. */
    private boolean isEllipsis(int s, int e) {
      if (e - s < 2) return false;
      for (int i = s; i < e; i++) {
        if (text.charAt(i) != '.') return false;
      }
      return true;
    }

    /** {@code [^\W\d]\.$}: one letter-like character and a period. */
    private boolean isInitial(int s, int e) {
      if (text.charAt(e - 1) != '.') return false;
      int cp = text.codePointAt(s);
      if (s + Character.charCount(cp) != e - 1) return false;
      return Py.isWordChar(cp) && !Py.isDecimal(cp);
    }
  }

  /**
   * Finds the sentence-end characters {@code . ? !} left to right with {@link String#indexOf},
   * which the JDK scans many characters at a time: most characters of a text are none of them.
   */
  private static final class EndFinder {
    private final String text;
    private int period = -2;
    private int question = -2;
    private int bang = -2;

    EndFinder(String text) {
      this.text = text;
    }

    /** The first end character at or after {@code from}, or -1. Calls must not go backwards. */
    int next(int from) {
      if (period != -1 && period < from) period = text.indexOf('.', from);
      if (question != -1 && question < from) question = text.indexOf('?', from);
      if (bang != -1 && bang < from) bang = text.indexOf('!', from);
      return firstOf(firstOf(period, question), bang);
    }

    /** The smaller of two positions, where -1 means none. */
    private static int firstOf(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }

  private enum Ortho {
    STARTER,
    NOT_STARTER,
    UNKNOWN
  }

  private static String typeNoPeriod(String type) {
    return type.length() > 1 && type.charAt(type.length() - 1) == '.'
        ? type.substring(0, type.length() - 1)
        : type;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code lower(text.substring(s, e))}, an ASCII token made in one copy rather than cut out and
   * then lower-cased (each candidate end looks up a token or two by type).
   */
  private static String lowerSlice(String text, int s, int e) {
    boolean upper = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) return lower(text.substring(s, e));
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) return text.substring(s, e);
    byte[] lowered = new byte[e - s];
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      lowered[i - s] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return new String(lowered, StandardCharsets.ISO_8859_1);
  }
}
