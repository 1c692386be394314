#!/usr/bin/env bash
# Writes a byte-comparable snapshot of what if4j answers, for proving that a change of structure
# changes no behaviour: every verdict and reason (strict and loose) over every golden row,
# benchmark scores, reward-server answers and data-command outputs.
#
#   scripts/behaviour-snapshot.sh OUT_DIR [SHARED_DIR]
#   diff -r BEFORE_DIR AFTER_DIR        # empty output: same behaviour
#
# SHARED_DIR defaults to ../shared (golden rows, datasets, language data). Version stamps, times
# and the port are removed from the outputs, as they legitimately differ between builds and runs.
set -euo pipefail
out=${1:?usage: behaviour-snapshot.sh OUT_DIR [SHARED_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "${2:-$root/../shared}" && pwd)
res="$shared/resources"
mkdir -p "$out"
out=$(cd "$out" && pwd)
if4j() { "$root/if4j" "$@"; }
common=(--resources "$res" --offline)

# Stamps carry the build's version and time; everything else must be equal.
unstamp() {
  python3 -c '
import json, sys
def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items() if k not in ("stamp", "created", "elapsed_seconds", "started", "finished", "version_stamp", "if4j_version", "date")}
    if isinstance(o, list):
        return [clean(v) for v in o]
    return o
text = sys.stdin.read()
try:
    whole = json.loads(text)
except ValueError:
    whole = None
if whole is not None:
    print(json.dumps(clean(whole), ensure_ascii=False, indent=1))
    sys.exit()
for line in text.splitlines():
    line = line.strip()
    if not line:
        continue
    try:
        print(json.dumps(clean(json.loads(line)), ensure_ascii=False, sort_keys=True))
    except ValueError:
        print(line)
'
}

echo "== check: every golden file, with reasons" >&2
mkdir -p "$out/check"
while IFS= read -r f; do
  rel=${f#"$shared/parity/"}
  dir=${rel%%/*}
  case "$rel" in
    versions/*) regs=${rel#versions/}; regs=${regs%%/*} ;;
    multiif/*) regs=multiif ;;
    mifeval/*) regs=mifeval ;;
    lmeval-ml/*) regs="lmeval-es lmeval-ca" ;;   # each rejects the other's rows
    iffunctions/*) regs=auto ;;
    *) regs=$dir ;;
  esac
  for reg in $regs; do
    name=$(echo "$rel" | tr '/' '_')
    [ "$regs" = "$reg" ] || name="$name.$reg"
    if if4j check --input "$f" --output "$out/check/$name.raw" --registry "$reg" --explain --threads 1 \
        --skip-bad-lines --rejects "$out/check/$name.rejects" "${common[@]}" > /dev/null 2> "$out/check/$name.err"; then
      unstamp < "$out/check/$name.raw" > "$out/check/$name"
      rm -f "$out/check/$name.err"
    fi
    rm -f "$out/check/$name.raw"
  done
done < <(find "$shared/parity" -name '*.golden.jsonl' | sort)

echo "== eval: IFEval on GPT-4's responses, IFBench on its sample outputs" >&2
if4j eval --benchmark ifeval --input-data "$shared/datasets/ifeval/input_data.jsonl" \
  --responses "$shared/datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl" \
  --output-dir "$out/eval-ifeval.raw" "${common[@]}" > /dev/null
if4j eval --benchmark ifbench --input-data "$shared/datasets/ifbench/IFBench_test.jsonl" \
  --responses "$shared/datasets/ifbench/sample_output.jsonl" \
  --output-dir "$out/eval-ifbench.raw" "${common[@]}" > /dev/null
for d in eval-ifeval eval-ifbench; do
  mkdir -p "$out/$d"
  for f in "$out/$d.raw"/*; do unstamp < "$f" > "$out/$d/$(basename "$f")"; done
  rm -rf "$out/$d.raw"
done

echo "== data: verl split, rollouts, pairs, groups, synth" >&2
if4j data ifeval-to-verl --input-data "$shared/datasets/ifeval/input_data.jsonl" --format jsonl \
  --output-dir "$out/verl" "${common[@]}" > /dev/null
python3 - "$shared" "$out/rollouts.jsonl" <<'EOF'
import json, sys
shared, dest = sys.argv[1], sys.argv[2]
prompts = [json.loads(l) for l in open(f"{shared}/datasets/ifeval/input_data.jsonl")]
golden = [json.loads(l) for l in open(f"{shared}/parity/ifeval/fuzz.golden.jsonl")]
with open(dest, "w") as out:
    for i, p in enumerate(prompts[:200]):
        responses = [golden[(i * 5 + j) % len(golden)]["response"] for j in range(5)]
        out.write(json.dumps({"prompt": p["prompt"], "instruction_id_list": p["instruction_id_list"],
                              "kwargs": p["kwargs"], "responses": responses}) + "\n")
EOF
if4j pairs --rollouts "$out/rollouts.jsonl" --output "$out/pairs" "${common[@]}" > /dev/null
if4j groups --rollouts "$out/rollouts.jsonl" --output "$out/groups.jsonl" \
  --summary-json "$out/groups-summary.json" "${common[@]}" > /dev/null
if4j synth --prompts "$shared/datasets/ifeval/input_data.jsonl" --output "$out/synth.jsonl" --seed 7 > /dev/null

echo "== serve: /v1/score and /get_reward answers" >&2
port_file=$(mktemp)
# Its own process group, so that the JVM under the launcher goes with it.
setsid "$root/if4j" serve --port 0 "${common[@]}" > "$port_file" 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true; rm -f "$port_file"' EXIT
for _ in $(seq 1 600); do grep -qo 'http://[0-9.]*:[0-9]*' "$port_file" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$port_file" | head -1)
python3 - "$url" "$shared" "$out/serve.jsonl" <<'EOF'
import json, sys, urllib.request, urllib.error
url, shared, dest = sys.argv[1], sys.argv[2], sys.argv[3]
def post(path, body):
    req = urllib.request.Request(url + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")
golden = [json.loads(l) for l in open(f"{shared}/parity/ifeval/fuzz.golden.jsonl")][:600]
with open(dest, "w") as out:
    def record(name, status, body):
        body.pop("stamp", None) if isinstance(body, dict) else None
        out.write(json.dumps({"request": name, "status": status, "body": body}, sort_keys=True) + "\n")
    for mode in ("fraction", "all"):
        for judging in ("strict", "loose"):
            samples = [{"prompt": g["prompt"], "response": g["response"], "ground_truth":
                        {"instruction_id_list": g["instruction_id_list"], "kwargs": g["kwargs"]}} for g in golden]
            record(f"score {mode} {judging}", *post("/v1/score", {"samples": samples,
                   "options": {"mode": mode, "judging": judging, "explain": True}}))
    q = [g["prompt"] + g["response"] for g in golden[:100]]
    labels = [{"instruction_id_list": g["instruction_id_list"], "kwargs": g["kwargs"]} for g in golden[:100]]
    record("get_reward", *post("/get_reward", {"query": q, "prompts": [g["prompt"] for g in golden[:100]], "labels": labels}))
    record("bad kwargs", *post("/v1/score", {"samples": [{"response": "x", "ground_truth": {"instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"num_words": "ten", "relation": "at least"}]}}]}))
EOF
echo "== stamps removed" >&2
find "$out" -path "$out/check" -prune -o -type f \( -name '*.json' -o -name '*.jsonl' \) -print | while IFS= read -r f; do
  unstamp < "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
echo "snapshot in $out" >&2
