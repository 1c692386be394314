package dev.if4j.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The outer layer: each worker runs under bubblewrap ({@code bwrap}) in new user, pid, mount,
 * network, IPC, UTS and (where the kernel has them) cgroup namespaces, with no capabilities, no
 * environment, its own session, and a read-only file view of only the interpreter and the system
 * libraries: no /etc, /home, /root, /proc, /tmp, no working tree.
 */
final class Bubblewrap {
  /** The system library directories the interpreter's shared libraries come from. */
  private static final List<String> SYSTEM_DIRS = List.of("/usr", "/lib", "/lib64", "/lib32", "/libx32");
  /** The uid and gid the worker has inside its user namespace ("nobody"). */
  private static final String NOBODY = "65534";
  private static final Map<List<Object>, Probe> PROBES = new ConcurrentHashMap<>();

  private Bubblewrap() {}

  /** A working command prefix, or null and what is wrong (named as the missing layer). */
  record Probe(List<String> prefix, String problem) {}

  /** Whether bubblewrap can start {@code python} in the sandbox here; probed once per interpreter. */
  static Probe probe(Interpreter python) {
    return probe(python, onPath("bwrap"));
  }

  /** As {@link #probe(Interpreter)} with the {@code bwrap} executable given (null or absent: not installed). */
  static Probe probe(Interpreter python, Path bwrap) {
    return PROBES.computeIfAbsent(Arrays.asList(python, bwrap), k -> tryStart(python, bwrap));
  }

  private static Probe tryStart(Interpreter python, Path bwrap) {
    if (bwrap == null || !Files.isExecutable(bwrap)) {
      return new Probe(null, "namespaces and a minimal file view (bubblewrap): bwrap is not installed;"
          + " install it (Debian/Ubuntu: apt-get install bubblewrap)");
    }
    List<String> prefix = prefix(bwrap, python);
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(List.of(python.realExecutable().toString(), "-I", "-S", "-c", "import json, re, os; os.getpid()"));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Probe(null, "namespaces (bubblewrap): " + bwrap + " did not start the interpreter within 20 s");
      }
      if (p.exitValue() != 0) {
        return new Probe(null, "namespaces (bubblewrap): " + bwrap + " cannot create the sandbox here ("
            + (out.isEmpty() ? "exit " + p.exitValue() : out.lines().findFirst().orElse(out))
            + "); allow user namespaces (sysctl kernel.unprivileged_userns_clone=1 or"
            + " user.max_user_namespaces > 0, or run the container with them)");
      }
      return new Probe(List.copyOf(prefix), null);
    } catch (IOException e) {
      return new Probe(null, "namespaces (bubblewrap): cannot run " + bwrap + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probe(null, "namespaces (bubblewrap): interrupted while probing");
    }
  }

  /** The bwrap command line up to (not including) the interpreter. */
  static List<String> prefix(Path bwrap, Interpreter python) {
    List<String> cmd = new ArrayList<>(List.of(bwrap.toString(),
        "--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
        "--uid", NOBODY, "--gid", NOBODY, "--hostname", "sandbox",
        "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv"));
    List<Path> bound = new ArrayList<>();
    for (String dir : SYSTEM_DIRS) {
      Path p = Path.of(dir);
      if (!Files.isDirectory(p)) continue;
      cmd.addAll(List.of("--ro-bind", dir, dir));
      bound.add(p);
    }
    for (Path home : python.homes()) {
      if (bound.stream().anyMatch(home::startsWith)) continue;
      cmd.addAll(List.of("--ro-bind", home.toString(), home.toString()));
      bound.add(home);
    }
    // /dev/null (the worker's and each child's stdio), nothing else writable: the root is remounted
    // read-only after the binds.
    cmd.addAll(List.of("--dev", "/dev", "--chdir", "/", "--remount-ro", "/", "--"));
    return cmd;
  }

  static Path onPath(String name) {
    String path = System.getenv("PATH");
    List<String> dirs = new ArrayList<>();
    if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/bin", "/bin", "/usr/local/bin"));
    for (String d : dirs) {
      if (d.isEmpty()) continue;
      Path p = Path.of(d, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
    }
    return null;
  }
}
