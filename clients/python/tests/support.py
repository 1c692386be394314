"""What the Python tests share: a real ``if4j serve`` started through the installed ``if4j-serve``,
``if4j check`` for reference verdicts, and the rule for third-party libraries (a missing one fails
the test under ``CI=true``, naming it; elsewhere the test is skipped, saying so)."""

import atexit
import importlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import unittest
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
JAR = Path(os.environ.get("IF4J_JAR") or REPO / "cli" / "target" / "if4j.jar")
RESOURCES = Path(os.environ.get("IF4J_RESOURCES") or REPO.parent / "shared" / "resources")

NO_COMMA = {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}


def require(*modules: str):
    """The modules, imported; a missing one fails under CI (the venv must have it) and skips elsewhere."""
    out = []
    for name in modules:
        try:
            out.append(importlib.import_module(name))
        except ImportError as e:
            message = ("the Python package %r is not installed (%s): .ci/run installs it into the test venv"
                       " from the local wheel folders (clients/python/requirements-ci.txt)" % (name, e))
            if os.environ.get("CI", "").lower() == "true":
                raise AssertionError(message) from e
            raise unittest.SkipTest(message) from e
    return out[0] if len(out) == 1 else out


def jar() -> Path:
    if not JAR.is_file():
        raise AssertionError("%s is missing: build it first (./mvnw -pl cli -am package -DskipTests)" % JAR)
    return JAR


def serve_script() -> str:
    """The installed console script, next to this interpreter (the venv's bin)."""
    script = Path(sys.executable).parent / "if4j-serve"
    if not script.exists():
        raise AssertionError("%s is missing: install the package (pip install ./clients/python)" % script)
    return str(script)


class Server:
    """``if4j-serve --port 0`` in a child process; the URL is the first line it prints."""

    def __init__(self, *args: str):
        cmd = [serve_script(), "--jar", str(jar()), "--port", "0", "--resources", str(RESOURCES), "--offline",
               "--threads", "2", *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stderr = []
        self._stderr_reader = threading.Thread(target=self._drain_stderr, daemon=True)
        self._stderr_reader.start()
        line = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(120)
        if not line or not line[0].startswith("http://"):
            self.proc.kill()
            self.proc.wait(10)
            self._close()
            raise AssertionError("if4j serve did not start: %r %s" % (line, "".join(self.stderr)))
        self.url = line[0].strip()

    def _drain_stderr(self):
        for l in self.proc.stderr:
            self.stderr.append(l)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._close()

    def _close(self):
        self._stderr_reader.join(10)
        self.proc.stdout.close()
        self.proc.stderr.close()


_shared = None


def shared_server() -> Server:
    """One default server for every test module of this process (stopped at exit)."""
    global _shared
    if _shared is None:
        _shared = Server()
        atexit.register(_shared.stop)
    return _shared


def post(url, path, payload):
    req = urllib.request.Request(url + path, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.loads(r.read())


def check_fractions(rows):
    """``if4j check``'s strict verdicts of ``rows`` (dicts with prompt, response, instruction_id_list,
    kwargs), as the fraction followed per row: what the reward server's default score must equal."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write(json.dumps(dict(row, id=str(i)), ensure_ascii=False) + "\n")
    try:
        java = os.environ.get("JAVA_HOME")
        from if4j_reward.serve import find_java  # the package's own JDK search

        java_bin, _ = find_java(str(Path(java) / "bin" / "java") if java else None)
        out = subprocess.run([java_bin, "-jar", str(jar()), "check", "--input", f.name, "--output", "-",
                              "--resources", str(RESOURCES), "--offline", "--registry", "ifeval", "--threads", "2"],
                             capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(f.name)
    if out.returncode != 0:
        raise AssertionError("if4j check failed (%d): %s" % (out.returncode, out.stderr[-2000:]))
    verdicts = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    by_id = {v["id"]: v["strict"] for v in verdicts}
    return [sum(by_id[str(i)]) / len(by_id[str(i)]) for i in range(len(rows))]


IFEVAL_DATA = Path(os.environ.get("IF4J_IFEVAL_DATA") or RESOURCES.parent / "datasets" / "ifeval" / "input_data.jsonl")


def write_verl_parquet(out_dir) -> Path:
    """``if4j data ifeval-to-verl`` of the shared IFEval prompts into ``out_dir``: its train.parquet."""
    from if4j_reward.serve import find_java

    java, _ = find_java()
    out = subprocess.run([java, "-jar", str(jar()), "data", "ifeval-to-verl", "--output-dir", str(out_dir),
                          "--input-data", str(IFEVAL_DATA), "--resources", str(RESOURCES), "--offline"],
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise AssertionError("if4j data ifeval-to-verl failed (%d): %s" % (out.returncode, out.stderr[-2000:]))
    return Path(out_dir) / "train.parquet"
