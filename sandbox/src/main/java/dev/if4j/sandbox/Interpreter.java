package dev.if4j.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A CPython 3.8+ found on this machine: the executable as the user named it, its real path, and the
 * real directories its standard library and shared libraries live in (what a minimal file view
 * must show it).
 */
record Interpreter(String executable, Path realExecutable, List<Path> homes) {
  private static final String DESCRIBE = String.join(";",
      "import sys, os, platform, sysconfig",
      "print(platform.python_implementation(), sys.version_info[0], sys.version_info[1])",
      "print(sys.executable)",
      "print(os.path.realpath(sys.executable))",
      "[print(os.path.realpath(p)) for p in (sys.base_prefix, sys.base_exec_prefix, sysconfig.get_config_var('LIBDIR') or sys.base_prefix)]");

  /** The interpreter {@code requested}, else {@code $IF4J_PYTHON}, else {@code python3}, if it is CPython 3.8+. */
  static Optional<Interpreter> find(String requested) {
    String name = requested;
    if (name == null || name.isBlank()) name = System.getenv("IF4J_PYTHON");
    if (name == null || name.isBlank()) name = "python3";
    try {
      Process p = new ProcessBuilder(name, "-I", "-c", DESCRIBE).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String text = new String(p.getInputStream().readNBytes(16_384), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
      String[] lines = text.strip().split("\n");
      if (lines.length < 6) return Optional.empty();
      String[] v = lines[0].trim().split(" ");
      if (!v[0].equals("CPython")) return Optional.empty();
      int major = Integer.parseInt(v[1]);
      int minor = Integer.parseInt(v[2]);
      if (major < 3 || (major == 3 && minor < 8)) return Optional.empty();
      String exe = lines[1].trim();
      if (exe.isEmpty()) return Optional.empty();
      Path real = Path.of(lines[2].trim());
      List<Path> homes = new ArrayList<>();
      homes.add(real.getParent());
      for (int i = 3; i < lines.length; i++) {
        Path dir = Path.of(lines[i].trim());
        if (dir.isAbsolute() && Files.isDirectory(dir)) homes.add(dir);
      }
      return Optional.of(new Interpreter(exe, real, List.copyOf(homes)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
