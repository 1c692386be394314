package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.HttpResourceFetcher;
import dev.if4j.text.resources.Upstream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesCommandTest {
  @TempDir Path dir;

  /** Plays every upstream home: zips for NLTK packages, a line of text for the rest. */
  private static final class FakeUpstreams implements HttpResourceFetcher.Transport {
    final List<URI> requests = new ArrayList<>();

    @Override
    public void download(URI from, Path to) throws IOException {
      requests.add(from);
      for (Upstream.Source s : Upstream.all()) {
        if (!s.uri().equals(from)) continue;
        if (s instanceof Upstream.ZipPackage zip) {
          Files.write(to, zipOf(zip));
        } else {
          Files.writeString(to, "content of " + from + "\n");
        }
        return;
      }
      throw new IOException("HTTP 404 from " + from);
    }

    private static byte[] zipOf(Upstream.ZipPackage p) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        for (String name : p.names()) {
          z.putNextEntry(new ZipEntry(p.entryDir() + name));
          z.write(name.getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  @Test
  void pullFetchesEveryKnownFileOnceAndKeepsWhatIsThere() throws IOException {
    Path cache = dir.resolve("cache");
    Files.createDirectories(cache.resolve("syllapy"));
    Files.writeString(cache.resolve("syllapy/data.csv"), "mine");
    FakeUpstreams upstreams = new FakeUpstreams();
    CliHarness cli = new CliHarness(dir);
    cli.fetcher = new HttpResourceFetcher(upstreams, s -> {});

    int code = cli.run("resources", "pull", "--resources", "cache");

    assertThat(code).as(cli.err()).isZero();
    for (String f : Upstream.allFiles()) assertThat(cache.resolve(f)).as(f).isRegularFile();
    assertThat(cache.resolve("syllapy/data.csv")).hasContent("mine");
    // One request per source (a zip package's files come in one download), none for what was there.
    assertThat(upstreams.requests).hasSize(Upstream.all().size() - 1).doesNotHaveDuplicates();
    assertThat(cli.out()).contains("1 files were there, " + (Upstream.allFiles().size() - 1) + " downloaded, 0 missing");

    assertThat(cli.run("resources", "pull", "--resources", "cache", "--offline")).isZero();
  }

  @Test
  void pullOfflineListsWhatIsMissingAndExitsWith4() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("resources", "pull", "--resources", "empty", "--offline");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("missing: langdetect/profiles/en")
        .contains("Run 'if4j resources pull' without --offline");
  }

  @Test
  void pullWithoutNetworkSaysSo() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("resources", "pull", "--resources", "empty");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("no network in tests").contains("Check the network");
  }

  @Test
  void resourcesAloneShowsUsage() {
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("resources")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("pull");
  }
}
