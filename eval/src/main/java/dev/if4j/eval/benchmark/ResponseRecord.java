package dev.if4j.eval.benchmark;

import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.MultiTurnMessages;
import dev.if4j.text.io.SourceLine;

/**
 * A line of a responses file: {@code {"prompt", "response"}} and optionally the {@code key} of the
 * prompt it answers. The response may instead be the final assistant turn of a {@code messages}
 * conversation (see {@link MultiTurnMessages}); the prompt may be left out when the key is given.
 *
 * <p>{@code "response": null} is read as no response (null {@code response}): IFBench's evaluation
 * scores such a prompt not followed (an API that refused to answer often writes it), where stopping
 * the run would lose every other verdict.
 *
 * @param index 0-based position among the file's rows
 * @param line 1-based line number
 * @param key the prompt's key, or null
 * @param prompt the prompt's text, or null when only the key is given
 * @param response the response, or null when the line says {@code "response": null}
 */
public record ResponseRecord(int index, long line, String key, String prompt, String response) {
  static ResponseRecord parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    String key = json.optionalId("key");
    if (key == null && !json.has("prompt")) {
      throw json.bad("prompt", (json.isNull("prompt") ? "is null (" : "missing (" + json.found("prompt") + "; ")
          + "a response row is matched by its \"prompt\" or its \"key\")");
    }
    String prompt = json.optionalString("prompt");
    boolean noAnswer = json.isNull("response") && !MultiTurnMessages.present(json);
    String response = noAnswer ? null : MultiTurnMessages.response(json);
    return new ResponseRecord(index, line.number(), key, prompt, response);
  }
}
