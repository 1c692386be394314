#!/usr/bin/env bash
# if4j and the reference Python judge side by side, on the same rows, in the same run: whole
# processes (13 rows, the 541 IFEval GPT-4 responses, 6,000 and 60,000 fuzz rows) and one thread's
# steady state. Prints a markdown table with both sides and their ratio; quote only ratios measured so.
#
#   REF_ROOT=/scratch/ref scripts/bench-vs-reference.sh
#
# The reference is set up as ../shared/README.md "## tools/" says (Debian python3 with nltk,
# langdetect, absl, immutabledict, emoji; REF_ROOT holding the reference sources). Without REF_ROOT
# only if4j's side is measured. Environment:
#   REF_ROOT     the reference sources (gr/, ifbench/, pylib/, oi/)
#   REF_PYTHON   the Python that has the reference's packages (default: /usr/bin/python3)
#   SHARED       the shared data folder (default: ../shared)
#   REPS         repetitions of each whole-process measurement; medians are reported (default: 5)
#   BENCH_SECONDS  length of each steady-state measurement (default: 10)
# Each if4j command runs once before it is measured: that run records its start-up archive (see
# docs/performance.md), which every later run of that build uses. Measurements alternate between
# the two sides, so that a change in the machine's load falls on both.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
SHARED=$(cd "${SHARED:-../shared}" && pwd)
REPS=${REPS:-5}
BENCH_SECONDS=${BENCH_SECONDS:-10}
REF_PYTHON=${REF_PYTHON:-/usr/bin/python3}
export IF4J_RESOURCES="$SHARED/resources"
judge="$SHARED/tools/reference_judge.py"
fuzz="$SHARED/parity/ifeval/fuzz.golden.jsonl"
data="$SHARED/datasets/ifeval/input_data.jsonl"
answers="$SHARED/datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl"
for f in "$judge" "$fuzz" "$data" "$answers" "$IF4J_RESOURCES"; do
  [ -e "$f" ] || { echo "bench-vs-reference: $f is missing (set SHARED to the shared data folder)" >&2; exit 2; }
done
reference=false
if [ -n "${REF_ROOT:-}" ]; then
  [ -d "$REF_ROOT/gr/instruction_following_eval" ] || { echo "bench-vs-reference: REF_ROOT=$REF_ROOT has no gr/instruction_following_eval" >&2; exit 2; }
  "$REF_PYTHON" -c 'import nltk, langdetect, absl, immutabledict' 2>/dev/null \
    || { echo "bench-vs-reference: $REF_PYTHON lacks the reference's packages (see ../shared/README.md, tools/)" >&2; exit 2; }
  reference=true
  export REF_ROOT NLTK_DATA="${NLTK_DATA:-$SHARED/reference/nltk_data}" PYTHONPATH="$REF_ROOT/pylib${PYTHONPATH:+:$PYTHONPATH}"
  export REF_SEEDS=1 # one judging per row, as if4j does (the judge's default, 5, checks stability)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/if4j-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The inputs. The 541 responses as check rows: the prompts' instructions joined with the responses
# by position (their order is the prompts'; one prompt is reworded in the responses file).
"$REF_PYTHON" - "$data" "$answers" "$work/gpt4.jsonl" <<'EOF'
import json, sys
prompts = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
answers = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
assert len(prompts) == len(answers) == 541, (len(prompts), len(answers))
with open(sys.argv[3], 'w', encoding='utf-8') as out:
    for p, a in zip(prompts, answers):
        out.write(json.dumps({'id': str(p['key']), 'prompt': p['prompt'], 'response': a['response'],
                              'instruction_id_list': p['instruction_id_list'], 'kwargs': p['kwargs']}) + '\n')
EOF
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$fuzz"; done >"$work/fuzz60k.jsonl"
rows_of() { wc -l <"$1" | tr -d ' '; }

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }

# Runs "$@" once; prints its wall seconds and CPU seconds (user + system). A failure stops the script.
TIMEFORMAT='%R %U %S'
measure_once() {
  local t
  t=$({ time "$@" >/dev/null 2>"$work/err" || echo "FAILED"; } 2>&1 | tail -n 1)
  if [[ $t != [0-9]* ]]; then echo "bench-vs-reference: failed: $*" >&2; cat "$work/err" >&2; exit 1; fi
  echo "$t" | awk '{printf "%s %.3f\n", $1, $2 + $3}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

if4j_check() { ./if4j check --input "$1" --output "$work/out.jsonl" --threads 1 --offline -q; }
if4j_eval() {
  ./if4j eval --benchmark ifeval --input-data "$data" --responses "$answers" --output-dir "$work/eval" --threads 1 --offline
}
ref_judge() { "$REF_PYTHON" "$judge" ifeval "$1" "$work/ref.jsonl"; }

machine="$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')"
load_before=$(load)
. scripts/jdk.sh
if4j_find_jdk
JAVA_BIN=$JAVA_HOME/bin/java
echo "bench-vs-reference: $machine" >&2
echo "bench-vs-reference: load before: $load_before; $REPS repetitions each, medians" >&2
./if4j --version >&2
# The first run of each command (and flag set: small inputs get short-run flags) builds the jar
# when needed and records its start-up archive; it is not measured.
if4j_check examples/ifeval-sample.jsonl >/dev/null 2>&1
if4j_check "$fuzz" >/dev/null 2>&1
if4j_eval >/dev/null 2>&1
./if4j bench --input examples/ifeval-sample.jsonl --threads 1 --seconds 0.2 --warmup 0 --offline >/dev/null 2>&1

declare -A wall cpu
# REPS runs of if4j ($3 on $2) and of the reference on $2, alternating; medians into wall[$1.*], cpu[$1.*].
run_pair() {
  local i r w1=() c1=() w2=() c2=()
  for ((i = 0; i < REPS; i++)); do
    r=$(measure_once "$3" "$2"); w1+=("${r% *}"); c1+=("${r#* }")
    if $reference; then r=$(measure_once ref_judge "$2"); w2+=("${r% *}"); c2+=("${r#* }"); fi
  done
  wall[$1.if4j]=$(median "${w1[@]}"); cpu[$1.if4j]=$(median "${c1[@]}")
  if $reference; then wall[$1.ref]=$(median "${w2[@]}"); cpu[$1.ref]=$(median "${c2[@]}"); fi
  echo "bench-vs-reference: $1 done (load $(load))" >&2
}
run_pair small examples/ifeval-sample.jsonl if4j_check
run_pair gpt4 "$work/gpt4.jsonl" if4j_eval
run_pair fuzz "$fuzz" if4j_check
# The reference's rows/s on 60,000 rows is its rate on 6,000 (it has no warm-up to speak of, and
# 60,000 rows would take it minutes per repetition).
reference=false run_pair fuzz60k "$work/fuzz60k.jsonl" if4j_check
bench=$(./if4j bench --input "$fuzz" --threads 1 --seconds "$BENCH_SECONDS" --warmup 5 --offline)
# The rows/s on the line after each heading ("  1 thread :     57,288 rows/s  (...").
steady() { echo "$bench" | awk -v h="$1" 'index($0, h) == 1 {getline; sub(/ rows\/s.*/, ""); gsub(/.*: +|,/, ""); print}'; }
steady_judging=$(steady "judging")
steady_pipeline=$(steady "whole check pipeline")
# Judging's rows per CPU-second, two lines after its heading ("    27,470 rows per CPU-second  (...").
steady_judging_cpu=$(echo "$bench" | awk 'index($0, "judging") == 1 {getline; getline; sub(/ rows per CPU-second.*/, ""); gsub(/[ ,]/, ""); print}')
echo "bench-vs-reference: load after: $(load)" >&2

n_small=$(rows_of examples/ifeval-sample.jsonl); n_fuzz=$(rows_of "$fuzz"); n_60k=$(rows_of "$work/fuzz60k.jsonl")
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == "" || a == "") print "n/a"; else printf "%.1f", a / b}'; }
ref_rate="" ref_cpu_rate=""
if $reference; then ref_rate=$(rate "$n_fuzz" "${wall[fuzz.ref]}"); ref_cpu_rate=$(rate "$n_fuzz" "${cpu[fuzz.ref]}"); fi

# Two ratios: of wall time (what a user waits) and of CPU time (what the machine spends; on a shared,
# loaded machine it varies much less than wall time, which waits for cores other processes hold).
echo
echo "| work | reference Python | if4j | if4j faster by (wall) | (CPU) |"
echo "|---|---|---|---|---|"
row_wall() { # $1 = label, $2 = key
  local ref="(no REF_ROOT)" x="n/a" y="n/a"
  if $reference; then
    ref="${wall[$2.ref]} s wall, ${cpu[$2.ref]} CPU-s"
    x="$(ratio "${wall[$2.ref]}" "${wall[$2.if4j]}")×"; y="$(ratio "${cpu[$2.ref]}" "${cpu[$2.if4j]}")×"
  fi
  echo "| $1 | $ref | ${wall[$2.if4j]} s wall, ${cpu[$2.if4j]} CPU-s | $x | $y |"
}
# $1 = label, $2 = if4j rows/s (wall), $3 = if4j rows per CPU-second (empty where not measured)
row_rate() {
  local ref="(no REF_ROOT)" x="n/a" y="n/a" mine="$2 rows/s"
  [ -n "$3" ] && mine="$2 rows/s, $3 rows/CPU-s"
  if $reference; then
    ref="$ref_rate rows/s, $ref_cpu_rate rows/CPU-s"
    x="$(ratio "$2" "$ref_rate")×"
    [ -n "$3" ] && y="$(ratio "$3" "$ref_cpu_rate")×"
  fi
  echo "| $1 | $ref | $mine | $x | $y |"
}
row_wall "$n_small rows (examples/ifeval-sample.jsonl), whole process: \`check --threads 1\` vs the reference judge" small
row_wall "IFEval's 541 GPT-4 responses, whole process: \`eval --benchmark ifeval --threads 1\` vs the reference judge on the same rows" gpt4
row_rate "$n_fuzz IFEval fuzz rows, whole process, \`check --threads 1\` (reference: the same rows)" \
  "$(rate "$n_fuzz" "${wall[fuzz.if4j]}")" "$(rate "$n_fuzz" "${cpu[fuzz.if4j]}")"
row_rate "$n_60k rows (the fuzz rows ×10), whole process, \`check --threads 1\` (reference: its rate on $n_fuzz)" \
  "$(rate "$n_60k" "${wall[fuzz60k.if4j]}")" "$(rate "$n_60k" "${cpu[fuzz60k.if4j]}")"
row_rate "steady-state judging, one thread (\`bench --threads 1\`)" "$steady_judging" "$steady_judging_cpu"
row_rate "steady-state whole pipeline, one thread (\`bench --threads 1\`)" "$steady_pipeline" ""
echo
echo "Machine: $machine; $($JAVA_BIN -version 2>&1 | head -n 1); load average before $load_before, after $(load)."
echo "Medians of $REPS runs (wall-clock and CPU seconds, user + system, each median on its own); reference: \`$REF_PYTHON reference_judge.py ifeval\` with REF_SEEDS=1 (one judging per row)."
