package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed download says why, never {@code failed: null}, and is tried once per file. */
class DownloadFailureTest {
  @TempDir Path root;

  @Test
  void aRefusedConnectionIsNamed() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort(); // free once closed: nothing listens there
    }
    Exception failure = null;
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/")).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException | InterruptedException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(DownloadFailure.reason(failure)).isEqualTo("the connection was refused or could not be made");
  }

  @Test
  void anUnresolvableHostIsDnsAndTheStoreTriesEachFileOnce() {
    AtomicInteger tries = new AtomicInteger();
    // What java.net.http throws for an unknown host: a ConnectException without a message.
    HttpResourceFetcher.Transport offline = (from, to) -> {
      tries.incrementAndGet();
      throw (ConnectException) new ConnectException().initCause(new UnresolvedAddressException());
    };
    ResourceStore store = ResourceStore.of(root, false, new HttpResourceFetcher(offline, s -> {}));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> store.require("langdetect/profiles/it"))
          .isInstanceOf(ResourceMissingException.class)
          .hasMessageContaining("failed: the host name could not be resolved (DNS; is this machine offline?)")
          .hasMessageContaining("'if4j resources pull'")
          .hasMessageContaining("--resources / " + ResourceStore.ENV)
          .hasMessageNotContaining("null");
    }
    assertThat(tries).hasValue(1);
  }

  @Test
  void anHttpStatusIsKept() {
    HttpResourceFetcher.Transport notFound = (from, to) -> {
      throw new IOException("HTTP 404 from " + from);
    };
    ResourceStore store = ResourceStore.of(root, false, new HttpResourceFetcher(notFound, s -> {}));
    assertThatThrownBy(() -> store.require("langdetect/profiles/it")).hasMessageContaining("failed: HTTP 404 from https://");
  }
}
