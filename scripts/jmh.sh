#!/usr/bin/env bash
# if4j's JMH suites (test scope: never in the runnable jar), on IFEval's GPT-4 answers from the shared
# data; prints a markdown table of the time per call and per K characters.
#   text      the text units (sentence split, word tokenize, langdetect, POS tagging) on 1, 10 and
#             100 K characters (text/src/test/java/dev/if4j/text/bench/TextUnitsBenchmark.java)
#   checkers  the checkers issue 17 named as the slowest on long answers, each on 100 K and 4 Mi
#             characters, its text analyses included
#             (constraints/src/test/java/dev/if4j/constraints/bench/WorstCaseCheckersBenchmark.java)
#   langdetect  the parts of one detection: n-gram extraction, extraction + random walk, and the
#             walk's normalisation (text/src/test/java/dev/if4j/text/langdetect/LangdetectPartsBenchmark.java)
# Extra arguments go to JMH (e.g. -p kb=100 -wi 1 -i 3).
#
#   scripts/jmh.sh text|checkers|langdetect [JMH OPTIONS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
case ${1:-} in
  text) module=text; benchmark=dev.if4j.text.bench.TextUnitsBenchmark; also=() ;;
  langdetect) module=text; benchmark=dev.if4j.text.langdetect.LangdetectPartsBenchmark; also=() ;;
  checkers) module=constraints; benchmark=dev.if4j.constraints.bench.WorstCaseCheckersBenchmark; also=(text/target/classes) ;;
  *) echo "usage: scripts/jmh.sh text|checkers|langdetect [JMH OPTIONS]" >&2; exit 2 ;;
esac
suite=$1
shift
. scripts/jdk.sh
if4j_find_jdk
shared=$(cd "${SHARED:-../shared}" && pwd)
cp_file=$here/$module/target/jmh.classpath # absolute: Maven resolves it from the module
# Offline first; online when the local Maven repository lacks JMH or the dependency plugin.
goals=(-B -q -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test "-Dmdep.outputFile=$cp_file")
./mvnw -o "${goals[@]}" >/dev/null 2>&1 || ./mvnw "${goals[@]}"
classes="$module/target/test-classes:$module/target/classes"
for c in "${also[@]}"; do classes+=":$c"; done
csv=$module/target/jmh-$module.csv
"$JAVA_HOME/bin/java" -cp "$classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
  "$benchmark" -jvmArgs "-Dif4j.shared=$shared -Xmx2g" -rf csv -rff "$csv" "$@"
echo
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",then one "Param: x" per
# parameter (alphabetical: the text's size, kb, is the last).
if [ "$suite" = langdetect ]; then
  echo "| part | text (K characters) | ns per call (± 99.9%) |"
  echo "|---|---|---|"
  tail -n +2 "$csv" | tr -d '"\r' | awk -F, '{sub(/.*\./, "", $1); printf "| %s | %s | %.0f ± %.0f |\n", $1, $8, $5, $6}'
elif [ "$module" = text ]; then
  echo "| unit | text (K characters) | µs per call (± 99.9%) | µs per K characters |"
  echo "|---|---|---|---|"
  tail -n +2 "$csv" | tr -d '"\r' | awk -F, '{sub(/.*\./, "", $1); printf "| %s | %s | %.1f ± %.1f | %.2f |\n", $1, $8, $5, $6, $5 / $8}'
else
  echo "| checker | text (K characters) | ms per check (± 99.9%) | µs per K characters |"
  echo "|---|---|---|---|"
  tail -n +2 "$csv" | tr -d '"\r' | awk -F, '{printf "| `%s` | %s | %.2f ± %.2f | %.1f |\n", $8, $9, $5 / 1000, $6 / 1000, $5 / $9}'
fi
