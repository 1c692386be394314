package dev.if4j.text.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downloader's file handling, over a fake in-process transport: no test touches the network. */
class HttpResourceFetcherTest {
  @TempDir Path root;

  /** Serves bytes by URI and counts requests; anything else is a 404. */
  static final class FakeTransport implements HttpResourceFetcher.Transport {
    final Map<URI, byte[]> files = new LinkedHashMap<>();
    final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    volatile long delayMillis;

    FakeTransport serve(URI uri, byte[] body) {
      files.put(uri, body);
      return this;
    }

    @Override
    public void download(URI from, Path to) throws IOException {
      requests.add(from);
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
      byte[] body = files.get(from);
      if (body == null) throw new IOException("HTTP 404 from " + from);
      Files.write(to, body);
    }
  }

  static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Upstream.ZipPackage punktPackage() {
    return Upstream.all().stream()
        .filter(s -> s instanceof Upstream.ZipPackage z && z.entryDir().equals("punkt_tab/"))
        .map(Upstream.ZipPackage.class::cast)
        .findFirst()
        .orElseThrow();
  }

  static URI uriOf(String file) {
    return Upstream.sourceOf(file).orElseThrow().uri();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void aRawFileIsDownloadedToItsCachePathAndNothingElseStays() throws IOException {
    FakeTransport t = new FakeTransport().serve(uriOf("syllapy/data.csv"), "word,2\n".getBytes(StandardCharsets.UTF_8));

    new HttpResourceFetcher(t, s -> {}).fetch("syllapy/data.csv", root);

    assertThat(root.resolve("syllapy/data.csv")).hasContent("word,2");
    assertThat(t.requests).containsExactly(URI.create(
        "https://raw.githubusercontent.com/mholtzscher/syllapy/v0.7.2/syllapy/data.csv"));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aZipPackageYieldsOnlyTheNeededFilesInTheSharedLayout() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("punkt_tab/README", "readme");
    for (String name : punktPackage().names()) entries.put("punkt_tab/" + name, name);
    entries.put("punkt_tab/german/abbrev_types.txt", "de");
    FakeTransport t = new FakeTransport().serve(punktPackage().uri(), zip(entries));

    new HttpResourceFetcher(t, s -> {}).fetch("nltk/tokenizers/punkt_tab/english/collocations.tab", root);

    Path english = root.resolve("nltk/tokenizers/punkt_tab/english");
    assertThat(english.resolve("abbrev_types.txt")).hasContent("english/abbrev_types.txt");
    assertThat(english.resolve("collocations.tab")).hasContent("english/collocations.tab");
    assertThat(english.resolve("sent_starters.txt")).exists();
    assertThat(english.resolve("ortho_context.tab")).exists();
    assertThat(root.resolve("nltk/tokenizers/punkt_tab/french/collocations.tab")).hasContent("french/collocations.tab");
    assertThat(root.resolve("nltk/tokenizers/punkt_tab/german")).doesNotExist();
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("nltk", ".lock");
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aPackageThatLacksAFileLeavesTheCacheAsItWas() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("punkt_tab/english/abbrev_types.txt", "only one");
    FakeTransport t = new FakeTransport().serve(punktPackage().uri(), zip(entries));

    assertThatThrownBy(() -> new HttpResourceFetcher(t, s -> {})
            .fetch("nltk/tokenizers/punkt_tab/english/abbrev_types.txt", root))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no entry punkt_tab/english/");
    assertThat(root.resolve("nltk/tokenizers/punkt_tab/english/abbrev_types.txt")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aDownloadThatDiesHalfWayLeavesNoFile() throws IOException {
    HttpResourceFetcher.Transport dying = (from, to) -> {
      Files.writeString(to, "half a fi");
      throw new IOException("connection reset");
    };

    assertThatThrownBy(() -> new HttpResourceFetcher(dying, s -> {}).fetch("langdetect/profiles/en", root))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("connection reset")
        .hasMessageContaining(uriOf("langdetect/profiles/en").toString());
    assertThat(root.resolve("langdetect/profiles/en")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anEmptyBodyIsAFailedDownload() {
    FakeTransport t = new FakeTransport().serve(uriOf("langdetect/profiles/de"), new byte[0]);

    assertThatThrownBy(() -> new HttpResourceFetcher(t, s -> {}).fetch("langdetect/profiles/de", root))
        .hasMessageContaining("empty");
    assertThat(root.resolve("langdetect/profiles/de")).doesNotExist();
  }

  @Test
  void aFileThatAppearedWhileWaitingIsNotDownloadedAgain() throws IOException {
    Files.createDirectories(root.resolve("langdetect/profiles"));
    Files.writeString(root.resolve("langdetect/profiles/fr"), "already here");
    FakeTransport t = new FakeTransport();

    new HttpResourceFetcher(t, s -> {}).fetch("langdetect/profiles/fr", root);

    assertThat(t.requests).isEmpty();
    assertThat(root.resolve("langdetect/profiles/fr")).hasContent("already here");
  }

  @Test
  void threadsAskingForTheSameFileAtOnceCauseOneDownload() throws Exception {
    FakeTransport t = new FakeTransport().serve(uriOf("langdetect/profiles/it"), "{}".getBytes(StandardCharsets.UTF_8));
    t.delayMillis = 50;
    ResourceStore store = ResourceStore.of(root, false, new HttpResourceFetcher(t, s -> {}));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return store.require("langdetect/profiles/it");
        }));
      }
      start.countDown();
      for (Future<Path> f : results) assertThat(f.get(10, TimeUnit.SECONDS)).hasContent("{}");
    } finally {
      pool.shutdownNow();
    }
    assertThat(t.requests).hasSize(1);
  }

  @Test
  void anotherProcessHoldingTheCacheLockMakesTheFetchWait() throws Exception {
    FakeTransport t = new FakeTransport().serve(uriOf("langdetect/profiles/nl"), "{}".getBytes(StandardCharsets.UTF_8));
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), root.toString(), "1500")
        .redirectErrorStream(true)
        .start();
    try {
      // Wait until the other process says it holds the lock.
      byte[] hello = holder.getInputStream().readNBytes(6);
      assertThat(new String(hello, StandardCharsets.US_ASCII)).isEqualTo("locked");
      long before = System.nanoTime();

      new HttpResourceFetcher(t, s -> {}).fetch("langdetect/profiles/nl", root);

      long waitedMillis = (System.nanoTime() - before) / 1_000_000;
      assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(waitedMillis).isGreaterThan(500);
      assertThat(root.resolve("langdetect/profiles/nl")).hasContent("{}");
    } finally {
      holder.destroy();
    }
  }

  @Test
  void aFileWithNoKnownHomeIsAnError() {
    assertThatThrownBy(() -> new HttpResourceFetcher(new FakeTransport(), s -> {}).fetch("nltk/unknown.txt", root))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no upstream home for nltk/unknown.txt");
  }

  @Test
  void eachDownloadIsReported() throws IOException {
    FakeTransport t = new FakeTransport().serve(uriOf("langdetect/messages.properties"), "NGram.CJK_KANJI_EXCLUDE=x".getBytes(StandardCharsets.UTF_8));
    List<String> log = new ArrayList<>();

    new HttpResourceFetcher(t, log::add).fetch("langdetect/messages.properties", root);

    assertThat(log).containsExactly("downloading " + uriOf("langdetect/messages.properties"));
  }

  @Test
  void aFailedDownloadBecomesAMissingResourceThatSaysWhatToDo() {
    ResourceStore store = ResourceStore.of(root, false, new HttpResourceFetcher(new FakeTransport(), s -> {}));

    assertThatThrownBy(() -> store.require("syllapy/data.csv"))
        .isInstanceOf(ResourceMissingException.class)
        .hasMessageContaining("syllapy/data.csv")
        .hasMessageContaining("if4j resources pull")
        .hasMessageContaining("HTTP 404");
  }
}
