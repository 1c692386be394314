package dev.if4j.constraints.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fix {@value Fixes#DATA}: corrections of benchmark rows whose instructions contradict their prompt,
 * kept as our own small patch data ({@code ifeval-data-patches.json}: row key → field changes), not
 * as a copy of the dataset.
 *
 * <p>Each change states the value the field must have now; a row that no longer has it (a newer
 * dataset already corrected, another benchmark reusing a key) is left alone and the skip is
 * reported, so a patch never lands on a row it was not written for.
 */
public final class DataPatches {
  /** The resource holding IFEval's patches. */
  static final String IFEVAL_RESOURCE = "ifeval-data-patches.json";

  private static final DataPatches IFEVAL = load(IFEVAL_RESOURCE);

  private final Map<String, List<Change>> byKey;
  private final int version;
  private final String sha256;

  private DataPatches(Map<String, List<Change>> byKey, int version, String sha256) {
    this.byKey = byKey;
    this.version = version;
    this.sha256 = sha256;
  }

  /** The corrections of google/IFEval's rows. */
  public static DataPatches ifeval() {
    return IFEVAL;
  }

  /** One field change: {@code field} goes from {@code from} to {@code to}. */
  public record Change(String key, String field, Object from, Object to, String why) {}

  /** What patching a row did. */
  public record Outcome(Row row, List<Change> applied, List<String> skipped) {
    public boolean changed() {
      return !applied.isEmpty();
    }
  }

  /** The keys of the rows that have corrections. */
  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /** The corrections, row by row. */
  public Map<String, List<Change>> changes() {
    return byKey;
  }

  /** The patch file's version (it changes whenever a correction does). */
  public int version() {
    return version;
  }

  /** SHA-256 of the patch file, for version stamps. */
  public String sha256() {
    return sha256;
  }

  /** {@code row} corrected (the same row when it has no corrections). */
  public Outcome apply(Row row) {
    List<Change> changes = byKey.get(row.id());
    if (changes == null) return new Outcome(row, List.of(), List.of());
    String prompt = row.prompt();
    List<String> ids = new ArrayList<>(row.instructionIds());
    List<Args> kwargs = new ArrayList<>(row.kwargs());
    List<Change> applied = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Change c : changes) {
      String problem = null;
      if (c.field().equals("prompt")) {
        String from = (String) c.from();
        int at = prompt.indexOf(from);
        if (at < 0 || prompt.indexOf(from, at + 1) >= 0) {
          problem = "the prompt does not contain the passage once";
        } else {
          prompt = prompt.substring(0, at) + c.to() + prompt.substring(at + from.length());
        }
      } else if (c.field().startsWith("instruction_id_list[")) {
        int i = index(c.field());
        if (i >= ids.size() || !ids.get(i).equals(c.from())) {
          problem = c.field() + " is not " + c.from();
        } else {
          ids.set(i, (String) c.to());
        }
      } else if (c.field().startsWith("kwargs[")) {
        int i = index(c.field());
        String name = c.field().substring(c.field().indexOf("].") + 2);
        Object now = i < kwargs.size() ? kwargs.get(i).raw(name) : null;
        if (!sameValue(now, c.from())) {
          problem = c.field() + " is " + now + ", not " + c.from();
        } else {
          kwargs.set(i, kwargs.get(i).with(name, c.to()));
        }
      } else {
        problem = "unknown field " + c.field();
      }
      if (problem == null) applied.add(c);
      else skipped.add("key " + row.id() + ": " + problem + "; correction not applied");
    }
    if (applied.isEmpty()) return new Outcome(row, List.of(), skipped);
    Row out = new Row(row.id(), prompt, row.response(), ids, kwargs);
    return new Outcome(out, List.copyOf(applied), List.copyOf(skipped));
  }

  private static boolean sameValue(Object now, Object expected) {
    if (now instanceof Number a && expected instanceof Number b) return a.doubleValue() == b.doubleValue();
    return Objects.equals(now, expected);
  }

  private static int index(String field) {
    int open = field.indexOf('[');
    return Integer.parseInt(field.substring(open + 1, field.indexOf(']', open)));
  }

  static DataPatches load(String resource) {
    try (InputStream in = DataPatches.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      byte[] bytes = in.readAllBytes();
      JsonNode root = new ObjectMapper().readTree(bytes);
      Map<String, List<Change>> byKey = new LinkedHashMap<>();
      for (JsonNode row : root.get("rows")) {
        String key = row.get("key").asText();
        String why = row.get("why").asText();
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : row.get("changes")) {
          changes.add(new Change(key, c.get("field").asText(), value(c.get("from")), value(c.get("to")), why));
        }
        byKey.put(key, List.copyOf(changes));
      }
      return new DataPatches(java.util.Collections.unmodifiableMap(byKey), root.get("version").asInt(),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(JsonNode n) {
    if (n.isIntegralNumber()) return n.asLong();
    if (n.isNumber()) return n.asDouble();
    return n.asText();
  }
}
