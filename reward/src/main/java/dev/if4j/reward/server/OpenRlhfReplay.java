package dev.if4j.reward.server;

import dev.if4j.reward.JsonTree;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code serve-bench --per-sample}: OpenRLHF's per-sample reward client, replayed against the server. */
public final class OpenRlhfReplay {
  private OpenRlhfReplay() {}

  /**
   * What a per-sample replay saw.
   *
   * @param requests single-sample requests (one per sample)
   * @param answered requests answered 200 within the tries
   * @param lost requests that got no 200 in {@link #OPENRLHF_TRIES} tries (OpenRLHF's reward stays None)
   * @param failedTries tries that got no 200 (refusals, errors), by status; -1 is a transport error
   * @param rewards each request's reward from its 200 answer ({@code NaN} where lost), in order
   * @param p50Millis from a request's first try to its 200, retries included
   */
  public record Result(int requests, int answered, int lost, Map<Integer, Integer> failedTries, double seconds,
      double samplesPerSecond, double p50Millis, double p99Millis, double maxMillis, String firstFailure,
      double[] rewards) {}

  /** OpenRLHF's tries per sample, and its fixed pause between them (it ignores Retry-After). */
  public static final int OPENRLHF_TRIES = 5;

  public static final Duration OPENRLHF_PAUSE = Duration.ofSeconds(1);

  /**
   * Replays OpenRLHF's per-sample reward client (v0.9.1 to v0.11): {@code requests} POSTs of one
   * sample each to {@code /get_reward} ({@code {"query": [prompt + response], "prompts": [prompt],
   * "labels": [ground_truth]}}), all started at once, each on a new connection that the client closes
   * after the answer (aiohttp opens a session per try, and closes it), each tried up to {@link #OPENRLHF_TRIES} times with a fixed {@link #OPENRLHF_PAUSE}
   * between tries whatever the answer said. One event loop drives them all ({@link PerSampleReplay}),
   * as asyncio does OpenRLHF's.
   *
   * @throws IOException when the client cannot even start (no selector)
   */

  public static Result run(URI base, String token, List<byte[]> samples, int requests, Duration tryTimeout)
      throws IOException {
    URI score = base.resolve(RewardServer.SCORE);
    List<byte[]> bodies = new ArrayList<>(samples.size());
    for (byte[] sample : samples) bodies.add(BenchSamples.getRewardBody(sample));
    String host = score.getHost();
    int port = score.getPort();
    String head = "POST " + RewardServer.GET_REWARD + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n");
    byte[][] distinct = new byte[bodies.size()][];
    for (int i = 0; i < distinct.length; i++) {
      byte[] body = bodies.get(i);
      byte[] header = (head + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      distinct[i] = Arrays.copyOf(header, header.length + body.length);
      System.arraycopy(body, 0, distinct[i], header.length, body.length);
    }
    byte[][] perRequest = new byte[requests][];
    for (int i = 0; i < requests; i++) perRequest[i] = distinct[i % distinct.length];
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    PerSampleReplay.Outcome o = new PerSampleReplay(new InetSocketAddress(bareHost, port), perRequest, OPENRLHF_TRIES,
        OPENRLHF_PAUSE, tryTimeout).run();
    double[] rewards = new double[requests];
    int answered = 0;
    for (int i = 0; i < requests; i++) {
      rewards[i] = o.answers()[i] == null ? Double.NaN : firstReward(o.answers()[i]);
      if (o.answers()[i] != null) answered++;
    }
    long[] sorted = Arrays.stream(o.latencyNanos()).filter(l -> l > 0).sorted().toArray();
    return new Result(requests, answered, requests - answered, o.failedTries(), o.seconds(), answered / o.seconds(),
        LoadGenerator.percentile(sorted, 0.50), LoadGenerator.percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        o.firstFailure(), rewards);
  }

  /** {@code rewards[0]} of a {@code /get_reward} answer's body. */
  private static double firstReward(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    if (JsonTree.parse(text) instanceof Map<?, ?> m && m.get("rewards") instanceof List<?> r
        && r.size() == 1 && r.get(0) instanceof Number n) {
      return n.doubleValue();
    }
    throw new IOException("a 200 without one reward: " + text);
  }
}
