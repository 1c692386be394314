package dev.if4j.data;

import com.jerolba.carpet.CarpetReader;
import dev.if4j.data.io.JsonValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test helpers: the shared datasets, and files read back as plain values. */
public final class TestData {
  private TestData() {}

  public static Path shared() {
    String p = System.getProperty("if4j.shared");
    return Path.of(p != null ? p : "../../shared");
  }

  public static Path ifevalInput() {
    return shared().resolve("datasets/ifeval/input_data.jsonl");
  }

  /** Every line of a JSONL file as plain values. */
  public static List<Object> jsonl(Path file) throws IOException {
    List<Object> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(JsonValues.plain(JsonValues.MAPPER.readTree(line)));
    }
    return out;
  }

  /** Every row of a Parquet file, read with Carpet as maps, null struct fields dropped. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static List<Object> parquet(Path file) throws IOException {
    List<Object> out = new ArrayList<>();
    for (Map row : new CarpetReader<>(file.toFile(), Map.class).toList()) out.add(withoutNulls(row));
    return out;
  }

  /** Maps without their null entries (Parquet structs carry every column), recursively. */
  public static Object withoutNulls(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> {
        if (x != null) out.put((String) k, withoutNulls(x));
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) out.add(withoutNulls(x));
      return out;
    }
    if (v instanceof Integer i) return i.longValue();
    return v;
  }
}
