package dev.if4j.text;

import dev.if4j.text.langdetect.LanguageDetector;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.stopwords.Stopwords;
import dev.if4j.text.syllables.SyllableCounter;
import dev.if4j.text.tag.PerceptronTagger;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The language machinery checkers share: loaded lazily from a {@link ResourceStore} (a run that
 * never splits sentences never reads Punkt data), once, then immutable and safe to share between
 * threads.
 */
public final class TextTools {
  private final ResourceStore store;
  private final Tool<PunktSentenceTokenizer> punkt;
  private final Tool<LanguageDetector> languages;
  private final Tool<PerceptronTagger> tagger;
  private final Tool<Stopwords> stopwords;
  private final Tool<SyllableCounter> syllables;
  /** The tools above by name (for {@link #loadAhead} and {@link #used}), in the order they load ahead. */
  private final Map<String, Tool<?>> byName;
  private final long languageSeed;
  private final ConcurrentMap<Loader<?>, Lazy<?>> loaded = new ConcurrentHashMap<>();

  /** Tools over {@code store} whose language guesses use seed 0, as the reference's runs do. */
  public TextTools(ResourceStore store) {
    this(store, 0L);
  }

  /**
   * Tools over {@code store} whose language guesses use {@code languageSeed}: langdetect samples at
   * random, so a borderline text can change language with the seed; the reference's golden verdicts
   * were made with seed 0.
   */
  public TextTools(ResourceStore store, long languageSeed) {
    this.store = Objects.requireNonNull(store);
    this.languageSeed = languageSeed;
    this.punkt = new Tool<>(() -> PunktSentenceTokenizer.english(store));
    this.languages = new Tool<>(() -> LanguageDetector.load(store));
    this.tagger = new Tool<>(() -> PerceptronTagger.english(store));
    this.stopwords = new Tool<>(() -> Stopwords.english(store));
    this.syllables = new Tool<>(() -> SyllableCounter.load(store));
    Map<String, Tool<?>> names = new LinkedHashMap<>();
    names.put("punkt", punkt);
    names.put("languages", languages);
    names.put("tagger", tagger);
    names.put("stopwords", stopwords);
    names.put("syllables", syllables);
    this.byName = Collections.unmodifiableMap(names);
  }

  /** The built-in tools used so far (asked for, not only loaded ahead), by name. */
  public Set<String> used() {
    Set<String> names = new LinkedHashSet<>();
    byName.forEach((name, tool) -> {
      if (tool.used) names.add(name);
    });
    return names;
  }

  /** The built-in tools loaded so far, used or only loaded ahead (for tests). */
  Set<String> loaded() {
    Set<String> names = new LinkedHashSet<>();
    byName.forEach((name, tool) -> {
      if (tool.memo.isDone()) names.add(name);
    });
    return names;
  }

  /**
   * Loads the built-in tools {@code names} (unknown names are ignored) here and now, unless they
   * are loaded already, ahead of their use and with downloads refused ({@link
   * ResourceStore#withoutDownloads}): meant for a thread of its own while the run reads its input. A
   * tool that fails to load ahead is left for its first use, which loads it again and reports the
   * failure as usual.
   */
  public void loadAhead(Collection<String> names) {
    for (String name : names) {
      Tool<?> tool = byName.get(name);
      if (tool == null) continue;
      try {
        tool.loadAhead();
      } catch (RuntimeException | LinkageError e) {
        // Left for the first use: it loads again and says what is wrong, where the user sees it.
      }
    }
  }

  /** The seed handed to every {@link LanguageDetector#detect} call made through these tools. */
  public long languageSeed() {
    return languageSeed;
  }

  public ResourceStore store() {
    return store;
  }

  /** NLTK's Punkt tokenizer with the English parameters. */
  public PunktSentenceTokenizer punkt() {
    return punkt.get();
  }

  /** A port of Python langdetect 1.0.9 with its 55 profiles. */
  public LanguageDetector languages() {
    return languages.get();
  }

  /** NLTK 3.8's English averaged perceptron POS tagger ({@code nltk.pos_tag}). */
  public PerceptronTagger tagger() {
    return tagger.get();
  }

  /** NLTK's English stopword list ({@code stopwords.words('english')}). */
  public Stopwords stopwords() {
    return stopwords.get();
  }

  /** syllapy 0.7.2's syllable counter with its dictionary. */
  public SyllableCounter syllables() {
    return syllables.get();
  }

  /**
   * A tool of a benchmark's own (French Punkt with M-IFEval's abbreviations, a Japanese tokenizer,
   * Thai's {@link dev.if4j.text.thai.ThaiWords#TOOL}): loaded on first use, once, then shared like
   * the tools above. {@code loader} is the identity of the tool, so keep it in a constant.
   */
  @SuppressWarnings("unchecked")
  public <T> T loaded(Loader<T> loader) {
    // The map only hands out the memo; loading runs outside the map's lock, so that a loader may
    // ask for a tool it builds on (Thai sentences on Thai words).
    return (T) loaded.computeIfAbsent(loader, l -> Lazy.of(() -> l.load(this))).get();
  }

  /**
   * A built-in tool: loaded once ({@link Lazy}), on first use or ahead of it. Its load keeps the
   * files it read ({@link ResourceStore#capturing}) and its first use records them as served, so
   * that the stamp lists the tools used and a tool only loaded ahead is not in it.
   */
  private final class Tool<T> {
    private final Lazy<ResourceStore.Loaded<T>> memo;
    /** Asked for at least once; written once, so the hot path only reads it. */
    private volatile boolean used;

    Tool(Supplier<T> load) {
      this.memo = Lazy.of(() -> ResourceStore.capturing(load));
    }

    T get() {
      ResourceStore.Loaded<T> l = memo.get();
      if (!used) {
        store.recordServed(l.read());
        used = true;
      }
      return l.value();
    }

    /** Loads now, without downloading ({@link ResourceStore#withoutDownloads}); the first use records it. */
    void loadAhead() {
      ResourceStore.withoutDownloads(memo);
    }
  }

  /** How a tool is made from these tools' store and the tools it builds on; one constant per tool. */
  @FunctionalInterface
  public interface Loader<T> {
    T load(TextTools tools);
  }
}
