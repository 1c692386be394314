package dev.if4j.eval.benchmark;

import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.SourceLine;

/**
 * A line of a responses file: {@code {"prompt", "response"}} and optionally the {@code key} of the
 * prompt it answers.
 *
 * @param index 0-based position among the file's rows
 * @param line 1-based line number
 * @param key the prompt's key, or null
 */
public record ResponseRecord(int index, long line, String key, String prompt, String response) {
  static ResponseRecord parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    return new ResponseRecord(index, line.number(), json.optionalId("key"), json.string("prompt"),
        json.string("response"));
  }
}
