package dev.if4j.llm;

import java.util.Objects;

/** What identifies a generated response: the prompt's key and the sample's index (from 0). */
public record RecordKey(String key, int sample) {
  public RecordKey {
    Objects.requireNonNull(key, "key");
    if (sample < 0) throw new IllegalArgumentException("sample index must not be negative");
  }

  @Override
  public String toString() {
    return key + "#" + sample;
  }
}
