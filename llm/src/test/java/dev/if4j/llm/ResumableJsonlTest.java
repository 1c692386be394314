package dev.if4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumableJsonlTest {
  @TempDir Path dir;

  private static byte[] line(String key, int sample) {
    return ("{\"key\":\"" + key + "\",\"sample\":" + sample + ",\"response\":\"r\"}\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTornLastLineIsCutOffAndTheCompleteOnesAreDone() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, "{\"key\":\"a\",\"sample\":0}\n{\"key\":\"b\",\"sample\":1}\n{\"key\":\"c\",\"sam");

    try (ResumableJsonl out = ResumableJsonl.open(f)) {
      assertThat(out.repairedBytes()).isEqualTo("{\"key\":\"c\",\"sam".length());
      assertThat(out.done()).containsExactlyInAnyOrder(new RecordKey("a", 0), new RecordKey("b", 1));
      out.append(new RecordKey("c", 0), line("c", 0));
    }
    assertThat(Files.readString(f)).isEqualTo("{\"key\":\"a\",\"sample\":0}\n{\"key\":\"b\",\"sample\":1}\n"
        + "{\"key\":\"c\",\"sample\":0,\"response\":\"r\"}\n");
  }

  @Test
  void aCompleteLineThatIsNoRecordIsAnErrorNotSilentlyDropped() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, "{\"key\":\"a\",\"sample\":0}\nnot json\n{\"key\":\"b\",\"sample\":0}\n");
    assertThatThrownBy(() -> ResumableJsonl.open(f)).isInstanceOf(ResumableJsonl.CorruptException.class)
        .hasMessageContaining("line 2");
    assertThat(Files.readString(f)).contains("not json");
  }

  @Test
  void aRecordIsNeverWrittenTwice() throws IOException {
    try (ResumableJsonl out = ResumableJsonl.open(dir.resolve("o.jsonl"))) {
      out.append(new RecordKey("a", 0), line("a", 0));
      assertThatThrownBy(() -> out.append(new RecordKey("a", 0), line("a", 0)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aSecondWriterIsRefused() throws IOException {
    Path f = dir.resolve("o.jsonl");
    try (ResumableJsonl out = ResumableJsonl.open(f)) {
      assertThatThrownBy(() -> ResumableJsonl.open(f)).hasMessageContaining("being written by another run");
    }
  }

  @Test
  void finishPutsRecordsInOrderAndDropsRepeats() throws IOException {
    Path f = dir.resolve("o.jsonl");
    Files.writeString(f, "{\"key\":\"b\",\"sample\":0}\n{\"key\":\"a\",\"sample\":1}\n{\"key\":\"b\",\"sample\":0,\"again\":1}\n");
    try (ResumableJsonl out = ResumableJsonl.open(f)) {
      out.append(new RecordKey("a", 0), line("a", 0));
      out.finish(Comparator.comparing(RecordKey::key).thenComparing(RecordKey::sample));
    }
    assertThat(Files.readString(f)).isEqualTo("{\"key\":\"a\",\"sample\":0,\"response\":\"r\"}\n"
        + "{\"key\":\"a\",\"sample\":1}\n{\"key\":\"b\",\"sample\":0}\n");
    assertThat(dir.resolve("o.jsonl.sorting")).doesNotExist();
  }

  @Test
  void keysMayBeNumbersAndFieldsInAnyOrder() {
    byte[] l = "{\"response\":{\"x\":[1,2]},\"sample\":3,\"key\":1000}".getBytes(StandardCharsets.UTF_8);
    assertThat(ResumableJsonl.keyOf(l, l.length)).isEqualTo(new RecordKey("1000", 3));
  }
}
