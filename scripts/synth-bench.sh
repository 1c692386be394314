#!/usr/bin/env bash
# Streaming synthesis benchmark: N base prompts (default 100,000) through `if4j synth` with a small,
# fixed heap, to show that memory does not grow with the input. Prints wall time, rows/s and the
# process's peak resident memory. Usage: scripts/synth-bench.sh [N] [HEAP] [FORMAT]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-100000}
heap=${2:-96m}
format=${3:-verl-parquet}
work=$(mktemp -d "${TMPDIR:-/tmp}/if4j-synth-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Made-up prompts, all different: no data set needed.
awk -v n="$n" 'BEGIN { split("story poem letter essay summary review speech guide", kind, " ");
  split("the sea,a lighthouse,trains,copper,tides,a city at night,running,chess", topic, ",");
  for (i = 0; i < n; i++) printf "{\"key\": %d, \"prompt\": \"Write a %s about %s, number %d.\"}\n", i, kind[i % 8 + 1], topic[int(i / 8) % 8 + 1], i }' \
  > "$work/prompts.jsonl"
ext=$([ "$format" = verl-parquet ] && echo parquet || echo jsonl)
"$here/if4j" --version >/dev/null   # builds the jar first, outside the measurement
start=$(date +%s.%N)
IF4J_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "peak RSS %M KiB" "$here/if4j" synth --prompts "$work/prompts.jsonl" \
  --constraints 1-6 --registries ifeval,ifevalg --seed 1 --format "$format" --output "$work/out.$ext" 2>&1 | sed 's/^/  /'
end=$(date +%s.%N)
echo "$n prompts, -Xmx$heap, $format: $(awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%.1f s wall, %.0f prompts/s", e - s, n / (e - s) }');" \
  "output $(du -h "$work/out.$ext" | cut -f1); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
