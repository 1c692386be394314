package dev.if4j.constraints.groundtruth;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON held in a string field (verl's and RLVR-IFeval's {@code ground_truth}), read as Python's
 * {@code json.loads} reads it (the project's one dialect, {@link Json}) into the same plain values
 * the line reader produces ({@link Json#readValue}); and plain values written back as JSON text.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * Made on the first {@link #write}, not with the class: reading (every row) needs only the
   * factory, and a data-bound mapper's set-up was about a tenth of a short run's start-up.
   */
  private static final class Writer {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** A JSON text that is not one value. */
  static final class NotJson extends Exception {
    private static final long serialVersionUID = 1L;

    NotJson(String message) {
      super(message);
    }
  }

  static Object parse(String text) throws NotJson {
    try (JsonParser p = Json.FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) throw new NotJson("empty text");
      Object v = Json.readValue(p);
      if (p.nextToken() != null) {
        throw new NotJson("more content after the value at column " + p.currentLocation().getColumnNr());
      }
      return v;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new NotJson("malformed JSON" + where + ": " + Json.problem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String does no I/O
    }
  }

  /** {@code value} (plain Java: maps, lists, strings, numbers, booleans, null) as compact JSON text. */
  public static String write(Object value) {
    try {
      return Writer.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values always serialise", e);
    }
  }
}
