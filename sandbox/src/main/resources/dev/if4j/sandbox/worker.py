# if4j sandbox worker: runs untrusted `evaluate(response)` functions, one forked child per call.
#
# Protocol (JSON lines): the host writes {"src", "arg", "timeout"} (AutoIF: `evaluate(arg)`, a bool
# required) or {"src", "entry", "args", "conv", "timeout"} (call `entry(*args)` under convention
# "autoif" or "verif", see _call) on stdin; the worker answers {"result": true|false} or
# {"result": null, "reason": "..."} on stdout, one line per request.
# The parent never runs untrusted code: every call forks a child, which drops its limits to the
# call's budget, installs the audit hook, runs the function and writes one line into a pipe. A
# child's crash, timeout or mutated module state therefore dies with it.
import sys, os, json, select, signal, resource, builtins, ast

MEM_BYTES = int(sys.argv[1]) * 1024 * 1024
MAX_REASON = 300

# Modules a verification function may import. They are imported here, before any child exists,
# because importing later would read files, which the hook refuses.
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

# Audit events a child may raise; anything else (open, os.*, socket.*, subprocess.*, ctypes.*,
# import of a module not loaded above, object.__getattr__ on frames and __globals__, ...) is refused.
ALLOWED_EVENTS = frozenset(("exec", "compile", "builtins.id", "time.sleep", "sys._getframe"))
_real_import = builtins.__import__
_devnull = os.open(os.devnull, os.O_RDWR)


class SandboxViolation(Exception):
    pass


def _hook(event, args):
    if event in ALLOWED_EVENTS:
        return
    # Raising from the hook aborts the operation with this exception in the guest's frame.
    raise SandboxViolation("sandbox refused " + event)


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
    # Limits first: the child may never raise them again (resource.* events are refused below).
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
    for fd in (0, 1, 2):
        os.dup2(_devnull, fd)
    os.environ.clear()
    sys.stdout = sys.stderr = open(os.devnull, "w")
    sys.stdin = open(os.devnull, "r")
    sys.setrecursionlimit(1000)
    sys.addaudithook(_hook)
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
    chunks = []
    deadline = _monotonic() + timeout
    timed_out = False
    while True:
        left = deadline - _monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([r], [], [], left)
        if not ready:
            continue
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    if timed_out:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if timed_out:
        return {"result": None, "reason": "timeout after " + str(int(timeout * 1000)) + " ms"}
    data = b"".join(chunks)
    if data:
        try:
            return json.loads(data)
        except ValueError:
            pass
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return {"result": None, "reason": "timeout (cpu time limit)"}
        if sig in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT):
            return {"result": None, "reason": "crashed (" + signal.Signals(sig).name + ")"}
        return {"result": None, "reason": "killed by " + signal.Signals(sig).name}
    return {"result": None, "reason": "no result (exit status " + str(os.waitstatus_to_exitcode(status)) + ")"}


from time import monotonic as _monotonic


def main():
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    stdout.write(b'{"ready": true}\n')
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
