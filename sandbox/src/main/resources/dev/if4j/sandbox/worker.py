# if4j sandbox worker: runs untrusted `evaluate(response)` functions, one forked child per call.
#
# Protocol (JSON lines): the host writes {"src", "arg", "timeout"} (AutoIF: `evaluate(arg)`, a bool
# required) or {"src", "entry", "args", "conv", "timeout"} (call `entry(*args)` under convention
# "autoif" or "verif", see _call) on stdin; the worker answers {"result": true|false} or
# {"result": null, "reason": "..."} on stdout, one line per request.
# The parent never runs untrusted code: every call forks a child, which drops its limits to the
# call's budget, installs the seccomp filter and the audit hook, runs the function and writes one
# line into a pipe. The parent reads at most MAX_RESULT bytes of it, validates it and writes its own
# line to the host. A child's crash, timeout or mutated module state therefore dies with it.
# The host starts this worker under bubblewrap (see Bubblewrap.java): namespaces and a read-only
# view of only the interpreter are the outer boundary; nothing here is trusted to be the only one.
import sys, os, json, select, signal, resource, builtins, ast, struct

MEM_BYTES = int(sys.argv[1]) * 1024 * 1024
MAX_REASON = 300

# Modules a verification function may import. They are imported here, before any child exists,
# because importing later would read files, which the hook and the seccomp filter refuse.
ALLOWED_MODULES = (
    "re", "math", "string", "json", "collections", "collections.abc", "itertools", "functools",
    "unicodedata", "datetime", "_strptime", "time", "random", "statistics", "textwrap", "difflib",
    "typing", "operator", "heapq", "bisect", "decimal", "fractions", "copy", "enum", "dataclasses",
    "html", "calendar", "numbers", "keyword", "base64", "binascii", "hashlib", "zlib", "struct",
)
_modules = {}
for _name in ALLOWED_MODULES:
    try:
        __import__(_name)
        _modules[_name] = sys.modules[_name]
    except ImportError:
        pass
# Touch lazily-initialised state while files may still be read.
import datetime as _dt
_dt.datetime.strptime("2020-01-01", "%Y-%m-%d")

_real_import = builtins.__import__
_devnull = os.open(os.devnull, os.O_RDWR)
# The most a child may write as its answer; past it the call is "result too large" and the child is
# killed, so a guest cannot make this process (or the JVM) hold a flood in memory.
MAX_RESULT = 64 * 1024


class SandboxViolation(Exception):
    pass


def _new_audit_hook():
    # The hook's state lives in a closure over an immutable set, created per child and referenced by
    # nothing but the interpreter's hook list: rebinding any name in this module (which guest code
    # can reach through frames or __globals__) does not change what the hook allows.
    allowed = frozenset(("exec", "compile", "builtins.id", "time.sleep", "sys._getframe"))
    violation = SandboxViolation  # bound now: the module global may be rebound by then

    def hook(event, args):
        if event in allowed:
            return
        # Raising from the hook aborts the operation with this exception in the guest's frame.
        raise violation("sandbox refused " + event)

    return hook


# --- seccomp: a system-call allow-list, the boundary below the audit hook -------------------------
# A classic-BPF program built here and installed with prctl in each child before guest code runs.
# Allowed: what pure computation in CPython needs. Everything else fails with EPERM; a foreign
# architecture or the x32 ABI kills the process (its numbers would mean other calls).
_X86_64_ALLOWED = (
    0,    # read (only fds already open: open/openat are not allowed)
    1,    # write
    3,    # close
    5,    # fstat
    8,    # lseek
    9,    # mmap
    10,   # mprotect
    11,   # munmap
    12,   # brk
    13,   # rt_sigaction
    14,   # rt_sigprocmask
    15,   # rt_sigreturn
    17,   # pread64
    19,   # readv
    20,   # writev
    24,   # sched_yield
    25,   # mremap
    28,   # madvise
    35,   # nanosleep
    60,   # exit
    96,   # gettimeofday
    131,  # sigaltstack
    186,  # gettid
    201,  # time
    202,  # futex
    219,  # restart_syscall
    228,  # clock_gettime
    229,  # clock_getres
    230,  # clock_nanosleep
    231,  # exit_group
    318,  # getrandom
)
_AUDIT_ARCH_X86_64 = 0xC000003E
_X32_SYSCALL_BIT = 0x40000000
_RET_KILL_PROCESS = 0x80000000
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | 1
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


def _bpf(code, jt, jf, k):
    return struct.pack("=HBBI", code, jt, jf, k)


def _seccomp_program():
    ld_arch = _bpf(0x20, 0, 0, 4)    # BPF_LD|BPF_W|BPF_ABS: seccomp_data.arch
    ld_nr = _bpf(0x20, 0, 0, 0)      # seccomp_data.nr
    prog = [ld_arch, _bpf(0x15, 1, 0, _AUDIT_ARCH_X86_64), _bpf(0x06, 0, 0, _RET_KILL_PROCESS),
            ld_nr, _bpf(0x35, 0, 1, _X32_SYSCALL_BIT), _bpf(0x06, 0, 0, _RET_KILL_PROCESS)]
    for nr in _X86_64_ALLOWED:
        prog += [_bpf(0x15, 0, 1, nr), _bpf(0x06, 0, 0, _RET_ALLOW)]
    prog.append(_bpf(0x06, 0, 0, _RET_EPERM))
    return b"".join(prog), len(prog)


def _seccomp_installer():
    """A function that installs the filter in the calling process, or a reason it cannot be had."""
    import platform
    if sys.platform != "linux":
        return None, "seccomp needs Linux (this is " + sys.platform + ")"
    if platform.machine() != "x86_64":
        return None, "the seccomp filter knows x86_64 system-call numbers only (this is " + platform.machine() + ")"
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    prctl = libc.prctl
    prctl.argtypes = (ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong)
    code, count = _seccomp_program()
    filt = ctypes.create_string_buffer(code, len(code))

    class SockFprog(ctypes.Structure):
        _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.c_void_p))

    fprog = SockFprog(count, ctypes.addressof(filt))
    fprog_addr = ctypes.addressof(fprog)
    keep = (filt, fprog)  # the buffers must outlive every install

    def install():
        if prctl(_PR_SET_NO_NEW_PRIVS, 1, None, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
        if prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, fprog_addr, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
        return keep

    # Probe once: a child installs the filter and checks that a call outside the list is refused.
    pid = os.fork()
    if pid == 0:
        try:
            install()
            try:
                os.getcwd()
                os._exit(4)
            except PermissionError:
                os._exit(0)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 3:
        return None, "prctl(PR_SET_SECCOMP) failed: the kernel lacks seccomp filters (CONFIG_SECCOMP_FILTER)"
    if code != 0:
        return None, "the seccomp filter did not refuse a system call outside its list (exit " + str(code) + ")"
    return install, None


_install_seccomp, SECCOMP_MISSING = _seccomp_installer()
HOOK = sys.argv[2] != "no-audit-hook" if len(sys.argv) > 2 else True


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level != 0 or name not in _modules:
        raise ImportError("sandbox: import of " + repr(name) + " is not allowed")
    return _real_import(name, globals, locals, fromlist, level)


def _safe_builtins():
    b = dict(builtins.__dict__)
    for n in ("open", "input", "breakpoint", "exit", "quit", "help", "copyright", "credits", "license"):
        b.pop(n, None)
    b["__import__"] = _guarded_import
    return b


def _short(text):
    text = str(text)
    return text if len(text) <= MAX_REASON else text[:MAX_REASON] + "..."


def _import_lines(src):
    # The import statements anywhere in src, as VerIF's runner lists them (ast.walk order; the
    # level of a relative import is not kept, so such an import fails as it fails there).
    lines = []
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                lines.append("import " + alias.name)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                lines.append("from " + str(node.module) + " import " + alias.name)
    return lines


def _call(src, entry, args, conv):
    g = {"__builtins__": _safe_builtins(), "__name__": "__sandbox__"}
    if conv == "verif":
        # VerIF's runner: the imports are executed into the globals first, then the source with a
        # separate locals dict holding `response`, so top-level names land in the locals (a helper
        # function defined next to check_following is not visible from it, as there). Any truthy
        # value passes; None and other falsy values do not.
        for line in _import_lines(src):
            exec(line, g)
        local = {"response": args[-1] if args else None}
        exec(compile(src, "<function>", "exec"), g, local)
        fn = local.get(entry)
        if not callable(fn):
            return {"result": None, "reason": "no " + entry + " function defined"}
        return {"result": bool(fn(*args))}
    exec(compile(src, "<function>", "exec"), g)
    fn = g.get(entry)
    if not callable(fn):
        return {"result": None, "reason": "no " + entry + " function defined"}
    value = fn(*args)
    if value is True or value is False:
        return {"result": value}
    return {"result": None, "reason": "returned " + type(value).__name__ + ", not bool"}


def _child(w, src, entry, args, conv, timeout):
    # Descriptors first: stdio on /dev/null and nothing open but the result pipe, so that the
    # read/write calls the seccomp filter allows reach nothing else (not the pipes to the host, not
    # whatever the worker's own parent left open).
    for fd in (0, 1, 2):
        os.dup2(_devnull, fd)
    os.closerange(3, w)
    os.closerange(w + 1, max(w + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0]))
    # Limits next: the child may never raise them again (resource.* events are refused below, and
    # prlimit is not on the seccomp list).
    # The CPU limit is a backstop one second behind the wall-time kill: a busy loop burns CPU as fast
    # as wall time passes, and equal limits would race (the wall-time kill must be the one that fires).
    cpu = max(1, int(timeout + 0.999)) + 1
    used = resource.getrusage(resource.RUSAGE_SELF)
    base = int(used.ru_utime + used.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (base + cpu, base + cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEM_BYTES, MEM_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16))
    os.environ.clear()
    sys.stdout = sys.stderr = open(os.devnull, "w")
    sys.stdin = open(os.devnull, "r")
    sys.setrecursionlimit(1000)
    # Everything the trusted code below needs is loaded: from here on only computation is possible.
    if _install_seccomp is not None:
        _install_seccomp()
    if HOOK:
        sys.addaudithook(_new_audit_hook())
    try:
        out = _call(src, entry, args, conv)
    except MemoryError:
        out = {"result": None, "reason": "memory limit"}
    except RecursionError:
        out = {"result": None, "reason": "recursion limit"}
    except BaseException as e:  # SystemExit and KeyboardInterrupt included: the guest's, not ours
        try:
            out = {"result": None, "reason": "raised " + type(e).__name__ + ": " + _short(e)}
        except BaseException:
            out = {"result": None, "reason": "raised an exception"}
    data = (json.dumps(out) + "\n").encode()
    os.write(w, data)
    os._exit(0)


def _read_answer(r, pid, timeout):
    """The child's bytes (at most MAX_RESULT), or the reason there are none: the only channel from
    guest code back to us, read with a deadline and a bound."""
    chunks = []
    size = 0
    deadline = _monotonic() + timeout
    while True:
        left = deadline - _monotonic()
        if left <= 0:
            return None, "timeout after " + str(int(timeout * 1000)) + " ms"
        ready, _, _ = select.select([r], [], [], left)
        if not ready:
            continue
        chunk = os.read(r, 65536)
        if not chunk:
            return b"".join(chunks), None
        size += len(chunk)
        if size > MAX_RESULT:
            return None, "result too large (over " + str(MAX_RESULT // 1024) + " KiB)"
        chunks.append(chunk)


def _validated(data):
    """The child's answer re-framed by us: one JSON object {"result": bool|None, "reason": str|None}
    and nothing after it; anything else is no answer. A guest decides its own call's verdict (it is
    the function) but cannot shape what we write to the host."""
    try:
        text = data.decode("utf-8")
        if text.count("\n") != 1 or not text.endswith("\n"):
            return None
        obj = json.loads(text)
    except ValueError:
        return None
    if not isinstance(obj, dict) or set(obj) - {"result", "reason"}:
        return None
    result = obj.get("result")
    reason = obj.get("reason")
    if result is not None and result is not True and result is not False:
        return None
    if reason is not None and not isinstance(reason, str):
        return None
    if result is None:
        return {"result": None, "reason": _short(reason or "no result")}
    return {"result": result}


def _run(src, entry, args, conv, timeout):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            _child(w, src, entry, args, conv, timeout)
        finally:
            os._exit(1)
    os.close(w)
    try:
        data, failure = _read_answer(r, pid, timeout)
    finally:
        os.close(r)
    if failure is not None:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    _, status = os.waitpid(pid, 0)
    if failure is not None:
        return {"result": None, "reason": failure}
    if data:
        out = _validated(data)
        if out is not None:
            return out
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return {"result": None, "reason": "malformed result"}
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return {"result": None, "reason": "timeout (cpu time limit)"}
        if sig == signal.SIGSYS:
            return {"result": None, "reason": "killed by the seccomp filter (SIGSYS)"}
        if sig in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT):
            return {"result": None, "reason": "crashed (" + signal.Signals(sig).name + ")"}
        return {"result": None, "reason": "killed by " + signal.Signals(sig).name}
    return {"result": None, "reason": "no result (exit status " + str(os.waitstatus_to_exitcode(status)) + ")"}


from time import monotonic as _monotonic


def main():
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    ready = {"ready": True, "seccomp": SECCOMP_MISSING is None}
    if SECCOMP_MISSING is not None:
        ready["seccomp_missing"] = SECCOMP_MISSING
    stdout.write((json.dumps(ready) + "\n").encode())
    stdout.flush()
    while True:
        line = stdin.readline()
        if not line:
            return
        try:
            req = json.loads(line)
            if "entry" in req:
                out = _run(req["src"], req["entry"], list(req["args"]), req.get("conv", "autoif"), float(req["timeout"]))
            else:
                out = _run(req["src"], "evaluate", [req["arg"]], "autoif", float(req["timeout"]))
        except Exception as e:
            out = {"result": None, "reason": "worker error: " + _short(e)}
        stdout.write((json.dumps(out) + "\n").encode())
        stdout.flush()


main()
