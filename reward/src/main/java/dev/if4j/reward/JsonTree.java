package dev.if4j.reward;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;

/**
 * Request bodies as plain Java values ({@link Json#readValue}), in the project's one dialect, with
 * the bounds a server needs.
 */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Shared, thread-safe: {@link Json#FACTORY} (so a repeated key is an error naming it: a sample's
   * second {@code response} must not silently replace its first) with two changes for a server.
   * Nesting is bounded, so a hostile document cannot exhaust the stack (strings may still be as long
   * as a request may be: the server bounds requests). Its buffers are recycled through one shared
   * pool: Jackson's default pool is per thread, and the server parses on a new virtual thread per
   * request, so it would allocate fresh buffers (some 16 KiB) for every request.
   */
  public static final JsonFactory FACTORY = Json.FACTORY.rebuild()
      .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNestingDepth(200)
          .build())
      .build();

  /** The one JSON value in {@code text}; trailing content is an error. */
  public static Object parse(String text) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return readDocument(p);
    }
  }

  /** The one JSON value {@code p} holds; trailing content is an error. */
  public static Object readDocument(JsonParser p) throws IOException {
    if (p.nextToken() == null) throw new Malformed("no JSON value (empty input)");
    Object v = Json.readValue(p);
    if (p.nextToken() != null) throw new Malformed("unexpected content after the JSON value");
    return v;
  }

  /** Well-formed JSON tokens that do not make one document (empty input, two values). */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }


  /** A parse error for a user: Jackson's problem and where it is ("... (line 3, column 7)"). */
  public static String describe(JsonProcessingException e) {
    return Json.problem(e) + (e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
  }
}
