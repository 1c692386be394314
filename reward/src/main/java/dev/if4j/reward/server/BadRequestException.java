package dev.if4j.reward.server;

/** A request the server answers with a 4xx status and a message naming the sample and field. */
final class BadRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;
  private final int sample;

  BadRequestException(int status, String field, int sample, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
    this.sample = sample;
  }

  /** A 400 about {@code field} (a path such as {@code samples[3].ground_truth}), of sample {@code sample} (-1: none). */
  static BadRequestException field(String field, int sample, String problem) {
    String where = sample >= 0 ? "sample " + sample + ": " : "";
    return new BadRequestException(400, field, sample, where + "field '" + field + "': " + problem);
  }

  int status() {
    return status;
  }

  /** The field's path, or {@code null}. */
  String field() {
    return field;
  }

  /** The sample's index, or -1. */
  int sample() {
    return sample;
  }
}
