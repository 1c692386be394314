package dev.if4j.reward.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.reward.HybridScore;
import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Response bodies, written with Jackson's streaming generator into one buffer (for Content-Length). */
final class ResponseWriter {
  private ResponseWriter() {}

  /**
   * Scores are doubles: a batch of 8,192 results writes about 65,000 of them. Buffers come from a
   * shared pool, as in {@link JsonTree#FACTORY} (answers are written on per-request virtual threads).
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  /** The fields of a result that every sample has (verl logs each key for every sample). */
  private static final List<Field> FIELDS = List.of(
      new Field("prompt_strict_acc", RewardResult::promptStrictAcc, false),
      new Field("inst_strict_acc", RewardResult::instStrictAcc, false),
      new Field("prompt_loose_acc", RewardResult::promptLooseAcc, false),
      new Field("inst_loose_acc", RewardResult::instLooseAcc, false),
      new Field("num_instructions", RewardResult::numInstructions, true),
      new Field("num_followed", RewardResult::numFollowed, true),
      new Field("num_followed_loose", RewardResult::numFollowedLoose, true),
      new Field("guarded", r -> r.isGuarded() ? 1 : 0, true));

  private static final Set<String> LOOSE = Set.of("prompt_loose_acc", "inst_loose_acc", "num_followed_loose");

  private record Field(String name, ToDoubleFunction<RewardResult> value, boolean integral) {
    void write(JsonGenerator g, RewardResult r) throws IOException {
      double v = value.applyAsDouble(r);
      if (integral) g.writeNumber((long) v);
      else g.writeNumber(v);
    }
  }

  /** {@code {"results": [...], "stamp": {...}}} for {@code /v1/score}. */
  static byte[] results(List<RewardResult> results, byte[] stamp) {
    return write(results.size() * 200 + 32, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("results");
      for (RewardResult r : results) {
        g.writeStartObject();
        g.writeNumberField("score", r.score());
        for (Field f : FIELDS) {
          if (f.name.equals("guarded") || !r.hasLoose() && LOOSE.contains(f.name)) continue;
          g.writeFieldName(f.name);
          f.write(g, r);
        }
        if (r.guard() == null) g.writeNullField("guard");
        else g.writeStringField("guard", r.guard().wireName());
        HybridScore h = r.hybrid();
        if (h != null) {
          g.writeStringField("combination", h.combination().wireName());
          g.writeNumberField("rule_score", h.ruleScore());
          if (h.judgeVerdict() < 0) g.writeNullField("judge_verdict");
          else g.writeNumberField("judge_verdict", h.judgeVerdict());
          g.writeBooleanField("judge_cached", h.judgeCached());
          if (h.judgeFailure() != null) g.writeStringField("judge_error", h.judgeFailure());
        }
        if (r.explained()) {
          g.writeArrayFieldStart("verdicts");
          for (InstructionVerdict v : r.verdicts()) {
            g.writeStartObject();
            g.writeStringField("instruction_id", v.instructionId());
            g.writeBooleanField("strict", v.strict());
            g.writeBooleanField("loose", v.loose());
            g.writeStringField("reason", v.reason());
            if (v.looseVariant() == null) g.writeNullField("loose_variant");
            else g.writeStringField("loose_variant", v.looseVariant().name().toLowerCase(Locale.ROOT));
            if (v.referenceRandom()) g.writeBooleanField("reference_random", true);
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      writeStamp(g, stamp);
      g.writeEndObject();
    });
  }

  /**
   * OpenRLHF's answer: {@code rewards} (the scores), {@code scores} (the same before the scale, for
   * its dynamic filtering in [0, 1]) and {@code extra_logs} (one list per logged field; the loose
   * ones only when {@code loose}).
   */
  static byte[] getReward(List<RewardResult> results, boolean loose, byte[] stamp) {
    return write(results.size() * 120 + 256, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("rewards");
      for (RewardResult r : results) g.writeNumber(r.score());
      g.writeEndArray();
      g.writeArrayFieldStart("scores");
      for (RewardResult r : results) g.writeNumber(r.rawScore());
      g.writeEndArray();
      g.writeObjectFieldStart("extra_logs");
      for (Field f : FIELDS) {
        if (!loose && LOOSE.contains(f.name)) continue;
        g.writeArrayFieldStart(f.name);
        for (RewardResult r : results) f.write(g, r);
        g.writeEndArray();
      }
      if (results.stream().anyMatch(r -> r.hybrid() != null)) {
        // Numbers only (OpenRLHF averages each list): a plain sample's rule score is its score, a
        // missing verdict is -1.
        g.writeArrayFieldStart("rule_score");
        for (RewardResult r : results) g.writeNumber(r.hybrid() != null ? r.hybrid().ruleScore() : r.rawScore());
        g.writeEndArray();
        g.writeArrayFieldStart("judge_verdict");
        for (RewardResult r : results) g.writeNumber(r.hybrid() != null ? r.hybrid().judgeVerdict() : -1);
        g.writeEndArray();
      }
      g.writeEndObject();
      writeStamp(g, stamp);
      g.writeEndObject();
    });
  }

  /** {@code "stamp": {...}}: what the scores were computed with (see {@link StampCache}). */
  private static void writeStamp(JsonGenerator g, byte[] stamp) throws IOException {
    if (stamp == null) return;
    g.writeFieldName("stamp");
    g.writeRawValue(new String(stamp, StandardCharsets.UTF_8));
  }

  /** {@code {"error": {"code", "message", "field", "sample"}}}. */
  static byte[] error(int code, String message, String field, int sample) {
    return write(256 + message.length(), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("error");
      g.writeNumberField("code", code);
      g.writeStringField("message", message);
      if (field != null) g.writeStringField("field", field);
      if (sample >= 0) g.writeNumberField("sample", sample);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static byte[] write(int sizeHint, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, sizeHint));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
