"""The ``if4j-serve`` console script: which jar and which JDK it runs, and how it fails without them."""

import os
import stat
import subprocess
import tempfile
import unittest
import unittest.mock
from pathlib import Path

from if4j_reward import serve

from tests.support import REPO, RESOURCES, jar, serve_script


def fake_java(directory, version):
    """A ``java`` that reports ``version`` as the JVM does (on standard error) and runs nothing."""
    path = Path(directory) / "java"
    path.write_text("#!/bin/sh\necho '    java.specification.version = %s' >&2\n" % version)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def run_script(*args, cwd=None, env=None):
    full = dict(os.environ, **(env or {}))
    return subprocess.run([serve_script(), *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=full)


class ServeScriptTest(unittest.TestCase):
    def test_a_named_jar_that_is_not_there_is_refused(self):
        out = run_script("--jar", "/nonexistent/if4j.jar", "--port", "0")
        self.assertEqual(out.returncode, 2)
        self.assertIn("--jar /nonexistent/if4j.jar: no such file", out.stderr)

    def test_a_java_older_than_21_is_refused_naming_its_version(self):
        with tempfile.TemporaryDirectory() as d:
            out = run_script("--jar", str(jar()), "--java", fake_java(d, "17"), "--port", "0")
        self.assertEqual(out.returncode, 2)
        self.assertIn("no Java 21 or newer", out.stderr)
        self.assertIn("version 17", out.stderr)

    def test_the_command_adds_the_launchers_flags_for_newer_jdks(self):
        with tempfile.TemporaryDirectory() as d:
            cmd = serve.command(["--port", "0"], jar=str(jar()), java=fake_java(d, "25"))
        self.assertEqual(cmd[1:3], ["--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"])
        self.assertEqual(cmd[-5:], ["-jar", str(jar()), "serve", "--port", "0"])
        self.assertEqual(cmd[3:5], ["-Xms2g", "-Xmn1200m"])

    def test_a_heap_size_of_the_users_replaces_the_young_generation_flags(self):
        with tempfile.TemporaryDirectory() as d, unittest.mock.patch.dict(os.environ, {"IF4J_JAVA_OPTS": "-Xmx1g"}):
            cmd = serve.command(["--port", "0"], jar=str(jar()), java=fake_java(d, "25"))
        self.assertNotIn("-Xms2g", cmd)
        self.assertEqual(cmd[3], "-Xmx1g")

    def test_without_jar_options_it_finds_the_checkouts_jar_from_the_working_directory(self):
        env = {k: v for k, v in os.environ.items() if k != "IF4J_JAR"}
        # (When the venv lives inside the checkout, as .ci/run's does, the package's own path finds the jar.)
        if not Path(serve.__file__).resolve().is_relative_to(REPO):
            with tempfile.TemporaryDirectory() as elsewhere:
                missing = subprocess.run([serve_script(), "--port", "0"], capture_output=True, text=True, timeout=60,
                                         cwd=elsewhere, env=env)
            self.assertEqual(missing.returncode, 2)
            self.assertIn("no if4j jar", missing.stderr)
        proc = subprocess.Popen([serve_script(), "--port", "0", "--resources", str(RESOURCES), "--offline",
                                 "--threads", "1"], cwd=REPO / "docs", env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()
            self.assertTrue(line.startswith("http://127.0.0.1:"), line + proc.stderr.read(2000) if not line else line)
        finally:
            proc.terminate()
            proc.wait(60)
            proc.stdout.close()
            proc.stderr.close()
        self.assertEqual(proc.returncode, 0, "SIGTERM reaches the JVM itself (the script execs it), which drains and exits 0")

    def test_a_jar_bundled_in_the_package_comes_before_the_checkouts(self):
        bundled = Path(serve.__file__).resolve().parent / "jar" / "if4j.jar"
        # An install that bundles a jar already is tested with it (never skipped); else one is linked in.
        linked = not bundled.exists()
        if linked:
            bundled.parent.mkdir(exist_ok=True)
            bundled.symlink_to(jar())
        saved = os.environ.pop("IF4J_JAR", None)
        try:
            self.assertEqual(serve.find_jar(), bundled)
        finally:
            if linked:
                bundled.unlink()
                if not any(bundled.parent.iterdir()):
                    bundled.parent.rmdir()
            if saved is not None:
                os.environ["IF4J_JAR"] = saved
