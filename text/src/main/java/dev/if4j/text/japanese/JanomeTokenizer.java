package dev.if4j.text.japanese;

import dev.if4j.text.Py;
import java.util.List;

/**
 * Japanese morphemes as janome 0.5.0's {@code Tokenizer().tokenize(text)} gives them over IPADIC
 * (mecab-ipadic 2.7.0-20070801): each token's surface and its part of speech.
 *
 * <p>The dictionary, the unknown-word entries and the connection costs are those Lucene's Kuromoji
 * bundles (the same IPADIC, the same cost model); the lattice is janome's ({@link JanomeLattice}):
 * the text is stripped, then cut into chunks where janome cuts it (at a position the lattice
 * reaches past 500 characters that follows {@code 、。,.？?！!} or a blank line; at 1,024 at the
 * latest), each analysed on its own.
 *
 * <p>Immutable and thread-safe; the dictionaries are loaded on first use and shared.
 */
public final class JanomeTokenizer {
  /** janome's {@code Tokenizer.CHUNK_SIZE}: a chunk may end after this many characters. */
  static final int CHUNK_SIZE = 500;

  /** janome's {@code Tokenizer.MAX_CHUNK_SIZE}: a chunk ends here at the latest. */
  static final int MAX_CHUNK_SIZE = 1024;

  /** janome's {@code max_unknown_length}: the longest unknown word of a grouping category. */
  static final int MAX_UNKNOWN_LENGTH = 1024;

  /** One morpheme: its surface and janome's part of speech, {@code "名詞,一般,*,*"}. */
  public record Token(String surface, String partOfSpeech) {}

  /** The tokenizer; Kuromoji's bundled dictionary is read on first use. */
  public JanomeTokenizer() {}

  /** {@code list(Tokenizer().tokenize(text))}: surfaces and parts of speech. */
  public List<Token> tokenize(String text) {
    return JanomeLattice.tokenize(Py.strip(text));
  }

  /**
   * janome's four comma-separated fields ({@code "名詞,一般,*,*"}) from Kuromoji's hyphen-joined
   * ones ({@code "名詞-一般"}), which leave out the {@code *} fields.
   */
  static String janomePartOfSpeech(String kuromoji) {
    if (kuromoji == null) return "*,*,*,*";
    String[] parts = kuromoji.split("-", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      if (i > 0) out.append(',');
      out.append(i < parts.length ? parts[i] : "*");
    }
    return out.toString();
  }
}
