package dev.if4j.reward.server;

import static dev.if4j.reward.server.ServerTesting.NO_COMMA;
import static dev.if4j.reward.server.ServerTesting.get;
import static dev.if4j.reward.server.ServerTesting.post;
import static dev.if4j.reward.server.ServerTesting.quote;
import static dev.if4j.reward.server.ServerTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import dev.if4j.reward.server.ServerTesting.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RewardServerTest {
  static RewardServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RewardServer.start(new RewardFunction(RewardTesting.SLOW, RewardConfig.defaults()),
        ServerConfig.defaults().withPort(0).withThreads(2));
  }

  @AfterAll
  static void stop() {
    server.drain(Duration.ofSeconds(5));
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void scoreAnswersEverySampleInOrderWithTheVerlFields() throws Exception {
    String gt = "{\"instruction_id_list\": [\"punctuation:no_comma\", \"startend:end_checker\"],"
        + " \"kwargs\": [{}, {\"end_phrase\": \"Bye.\", \"unused\": null}]}";
    Reply r = post(server, "/v1/score", "{\"samples\": [" + sample("a, b. Bye.", gt) + ", "
        + sample("no commas at all. Bye.", gt) + ", " + sample("a, b", gt) + "]}");
    assertThat(r.status()).isEqualTo(200);
    List<Map<String, Object>> results = r.results();
    assertThat(results).extracting(m -> m.get("score")).containsExactly(0.5, 1.0, 0.0);
    Map<String, Object> first = results.get(0);
    assertThat(first).containsEntry("prompt_strict_acc", 0.0).containsEntry("inst_strict_acc", 0.5)
        .containsEntry("num_instructions", 2L).containsEntry("num_followed", 1L)
        .containsKeys("prompt_loose_acc", "inst_loose_acc", "num_followed_loose").containsEntry("guard", null)
        .doesNotContainKey("verdicts");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyScoringAnswerCarriesTheVersionStampWithTheLanguageDataRead() throws Exception {
    // A language check reads langdetect's profiles: the stamp made after it lists them.
    String gt = "{\"instruction_id_list\": [\"language:response_language\"], \"kwargs\": [{\"language\": \"en\"}]}";
    Reply r = post(server, "/v1/score", "{\"samples\": [" + sample("This is an English sentence, clearly.", gt) + "]}");
    Map<String, Object> stamp = (Map<String, Object>) r.json().get("stamp");
    assertThat(stamp).containsKeys("if4j_version", "fixes", "resources").containsEntry("registry", "ifeval+slow");
    assertThat((List<Map<String, Object>>) stamp.get("resources")).extracting(m -> m.get("directory"))
        .contains("langdetect/profiles");

    Reply openRlhf = post(server, "/get_reward", "{\"query\": [\"q\"], \"labels\": [" + quote(gt) + "]}");
    assertThat(openRlhf.json()).containsEntry("stamp", stamp);
    assertThat(get(server, "/healthz").json()).containsEntry("stamp", stamp);
  }

  @Test
  void optionsChangeTheModeScaleJudgingAndExplanations() throws Exception {
    String gt = "{\"instruction_id_list\": [\"punctuation:no_comma\", \"detectable_format:title\"], \"kwargs\": [{}, {}]}";
    String s = sample("<<T>>\nwords, here", gt);
    assertThat(post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"mode\": \"all\"}}").results().get(0))
        .containsEntry("score", 0.0);
    assertThat(post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"scale\": 10}}").results().get(0))
        .containsEntry("score", 5.0);
    assertThat(post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"judging\": \"loose\"}}").results().get(0))
        .containsEntry("score", 1.0);
    Map<String, Object> weighted = post(server, "/v1/score", "{\"samples\": [{\"response\": \"<<T>>\\nwords, here\","
        + " \"ground_truth\": " + gt + ", \"weights\": [5, 3]}], \"options\": {\"mode\": \"weighted\","
        + " \"multipliers\": {\"detectable_format:title\": 2}}}").results().get(0);
    assertThat(weighted).containsEntry("score", 6.0);
    Map<String, Object> explained = post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"explain\": true}}").results().get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> verdicts = (List<Map<String, Object>>) explained.get("verdicts");
    assertThat(verdicts).hasSize(2);
    assertThat(verdicts.get(0)).containsEntry("instruction_id", "punctuation:no_comma").containsEntry("strict", false)
        .containsEntry("loose", true).containsEntry("loose_variant", "no_last_line");
    assertThat((String) verdicts.get(0).get("reason")).isNotEmpty();
    Map<String, Object> strictOnly = post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"loose_metrics\": false}}")
        .results().get(0);
    assertThat(strictOnly).containsEntry("score", 0.5).containsEntry("num_followed", 1L)
        .doesNotContainKeys("prompt_loose_acc", "inst_loose_acc", "num_followed_loose");
    Reply bad = post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"mood\": \"all\"}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).containsEntry("field", "options.mood");
    assertThat(post(server, "/v1/score", "{\"samples\": [" + s + "], \"options\": {\"mode\": \"most\"}}").error().get("message").toString())
        .contains("unknown score mode 'most'; known: fraction, all, weighted");
  }

  @Test
  void aPromptInExtraInfoIsUsedWhenTheSampleHasNone() throws Exception {
    String gt = "{\"instruction_id_list\": [\"test:contains_prompt\"], \"kwargs\": [{}]}";
    Reply r = post(server, "/v1/score", "{\"samples\": [{\"response\": \"You said: hello\", \"ground_truth\": " + gt
        + ", \"extra_info\": {\"prompt\": \"hello\", \"index\": 3}, \"data_source\": \"ifeval\"}]}");
    assertThat(r.results().get(0)).containsEntry("score", 1.0);
  }

  @Test
  void getRewardTakesTheResponseAfterThePromptAndAnswersOpenRlhfsShape() throws Exception {
    String p1 = "<|im_start|>user\nWrite, with commas, anything.<|im_end|>\n<|im_start|>assistant\n";
    String p2 = "<|im_start|>user\nNo commas please.<|im_end|>\n<|im_start|>assistant\n";
    String body = "{\"query\": [" + quote(p1 + "Fine words here<|im_end|>") + ", " + quote("<s>" + p2 + "one, two<|im_end|>")
        + "], \"prompts\": [" + quote(p1) + ", " + quote(p2) + "], \"labels\": [" + quote(NO_COMMA) + ", " + NO_COMMA + "]}";
    Reply r = post(server, "/get_reward", body);
    assertThat(r.status()).isEqualTo(200);
    Map<String, Object> json = r.json();
    // The prompt's commas are not the response's: only what follows prompts[i] is judged.
    assertThat(json.get("rewards")).isEqualTo(List.of(1.0, 0.0));
    assertThat(json.get("scores")).isEqualTo(List.of(1.0, 0.0));
    @SuppressWarnings("unchecked")
    Map<String, Object> logs = (Map<String, Object>) json.get("extra_logs");
    assertThat(logs.get("prompt_strict_acc")).isEqualTo(List.of(1.0, 0.0));
    assertThat(logs.get("num_instructions")).isEqualTo(List.of(1L, 1L));
    assertThat(logs).containsKeys("inst_strict_acc", "prompt_loose_acc", "inst_loose_acc", "num_followed", "guarded");
  }

  @Test
  void openInstructLabelsAreReadToo() throws Exception {
    String literal = quote("[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]");
    Reply r = post(server, "/get_reward", "{\"query\": [\"Q: A: fine words\", \"Q: A: a, b\"], \"prompts\": [\"Q:\", \"Q:\"],"
        + " \"labels\": [" + literal + ", " + literal + "]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("rewards")).isEqualTo(List.of(1.0, 0.0));
    Reply bad = post(server, "/v1/score", "{\"samples\": [" + sample("x", quote("[{'instruction_id': ['a:b'], 'kwargs': []}]")) + "]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).containsEntry("field", "samples[0].ground_truth[0].kwargs");
  }

  @Test
  void getRewardAcceptsEmptyLists() throws Exception {
    for (String body : List.of("{\"query\": [], \"prompts\": [], \"labels\": []}", "{\"query\": []}")) {
      Reply r = post(server, "/get_reward", body);
      assertThat(r.status()).as(body).isEqualTo(200);
      assertThat(r.json().get("rewards")).isEqualTo(List.of());
      assertThat(r.json().get("scores")).isEqualTo(List.of());
    }
  }

  @Test
  void getRewardErrorsNameTheListAndTheIndex() throws Exception {
    Reply noLabels = post(server, "/get_reward", "{\"query\": [\"a\"], \"prompts\": [\"\"]}");
    assertThat(noLabels.status()).isEqualTo(400);
    assertThat(noLabels.error()).containsEntry("field", "labels");
    assertThat(noLabels.error().get("message").toString()).contains("--label_key");
    Reply lengths = post(server, "/get_reward", "{\"query\": [\"a\", \"b\"], \"labels\": [" + quote(NO_COMMA) + "]}");
    assertThat(lengths.error()).containsEntry("field", "labels");
    assertThat(lengths.error().get("message").toString()).contains("1 labels but 2 queries");
    Reply notThere = post(server, "/get_reward", "{\"query\": [\"Q1 A1\", \"Q2 A2\"], \"prompts\": [\"Q1\", \"Q3\"],"
        + " \"labels\": [" + quote(NO_COMMA) + ", " + quote(NO_COMMA) + "]}");
    assertThat(notThere.error()).containsEntry("field", "query[1]").containsEntry("sample", 1L);
    Reply badLabel = post(server, "/get_reward", "{\"query\": [\"a\"], \"labels\": [{\"instruction_id_list\": [\"punctuation:no_comma\"],"
        + " \"kwargs\": [{}, {}]}]}");
    assertThat(badLabel.error()).containsEntry("field", "labels[0].kwargs").containsEntry("sample", 0L);
    Reply badArg = post(server, "/get_reward", "{\"query\": [\"a\"], \"labels\": [{\"instruction_id_list\":"
        + " [\"length_constraints:number_words\"], \"kwargs\": [{\"num_words\": \"ten\"}]}]}");
    assertThat(badArg.status()).isEqualTo(400);
    assertThat(badArg.error()).containsEntry("field", "labels[0].kwargs[0]");
  }

  @Test
  void badRequestsAre400sThatNameTheSampleAndTheField() throws Exception {
    String ok = sample("fine", NO_COMMA);
    assertBad("{\"samples\": [" + ok + ", ", null, -1, "malformed JSON");
    assertBad("", null, -1, "malformed JSON: no JSON value");
    assertBad("[1, 2]", null, -1, "the request body must be a JSON object, got an array");
    assertBad("{\"sample\": []}", "samples", -1, "missing");
    assertBad("{\"samples\": {}}", "samples", -1, "expected an array, got an object");
    assertBad("{\"samples\": [" + ok + ", " + ok + ", \"text\"]}", "samples[2]", 2, "expected a sample, got a string");
    assertBad("{\"samples\": [" + ok + ", {\"response\": 7, \"ground_truth\": " + NO_COMMA + "}]}",
        "samples[1].response", 1, "expected a string, got a number");
    assertBad("{\"samples\": [{\"ground_truth\": " + NO_COMMA + "}]}", "samples[0].response", 0, "missing");
    assertBad("{\"samples\": [{\"response\": \"x\"}]}", "samples[0].ground_truth", 0, "missing");
    assertBad("{\"samples\": [" + sample("x", "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}, {}]}") + "]}",
        "samples[0].ground_truth.kwargs", 0, "2 entries but instruction_id_list has 1");
    assertBad("{\"samples\": [" + ok + ", " + sample("x", "{\"instruction_id_list\": [\"punctuation:no_coma\"], \"kwargs\": [{}]}") + "]}",
        "samples[1].ground_truth.instruction_id_list[0]", 1, "unknown instruction id 'punctuation:no_coma'");
    assertBad("{\"samples\": [" + ok + ", " + ok + ", " + ok + ", " + sample("x",
        "{\"instruction_id_list\": [\"punctuation:no_comma\", \"length_constraints:number_words\"],"
            + " \"kwargs\": [{}, {\"relation\": \"at least\", \"num_words\": [3]}]}") + "]}",
        "samples[3].ground_truth.kwargs[1]", 3, "num_words");
    assertBad("{\"samples\": [{\"response\": \"x\", \"ground_truth\": " + NO_COMMA + ", \"weights\": [1, 2]}]}",
        "samples[0].weights", 0, "2 weights but the ground truth has 1 instructions");
    assertBad("{\"samples\": [" + sample("x", "{\"instruction_id_list\": [\"test:contains_prompt\"], \"kwargs\": [{}]}") + "]}",
        "samples[0].prompt", 0, "needs the prompt");
    assertBad("{\"samples\": [{\"response\": \"x\", \"ground_truth\": \"{oops\"}]}", "samples[0].ground_truth", 0,
        "not valid JSON");
  }

  private static void assertBad(String body, String field, int sampleIndex, String messagePart) throws Exception {
    Reply r = post(server, "/v1/score", body);
    assertThat(r.status()).as(body).isEqualTo(400);
    Map<String, Object> e = r.error();
    assertThat(e.get("code")).isEqualTo(400L);
    assertThat(e.get("message").toString()).as(body).contains(messagePart);
    if (field != null) {
      assertThat(e.get("field")).as(body).isEqualTo(field);
      assertThat(e.get("message").toString()).contains("field '" + field + "'");
    }
    if (sampleIndex >= 0) {
      assertThat(e.get("sample")).isEqualTo((long) sampleIndex);
      assertThat(e.get("message").toString()).startsWith("sample " + sampleIndex + ": ");
    } else {
      assertThat(e).doesNotContainKey("sample");
    }
  }

  @Test
  void aRepeatedKeyIsAnErrorNamingIt() throws Exception {
    // Read as "last one wins", this sample would pass no_comma on its second response.
    Reply r = post(server, "/v1/score", "{\"samples\": [{\"response\": \"a, b\", \"response\": \"a b\","
        + " \"ground_truth\": " + NO_COMMA + "}]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("message").toString()).contains("Duplicate field 'response'").contains("line 1, column")
        .doesNotContain("Source");
    Reply nested = post(server, "/v1/score", "{\"samples\": [" + sample("x",
        "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}], \"kwargs\": [{}]}") + "]}");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.error().get("message").toString()).contains("Duplicate field 'kwargs'");
    // verl's ground truth is a JSON string: its keys are held to the same rule, and the field is named.
    String verl = quote("{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}], \"kwargs\": [{}]}");
    Reply inString = post(server, "/v1/score", "{\"samples\": [{\"response\": \"x\", \"ground_truth\": " + verl + "}]}");
    assertThat(inString.status()).isEqualTo(400);
    assertThat(inString.error()).containsEntry("field", "samples[0].ground_truth");
    assertThat(inString.error().get("message").toString()).contains("Duplicate field 'kwargs'").doesNotContain("Source");
  }

  @Test
  void malformedJsonMessagesCarryNoJacksonSourceNoise() throws Exception {
    Reply r = post(server, "/v1/score", "{\"samples\": [" + sample("x", NO_COMMA));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("message").toString()).startsWith("malformed JSON: ").doesNotContain("Source")
        .doesNotContain("REDACTED").contains("line 1");
  }

  @Test
  void onlyJsonBodiesAreRead() throws Exception {
    String body = "{\"samples\": [" + sample("a b", NO_COMMA) + "]}";
    Reply text = ServerTesting.postTyped(server, "/v1/score", body, "text/plain");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.error().get("message").toString()).contains("application/json").contains("text/plain");
    assertThat(ServerTesting.postTyped(server, "/get_reward", body, "application/x-www-form-urlencoded").status()).isEqualTo(415);
    assertThat(ServerTesting.postTyped(server, "/v1/score", body, "application/json; charset=utf-8").status()).isEqualTo(200);
    assertThat(ServerTesting.postTyped(server, "/v1/score", body, "Application/JSON").status()).isEqualTo(200);
    assertThat(ServerTesting.postTyped(server, "/v1/score", body, null).status()).as("no Content-Type: read as JSON").isEqualTo(200);
  }

  @Test
  void aWeightedScoreThatWouldOverflowIsA400NamingTheField() throws Exception {
    String two = "{\"instruction_id_list\": [\"punctuation:no_comma\", \"detectable_format:title\"], \"kwargs\": [{}, {}]}";
    String weighted = "{\"samples\": [{\"response\": \"<<T>> a b\", \"ground_truth\": " + two
        + ", \"weights\": [1e308, 1e308]}], \"options\": {\"mode\": \"weighted\"}}";
    Reply r = post(server, "/v1/score", weighted);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).containsEntry("field", "samples[0].weights").containsEntry("sample", 0L);
    assertThat(r.error().get("message").toString()).contains("overflow");
    Reply scaled = post(server, "/v1/score", "{\"samples\": [{\"response\": \"a b\", \"ground_truth\": " + NO_COMMA
        + ", \"weights\": [1e300]}], \"options\": {\"mode\": \"weighted\", \"scale\": 1e10}}");
    assertThat(scaled.status()).isEqualTo(400);
    assertThat(scaled.error()).containsEntry("field", "options.scale");
    Reply multiplied = post(server, "/v1/score", "{\"samples\": [" + sample("<<T>> a b", two) + "], \"options\":"
        + " {\"mode\": \"weighted\", \"multipliers\": {\"punctuation:no_comma\": 1e308, \"detectable_format:title\": 1e308}}}");
    assertThat(multiplied.status()).isEqualTo(400);
    assertThat(multiplied.error()).containsEntry("field", "options.multipliers");
    Reply fine = post(server, "/v1/score", "{\"samples\": [{\"response\": \"a b\", \"ground_truth\": " + NO_COMMA
        + ", \"weights\": [1e300]}], \"options\": {\"mode\": \"weighted\"}}");
    assertThat(fine.status()).isEqualTo(200);
    assertThat(fine.results().get(0).get("score")).isEqualTo(1e300);
  }

  @Test
  void unknownPathsAndMethodsAreRefused() throws Exception {
    assertThat(get(server, "/v2/score").status()).isEqualTo(404);
    Reply wrongMethod = get(server, "/v1/score");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    assertThat(post(server, "/metrics", "{}").status()).isEqualTo(405);
  }

  @Test
  void healthzAndMetricsReport() throws Exception {
    Reply health = get(server, "/healthz");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json()).containsEntry("status", "ok").containsEntry("registry", "ifeval+slow");
    post(server, "/v1/score", "{\"samples\": [" + sample("a, b", NO_COMMA) + ", " + sample("a b", NO_COMMA) + "]}");
    post(server, "/v1/score", "{\"samples\": [" + sample("x".repeat(300_000), NO_COMMA) + "]}");
    Reply m = get(server, "/metrics");
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    assertThat(m.body())
        .contains("# TYPE if4j_reward_requests_total counter")
        .containsPattern("if4j_reward_requests_total\\{endpoint=\"/v1/score\",code=\"200\"} \\d+")
        .contains("if4j_reward_request_duration_seconds_bucket{endpoint=\"/v1/score\",le=\"+Inf\"}")
        .containsPattern("if4j_reward_samples_total\\{endpoint=\"/v1/score\"} \\d+")
        .containsPattern("if4j_reward_guard_hits_total\\{guard=\"too_long\"} [1-9]")
        .contains("if4j_reward_guard_hits_total{guard=\"timeout\"}")
        .containsPattern("if4j_reward_instruction_checks_total\\{instruction=\"punctuation:no_comma\"} \\d+")
        .containsPattern("if4j_reward_instruction_pass_rate\\{instruction=\"punctuation:no_comma\",judging=\"strict\"} 0\\.\\d+")
        .contains("if4j_reward_rejections_total")
        .contains("if4j_reward_queued_samples 0");
  }

  @Test
  void aBearerTokenIsRequiredWhenConfigured() throws Exception {
    try (RewardServer s = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()),
        ServerConfig.defaults().withPort(0).withThreads(1).withToken("s3cret").withDrainTimeout(Duration.ofSeconds(2)))) {
      String body = "{\"samples\": [" + sample("a b", NO_COMMA) + "]}";
      Reply none = post(s.uri(), "/v1/score", body, null);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(post(s.uri(), "/v1/score", body, "wrong").status()).isEqualTo(401);
      assertThat(post(s.uri(), "/v1/score", body, "s3cret").status()).isEqualTo(200);
      assertThat(get(s, "/healthz").status()).as("health checks need no token").isEqualTo(200);
      assertThat(get(s, "/metrics").status()).isEqualTo(401);
    }
  }

  @Test
  void aBodyOverTheSizeLimitIs413() throws Exception {
    try (RewardServer s = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()),
        ServerConfig.defaults().withPort(0).withThreads(1).withMaxRequestBytes(4096).withDrainTimeout(Duration.ofSeconds(2)))) {
      Reply r = post(s, "/v1/score", "{\"samples\": [" + sample("y".repeat(5000), NO_COMMA) + "]}");
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.error().get("message").toString()).contains("limit is 4096");
      assertThat(post(s, "/v1/score", "{\"samples\": [" + sample("small", NO_COMMA) + "]}").status()).isEqualTo(200);
    }
  }

  @Test
  void aFullQueueAnswers429WithRetryAfter() throws Exception {
    try (RewardServer s = RewardServer.start(new RewardFunction(RewardTesting.SLOW,
            RewardConfig.defaults().withSampleTimeout(Duration.ZERO)),
        ServerConfig.defaults().withPort(0).withThreads(1).withMaxQueuedSamples(4).withDrainTimeout(Duration.ofSeconds(10)))) {
      String slow = sample("ok", "{\"instruction_id_list\": [\"test:slow\"], \"kwargs\": [{\"millis\": 400}]}");
      CompletableFuture<Reply> busy = CompletableFuture.supplyAsync(() -> call(() ->
          post(s, "/v1/score", "{\"samples\": [" + slow + ", " + slow + ", " + slow + "]}")));
      waitFor(() -> s.queuedSamples() == 3);
      Reply full = post(s, "/v1/score", "{\"samples\": [" + slow + ", " + slow + "]}");
      assertThat(full.status()).isEqualTo(429);
      assertThat(full.header("Retry-After")).isEqualTo("1");
      assertThat(full.error().get("message").toString()).contains("memory bound reached: the work queue holds 3 samples, its limit (--max-queued-samples) is 4");
      Reply tooBig = post(s, "/v1/score", "{\"samples\": [" + String.join(", ", List.of(slow, slow, slow, slow, slow)) + "]}");
      assertThat(tooBig.status()).isEqualTo(413);
      assertThat(busy.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(s.metrics().rejectedCount("queue_full")).isEqualTo(1);
      assertThat(s.metrics().queuedHighWater()).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void drainingFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
    RewardServer s = RewardServer.start(new RewardFunction(RewardTesting.SLOW,
            RewardConfig.defaults().withSampleTimeout(Duration.ZERO)),
        ServerConfig.defaults().withPort(0).withThreads(1));
    String slow = sample("ok", "{\"instruction_id_list\": [\"test:slow\"], \"kwargs\": [{\"millis\": 1500}]}");
    CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> call(() ->
        post(s, "/v1/score", "{\"samples\": [" + slow + "]}")));
    waitFor(() -> s.queuedSamples() == 1);
    CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> s.drain(Duration.ofSeconds(20)));
    waitFor(() -> call(() -> get(s, "/healthz").status()) == 503);
    Reply refused = post(s, "/v1/score", "{\"samples\": [" + sample("a b", NO_COMMA) + "]}");
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.header("Retry-After")).isNotNull();
    Reply done = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.results().get(0)).containsEntry("score", 1.0);
    assertThat(drained.get(30, TimeUnit.SECONDS)).as("nothing was cut off").isTrue();
    assertThat(s.drain(Duration.ofSeconds(1))).as("a second drain returns at once").isTrue();
  }

  interface Call<T> {
    T run() throws Exception;
  }

  static <T> T call(Call<T> c) {
    try {
      return c.run();
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }

  static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("condition not met in 20 s");
      Thread.sleep(5);
    }
  }
}
