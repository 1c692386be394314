package dev.if4j.reward.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.reward.JsonTree;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generators' samples, each a serialised {@code /v1/score} sample object ({@code prompt},
 * {@code response}, {@code ground_truth}), and the request bodies made of them: batches for {@code
 * /v1/score}, OpenRLHF's single-sample body for {@code /get_reward}.
 */
public final class BenchSamples {
  private static final JsonFactory JSON = new JsonFactory();

  private BenchSamples() {}

  /**
   * Samples from IFEval-style rows ({@code prompt}, {@code response}, {@code instruction_id_list},
   * {@code kwargs}; e.g. the golden parity files), at most {@code max}, read by the one line reader
   * ({@link JsonlLines}: blank lines and a BOM skipped, a line that is not UTF-8 an input problem
   * naming it). A row without a response or instruction ids is passed over: any rows file will do.
   */
  public static List<byte[]> fromRows(Path jsonl, int max) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (JsonlLines lines = JsonlLines.open(jsonl)) {
      for (SourceLine line = lines.next(); line != null && out.size() < max; line = lines.next()) {
        if (!(JsonTree.parse(line.requireUtf8(lines.name()).text()) instanceof Map<?, ?> row)) continue;
        Object response = row.get("response");
        Object ids = row.get("instruction_id_list");
        if (!(response instanceof String) || !(ids instanceof List<?>)) continue;
        out.add(sample(row.get("prompt"), (String) response, ids, row.get("kwargs")));
      }
    }
    return out;
  }

  /**
   * A small built-in set of IFEval-style samples (instructions that need no language data), for
   * when no rows file is at hand.
   */
  public static List<byte[]> synthetic() {
    String para = "Rewards are computed for every sampled response. The server judges them in parallel. "
        + "Each instruction is checked with the same rules as the benchmark.";
    List<byte[]> out = new ArrayList<>();
    out.add(sample("Write without commas.", para, List.of("punctuation:no_comma"), List.of(Map.of())));
    out.add(sample("Use at least 20 words.", para + " " + para,
        List.of("length_constraints:number_words"), List.of(Map.of("relation", "at least", "num_words", 20))));
    out.add(sample("Give exactly 3 bullet points.", "* one\n* two\n* three",
        List.of("detectable_format:number_bullet_lists"), List.of(Map.of("num_bullets", 3))));
    out.add(sample("Wrap your answer in double quotes, no commas.", "\"" + para + "\"",
        List.of("startend:quotation", "punctuation:no_comma"), List.of(Map.of(), Map.of())));
    out.add(sample("Answer in JSON.", "```json\n{\"answer\": 42}\n```",
        List.of("detectable_format:json_format"), Arrays.asList(new Object[] {null})));
    out.add(sample("Mention 'server' twice and end with 'Is there anything else I can help with?'",
        "The server is fast. The server is safe. Is there anything else I can help with?",
        List.of("keywords:frequency", "startend:end_checker"),
        List.of(Map.of("keyword", "server", "frequency", 2, "relation", "at least"),
            Map.of("end_phrase", "Is there anything else I can help with?"))));
    out.add(sample("Highlight 2 sections with markdown.", "*first* part and *second* part",
        List.of("detectable_format:number_highlighted_sections"), List.of(Map.of("num_highlights", 2))));
    out.add(sample("Add a postscript starting with P.S.", para + "\n\nP.S. thanks",
        List.of("detectable_content:postscript"), List.of(Map.of("postscript_marker", "P.S."))));
    return out;
  }

  /**
   * {@link #synthetic()} as check rows (with ids, the instructions at the top level) in a temporary
   * JSONL file removed at exit: {@code if4j bench}'s rows outside a checkout with the golden files.
   */
  public static Path syntheticCheckRows() throws IOException {
    ObjectMapper json = new ObjectMapper(Json.FACTORY);
    StringBuilder lines = new StringBuilder();
    int id = 0;
    for (byte[] sample : synthetic()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", "builtin-" + id++);
      Map<String, Object> fields = json.readValue(sample, new TypeReference<Map<String, Object>>() {});
      // The server's samples nest the instructions under ground_truth; check rows have them at the top.
      Object truth = fields.remove("ground_truth");
      row.putAll(fields);
      if (truth instanceof Map<?, ?> t) t.forEach((k, v) -> row.put((String) k, v));
      // The server reads a null kwargs entry as no arguments; check wants an object there.
      if (row.get("kwargs") instanceof List<?> kwargs) {
        row.put("kwargs", kwargs.stream().map(k -> k == null ? Map.of() : k).toList());
      }
      lines.append(json.writeValueAsString(row)).append('\n');
    }
    Path file = Files.createTempFile("if4j-bench-", ".jsonl");
    file.toFile().deleteOnExit();
    return Files.writeString(file, lines);
  }

  private static byte[] sample(Object prompt, String response, Object ids, Object kwargs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(response.length() + 256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (prompt instanceof String p) g.writeStringField("prompt", p);
      g.writeStringField("response", response);
      g.writeObjectFieldStart("ground_truth");
      g.writeFieldName("instruction_id_list");
      writeValue(g, ids);
      g.writeFieldName("kwargs");
      writeValue(g, kwargs);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) g.writeNull();
    else if (v instanceof String s) g.writeString(s);
    else if (v instanceof Boolean b) g.writeBoolean(b);
    else if (v instanceof Long l) g.writeNumber(l);
    else if (v instanceof Integer i) g.writeNumber(i);
    else if (v instanceof Double d) g.writeNumber(d);
    else if (v instanceof java.math.BigInteger b) g.writeNumber(b);
    else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) writeValue(g, o);
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  /**
   * Request bodies of {@code n} samples that between them cover every sample (so that each batch
   * size is measured on the same mix), as many as fit in 256 MiB.
   */
  static List<byte[]> batchBodies(List<byte[]> samples, int n) {
    long total = 0;
    for (byte[] s : samples) total += s.length + 1;
    long perBody = Math.max(1, total * n / samples.size());
    int count = (int) Math.max(1, Math.min((samples.size() + n - 1) / n, (256L << 20) / perBody));
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(batchBody(samples, n, (int) ((long) i * n % samples.size())));
    return out;
  }

  /** {@code {"samples": [...]}} with {@code n} samples, taken in turn from {@code offset}. */
  static byte[] batchBody(List<byte[]> samples, int n, int offset) {
    int size = 16;
    for (int i = 0; i < n; i++) size += samples.get((offset + i) % samples.size()).length + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes("{\"samples\":[".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < n; i++) {
      if (i > 0) out.write(',');
      out.writeBytes(samples.get((offset + i) % samples.size()));
    }
    out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** The {@code /get_reward} body OpenRLHF sends for one of our {@code /v1/score} samples. */
  static byte[] getRewardBody(byte[] sample) {
    Map<?, ?> s;
    try {
      s = (Map<?, ?>) JsonTree.parse(new String(sample, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String prompt = s.get("prompt") instanceof String p ? p : "";
    ByteArrayOutputStream out = new ByteArrayOutputStream(sample.length * 2 + 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("query");
      g.writeString(prompt + s.get("response"));
      g.writeEndArray();
      g.writeArrayFieldStart("prompts");
      g.writeString(prompt);
      g.writeEndArray();
      g.writeArrayFieldStart("labels");
      writeValue(g, s.get("ground_truth"));
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
