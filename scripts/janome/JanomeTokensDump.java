import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.if4j.text.japanese.JanomeTokenizer;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * if4j's janome tokens of each text of a JSONL file of JSON strings, one JSON array of
 * [surface, part_of_speech] per line (the shape janome_tokens.py writes). Run by janome-tokens.sh.
 */
public class JanomeTokensDump {
  public static void main(String[] args) throws Exception {
    JsonFactory json = new JsonFactory();
    JanomeTokenizer tokenizer = new JanomeTokenizer();
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]))) {
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        String text;
        try (JsonParser p = json.createParser(line)) {
          p.nextToken();
          text = p.getText();
        }
        StringWriter row = new StringWriter();
        try (JsonGenerator g = json.createGenerator(row)) {
          g.writeStartArray();
          for (JanomeTokenizer.Token t : tokenizer.tokenize(text)) {
            g.writeStartArray();
            g.writeString(t.surface());
            g.writeString(t.partOfSpeech());
            g.writeEndArray();
          }
          g.writeEndArray();
        }
        out.write(row.toString());
        out.write("\n");
      }
    }
  }
}
