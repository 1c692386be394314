package dev.if4j.text.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Downloads missing cache files from their {@link Upstream} homes.
 *
 * <p>Safe for a cache shared by several processes: the whole fetch runs under {@code <root>/.lock}
 * (a process that waited finds the file there and downloads nothing), and every file is written to a
 * temporary file in its own directory and then renamed into place, so a reader sees either no file
 * or the whole file, never a partial one, even when a download dies half-way.
 */
public final class HttpResourceFetcher implements ResourceFetcher {
  /** Moves bytes from a URL into a local file (a fake in tests: they never touch the network). */
  @FunctionalInterface
  public interface Transport {
    /** Writes the body of {@code from} to {@code to} (which exists and may be overwritten). */
    void download(URI from, Path to) throws IOException;
  }

  private final Transport transport;
  private final Consumer<String> log;

  /** A fetcher over HTTPS that reports nothing. */
  public HttpResourceFetcher() {
    this(http(), s -> {});
  }

  /** A fetcher over {@code transport} that reports each download to {@code log}. */
  public HttpResourceFetcher(Transport transport, Consumer<String> log) {
    this.transport = Objects.requireNonNull(transport);
    this.log = Objects.requireNonNull(log);
  }

  /** The standard HTTPS transport ({@code java.net.http}, redirects followed, 200 only). */
  public static Transport http() {
    return HttpTransport::download;
  }

  @Override
  @SuppressWarnings("try") // the lock is held by being open
  public void fetch(String relativePath, Path root) throws IOException {
    Upstream.Source source = Upstream.sourceOf(relativePath)
        .orElseThrow(() -> new IOException("if4j knows no upstream home for " + relativePath));
    try (CacheLock lock = CacheLock.acquire(root)) {
      // Another process may have fetched it while this one waited for the lock.
      if (Files.isRegularFile(root.resolve(relativePath))) return;
      switch (source) {
        case Upstream.RawFile raw -> fetchRaw(raw, root);
        case Upstream.ZipPackage zip -> fetchZip(zip, root);
      }
    }
  }

  private void fetchRaw(Upstream.RawFile raw, Path root) throws IOException {
    Path target = root.resolve(raw.file());
    Files.createDirectories(target.getParent());
    Path tmp = tempBeside(target);
    try {
      download(raw.uri(), tmp);
      if (Files.size(tmp) == 0) throw new IOException(raw.uri() + " sent an empty file");
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void fetchZip(Upstream.ZipPackage zip, Path root) throws IOException {
    Files.createDirectories(root);
    Path archive = Files.createTempFile(root, ".download-", ".zip.part");
    List<Path> temps = new ArrayList<>();
    try {
      download(zip.uri(), archive);
      // Extract every wanted file before placing any, so that a package with a missing entry
      // leaves the cache as it was.
      List<Path[]> moves = new ArrayList<>();
      try (ZipFile zf = new ZipFile(archive.toFile())) {
        for (String name : zip.names()) {
          ZipEntry entry = zf.getEntry(zip.entryDir() + name);
          if (entry == null || entry.isDirectory()) {
            throw new IOException(zip.uri() + " has no entry " + zip.entryDir() + name);
          }
          // The target path is ours (never the entry's name), so an archive cannot write elsewhere.
          Path target = root.resolve(zip.targetDir() + name);
          Files.createDirectories(target.getParent());
          Path tmp = tempBeside(target);
          temps.add(tmp);
          try (InputStream in = zf.getInputStream(entry)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
          }
          moves.add(new Path[] {tmp, target});
        }
      }
      for (Path[] m : moves) {
        if (!Files.isRegularFile(m[1])) moveIntoPlace(m[0], m[1]);
      }
    } finally {
      for (Path t : temps) Files.deleteIfExists(t);
      Files.deleteIfExists(archive);
    }
  }

  private void download(URI uri, Path to) throws IOException {
    log.accept("downloading " + uri);
    try {
      transport.download(uri, to);
    } catch (IOException e) {
      throw new IOException("download of " + uri + " failed: " + DownloadFailure.reason(e), e);
    }
  }

  private static Path tempBeside(Path target) throws IOException {
    return Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
  }

  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this only happens on odd file systems; still a single rename there.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** HTTPS via {@code java.net.http}; the client is made on first download only. */
  private static final class HttpTransport {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();

    static void download(URI from, Path to) throws IOException {
      HttpRequest request = HttpRequest.newBuilder(from)
          .timeout(REQUEST_TIMEOUT)
          .header("User-Agent", "if4j")
          .GET()
          .build();
      HttpResponse<Path> response;
      try {
        response = CLIENT.send(request, HttpResponse.BodyHandlers.ofFile(to));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while downloading " + from);
      }
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
      }
    }
  }
}
