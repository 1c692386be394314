package dev.if4j.text.japanese;

import dev.if4j.text.Py;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese morphemes as janome 0.5.0's {@code Tokenizer().tokenize(text)} gives them over IPADIC
 * (mecab-ipadic 2.7.0-20070801): each token's surface and its part of speech.
 *
 * <p>The lattice and its costs are Lucene's Kuromoji, which reads the same dictionary with the same
 * connection-cost model (normal mode, punctuation kept, no user dictionary). What janome does around
 * the lattice is done here: the text is stripped first, and cut into chunks where janome cuts it
 * (past 500 characters, after a {@code 、。,.？?！!} or a blank line; at 1024 at the latest), each
 * chunk analysed on its own, as janome starts a new lattice for each.
 *
 * <p>Kuromoji's tokenizer object is not thread-safe and costs a dictionary lookup to set up, so
 * each thread keeps one; the dictionaries themselves are loaded once and shared.
 */
public final class JanomeTokenizer {
  /** janome's {@code Tokenizer.CHUNK_SIZE}: a chunk may end after this many characters. */
  static final int CHUNK_SIZE = 500;

  /** janome's {@code Tokenizer.MAX_CHUNK_SIZE}: a chunk ends here at the latest. */
  static final int MAX_CHUNK_SIZE = 1024;

  /** One morpheme: its surface and janome's part of speech, {@code "名詞,一般,*,*"}. */
  public record Token(String surface, String partOfSpeech) {}

  private final ThreadLocal<Lattice> lattices = ThreadLocal.withInitial(Lattice::new);

  /** The tokenizer; Kuromoji's bundled dictionary is read on first use. */
  public JanomeTokenizer() {}

  /** {@code list(Tokenizer().tokenize(text))}: surfaces and parts of speech. */
  public List<Token> tokenize(String text) {
    String s = Py.strip(text);
    List<Token> out = new ArrayList<>();
    Lattice lattice = lattices.get();
    for (int[] chunk : chunks(s)) {
      lattice.run(s.substring(chunk[0], chunk[1]), out);
    }
    return out;
  }

  /**
   * janome's chunks of {@code s} as UTF-16 ranges: a chunk ends at the first position past {@link
   * #CHUNK_SIZE} characters that follows a sentence or clause mark or a blank line, or at {@link
   * #MAX_CHUNK_SIZE} characters. Characters are code points, as in Python.
   */
  static List<int[]> chunks(String s) {
    List<int[]> out = new ArrayList<>();
    int n = s.length();
    int start = 0;
    while (start < n) {
      int end = start;
      int chars = 0;
      while (end < n) {
        end += Character.charCount(s.codePointAt(end));
        chars++;
        if (chars >= MAX_CHUNK_SIZE) break;
        if (chars >= CHUNK_SIZE && splittableBefore(s, start, end)) break;
      }
      out.add(new int[] {start, end});
      start = end;
    }
    return out;
  }

  /** janome's {@code __splittable(text[:pos])}: it ends in a mark or a blank line. */
  private static boolean splittableBefore(String s, int start, int end) {
    char last = s.charAt(end - 1);
    if ("、。,.？?！!".indexOf(last) >= 0) return true;
    return (end - start >= 2 && s.startsWith("\n\n", end - 2))
        || (end - start >= 4 && s.startsWith("\r\n\r\n", end - 4));
  }

  /** One thread's Kuromoji tokenizer and its attributes. */
  private static final class Lattice {
    private final JapaneseTokenizer tokenizer =
        new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    void run(String chunk, List<Token> out) {
      try {
        tokenizer.setReader(new StringReader(chunk));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          out.add(new Token(term.toString(), janomePartOfSpeech(pos.getPartOfSpeech())));
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException("reading a string cannot fail", e);
      } finally {
        try {
          tokenizer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
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
