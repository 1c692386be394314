# Sourced by ./if4j, ./mvnw and .ci/run: points JAVA_HOME at a JDK >= 21.
# Order: JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*. Fails with a clear message when none.

# Every run of ./if4j sources this file: it uses bash's own string operations where it can, since
# each external command (dirname, sed, head...) costs a process, about 2 ms of CPU each: a dozen of
# them were a tenth of a short run's CPU.

if4j_java_major() { # $1 = java binary; sets IF4J_FOUND_MAJOR to its feature version (17, 21, 25...)
  # The JDK's release file says it without starting a JVM (which costs a tenth of a second or more);
  # asking the JVM is the fallback for JDKs laid out without one.
  local home=${1%/*} line v=""
  home=${home%/*}
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in
        JAVA_VERSION=\"*)
          v=${line#JAVA_VERSION=\"}
          v=${v#1.}
          v=${v%%[!0-9]*}
          break ;;
      esac
    done <"$home/release"
    if [ -n "$v" ]; then IF4J_FOUND_MAJOR=$v; return; fi
  fi
  IF4J_FOUND_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | sed 's/^1\.//')
}

if4j_jdk_ok() { # $1 = a JDK home; true when it has java and javac >= 21 (its version left in IF4J_JAVA_MAJOR)
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; if4j_java_major "$1/bin/java"; v=$IF4J_FOUND_MAJOR
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null || return 1
  IF4J_JAVA_MAJOR=$v
}

if4j_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && if4j_jdk_ok "$JAVA_HOME"; then return 0; fi
  local j home
  if j=$(command -v java 2>/dev/null); then
    home=$(readlink -f "$j")
    home=${home%/*}
    home=${home%/*}
    if if4j_jdk_ok "$home"; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  fi
  for home in $(printf '%s\n' /usr/lib/jvm/* | sort -rV); do
    if if4j_jdk_ok "$home"; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  done
  echo "if4j: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  echo "if4j: install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) or set JAVA_HOME to it." >&2
  return 1
}
