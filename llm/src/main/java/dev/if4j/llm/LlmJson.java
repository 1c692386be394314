package dev.if4j.llm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON settings of this module. */
final class LlmJson {
  private LlmJson() {}

  /**
   * Reading: responses may be long (no string length limit), and servers written in Python may send
   * {@code NaN}. Writing: one object per line with no separator, and only ASCII (other characters
   * escaped as Python's {@code json.dumps} does by default), so a line never holds a raw newline or
   * bytes a reader could mis-decode. A repeated key in what is read is an error naming it, not
   * "the last one wins".
   */
  static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .rootValueSeparator((String) null)
      .build();

  /** For pass-through values ({@link Sampling#extra()}) and trees. */
  static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
}
