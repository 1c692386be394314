package dev.if4j.text.resources;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upstream home of every file if4j may download, and where it goes in the cache: the one place
 * that names URLs (NOTICE lists the same homes and their licences).
 *
 * <p>Pinned to a commit or tag where the upstream has one, so that a cache filled today holds the
 * bytes the reference was measured with. NLTK data has no versioned URL: its gh-pages branch is what
 * {@code nltk.download()} itself fetches.
 */
public final class Upstream {
  private Upstream() {}

  /** NLTK data packages, as {@code nltk.download()} fetches them. */
  static final String NLTK_DATA = "https://raw.githubusercontent.com/nltk/nltk_data/gh-pages/packages/";

  /** Python langdetect, commit of release 1.0.9. */
  static final String LANGDETECT =
      "https://raw.githubusercontent.com/Mimino666/langdetect/a1598f1afcbfe9a758cfd06bd688fbc5780177b2/langdetect/";

  /** syllapy, tag of release 0.7.2. */
  static final String SYLLAPY = "https://raw.githubusercontent.com/mholtzscher/syllapy/v0.7.2/syllapy/";

  /**
   * PyThaiNLP's corpus at release 5.0.4 (Multi-IF's Thai word and sentence counts; Multi-IF does not
   * pin it). Word lists CC0, models CC-BY 4.0 ({@code corpus_license.md}).
   */
  static final String PYTHAINLP_CORPUS =
      "https://raw.githubusercontent.com/PyThaiNLP/pythainlp/v5.0.4/pythainlp/corpus/";

  /** The google/IFEval dataset on the Hugging Face hub. */
  static final String IFEVAL_DATASET =
      "https://huggingface.co/datasets/google/IFEval/resolve/main/ifeval_input_data.jsonl";

  /** Cache path of the IFEval prompts ({@code key}, {@code prompt}, {@code instruction_id_list}, {@code kwargs}). */
  public static final String IFEVAL_INPUT_DATA = "datasets/ifeval/input_data.jsonl";

  /**
   * The IFBench test set in the allenai/IFBench repository, at the commit the reference figures
   * were measured on (the file's last change is cb932e35, "fix test file", April 2026).
   */
  static final String IFBENCH_DATASET = "https://raw.githubusercontent.com/allenai/IFBench/"
      + "db69a6f05689830b0068b8f1529ebcfd2f3b164c/data/IFBench_test.jsonl";

  /**
   * Cache path of the IFBench prompts ({@code key}, {@code prompt}, {@code instruction_id_list},
   * {@code kwargs} with every argument name, unused ones {@code null}).
   */
  public static final String IFBENCH_INPUT_DATA = "datasets/ifbench/IFBench_test.jsonl";

  /**
   * The IFBench test set as the paper ran it (July 2025, 294 prompts): {@code data/IFBench_test.jsonl}
   * at 8a66c06, unchanged until cb932e35 (April 2026) made it the 300 of today. The IFBench versions
   * of 2025 and January 2026 were run on it.
   */
  static final String IFBENCH_2025_DATASET = "https://raw.githubusercontent.com/allenai/IFBench/"
      + "8a66c069755e98b8d0871829751da9fd7b6ce8f0/data/IFBench_test.jsonl";

  /** Cache path of the July 2025 IFBench prompts (294; same fields as {@link #IFBENCH_INPUT_DATA}). */
  public static final String IFBENCH_2025_INPUT_DATA = "datasets/ifbench/IFBench_test-2025-07.jsonl";

  /**
   * Multi-IF's dataset (facebook/Multi-IF on the Hugging Face hub, CC-BY-NC 2.0), at revision
   * 0ab97ce (2024-10-30; {@code multiIF_20241018.csv} was uploaded in 093e829 and is unchanged since).
   */
  static final String MULTIIF_DATASET = "https://huggingface.co/datasets/facebook/Multi-IF/resolve/"
      + "0ab97ce0b45c7f57772e8ba2ac1616f4b00bd3aa/multiIF_20241018.csv";

  /** Cache path of the Multi-IF conversations (CSV: key, language, turn_N_prompt / _instruction_id_list / _kwargs). */
  public static final String MULTIIF_INPUT_DATA = "datasets/multiif/multiIF_20241018.csv";

  /**
   * M-IFEval's prompts, one file per language, in the lightblue-tech/M-IFEval repository at the
   * commit its published verdicts were made with (its evaluator reads {@code data/<lang>_input_data.jsonl}).
   */
  static final String MIFEVAL_DATASET = "https://raw.githubusercontent.com/lightblue-tech/M-IFEval/"
      + "0bc3143a919eef2f9ec64aa26da8a546086653de/data/";

  /** The languages M-IFEval publishes prompts for. */
  public static final List<String> MIFEVAL_LANGUAGES = List.of("es", "fr", "ja", "en");

  /** Cache path of M-IFEval's prompts in {@code language} ({@code key}, {@code prompt}, ids, kwargs). */
  public static String mifevalInputData(String language) {
    return "datasets/mifeval/" + language + "_input_data.jsonl";
  }

  /** The 55 language profiles langdetect 1.0.9 ships. */
  public static final List<String> LANGDETECT_PROFILES = List.of(
      "af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
      "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne",
      "nl", "no", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th",
      "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw");

  /** Where a cached file comes from. */
  public sealed interface Source permits RawFile, ZipPackage {
    /** Cache paths (relative, slash-separated) this source provides. */
    List<String> files();

    URI uri();
  }

  /** One file downloaded as is. */
  public record RawFile(String file, URI uri) implements Source {
    @Override
    public List<String> files() {
      return List.of(file);
    }
  }

  /**
   * A zip archive from which {@code names} are taken: entry {@code entryDir + name} becomes cache
   * file {@code targetDir + name}. Other entries (other languages, READMEs) are left out.
   */
  public record ZipPackage(URI uri, String entryDir, String targetDir, List<String> names)
      implements Source {
    public ZipPackage {
      names = List.copyOf(names);
    }

    @Override
    public List<String> files() {
      return names.stream().map(n -> targetDir + n).toList();
    }
  }

  private static final List<Source> SOURCES = sources();
  private static final Map<String, Source> BY_FILE = index(SOURCES);

  private static List<Source> sources() {
    List<Source> out = new ArrayList<>();
    // English (IFEval) and French (M-IFEval) Punkt parameters, from one archive.
    List<String> punkt = new ArrayList<>();
    for (String language : List.of("english/", "french/")) {
      for (String name : List.of("abbrev_types.txt", "collocations.tab", "sent_starters.txt", "ortho_context.tab")) {
        punkt.add(language + name);
      }
    }
    out.add(new ZipPackage(URI.create(NLTK_DATA + "tokenizers/punkt_tab.zip"),
        "punkt_tab/", "nltk/tokenizers/punkt_tab/", punkt));
    out.add(new ZipPackage(URI.create(NLTK_DATA + "corpora/stopwords.zip"),
        "stopwords/", "nltk/corpora/stopwords/", List.of("english")));
    String tagger = "averaged_perceptron_tagger_eng";
    out.add(new ZipPackage(URI.create(NLTK_DATA + "taggers/" + tagger + ".zip"),
        tagger + "/", "nltk/taggers/" + tagger + "/",
        List.of(tagger + ".weights.json", tagger + ".tagdict.json", tagger + ".classes.json")));
    for (String code : LANGDETECT_PROFILES) {
      out.add(new RawFile("langdetect/profiles/" + code, URI.create(LANGDETECT + "profiles/" + code)));
    }
    out.add(new RawFile("langdetect/messages.properties",
        URI.create(LANGDETECT + "utils/messages.properties")));
    for (String name : List.of("words_th.txt", "sentenceseg_crfcut.model", "corpus_license.md")) {
      out.add(new RawFile("pythainlp/" + name, URI.create(PYTHAINLP_CORPUS + name)));
    }
    out.add(new RawFile("syllapy/data.csv", URI.create(SYLLAPY + "data.csv")));
    out.add(new RawFile(IFEVAL_INPUT_DATA, URI.create(IFEVAL_DATASET)));
    out.add(new RawFile(IFBENCH_INPUT_DATA, URI.create(IFBENCH_DATASET)));
    out.add(new RawFile(IFBENCH_2025_INPUT_DATA, URI.create(IFBENCH_2025_DATASET)));
    out.add(new RawFile(MULTIIF_INPUT_DATA, URI.create(MULTIIF_DATASET)));
    for (String language : MIFEVAL_LANGUAGES) {
      out.add(new RawFile(mifevalInputData(language),
          URI.create(MIFEVAL_DATASET + language + "_input_data.jsonl")));
    }
    return List.copyOf(out);
  }

  private static Map<String, Source> index(List<Source> sources) {
    Map<String, Source> byFile = new LinkedHashMap<>();
    for (Source s : sources) {
      for (String f : s.files()) byFile.put(f, s);
    }
    return byFile;
  }

  /**
   * The release a cache file comes from, for version stamps: {@code langdetect 1.0.9}, {@code
   * syllapy 0.7.2}, {@code nltk_data gh-pages} (NLTK data has no versions), {@code google/IFEval};
   * {@code unknown} for a file if4j does not fetch.
   */
  public static String release(String relativePath) {
    if (relativePath.startsWith("langdetect/")) return "langdetect 1.0.9";
    if (relativePath.startsWith("syllapy/")) return "syllapy 0.7.2";
    if (relativePath.startsWith("pythainlp/")) return "pythainlp 5.0.4";
    if (relativePath.startsWith("nltk/")) return "nltk_data gh-pages";
    if (relativePath.equals(IFEVAL_INPUT_DATA)) return "google/IFEval";
    if (relativePath.equals(MULTIIF_INPUT_DATA)) return "facebook/Multi-IF 0ab97ce";
    if (relativePath.startsWith("datasets/mifeval/")) return "lightblue-tech/M-IFEval 0bc3143";
    return "unknown";
  }

  /** Every source, language data first. */
  public static List<Source> all() {
    return SOURCES;
  }

  /** Every file if4j knows how to fetch, in a stable order. */
  public static List<String> allFiles() {
    return List.copyOf(BY_FILE.keySet());
  }

  /** The source of cache file {@code relativePath}, if if4j knows one. */
  public static Optional<Source> sourceOf(String relativePath) {
    return Optional.ofNullable(BY_FILE.get(relativePath));
  }
}
