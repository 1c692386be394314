#!/usr/bin/env bash
# The JMH suite of the text units (sentence split, word tokenize, langdetect, POS tagging) on 1, 10
# and 100 K characters of IFEval's GPT-4 answers from the shared data; prints each unit's time per call and
# per K characters. Extra arguments go to JMH (e.g. -p kb=10 -wi 1 -i 3).
#
#   scripts/jmh-text.sh [JMH OPTIONS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
. scripts/jdk.sh
if4j_find_jdk
shared=$(cd "${SHARED:-../shared}" && pwd)
cp_file=$here/text/target/jmh.classpath # absolute: Maven resolves it from the module
# Offline first; online when the local Maven repository lacks JMH or the dependency plugin.
goals=(-B -q -pl text test-compile dependency:build-classpath -Dmdep.includeScope=test "-Dmdep.outputFile=$cp_file")
./mvnw -o "${goals[@]}" >/dev/null 2>&1 || ./mvnw "${goals[@]}"
csv=text/target/jmh-text.csv
"$JAVA_HOME/bin/java" -cp "text/target/test-classes:text/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
  'dev.if4j.text.bench.TextUnitsBenchmark' -jvmArgs "-Dif4j.shared=$shared" -rf csv -rff "$csv" "$@"
echo
echo "| unit | text (K characters) | µs per call (± 99.9%) | µs per K characters |"
echo "|---|---|---|---|"
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: kb"
tail -n +2 "$csv" | tr -d '"' | awk -F, '{sub(/.*\./, "", $1); printf "| %s | %s | %.1f ± %.1f | %.2f |\n", $1, $8, $5, $6, $5 / $8}'
