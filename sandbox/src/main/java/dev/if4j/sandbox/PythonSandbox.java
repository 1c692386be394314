package dev.if4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs untrusted Python {@code evaluate(response)} functions (AutoIF's verification functions) in a
 * pool of CPython worker processes. See docs/sandbox.md for the layers of containment and why
 * CPython was chosen over embedded GraalPy.
 *
 * <p>Each worker is a long-lived {@code python3 -I -S} process (no environment, in a fresh network
 * namespace when {@code unshare -n} works) that forks one child per call; the child lowers its
 * rlimits, installs an audit hook that refuses file, process, network and other OS access, and runs
 * the function in a fresh namespace with restricted builtins. The worker kills a child at the wall
 * limit; this class kills a worker that stops answering and starts a new one.
 *
 * <p>Thread-safe: up to {@link Options#workers()} calls run at once; more wait for a free worker.
 */
public final class PythonSandbox implements AutoCloseable {
  /** Default wall-time limit per call: lower than AutoIF's 5 s, as verification functions are short. */
  public static final int DEFAULT_TIMEOUT_MS = 1000;
  /** Default address-space limit of a call's process, in MiB. */
  public static final int DEFAULT_MEMORY_MB = 512;

  /** Extra wall time the host grants a worker beyond the call's own limit before killing it. */
  private static final long HOST_GRACE_MS = 3000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param python the interpreter, or {@code null} to use {@code $IF4J_PYTHON} or {@code python3}
   *     on the PATH
   * @param timeoutMs wall-time limit per call
   * @param memoryMb address-space limit of a call's process
   * @param workers worker processes (calls that may run at once)
   * @param isolateNetwork run workers under {@code unshare -n} when it works here
   */
  public record Options(String python, int timeoutMs, int memoryMb, int workers, boolean isolateNetwork) {
    public Options {
      if (timeoutMs < 1) throw new IllegalArgumentException("timeout must be at least 1 ms, got " + timeoutMs);
      if (memoryMb < 64) throw new IllegalArgumentException("memory limit must be at least 64 MiB, got " + memoryMb);
      if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }

    public static Options defaults() {
      return new Options(null, DEFAULT_TIMEOUT_MS, DEFAULT_MEMORY_MB,
          Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    }

    public Options withTimeoutMs(int ms) {
      return new Options(python, ms, memoryMb, workers, isolateNetwork);
    }

    public Options withWorkers(int n) {
      return new Options(python, timeoutMs, memoryMb, n, isolateNetwork);
    }

    public Options withMemoryMb(int mb) {
      return new Options(python, timeoutMs, mb, workers, isolateNetwork);
    }

    public Options withPython(String exe) {
      return new Options(exe, timeoutMs, memoryMb, workers, isolateNetwork);
    }
  }

  private final Options options;
  private final List<String> command;
  private final boolean networkIsolated;
  private final BlockingQueue<Worker> idle;
  private final List<Worker> all = new ArrayList<>();
  private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean closed;

  private PythonSandbox(Options options, List<String> command, boolean networkIsolated) {
    this.options = options;
    this.command = command;
    this.networkIsolated = networkIsolated;
    this.idle = new ArrayBlockingQueue<>(options.workers());
  }

  /** Starts a pool; throws {@link SandboxUnavailableException} when no suitable python3 is found. */
  public static PythonSandbox start(Options options) {
    String exe = findPython(options.python())
        .orElseThrow(() -> new SandboxUnavailableException(
            "no python3 (3.8 or later) found: install one, or name it with --python or IF4J_PYTHON"));
    String script = workerScript();
    List<String> base = List.of(exe, "-I", "-S", "-c", script, Integer.toString(options.memoryMb()));
    List<String> prefix = options.isolateNetwork() ? networkPrefix(exe) : List.of();
    boolean isolated = !prefix.isEmpty();
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(base);
    PythonSandbox box = new PythonSandbox(options, List.copyOf(cmd), isolated);
    try {
      for (int i = 0; i < options.workers(); i++) {
        Worker w = box.newWorker();
        box.idle.add(w);
      }
    } catch (RuntimeException e) {
      box.close();
      throw e;
    }
    return box;
  }

  /** Whether the workers run in their own, empty network namespace (besides the audit hook). */
  public boolean networkIsolated() {
    return networkIsolated;
  }

  public Options options() {
    return options;
  }

  /** Runs {@code evaluate(response)} defined by {@code source} with the pool's wall-time limit. */
  public Verdict evaluate(String source, String response) {
    return evaluate(source, response, options.timeoutMs());
  }

  /** Runs {@code evaluate(response)} defined by {@code source} under a wall-time limit of {@code timeoutMs}. */
  public Verdict evaluate(String source, String response, int timeoutMs) {
    if (closed) throw new IllegalStateException("sandbox closed");
    Worker w;
    try {
      w = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Verdict.none("interrupted");
    }
    Worker back = w;
    try {
      ObjectNode req = JSON.createObjectNode();
      req.put("src", source);
      req.put("arg", response);
      req.put("timeout", timeoutMs / 1000.0);
      Optional<JsonNode> answer = w.call(JSON.writeValueAsString(req), timeoutMs + HOST_GRACE_MS);
      if (answer.isEmpty()) {
        // The worker itself stopped answering or died: replace it, so later calls are unaffected.
        w.kill();
        back = closed ? null : newWorker();
        return Verdict.none("sandbox worker stopped and was restarted");
      }
      JsonNode r = answer.get().get("result");
      if (r != null && r.isBoolean()) return Verdict.of(r.booleanValue());
      JsonNode reason = answer.get().get("reason");
      return Verdict.none(reason == null ? "no result" : reason.asText());
    } catch (IOException e) {
      w.kill();
      back = closed ? null : newWorker();
      return Verdict.none("sandbox worker failed and was restarted: " + e.getMessage());
    } finally {
      if (back != null) idle.add(back);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (Worker w : all) w.kill();
      all.clear();
    }
    readers.shutdownNow();
  }

  private Worker newWorker() {
    ProcessBuilder pb = new ProcessBuilder(command);
    // No environment at all: the worker's os.environ is empty, so there is nothing to leak.
    pb.environment().clear();
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      Worker w = new Worker(p);
      Optional<JsonNode> ready = w.read(30_000);
      if (ready.isEmpty() || !ready.get().path("ready").asBoolean()) {
        w.kill();
        throw new SandboxUnavailableException("the python sandbox worker did not start (" + command.get(0) + ")");
      }
      synchronized (all) {
        all.removeIf(x -> !x.process.isAlive());
        all.add(w);
      }
      return w;
    } catch (IOException e) {
      throw new SandboxUnavailableException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  private final class Worker {
    final Process process;
    final BufferedWriter in;
    final BufferedReader out;

    Worker(Process process) {
      this.process = process;
      this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    Optional<JsonNode> call(String line, long waitMs) throws IOException {
      in.write(line);
      in.write('\n');
      in.flush();
      return read(waitMs);
    }

    Optional<JsonNode> read(long waitMs) throws IOException {
      Future<String> f = readers.submit(out::readLine);
      try {
        String s = f.get(waitMs, TimeUnit.MILLISECONDS);
        return s == null ? Optional.empty() : Optional.of(JSON.readTree(s));
      } catch (TimeoutException e) {
        kill();
        return Optional.empty();
      } catch (ExecutionException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        return Optional.empty();
      }
    }

    void kill() {
      // The worker's forked children first: a child outliving its parent must not keep running.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** The interpreter to use, resolved to an absolute path, if it is CPython 3.8 or later. */
  public static Optional<String> findPython(String requested) {
    String name = requested;
    if (name == null || name.isBlank()) name = System.getenv("IF4J_PYTHON");
    if (name == null || name.isBlank()) name = "python3";
    try {
      Process p = new ProcessBuilder(name, "-c",
          "import sys,platform;print(platform.python_implementation(), sys.version_info[0], sys.version_info[1]);"
              + "print(sys.executable)")
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String text = new String(p.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
      String[] lines = text.strip().split("\n");
      if (lines.length < 2) return Optional.empty();
      String[] v = lines[0].trim().split(" ");
      if (!v[0].equals("CPython")) return Optional.empty();
      int major = Integer.parseInt(v[1]);
      int minor = Integer.parseInt(v[2]);
      if (major < 3 || (major == 3 && minor < 8)) return Optional.empty();
      String exe = lines[lines.length - 1].trim();
      return exe.isEmpty() ? Optional.empty() : Optional.of(exe);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The command prefix that starts a worker in a new, empty network namespace: plain {@code unshare
   * --net} where we may (root), else inside a new user namespace where unprivileged ones are allowed;
   * empty where neither works (the audit hook still refuses sockets).
   */
  private static List<String> networkPrefix(String exe) {
    for (List<String> prefix : List.of(List.of("unshare", "--net", "--"),
        List.of("unshare", "--map-root-user", "--net", "--"))) {
      if (works(prefix, exe)) return prefix;
    }
    return List.of();
  }

  private static boolean works(List<String> prefix, String exe) {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(List.of(exe, "-I", "-S", "-c", "pass"));
    try {
      Process p = new ProcessBuilder(cmd)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String workerScript() {
    try (InputStream s = PythonSandbox.class.getResourceAsStream("worker.py")) {
      if (s == null) throw new IllegalStateException("worker.py missing from the sandbox jar");
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PythonSandbox[%d workers, %d ms, %d MiB, network %s]",
        options.workers(), options.timeoutMs(), options.memoryMb(), networkIsolated ? "unshared" : "audit hook only");
  }
}
