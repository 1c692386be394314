package dev.if4j.text;

import dev.if4j.text.langdetect.LanguageDetector;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.stopwords.Stopwords;
import dev.if4j.text.syllables.SyllableCounter;
import dev.if4j.text.tag.PerceptronTagger;
import java.util.Objects;
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
  private final Supplier<PunktSentenceTokenizer> punkt;
  private final Supplier<LanguageDetector> languages;
  private final Supplier<PerceptronTagger> tagger;
  private final Supplier<Stopwords> stopwords;
  private final Supplier<SyllableCounter> syllables;
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
    this.punkt = Lazy.of(() -> PunktSentenceTokenizer.english(store));
    this.languages = Lazy.of(() -> LanguageDetector.load(store));
    this.tagger = Lazy.of(() -> PerceptronTagger.english(store));
    this.stopwords = Lazy.of(() -> Stopwords.english(store));
    this.syllables = Lazy.of(() -> SyllableCounter.load(store));
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

  /** How a tool is made from these tools' store and the tools it builds on; one constant per tool. */
  @FunctionalInterface
  public interface Loader<T> {
    T load(TextTools tools);
  }
}
