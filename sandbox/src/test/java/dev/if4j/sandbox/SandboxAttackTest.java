package dev.if4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attack suite: guest programs that try to leave the sandbox, each run twice, once through the
 * whole sandbox and once with the audit hook left out (so that the operating-system layers alone
 * must contain it). After every attack: the canary file was never created, the outside process (a
 * {@code sleep} this test started) is alive, not stopped and not reniced, the verdict is not a
 * forged {@code true}, the reason names what stopped it, and the same worker process still answers
 * ordinary calls correctly. The table in docs/sandbox.md and docs/security.md is this one.
 */
class SandboxAttackTest {
  private static final String GOOD = "def evaluate(response):\n    return 'hello' in response.lower()\n";

  /** Reaches os, sys and ctypes without an import statement, as an escaping guest does. */
  private static final String PRELUDE = String.join("\n",
      "W = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]",
      "sys = W.__init__.__globals__['sys']",
      "os = sys.modules['os']",
      "");

  private static final String CTYPES = "ct = sys.modules['ctypes']\nlibc = ct.CDLL(None, use_errno=True)\n";

  /**
   * @param name what the guest tries
   * @param code the body of {@code evaluate(response)} after {@link #PRELUDE}; returns True where
   *     the attack worked
   * @param withHook what the reason says (a part of it) with every layer on
   * @param withoutHook what it says with the audit hook left out
   */
  record Attack(String name, String code, String withHook, String withoutHook) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Attack> ATTACKS = List.of(
      new Attack("read /etc/passwd", "fd = os.open('/etc/passwd', os.O_RDONLY)\nreturn len(os.read(fd, 100)) > 0",
          "sandbox refused open", "Operation not permitted"),
      new Attack("read a file of the repository", "fd = os.open('{REPO}', os.O_RDONLY)\nreturn len(os.read(fd, 100)) > 0",
          "sandbox refused open", "Operation not permitted"),
      new Attack("read /proc/self/environ", "fd = os.open('/proc/self/environ', os.O_RDONLY)\nreturn len(os.read(fd, 100)) > 0",
          "sandbox refused open", "Operation not permitted"),
      new Attack("write the canary file", "fd = os.open('{CANARY}', os.O_CREAT | os.O_WRONLY)\nreturn os.write(fd, b'x') == 1",
          "sandbox refused open", "Operation not permitted"),
      new Attack("mknod the canary", "os.mknod('{CANARY}')\nreturn True", "Operation not permitted", "Operation not permitted"),
      new Attack("mkfifo the canary", "os.mkfifo('{CANARY}')\nreturn True", "Operation not permitted", "Operation not permitted"),
      new Attack("stat a file (leaks the file system)", "return os.stat('/etc/passwd').st_size > 0",
          "Operation not permitted", "Operation not permitted"),
      new Attack("readlink /proc/self/exe", "return len(os.readlink('/proc/self/exe')) > 0",
          "Operation not permitted", "Operation not permitted"),
      new Attack("list a directory", "return len(os.listdir('/')) > 0", "sandbox refused os.listdir", "Operation not permitted"),
      new Attack("kill the outside process", "os.kill({SLEEP}, 9)\nreturn True", "sandbox refused os.kill", "Operation not permitted"),
      new Attack("stop the outside process (SIGSTOP)", "os.kill({SLEEP}, 19)\nreturn True", "sandbox refused os.kill",
          "Operation not permitted"),
      new Attack("kill the JVM by pid", "os.kill({JVM}, 9)\nreturn True", "sandbox refused os.kill", "Operation not permitted"),
      new Attack("kill the JVM's process group (found via getpgid(getppid()))",
          "try:\n    os.killpg(os.getpgid(os.getppid()), 9)\nexcept PermissionError:\n    pass\nos.killpg({JVM_PGID}, 9)\nreturn True",
          "sandbox refused os.killpg", "Operation not permitted"),
      new Attack("kill every process it can see (kill -1)", "os.kill(-1, 9)\nreturn True", "sandbox refused os.kill",
          "Operation not permitted"),
      new Attack("kill the worker (its parent)", "os.kill(os.getppid(), 9)\nreturn True", "sandbox refused os.kill",
          "Operation not permitted"),
      new Attack("pidfd_open + pidfd_send_signal on the outside process",
          "fd = os.pidfd_open({SLEEP})\nsys.modules['signal'].pidfd_send_signal(fd, 9)\nreturn True",
          "Operation not permitted", "Operation not permitted"),
      new Attack("pidfd_open + pidfd_send_signal on the JVM",
          "fd = os.pidfd_open({JVM})\nsys.modules['signal'].pidfd_send_signal(fd, 9)\nreturn True",
          "Operation not permitted", "Operation not permitted"),
      new Attack("renice the outside process", "os.setpriority(os.PRIO_PROCESS, {SLEEP}, 19)\nreturn True",
          "Operation not permitted", "Operation not permitted"),
      new Attack("renice the JVM's process group", "os.setpriority(os.PRIO_PGRP, {JVM_PGID}, 19)\nreturn True",
          "Operation not permitted", "Operation not permitted"),
      new Attack("raise its own rlimits", "r = sys.modules['resource']\nr.setrlimit(r.RLIMIT_AS, (-1, -1))\nreturn True",
          "sandbox refused resource.setrlimit", "not allowed to raise"),
      new Attack("unshare a new user namespace (ctypes)", CTYPES + "return libc.unshare(0x10000000) == 0",
          "sandbox refused ctypes", "returned bool"),
      new Attack("setns into another namespace (ctypes)", CTYPES + "return libc.setns(0, 0) == 0",
          "sandbox refused ctypes", "returned bool"),
      new Attack("ptrace the outside process (ctypes)", CTYPES + "return libc.ptrace(16, {SLEEP}, 0, 0) == 0",
          "sandbox refused ctypes", "returned bool"),
      new Attack("raw kill system call on the outside process (ctypes)", CTYPES + "return libc.syscall(62, {SLEEP}, 9) == 0",
          "sandbox refused ctypes", "returned bool"),
      new Attack("open a socket (ctypes)", CTYPES + "return libc.socket(2, 1, 0) >= 0", "sandbox refused ctypes", "returned bool"),
      new Attack("crash the interpreter (ctypes)", CTYPES + "ct.memset(0, 0, 16)\nreturn True", "sandbox refused ctypes",
          "crashed (SIGSEGV)"),
      new Attack("execve a shell", "os.execv('/bin/sh', ['sh', '-c', 'touch {CANARY}'])", "sandbox refused os.exec",
          "Operation not permitted"),
      new Attack("the issue's escape: rebind the worker's state through __globals__ and frames, then os.system",
          "m = sys.modules['__main__']\n"
              + "m.ALLOWED_EVENTS = frozenset(['os.system', 'open', 'os.fork', 'subprocess.Popen'])\n"
              + "g = sys._getframe(1).f_globals\n"
              + "g['_new_audit_hook'] = lambda: (lambda e, a: None)\ng['HOOK'] = False\ng['_install_seccomp'] = None\n"
              + "g['MAX_RESULT'] = 10 ** 12\ng['_validated'] = lambda data: {'result': True}\n"
              + "return os.system('touch {CANARY}') == 0",
          "sandbox refused os.system", "returned bool"),
      new Attack("forge verdicts for later calls on the result pipe",
          "os.write(sys._getframe(2).f_locals['w'], b'{\"result\": true}\\n' * 1000)\n"
              + "os.write(1, b'{\"result\": true}\\n' * 1000)\nreturn False",
          "malformed result", "malformed result"),
      new Attack("write a forged verdict to every descriptor it might hold (the host's pipes)",
          "for fd in range(256):\n    try:\n        os.write(fd, b'{\"result\": true}\\n')\n    except OSError:\n        pass\nreturn False",
          "malformed result", "malformed result"),
      new Attack("flood the result pipe (400 MB)",
          "fd = sys._getframe(2).f_locals['w']\nchunk = b'x' * 65536\nfor _ in range(6400):\n    os.write(fd, chunk)\nreturn True",
          "result too large", "result too large"),
      new Attack("fork bomb", "while True:\n    os.fork()", "sandbox refused os.fork", "Operation not permitted"),
      new Attack("spawn a process", "os.posix_spawn('/bin/sh', ['sh', '-c', 'touch {CANARY}'], {})\nreturn True",
          "sandbox refused os.posix_spawn", "Operation not permitted"),
      new Attack("thread bomb", "t = sys.modules['_thread']\nfor _ in range(10000):\n    t.start_new_thread(lambda: None, ())\nreturn True",
          "can't start new thread", "can't start new thread"),
      new Attack("memory bomb", "x = bytearray(2 ** 34)\nreturn True", "memory limit", "memory limit"),
      new Attack("memory bomb, growing", "x = []\nwhile True:\n    x.append(bytearray(10 ** 8))", "memory limit", "memory limit"),
      new Attack("fd bomb (dup)", "fds = [os.dup(2) for _ in range(100000)]\nreturn True", "Operation not permitted",
          "Operation not permitted"),
      new Attack("fd bomb (pipes)", "fds = [os.pipe() for _ in range(100000)]\nreturn True", "Operation not permitted",
          "Operation not permitted"),
      new Attack("endless loop in finally", "try:\n    return True\nfinally:\n    while True:\n        try:\n            pass\n"
          + "        finally:\n            continue", "timeout", "timeout"),
      new Attack("a loop that swallows every exception", "while True:\n    try:\n        while True:\n            pass\n"
          + "    except BaseException:\n        pass", "timeout", "timeout"));

  private static final Path DIR = tempDir();
  private static final Path CANARY = DIR.resolve("canary");
  private static Process outside;
  private static int outsideNice;
  private static PythonSandbox full;
  private static PythonSandbox hookless;
  private static long fullWorker;
  private static long hooklessWorker;

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("if4j-attack");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void start() throws IOException {
    SandboxTestSupport.requireFullSandbox();
    outside = new ProcessBuilder("sleep", "600").start();
    outsideNice = nice(outside.pid());
    PythonSandbox.Options o = PythonSandbox.Options.defaults().withWorkers(1).withTimeoutMs(1000).withMemoryMb(256);
    Set<Long> before = children();
    full = PythonSandbox.start(o);
    fullWorker = newChild(before);
    before = children();
    hookless = PythonSandbox.start(o, false);
    hooklessWorker = newChild(before);
  }

  @AfterAll
  static void stop() throws IOException {
    if (full != null) full.close();
    if (hookless != null) hookless.close();
    if (outside != null) outside.destroyForcibly();
    Files.deleteIfExists(CANARY);
    Files.deleteIfExists(DIR);
  }

  static Stream<Arguments> attacks() {
    List<Arguments> all = new ArrayList<>();
    for (Attack a : ATTACKS) {
      all.add(Arguments.of(a, true));
      all.add(Arguments.of(a, false));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} (audit hook {1})")
  @MethodSource("attacks")
  void isContained(Attack attack, boolean auditHook) throws IOException {
    PythonSandbox box = auditHook ? full : hookless;
    String code = PRELUDE + attack.code()
        .replace("{CANARY}", CANARY.toString())
        .replace("{REPO}", Path.of("pom.xml").toAbsolutePath().toString())
        .replace("{SLEEP}", Long.toString(outside.pid()))
        .replace("{JVM}", Long.toString(ProcessHandle.current().pid()))
        .replace("{JVM_PGID}", Long.toString(pgid(ProcessHandle.current().pid())));
    SandboxVerdict v = box.evaluate("def evaluate(response):\n" + code.indent(4), "Hello world");
    System.out.println("ATTACK | " + attack.name() + " | hook " + auditHook + " | " + v);

    assertThat(v.result()).as("verdict of " + attack.name()).isNotEqualTo(Boolean.TRUE);
    String expected = auditHook ? attack.withHook() : attack.withoutHook();
    if (expected.equals("returned bool")) {
      assertThat(v).as("the attack's own test of success").isEqualTo(SandboxVerdict.of(false));
    } else {
      assertThat(v.reason()).as("what stopped " + attack.name()).contains(expected);
    }
    assertThat(CANARY).as("canary file").doesNotExist();
    assertThat(outside.isAlive()).as("outside process alive").isTrue();
    assertThat(state(outside.pid())).as("outside process not stopped").isNotEqualTo("T");
    assertThat(nice(outside.pid())).as("outside process priority").isEqualTo(outsideNice);
    // The same worker (not a replacement) keeps answering, and no forged line is waiting for it.
    assertThat(box.evaluate(GOOD, "Hello there")).isEqualTo(SandboxVerdict.of(true));
    assertThat(box.evaluate(GOOD, "bye")).isEqualTo(SandboxVerdict.of(false));
    assertThat(ProcessHandle.of(auditHook ? fullWorker : hooklessWorker)).as("worker process").isPresent()
        .get().matches(ProcessHandle::isAlive);
  }

  private static Set<Long> children() {
    return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  private static long newChild(Set<Long> before) {
    return ProcessHandle.current().children().map(ProcessHandle::pid).filter(p -> !before.contains(p))
        .findFirst().orElseThrow();
  }

  /** Fields of /proc/PID/stat after the command name (which may hold spaces). */
  private static String[] stat(long pid) throws IOException {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return s.substring(s.lastIndexOf(')') + 2).split(" ");
  }

  private static String state(long pid) throws IOException {
    return stat(pid)[0];
  }

  private static long pgid(long pid) throws IOException {
    return Long.parseLong(stat(pid)[2]);
  }

  private static int nice(long pid) throws IOException {
    return Integer.parseInt(stat(pid)[16]);
  }
}
