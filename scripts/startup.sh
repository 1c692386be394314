# Sourced by ./if4j (after jdk.sh): the JVM flags that make a short run start fast.
#
# Class archives: JDK 25's AOT cache (JEP 483/514/515: classes loaded and linked, method profiles)
# or, on JDK 19-24, a dynamic AppCDS archive. One per command (check, eval...), recorded on that
# command's first run into the cache folder and used by every later run. The archive's name holds
# what it depends on (the jar's size and time, the JDK, the flags), so a rebuilt jar or another JDK
# records a new one. Everything here is fail-safe: an unwritable cache, a busy recorder or an
# archive the JVM refuses means a run without an archive, never a failed run.

# The functions below set variables instead of printing: capturing a function's output, $(...), costs
# a subshell (about half a millisecond) each time.

# Sets IF4J_STARTUP_DIR to where archives go: $IF4J_STARTUP_CACHE, else the user cache.
# IF4J_STARTUP_CACHE=off turns them off.
if4j_startup_dir() {
  IF4J_STARTUP_DIR=${IF4J_STARTUP_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/if4j-startup}
}

# Flags by the run's expected length. For `check` and `eval` of inputs up to 128 MB (60,000 IFEval
# rows are 99 MB), C1 alone and the serial collector cost about half the CPU of the defaults: the
# run ends before C2's compilations pay for themselves (docs/performance.md has the measurements).
# Bigger inputs, standard input, and other commands (bench measures the steady state; serve runs
# for hours) keep the defaults, except serve's young generation below. Inputs up to 1 MB also compile
# later (below). $@ = the if4j arguments; sets IF4J_RUN_FLAGS (a word list, maybe empty).
if4j_run_flags() {
  IF4J_RUN_FLAGS=""
  case ${1:-} in
    # A per-sample client's burst (16,384 requests in flight) keeps ~300 MB live for a second or two.
    # G1 sized the young generation to the small starting heap and copied that live set 19-24 times
    # per 8 rounds (2.2 s of pauses, rounds at 6,000-7,000 samples/s); a 1.2 GB young generation
    # collects 5 times (0.5 s). Pages are committed as used. Not when IF4J_JAVA_OPTS sizes the heap
    # (docs/security.md advises -Xmx1g on small machines; a 2 GB -Xms would refuse to start there).
    serve)
      case " ${IF4J_JAVA_OPTS:-} " in
        *-Xm[sxn]*|*HeapSize*|*NewSize*|*RAMPercentage*|*RAMFraction*) ;;
        *) IF4J_RUN_FLAGS="-Xms2g -Xmn1200m" ;;
      esac
      return 0 ;;
    check|eval) ;;
    *) return 0 ;;
  esac
  if4j_input_file "$@"
  [ -n "$IF4J_INPUT_FILE" ] || return 0
  [ "${IF4J_PROBED_INPUT-}" = "$IF4J_INPUT_FILE" ] || if4j_probe "" "$IF4J_INPUT_FILE"
  local size=$IF4J_INPUT_SIZE
  [ -n "$size" ] || return 0
  [ "$size" -le "${IF4J_SHORT_RUN_BYTES:-134217728}" ] || return 0
  # Inputs up to 1 MB (IFEval's 541 responses are 830 KB) end while most methods are still warming
  # up. On one core, C1 compiles only what is called five times as often as usual, and the run
  # interprets the rest (13 rows 0.18 -> 0.16 CPU-s, the 541 responses 0.54 -> 0.46; 6,000 and 60,000
  # rows gained nothing from it and lost 12% at ten times: docs/performance.md). With a second core
  # the compiler runs beside the run: compiling at the usual thresholds costs 5-10% more CPU and
  # saves 10% of the time waited (13 rows 0.155 -> 0.14 s, the 541 responses 0.32 -> 0.285 s). That
  # default is named all the same, so that tiny runs keep a class archive of their own (its name holds
  # the flags): an archive holds the classes of the run that recorded it, and 6,000 rows run with one
  # recorded on 13 rows took 710 ms instead of 620 (loading the other checkers' classes from the jar).
  if [ "$size" -gt "${IF4J_TINY_RUN_BYTES:-1048576}" ]; then
    IF4J_RUN_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  elif if4j_second_core; then
    IF4J_RUN_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=1"
  else
    IF4J_RUN_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=5"
  fi
}

# Sets IF4J_INPUT_FILE to the file whose size sets a run's flags: check's --input, eval's --responses
# (empty for other commands, standard input, or what is not a plain file). $@ = the if4j arguments.
if4j_input_file() {
  local option a prev="" file=""
  IF4J_INPUT_FILE=""
  case ${1:-} in
    check) option=--input ;;
    eval) option=--responses ;;
    *) return 0 ;;
  esac
  for a in "$@"; do
    if [ "$prev" = "$option" ]; then file=$a; fi
    case $a in "$option"=*) file=${a#"$option"=} ;; esac
    prev=$a
  done
  if [ -n "$file" ] && [ "$file" != - ] && [ -f "$file" ]; then IF4J_INPUT_FILE=$file; fi
}

# What bash cannot see by itself, asked of one process (each costs 1-2 ms; a short run used to start
# four: find, stat twice and cksum). $1 = the jar (or ""), $2 = the input file (or ""), $3... =
# sources to compare with the jar (none: no comparison). Sets IF4J_JAR_KEY (the jar's size and
# modification second, empty without a jar) and IF4J_PROBED_JAR, IF4J_INPUT_SIZE (empty when it
# cannot be read) and IF4J_PROBED_INPUT, and IF4J_STALE (true when the jar is missing or a source
# file is newer).
if4j_probe() {
  local jar=$1 input=$2 out="" rest
  shift 2
  local starts=() tests=()
  IF4J_STALE=false
  if [ -n "$jar" ]; then
    IF4J_JAR_KEY="" IF4J_PROBED_JAR=$jar
    if [ -f "$jar" ]; then
      starts+=("$jar"); tests+=(-samefile "$jar" -printf 'jar %s-%T@\n' -o)
    else
      IF4J_STALE=true
    fi
  fi
  if [ -n "$input" ]; then
    IF4J_INPUT_SIZE="" IF4J_PROBED_INPUT=$input
    starts+=("$input"); tests+=(-samefile "$input" -printf 'input %s\n' -o)
  fi
  # -quit at the first newer source: the jar's and the input's lines come first (their start points do).
  if [ $# -gt 0 ] && [ -f "$jar" ]; then starts+=("$@"); tests+=(-newer "$jar" -type f -printf 'stale\n' -quit -o); fi
  [ ${#starts[@]} -gt 0 ] || return 0
  out=$'\n'$(find -H "${starts[@]}" \( "${tests[@]}" -false \) 2>/dev/null)$'\n' || true
  case $out in *$'\nstale\n'*) IF4J_STALE=true ;; esac
  case $out in *$'\njar '*) rest=${out#*$'\njar '}; rest=${rest%%$'\n'*}; IF4J_JAR_KEY=${rest%%.*} ;; esac
  case $out in *$'\ninput '*) rest=${out#*$'\ninput '}; IF4J_INPUT_SIZE=${rest%%$'\n'*} ;; esac
}

# Sets IF4J_FLAGS_KEY to the cksum of $@ (one per line), remembered in the cache folder's flag-keys
# file: a short run's flags are the same from run to run, and reading them back costs no process.
# The file is a cache of a pure function: a line that does not match is just not used, and it
# starts over once it holds 64 lines.
if4j_flags_key() {
  local memo=$IF4J_STARTUP_DIR/flag-keys text line n=0
  printf -v text '%s\x1f' "$@"
  text=${text//$'\n'/$'\x1e'}
  if [ -f "$memo" ]; then
    while IFS= read -r line; do
      n=$((n + 1))
      if [ "${line#*$'\t'}" = "$text" ]; then
        case ${line%%$'\t'*} in ''|*[!0-9]*) ;; *) IF4J_FLAGS_KEY=${line%%$'\t'*}; return 0 ;; esac
      fi
    done <"$memo"
  fi
  IF4J_FLAGS_KEY=$(printf '%s\n' "$@" | cksum)
  IF4J_FLAGS_KEY=${IF4J_FLAGS_KEY%% *}
  if [ "$n" -ge 64 ]; then
    printf '%s\t%s\n' "$IF4J_FLAGS_KEY" "$text" >"$memo" 2>/dev/null || true
  else
    printf '%s\t%s\n' "$IF4J_FLAGS_KEY" "$text" >>"$memo" 2>/dev/null || true
  fi
}

# True when the machine has a second core (a file test: no process started). A CPU quota in a
# container is not seen; such a run compiles as on two cores.
if4j_second_core() {
  [ -e /sys/devices/system/cpu/cpu1 ]
}

# Decides how this run uses an archive: sets IF4J_ARCHIVE_MODE (use or record) and
# IF4J_ARCHIVE_FLAGS, and returns 0; returns 1 for a run without one.
# $1 = the jar, $2 = the command, $3... = the other JVM flags (the archive is only valid with them).
if4j_archive_plan() {
  local jar=$1 cmd=$2; shift 2
  local dir major=${IF4J_JAVA_MAJOR:-0}
  IF4J_ARCHIVE_FLAGS=()
  if4j_startup_dir
  dir=$IF4J_STARTUP_DIR
  [ "$dir" != off ] && [ "$major" -ge 19 ] || return 1
  # serve runs for hours and ends by a signal: its start-up matters little, and a recording would
  # never be finished.
  case $cmd in ''|-*|serve|*[!a-z-]*) return 1 ;; esac
  # Each external command costs a process (about 2 ms of CPU): none where bash can do without.
  { [ -d "$dir" ] || mkdir -p "$dir" 2>/dev/null; } && [ -w "$dir" ] || return 1
  local jar_key flags_key ext
  [ "${IF4J_PROBED_JAR-}" = "$jar" ] || if4j_probe "$jar" ""
  jar_key=$IF4J_JAR_KEY
  [ -n "$jar_key" ] || return 1
  # The jar's path is part of the key: two checkouts (or installs) sharing the cache folder must not
  # delete each other's archives as "older builds" (below), or each of their runs records again.
  if4j_flags_key "$jar" "$JAVA_HOME" "$major" "$@"
  flags_key=$IF4J_FLAGS_KEY
  if [ "$major" -ge 25 ]; then ext=aot; else ext=jsa; fi
  IF4J_ARCHIVE_PREFIX=$dir/$cmd-
  IF4J_ARCHIVE_FLAGS_KEY=$flags_key
  IF4J_ARCHIVE=$IF4J_ARCHIVE_PREFIX$jar_key-$flags_key.$ext
  # Archive warnings (a refused archive, classes it skips) would land in the command's output.
  if [ "$major" -ge 25 ]; then IF4J_ARCHIVE_FLAGS+=(-Xlog:aot*=off,cds*=off); else IF4J_ARCHIVE_FLAGS+=(-Xlog:cds*=off); fi
  if [ -s "$IF4J_ARCHIVE" ]; then
    IF4J_ARCHIVE_MODE=use
    if [ "$ext" = aot ]; then IF4J_ARCHIVE_FLAGS+=("-XX:AOTCache=$IF4J_ARCHIVE"); else IF4J_ARCHIVE_FLAGS+=("-XX:SharedArchiveFile=$IF4J_ARCHIVE"); fi
    return 0
  fi
  # One recorder at a time (mkdir is atomic); a lock left by a killed run is taken over after 10 min.
  IF4J_ARCHIVE_LOCK=$IF4J_ARCHIVE.lock
  find "$dir" -maxdepth 1 -name '*.lock' -mmin +10 -exec rm -rf {} + 2>/dev/null || true
  find "$dir" -maxdepth 1 -name '*.tmp.*' -mmin +10 -exec rm -f {} + 2>/dev/null || true
  mkdir "$IF4J_ARCHIVE_LOCK" 2>/dev/null || return 1
  IF4J_ARCHIVE_TMP=$IF4J_ARCHIVE.tmp.$$
  IF4J_ARCHIVE_MODE=record
  # JDK 25 records what the run loads and links, then a second JVM (below) makes the cache from it,
  # its chatter kept out of the command's output (the JVM's own lines go to standard error); older
  # JDKs write the archive when the run exits.
  IF4J_ARCHIVE_CREATE=()
  if [ "$ext" = aot ]; then
    IF4J_ARCHIVE_FLAGS+=(-XX:+DisplayVMOutputToStderr -XX:AOTMode=record "-XX:AOTConfiguration=$IF4J_ARCHIVE_TMP.config")
    IF4J_ARCHIVE_CREATE=("$JAVA_HOME/bin/java" -XX:AOTMode=create "-XX:AOTConfiguration=$IF4J_ARCHIVE_TMP.config"
      "-XX:AOTCache=$IF4J_ARCHIVE_TMP" "$@" -jar "$jar")
  else
    IF4J_ARCHIVE_FLAGS+=(-XX:+DisplayVMOutputToStderr "-XX:ArchiveClassesAtExit=$IF4J_ARCHIVE_TMP")
  fi
  echo "if4j: recording a start-up archive for '$cmd' (first run of this build; later runs start faster)" >&2
  return 0
}

# After a recording run: moves the archive into place (atomically: readers see all of it or none),
# drops this command's archives of older builds, and frees the lock.
if4j_archive_publish() {
  if [ "${#IF4J_ARCHIVE_CREATE[@]}" -gt 0 ] && [ -s "$IF4J_ARCHIVE_TMP.config" ]; then
    "${IF4J_ARCHIVE_CREATE[@]}" </dev/null >/dev/null 2>&1 || rm -f "$IF4J_ARCHIVE_TMP" 2>/dev/null
  fi
  if [ -s "$IF4J_ARCHIVE_TMP" ]; then
    local old
    # This command's archives for the same jar path, JDK and flags, of older builds (NAME-<digits>...:
    # bench's archives are not bench-client's; the other flag sets and other jars keep theirs).
    for old in "$IF4J_ARCHIVE_PREFIX"[0-9]*"-$IF4J_ARCHIVE_FLAGS_KEY".aot "$IF4J_ARCHIVE_PREFIX"[0-9]*"-$IF4J_ARCHIVE_FLAGS_KEY".jsa; do
      [ "$old" = "$IF4J_ARCHIVE" ] || rm -f "$old" 2>/dev/null || true
    done
    mv -f "$IF4J_ARCHIVE_TMP" "$IF4J_ARCHIVE" 2>/dev/null || true
  fi
  rm -f "$IF4J_ARCHIVE_TMP" "$IF4J_ARCHIVE_TMP.config" 2>/dev/null || true
  rmdir "$IF4J_ARCHIVE_LOCK" 2>/dev/null || true
}
