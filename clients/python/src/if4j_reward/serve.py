"""``if4j-serve``: runs ``if4j serve`` from Python installs (the jar with a JDK 21+ it finds).

    if4j-serve [--jar JAR] [--java JAVA] [SERVE OPTIONS...]     # e.g. if4j-serve --port 8000

The jar: ``--jar``, else ``IF4J_JAR``, else one bundled in the package (``if4j_reward/jar/if4j.jar``,
copied there before building a wheel), else ``cli/target/if4j.jar`` of an if4j checkout above the
working directory or above this package (an editable install). The JDK: ``--java``, else
``JAVA_HOME``, else ``java`` on the PATH, else ``/usr/lib/jvm/*``; the first whose version is 21 or
newer. Without either it exits with status 2 and says what it looked at.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

__all__ = ["find_jar", "find_java", "command", "main", "NotFound"]

MIN_JAVA = 21


class NotFound(RuntimeError):
    """No jar or no JDK 21+; the message says where it looked."""


def _checkout_jar(start: Path) -> Optional[Path]:
    for d in [start, *start.parents]:
        jar = d / "cli" / "target" / "if4j.jar"
        if jar.is_file():
            return jar
    return None


def find_jar(jar: Optional[str] = None) -> Path:
    """The if4j jar (see the module's help for the order)."""
    if jar:
        if not Path(jar).is_file():
            raise NotFound("--jar %s: no such file" % jar)
        return Path(jar)
    env = os.environ.get("IF4J_JAR")
    if env:
        if not Path(env).is_file():
            raise NotFound("IF4J_JAR=%s: no such file" % env)
        return Path(env)
    bundled = Path(__file__).resolve().parent / "jar" / "if4j.jar"
    if bundled.is_file():
        return bundled
    for start in (Path.cwd().resolve(), Path(__file__).resolve().parent):
        found = _checkout_jar(start)
        if found:
            return found
    raise NotFound("no if4j jar: pass --jar or set IF4J_JAR (build one with ./mvnw -pl cli -am package -DskipTests;"
                   " it is cli/target/if4j.jar), or run from inside an if4j checkout that has it; looked at %s"
                   % ", ".join(str(p) for p in (bundled, Path.cwd() / "cli/target/if4j.jar")))


def java_major(java: str) -> Optional[int]:
    """The feature version (17, 21, 25...) of the ``java`` binary, or None when it does not run."""
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True, text=True,
                             timeout=60).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"java\.specification\.version = (?:1\.)?(\d+)", out)
    return int(m.group(1)) if m else None


def _candidates(java: Optional[str]) -> List[Tuple[str, str]]:
    if java:
        return [("--java", java)]
    out = []
    home = os.environ.get("JAVA_HOME")
    if home:
        out.append(("JAVA_HOME", str(Path(home) / "bin" / "java")))
    on_path = shutil.which("java")
    if on_path:
        out.append(("PATH", on_path))
    jvms = sorted(Path("/usr/lib/jvm").glob("*/bin/java"), key=lambda p: _version_key(p.parent.parent.name),
                  reverse=True)
    out.extend(("/usr/lib/jvm", str(p)) for p in jvms)
    return out


def _version_key(name: str):
    return [int(x) for x in re.findall(r"\d+", name)] or [0]


def find_java(java: Optional[str] = None) -> Tuple[str, int]:
    """A ``java`` of version 21 or newer, and its version."""
    seen = []
    for where, path in _candidates(java):
        major = java_major(path)
        seen.append("%s (%s): %s" % (path, where, "not runnable" if major is None else "version %d" % major))
        if major is not None and major >= MIN_JAVA:
            return path, major
    raise NotFound("no Java %d or newer (looked at %s); install one (e.g. apt-get install openjdk-21-jre-headless)"
                   " or set JAVA_HOME" % (MIN_JAVA, "; ".join(seen) or "JAVA_HOME unset, no java on PATH, /usr/lib/jvm empty"))


_SIZES_HEAP = re.compile(r"^-Xm[sxn]|HeapSize|NewSize|RAMPercentage|RAMFraction")


def command(args: Sequence[str], jar: Optional[str] = None, java: Optional[str] = None) -> List[str]:
    """The command line that runs ``if4j serve ARGS``."""
    jar_path = find_jar(jar)
    java_path, major = find_java(java)
    flags = []
    # As ./if4j: the Parquet libraries' Unsafe and native access, allowed so newer JDKs do not warn.
    if major >= 22:
        flags.append("--enable-native-access=ALL-UNNAMED")
    if major >= 24:
        flags.append("--sun-misc-unsafe-memory-access=allow")
    user = shlex.split(os.environ.get("IF4J_JAVA_OPTS", ""))
    # As ./if4j (scripts/startup.sh): a young generation that holds a per-sample burst's live
    # requests, unless the user sizes the heap (a 2 GB -Xms above their -Xmx would not start).
    if not any(_SIZES_HEAP.search(f) for f in user):
        flags.extend(["-Xms2g", "-Xmn1200m"])
    flags.extend(user)
    return [java_path, *flags, "-jar", str(jar_path), "serve", *args]


def _split(argv: Sequence[str]):
    jar = java = None
    rest = []
    it = iter(argv)
    for a in it:
        if a in ("--jar", "--java"):
            value = next(it, None)
            if value is None:
                raise NotFound("%s needs a value" % a)
            if a == "--jar":
                jar = value
            else:
                java = value
        elif a.startswith("--jar="):
            jar = a[len("--jar="):]
        elif a.startswith("--java="):
            java = a[len("--java="):]
        else:
            rest.append(a)
    return jar, java, rest


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        jar, java, rest = _split(argv)
        cmd = command(rest, jar, java)
    except NotFound as e:
        print("if4j-serve: %s" % e, file=sys.stderr)
        return 2
    sys.stdout.flush()
    sys.stderr.flush()
    # The JVM replaces this process: signals (SIGTERM drains the server) and the exit status are its own.
    os.execv(cmd[0], cmd)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
