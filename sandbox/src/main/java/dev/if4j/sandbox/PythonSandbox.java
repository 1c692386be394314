package dev.if4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * <p>Each worker is a long-lived {@code python3 -I -S} process started under bubblewrap (new user,
 * pid, mount, network, IPC and UTS namespaces, a read-only view of only the interpreter and the
 * system libraries, no capabilities, no environment). It forks one child per call; the child lowers
 * its rlimits, installs a seccomp system-call allow-list and an audit hook, and runs the function in
 * a fresh namespace with restricted builtins. The worker reads at most 64 KiB of a child's answer
 * and re-frames it; it kills a child at the wall limit; this class kills a worker that stops
 * answering or sends an oversized line, and starts a new one. A layer that cannot be set up here
 * makes {@link #start} refuse, unless {@link Options#allowWeakSandbox()} says otherwise.
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
   * @param allowWeakSandbox run guest code even when a layer of containment cannot be set up here
   *     (bubblewrap namespaces or the seccomp filter); the missing layers are then named by {@link
   *     #missingLayers()}. Off by default: without a layer, {@link #start} refuses.
   */
  public record Options(String python, int timeoutMs, int memoryMb, int workers, boolean allowWeakSandbox) {
    public Options {
      if (timeoutMs < 1) throw new IllegalArgumentException("timeout must be at least 1 ms, got " + timeoutMs);
      if (memoryMb < 64) throw new IllegalArgumentException("memory limit must be at least 64 MiB, got " + memoryMb);
      if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }

    public static Options defaults() {
      return new Options(null, DEFAULT_TIMEOUT_MS, DEFAULT_MEMORY_MB,
          Math.max(1, Runtime.getRuntime().availableProcessors()), false);
    }

    public Options withTimeoutMs(int ms) {
      return new Options(python, ms, memoryMb, workers, allowWeakSandbox);
    }

    public Options withWorkers(int n) {
      return new Options(python, timeoutMs, memoryMb, n, allowWeakSandbox);
    }

    public Options withMemoryMb(int mb) {
      return new Options(python, timeoutMs, mb, workers, allowWeakSandbox);
    }

    public Options withPython(String exe) {
      return new Options(exe, timeoutMs, memoryMb, workers, allowWeakSandbox);
    }

    public Options withWeakSandboxAllowed(boolean allowed) {
      return new Options(python, timeoutMs, memoryMb, workers, allowed);
    }
  }

  private final Options options;
  private final List<String> command;
  private final boolean networkIsolated;
  private final List<String> missingLayers = new ArrayList<>();
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

  /**
   * Starts a pool. Throws {@link SandboxUnavailableException} when no suitable python3 is found, or
   * when a layer of containment cannot be set up here and {@link Options#allowWeakSandbox()} is off;
   * the message names the layer and what to install or allow.
   */
  public static PythonSandbox start(Options options) {
    return start(options, true);
  }

  /**
   * As {@link #start(Options)}; {@code auditHook} false leaves the audit hook out, so that tests can
   * show that the layers below it contain an attack on their own.
   */
  static PythonSandbox start(Options options, boolean auditHook) {
    return start(options, auditHook, Bubblewrap.onPath("bwrap"));
  }

  /** As {@link #start(Options, boolean)} with the {@code bwrap} executable given (tests: a missing one). */
  static PythonSandbox start(Options options, boolean auditHook, Path bwrapExecutable) {
    Interpreter python = Interpreter.find(options.python())
        .orElseThrow(() -> new SandboxUnavailableException(
            "no python3 (3.8 or later) found: install one, or name it with --python or IF4J_PYTHON"));
    List<String> missing = new ArrayList<>();
    List<String> prefix;
    String exe;
    boolean netIsolated;
    Bubblewrap.Probe bwrap = Bubblewrap.probe(python, bwrapExecutable);
    if (bwrap.prefix() != null) {
      prefix = bwrap.prefix();
      // Inside the sandbox only the real files exist (a venv's or pyenv's links are not bound).
      exe = python.realExecutable().toString();
      netIsolated = true;
    } else {
      missing.add(bwrap.problem());
      exe = python.executable();
      // The weak fallback keeps at least a separate network where unshare works.
      prefix = options.allowWeakSandbox() ? networkPrefix(exe) : List.of();
      netIsolated = !prefix.isEmpty();
    }
    List<String> base = new ArrayList<>(List.of(exe, "-I", "-S", "-c", workerScript(),
        Integer.toString(options.memoryMb())));
    if (!auditHook) base.add("no-audit-hook");
    if (!missing.isEmpty() && !options.allowWeakSandbox()) throw refusal(missing);
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(base);
    PythonSandbox box = new PythonSandbox(options, List.copyOf(cmd), netIsolated);
    box.missingLayers.addAll(missing);
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

  private static SandboxUnavailableException refusal(List<String> missing) {
    return new SandboxUnavailableException("the Python sandbox is incomplete here, so no guest code runs: "
        + String.join("; ", missing)
        + ". Fix that, or accept a weaker sandbox explicitly (--allow-weak-sandbox; see docs/sandbox.md)");
  }

  /** Whether the workers run in their own, empty network namespace (besides the audit hook). */
  public boolean networkIsolated() {
    return networkIsolated;
  }

  /**
   * The layers of containment this pool lacks, each with what is missing (empty for the full
   * sandbox; only ever non-empty when {@link Options#allowWeakSandbox()} is on).
   */
  public List<String> missingLayers() {
    return List.copyOf(missingLayers);
  }

  /** One line for logs and summaries: "full" or "WEAK (missing: ...)". */
  public String describeLayers() {
    return missingLayers.isEmpty()
        ? "full (namespaces, seccomp, rlimits, audit hook)"
        : "WEAK (missing: " + String.join("; ", missingLayers) + ")";
  }

  public Options options() {
    return options;
  }

  /** Runs {@code evaluate(response)} defined by {@code source} with the pool's wall-time limit. */
  public SandboxVerdict evaluate(String source, String response) {
    return evaluate(source, response, options.timeoutMs());
  }

  /** Runs {@code evaluate(response)} defined by {@code source} under a wall-time limit of {@code timeoutMs}. */
  public SandboxVerdict evaluate(String source, String response, int timeoutMs) {
    ObjectNode req = JSON.createObjectNode();
    req.put("src", source);
    req.put("arg", response);
    return run(req, timeoutMs);
  }

  /**
   * How a call's source is run and its value read.
   *
   * <ul>
   *   <li>{@link #AUTOIF}: {@code exec(source)} in a fresh namespace, then {@code entry(*args)}
   *       must return a {@code bool} (anything else is no verdict, as AutoIF filters it);
   *   <li>{@link #VERIF}: as VerIF's rule runner: the source's import statements are executed into
   *       the globals first, the source then runs with a separate locals dict holding {@code
   *       response} (the last argument), {@code entry} is looked up in those locals, and any truthy
   *       value is {@code true}, any falsy one ({@code None} included) {@code false}. A raise, a
   *       timeout or a missing entry is no verdict, which VerIF scores 0.
   * </ul>
   */
  public enum Convention {
    AUTOIF,
    VERIF
  }

  /**
   * Runs {@code entry(*args)} defined by {@code source} under {@code convention}, with a wall-time
   * limit of {@code timeoutMs}. The containment is the same as for {@link #evaluate}.
   */
  public SandboxVerdict call(String source, String entry, List<String> args, Convention convention, int timeoutMs) {
    ObjectNode req = JSON.createObjectNode();
    req.put("src", source);
    req.put("entry", entry);
    var a = req.putArray("args");
    for (String s : args) a.add(s);
    req.put("conv", convention == Convention.VERIF ? "verif" : "autoif");
    return run(req, timeoutMs);
  }

  private SandboxVerdict run(ObjectNode req, int timeoutMs) {
    if (closed) throw new IllegalStateException("sandbox closed");
    Worker w;
    try {
      w = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SandboxVerdict.none("interrupted");
    }
    Worker back = w;
    try {
      req.put("timeout", timeoutMs / 1000.0);
      Optional<JsonNode> answer = w.call(JSON.writeValueAsString(req), timeoutMs + HOST_GRACE_MS);
      if (answer.isEmpty()) {
        // The worker itself stopped answering or died: replace it, so later calls are unaffected.
        w.kill();
        back = closed ? null : newWorker();
        return SandboxVerdict.none("sandbox worker stopped and was restarted");
      }
      JsonNode r = answer.get().get("result");
      if (r != null && r.isBoolean()) return SandboxVerdict.of(r.booleanValue());
      JsonNode reason = answer.get().get("reason");
      return SandboxVerdict.none(reason == null ? "no result" : reason.asText());
    } catch (IOException e) {
      w.kill();
      back = closed ? null : newWorker();
      return SandboxVerdict.none("sandbox worker failed and was restarted: " + e.getMessage());
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
        throw new SandboxUnavailableException("the python sandbox worker did not start (" + String.join(" ",
            command.subList(0, Math.min(3, command.size()))) + " ...)");
      }
      if (!ready.get().path("seccomp").asBoolean()) {
        String layer = "seccomp system-call filter: " + ready.get().path("seccomp_missing").asText("unavailable");
        if (!options.allowWeakSandbox()) {
          w.kill();
          throw refusal(List.of(layer));
        }
        synchronized (missingLayers) {
          if (!missingLayers.contains(layer)) missingLayers.add(layer);
        }
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

  /**
   * The longest line the JVM reads from a worker. The worker re-frames every answer itself (a
   * verdict and a reason of at most 300 characters), so a longer line means a broken worker: it is
   * killed rather than read whole.
   */
  static final int MAX_WORKER_LINE = 64 * 1024;

  private final class Worker {
    final Process process;
    final BufferedWriter in;
    final InputStream out;

    Worker(Process process) {
      this.process = process;
      this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      this.out = new BufferedInputStream(process.getInputStream());
    }

    Optional<JsonNode> call(String line, long waitMs) throws IOException {
      in.write(line);
      in.write('\n');
      in.flush();
      return read(waitMs);
    }

    Optional<JsonNode> read(long waitMs) throws IOException {
      Future<String> f = readers.submit(() -> BoundedLines.read(out, MAX_WORKER_LINE));
      try {
        String s = f.get(waitMs, TimeUnit.MILLISECONDS);
        return s == null ? Optional.empty() : Optional.of(JSON.readTree(s));
      } catch (TimeoutException e) {
        kill();
        return Optional.empty();
      } catch (ExecutionException e) {
        kill();
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
    return Interpreter.find(requested).map(Interpreter::executable);
  }

  /**
   * What keeps the full sandbox from running here with the interpreter {@code requestedPython}
   * (null: the default one): no python3, or bubblewrap missing or unable to create namespaces. Empty
   * when both are there. (The seccomp filter is probed when a worker starts; {@link #start} names it
   * when it is missing.)
   */
  public static List<String> missingLayersHere(String requestedPython) {
    Optional<Interpreter> python = Interpreter.find(requestedPython);
    if (python.isEmpty()) return List.of("python3 (CPython 3.8 or later): not found; install one, or name it with --python or IF4J_PYTHON");
    String bwrap = Bubblewrap.probe(python.get()).problem();
    return bwrap == null ? List.of() : List.of(bwrap);
  }

  /**
   * The weak sandbox's command prefix (no bubblewrap): a new, empty network namespace with plain
   * {@code unshare --net} where we may (root), else inside a new user namespace where unprivileged
   * ones are allowed; empty where neither works (the seccomp filter and the audit hook still refuse
   * sockets).
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
    return String.format(Locale.ROOT, "PythonSandbox[%d workers, %d ms, %d MiB, %s]",
        options.workers(), options.timeoutMs(), options.memoryMb(), describeLayers());
  }
}
