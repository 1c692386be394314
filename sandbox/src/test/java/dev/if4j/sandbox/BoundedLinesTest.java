package dev.if4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsLinesUpToTheEnd() throws IOException {
    InputStream in = bytes("{\"result\": true}\nzw\u00f6lf\nlast");
    assertThat(BoundedLines.read(in, 100)).isEqualTo("{\"result\": true}");
    assertThat(BoundedLines.read(in, 100)).isEqualTo("zw\u00f6lf");
    assertThat(BoundedLines.read(in, 100)).isEqualTo("last");
    assertThat(BoundedLines.read(in, 100)).isNull();
  }

  @Test
  void aLineOverTheBoundIsAnErrorAfterReadingOnlyTheBound() {
    // An endless stream with no newline: the read must stop at the bound instead of filling memory.
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertThatThrownBy(() -> BoundedLines.read(endless, 1024)).isInstanceOf(IOException.class)
        .hasMessageContaining("longer than 1024 bytes");
  }

  @Test
  void aLineExactlyAtTheBoundIsRead() throws IOException {
    assertThat(BoundedLines.read(bytes("abcd\n"), 4)).isEqualTo("abcd");
  }
}
