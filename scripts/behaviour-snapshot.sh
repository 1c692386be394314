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

# ---------------------------------------------------------------------------------------------
# Bad input, options, AutoIF, the judge path. Inputs are made in a scratch directory; the outputs
# name it WORK (and the shared data SHARED), so that snapshots taken in different places compare.
work=$(mktemp -d)
trap 'kill -- -$server 2>/dev/null || true; rm -f "$port_file"; stop_extra; rm -rf "$work"' EXIT
extra_pids=()
stop_extra() { for p in "${extra_pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done; }

# What a run printed, comparable across places and runs: paths, ports, times and stamps removed;
# invalid UTF-8 shown as \x escapes.
cat > "$work/normalise.py" <<'EOF'
import json, re, sys
work, shared, root = sys.argv[1:4]
STAMPS = ("stamp", "created", "elapsed_seconds", "started", "finished", "version_stamp", "if4j_version", "date")
def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items() if k not in STAMPS}
    if isinstance(o, list):
        return [clean(v) for v in o]
    return o
def scrub(t):
    for path, name in ((work, "WORK"), (shared, "SHARED"), (root, "ROOT")):
        t = t.replace(path, name)
    t = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", t)
    t = re.sub(r"localhost:\d+", "localhost:PORT", t)
    # Rates and durations differ from run to run.
    t = re.sub(r"\d+(\.\d+)?\s*(ms|s|seconds|calls/s|rows/s|req/s|/s)\b", "TIME", t)
    t = re.sub(r"(ETA|elapsed) [0-9:]+", r"\1 TIME", t)
    # A retried request gets the same answer; only the count of retries may differ.
    t = re.sub(r"\d+ retries", "N retries", t)
    t = re.sub(r"retries \d+", "retries N", t)
    # The launcher's one-off lines (first build, first run of a command) come and go between runs.
    t = "\n".join(l for l in t.split("\n") if not re.search(r"recording a start-up archive|AOTConfiguration recorded"
                                                           r"|^if4j: building ", l))
    return t
text = scrub(sys.stdin.buffer.read().decode("utf-8", "backslashreplace"))
try:
    whole = json.loads(text)   # a pretty-printed JSON file
except ValueError:
    whole = None
if whole is not None:
    print(json.dumps(clean(whole), ensure_ascii=False, indent=1, sort_keys=True))
    sys.exit()
lines = []
for line in text.splitlines():
    try:
        lines.append(json.dumps(clean(json.loads(line)), ensure_ascii=False, sort_keys=True))
    except ValueError:
        lines.append(line)
print("\n".join(lines))
EOF
norm() { python3 "$work/normalise.py" "$work" "$shared" "$root"; }

# Runs if4j with ARGS in WORK, records into $out/NAME.txt its exit code, standard error, standard
# output and every file it wrote under WORK/o (the command's outputs go there).
record() {
  local name=$1; shift
  local dest="$out/$name.txt"
  mkdir -p "$(dirname "$dest")"
  rm -rf "$work/o"; mkdir -p "$work/o"
  local code=0
  (cd "$work" && "$root/if4j" "$@" > "$work/stdout" 2> "$work/stderr") || code=$?
  {
    echo "exit $code"
    echo "--- stderr"; norm < "$work/stderr"
    echo "--- stdout"; norm < "$work/stdout"
    find "$work/o" -type f | LC_ALL=C sort | while IFS= read -r f; do
      echo "--- file ${f#"$work/"}"; norm < "$f"
    done
  } > "$dest"
}

echo "== bad input: every reader and every command (at ${SECONDS}s)" >&2
mkdir -p "$work/bad"
python3 - "$shared" "$work/bad" <<'EOF'
import json, sys
shared, dest = sys.argv[1], sys.argv[2]
def rows(path, n):
    with open(path, encoding="utf-8") as f:
        return [json.loads(next(f)) for _ in range(n)]
prompts = rows(f"{shared}/datasets/ifeval/input_data.jsonl", 3)
golden = [json.loads(l) for l in open(f"{shared}/parity/ifeval/fuzz.golden.jsonl", encoding="utf-8")][:15]
by_prompt = {}
for l in open(f"{shared}/datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl", encoding="utf-8"):
    r = json.loads(l)
    by_prompt[r["prompt"]] = r
responses = [by_prompt[p["prompt"]] for p in prompts]
checks = [{"key": i, "prompt": g["prompt"], "response": g["response"],
           "instruction_id_list": g["instruction_id_list"], "kwargs": g["kwargs"]} for i, g in enumerate(golden[:3])]
rollouts = [{"prompt": g["prompt"], "instruction_id_list": g["instruction_id_list"], "kwargs": g["kwargs"],
             "responses": [golden[(i * 5 + j) % 15]["response"] for j in range(4)]} for i, g in enumerate(golden[:3])]
funcs = [{"id": "f1", "func": "def evaluate(response):\n    return response == response.lower()"},
         {"id": 2, "func": "def evaluate(response):\n    return len(response.split()) <= 3"},
         {"id": "f3", "func": "def evaluate(response):\n    return 'a' in response"}]
answers = [{"id": "r1", "response": "all lower case"}, {"id": 2, "response": "Mixed Case Words Here"},
           {"id": "r3", "response": "b"}]
cross = [{"prompt": "p", "instruction": "Answer in lowercase", "gpt-answer": ["x"],
          "parsed": [{"func": "def evaluate(response):\n    return response == response.lower()",
                      "cases": [{"input": "abc", "output": True}, {"input": "Abc", "output": False}]}]}
         for _ in range(3)]
# reader name -> good rows, the field a row must have
readers = {
    "check": (checks, "response"),
    "ifeval-input": (prompts, "prompt"),
    "ifeval-responses": (responses, "response"),
    "rollouts": (rollouts, "responses"),
    "synth-prompts": (prompts, "prompt"),
    "autoif-funcs": (funcs, "func"),
    "autoif-responses": (answers, "response"),
    "autoif-cross": (cross, "instruction"),
}
def line(r):
    return json.dumps(r, ensure_ascii=False).encode()
def mutate(rows, field, case):
    lines = [line(r) for r in rows]
    if case == "bom":
        return b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n"
    if case == "invalid-utf8":
        lines[1] = lines[1].replace(b'"' + field.encode() + b'": "', b'"' + field.encode() + b'": "\xff\xfe', 1) \
            if b'"' + field.encode() + b'": "' in lines[1] else lines[1][:-1] + b', "x": "\xff"}'
        return b"\n".join(lines) + b"\n"
    if case == "torn-last-line":
        return b"\n".join(lines[:2]) + b"\n" + lines[2][: len(lines[2]) // 2]
    if case == "blank-line":
        return lines[0] + b"\n\n" + b"\n".join(lines[1:]) + b"\n"
    if case == "non-object":
        lines[1] = b"[1, 2]"
        return b"\n".join(lines) + b"\n"
    if case == "missing-field":
        r = dict(rows[1]); r.pop(field, None); lines[1] = line(r)
        return b"\n".join(lines) + b"\n"
    if case == "wrong-kwargs":
        r = dict(rows[1]); r["kwargs"] = "num_words=3"
        if field in ("func", "response", "instruction") and "kwargs" not in rows[1]:
            r[field] = 5   # these rows have no kwargs: a wrong-typed field instead
        lines[1] = line(r)
        return b"\n".join(lines) + b"\n"
    if case == "unknown-id":
        r = dict(rows[1]); r["instruction_id_list"] = ["no_such:instruction"] + list(r.get("instruction_id_list", []))[1:]
        lines[1] = line(r)
        return b"\n".join(lines) + b"\n"
    if case == "good":
        return b"\n".join(lines) + b"\n"
    raise ValueError(case)
cases = ["good", "bom", "invalid-utf8", "torn-last-line", "blank-line", "non-object", "missing-field", "wrong-kwargs", "unknown-id"]
for reader, (good, field) in readers.items():
    for case in cases:
        with open(f"{dest}/{reader}.{case}.jsonl", "wb") as f:
            f.write(mutate(good, field, case))
# Every bad line in one file, for the commands that can skip bad lines.
with open(f"{dest}/check.all-bad.jsonl", "wb") as f:
    f.write(b"\n".join(line(r) for r in checks) + b"\n\n[1, 2]\n")
    f.write(line({"key": 9, "prompt": "p", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}) + b"\n")
    f.write(line({"key": 10, "prompt": "p", "response": "r", "instruction_id_list": ["punctuation:no_comma"], "kwargs": "x"}) + b"\n")
    f.write(line({"key": 11, "prompt": "p", "response": "r", "instruction_id_list": ["no_such:instruction"], "kwargs": [{}]}) + b"\n")
    f.write(b'{"key": 12, "prompt": "p", "response": "\xff", "instruction_id_list": [], "kwargs": []}\n')
    f.write(b'{"key": 13, "prompt": "p", "resp')
EOF
cases="good bom invalid-utf8 torn-last-line blank-line non-object missing-field wrong-kwargs unknown-id"
b="$work/bad"
for c in $cases; do
  both=$([ "$c" = good ] && echo no || echo yes)         # the good case once per reader
  ids=$([ "$c" = unknown-id ] && echo no || echo yes)     # autoif rows have no instruction ids
  record "bad/check.$c" check --input "$b/check.$c.jsonl" --output o/verdicts.jsonl --registry ifeval --explain \
    --threads 1 "${common[@]}"
  record "bad/eval-input-data.$c" eval --benchmark ifeval --input-data "$b/ifeval-input.$c.jsonl" \
    --responses "$b/ifeval-responses.good.jsonl" --output-dir o/eval "${common[@]}"
  if [ "$both" = yes ]; then record "bad/eval-responses.$c" eval --benchmark ifeval --input-data "$b/ifeval-input.good.jsonl" \
    --responses "$b/ifeval-responses.$c.jsonl" --output-dir o/eval "${common[@]}"
  fi
  record "bad/ifeval-to-verl.$c" data ifeval-to-verl --input-data "$b/ifeval-input.$c.jsonl" --format jsonl \
    --output-dir o/verl "${common[@]}"
  record "bad/pairs.$c" pairs --rollouts "$b/rollouts.$c.jsonl" --output o/pairs "${common[@]}"
  record "bad/groups.$c" groups --rollouts "$b/rollouts.$c.jsonl" --output o/groups.jsonl "${common[@]}"
  record "bad/synth.$c" synth --prompts "$b/synth-prompts.$c.jsonl" --output o/synth.jsonl --seed 7
  if [ "$ids" = yes ]; then record "bad/autoif-verify-funcs.$c" autoif verify --functions "$b/autoif-funcs.$c.jsonl" \
    --responses "$b/autoif-responses.good.jsonl" --output o/verdicts.jsonl --workers 2
  fi
  if [ "$ids" = yes ] && [ "$both" = yes ]; then record "bad/autoif-verify-responses.$c" autoif verify --functions "$b/autoif-funcs.good.jsonl" \
    --responses "$b/autoif-responses.$c.jsonl" --output o/verdicts.jsonl --workers 2
  fi
  # A step reading the file an earlier step wrote (cross-validate reads eval_func_rft.jsonl).
  rm -rf "$work/cv"; mkdir -p "$work/cv"; cp "$b/autoif-cross.$c.jsonl" "$work/cv/eval_func_rft.jsonl"
  if [ "$ids" = yes ]; then record "bad/autoif-cross-validate.$c" autoif cross-validate --dir cv --workers 2; fi
done
record "bad/check.all-bad.skip" check --input "$b/check.all-bad.jsonl" --output o/verdicts.jsonl --registry ifeval \
  --explain --threads 1 --skip-bad-lines --rejects o/rejects.jsonl "${common[@]}"
record "bad/check.all-bad.stop" check --input "$b/check.all-bad.jsonl" --output o/verdicts.jsonl --registry ifeval \
  --threads 1 "${common[@]}"
record "bad/check.missing-file" check --input "$b/no-such-file.jsonl" --output o/verdicts.jsonl "${common[@]}"
record "bad/pairs.missing-file" pairs --rollouts "$b/no-such-file.jsonl" --output o/pairs "${common[@]}"

echo "== groups and pairs options (at ${SECONDS}s)" >&2
small="$work/rollouts-small.jsonl"
head -n 40 "$out/rollouts.jsonl" > "$small"
record opts/groups.keep-mid groups --rollouts "$small" --keep 0.2:0.8 --filtered o/kept.jsonl --summary-json o/summary.json \
  --output o/groups.jsonl "${common[@]}"
record opts/groups.all-nostd groups --rollouts "$small" --reward all --no-std --pass-at 1,2,3 --keep 0:0 \
  --filtered o/kept.jsonl --output o/groups.jsonl --loose "${common[@]}"
record opts/groups.keep-one groups --rollouts "$small" --keep 1:1 --filtered o/kept.jsonl "${common[@]}"
record opts/groups.bad-keep groups --rollouts "$small" --keep 0.9:0.1 --filtered o/kept.jsonl "${common[@]}"
record opts/groups.bad-keep-form groups --rollouts "$small" --keep 0.5 --filtered o/kept.jsonl "${common[@]}"
record opts/groups.keep-alone groups --rollouts "$small" --keep 0:1 "${common[@]}"
record opts/groups.bad-reward groups --rollouts "$small" --reward most "${common[@]}"
record opts/groups.bad-pass-at groups --rollouts "$small" --pass-at 0 "${common[@]}"
record opts/pairs.k2-loose pairs --rollouts "$small" --output o/pairs --k 2 --chosen-min 0.6 --rejected-max 0.4 \
  --sft-per-prompt 1 --seed 3 --loose "${common[@]}"
record opts/pairs.ifevalg pairs --rollouts "$small" --output o/pairs --registry ifevalg "${common[@]}"
record opts/pairs.bad-settings pairs --rollouts "$small" --output o/pairs --chosen-min 0.2 --rejected-max 0.5 "${common[@]}"
record opts/pairs.bad-registry pairs --rollouts "$small" --output o/pairs --registry nope "${common[@]}"

echo "== a scripted OpenAI-compatible model (AutoIF's prompts, the VerIF judge) (at ${SECONDS}s)" >&2
cat > "$work/fake_llm.py" <<'EOF'
# Answers /v1/chat/completions from the last message and the seed alone (sample i is sent seed 100 + i):
# AutoIF's six prompt kinds as the autoif module's ScriptedModel test does, and the LLM judge a
# fixed verdict ([[0]] when the judged text is rude, else [[1]]).
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
LOWER = "Answer in all lowercase letters"
DONE = "End your answer with the word 'done'"
QUOTES = "Wrap your entire answer in double quotes"
WORDS = "Use at most 5 words"
BANANA = "Include the word 'banana'"
def fenced(body, cases):
    o = {"func": "def evaluate(response):\n    " + body,
         "cases": [{"input": cases[i], "output": cases[i + 1]} for i in range(0, len(cases), 2)]}
    return "Here is the function.\n```json\n" + json.dumps(o, indent=2) + "\n```"
def funcs(p, s):
    if LOWER in p:
        return {0: lambda: fenced("return response == response.lower()", ["hello world", True, "Hello", False, "ALL CAPS", False]),
                1: lambda: fenced("return not any(c.isupper() for c in response)", ["abc", True, "aBc", False, "x y z", True]),
                2: lambda: fenced("return response.lower() == response and len(response) >= 0", ["Mixed Case", False, "lower only", True, "UPPER", False]),
                3: lambda: fenced("return True", ["fine", True, "Nope", False, "wrong label", False])}.get(s, lambda: "I cannot write that.")()
    if DONE in p:
        f = "return response.strip().endswith('done')" if s % 2 == 0 else "return response.endswith('done')"
        return fenced(f, ["all done", True, "done?", False, "x%d done" % s, True])
    if QUOTES in p:
        fs = ["return response.startswith('\"') and response.endswith('\"')",
              "s = response.strip()\n    return len(s) >= 2 and s[0] == '\"' and s[-1] == '\"'",
              "return response[:1] == '\"' and response[-1:] == '\"'",
              "return response.startswith('\"') and response.endswith('\"')"]
        if s >= 4:
            return "Sorry."
        c = 0 if s == 3 else s
        return fenced(fs[s % 4], ['"q%d"' % c, True, "q%d" % c, False, '"a%d' % c, False])
    if WORDS in p:
        return {0: lambda: fenced("return len(response.split()) <= 5", ["one two", True, "a b c d e f", False, "five words are right here", True]),
                1: lambda: fenced("words = response.split()\n    return len(words) < 6", ["x", True, "1 2 3 4 5 6 7", False, "", True]),
                2: lambda: fenced("import re\n    return len(re.findall(r'\\S+', response)) <= 5", ["a  b", True, "w w w w w w", False, "hi there", True]),
                3: lambda: fenced("return len(response.split() <= 5", ["never", True, "counted", True, "at all", True])}.get(
            s, lambda: fenced("return sum(1 for _ in response.split()) <= 5", ["ok", True, "six words are too many here", False, "go", True]))()
    if BANANA in p:
        fs = ["return 'banana' in response.lower()", "import re\n    return re.search(r'banana', response, re.I) is not None",
              "return response.lower().count('banana') > 0", "return 'banana' in response.lower()"]
        if s >= 4:
            return "no"
        return fenced(fs[s], ["a banana%d" % s, True, "an apple%d" % s, False, "BANANA%d" % s, True])
    return "unscripted instruction"
def answer(p, s):
    if p.startswith("You write instructions about the form"):
        return "Here are some:\n- %s\n- %s\n- %s\n- %s\nThat is all." % (QUOTES, LOWER, WORDS, BANANA)
    if p.startswith("Write a Python function that decides"):
        return funcs(p, s)
    if p.startswith("Each Python function below checks"):
        if "banana" in p:
            return '```json\n["Mention bananas.", "Say banana.", "Use banana."]\n```'
        if "isupper" in p or "lower()" in p:
            return '["Write in lowercase only.", "Use no capital letters.", "Answer in lowercase."]'
        return '["Use five words or fewer.", "Keep it under six words.", "At most five words."]'
    if p.startswith("Decide how two instructions"):
        if "Hypothesis: Mention bananas." in p:
            return "They ask for different things.\nContradiction"
        if "Hypothesis: Use no capital letters." in p:
            return "Related but not implied.\nneutral"
        return "The same requirement.\nEntailment"
    if p.startswith("Answer the query below"):
        lower = ("Instruction: " + LOWER) in p
        return {0: "paris is the capital of france." if lower else "Paris, in France.",
                1: "Paris is the capital." if lower else "The capital of France is the city of Paris."}.get(
            s, "PARIS" if lower else "Paris.")
    if p.startswith("You judge whether a response"):
        return "Correct but terse.\nScore: 8" if "[Response] Paris.\n" in p else "Helpful and on topic.\nScore: 9"
    return "[[0]] no" if "rude" in p else "[[1]] yes"
class Handler(BaseHTTPRequestHandler):
    # Keep-alive as a real server: the client reuses its connections.
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        content = body["messages"][-1]["content"]
        text = answer(content, int(body.get("seed") or 100) - 100)
        out = json.dumps({"id": "x", "object": "chat.completion", "model": body.get("model", "m"),
                          "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                          "usage": {"prompt_tokens": 1, "completion_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
server.serve_forever()
EOF
setsid python3 "$work/fake_llm.py" > "$work/fake.url" 2>&1 &
extra_pids+=($!)
for _ in $(seq 1 100); do grep -q http "$work/fake.url" && break; sleep 0.1; done
llm=$(head -1 "$work/fake.url")

echo "== autoif: verify, and the whole pipeline against the scripted model (at ${SECONDS}s)" >&2
printf '%s\n' "Answer in all lowercase letters" "End your answer with the word 'done'" "" > "$work/seeds.txt"
cat > "$work/queries.jsonl" <<'EOF'
{"query": "What is the capital of France, and why?"}
{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Which city is the capital of France?"}]}
{"conversations": [{"from": "human", "value": "hi"}]}
{"prompt": "Name the capital city of France please"}
EOF
# One request at a time: the .gen.jsonl files keep the answers in the order they came.
autoif_opts=(--endpoint "$llm" --model scripted --seed 100 --temperature 0 --concurrency 1 --retries 3
  --augment-samples 1 --func-samples 5 --response-samples 3 --score-samples 1 --queries-per-instruction 2
  --workers 2 --timeout-ms 3000)
record autoif/run autoif run --dir o/run --seeds seeds.txt --queries queries.jsonl "${autoif_opts[@]}"
# A rerun asks nothing and writes the same files; the steps one by one write them again too.
rm -rf "$work/steps"; mkdir -p "$work/steps"
for step in augment funcs cross-validate back-translate respond verify-responses score export; do
  extra=(); [ $step = augment ] && extra=(--seeds seeds.txt); [ $step = respond ] && extra=(--queries queries.jsonl)
  (cd "$work" && "$root/if4j" autoif $step --dir steps "${extra[@]}" "${autoif_opts[@]}" > "$work/step.out" 2> "$work/step.err") \
    && code=0 || code=$?
  { echo "== $step: exit $code"; norm < "$work/step.err"; norm < "$work/step.out"; } >> "$out/autoif-steps.txt"
done
mkdir -p "$out/autoif-steps"
for f in "$work/steps"/*; do norm < "$f" > "$out/autoif-steps/$(basename "$f").txt"; done
# A torn last answer (a killed run) in the function step's resume file: the step asks only for what is missing.
rm -rf "$work/torn"; cp -r "$work/steps" "$work/torn"
head -n 7 "$work/steps/eval_func_rft.gen.jsonl" > "$work/torn/eval_func_rft.gen.jsonl"
printf '{"key":"0123456789abcdef","sample":3,"prompt":"Wri' >> "$work/torn/eval_func_rft.gen.jsonl"
rm -f "$work/torn/eval_func_rft.jsonl"
record autoif/funcs-torn-resume-file autoif funcs --dir torn "${autoif_opts[@]}"
for f in eval_func_rft.gen.jsonl eval_func_rft.jsonl; do
  { echo "--- file torn/$f"; norm < "$work/torn/$f"; } >> "$out/autoif/funcs-torn-resume-file.txt"
done
record autoif/no-endpoint autoif funcs --dir steps --model scripted

echo "== VerIF: the LLM judge and VerInstruct rules (at ${SECONDS}s)" >&2
python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
WORDS = "def check_following(instruction, response):\n    return len(response.split()) >= 3"
RAISES = "def check_following(instruction, response):\n    raise ValueError('bad rule')"
NO_COMMA = "import re\ndef check_following(instruction, response):\n    return not re.search(',', response)"
rows = [
    {"id": "r1", "prompt": "Write about the sea.", "response": "<think>plan, plan</think>The sea is calm today.",
     "checkers": ["[rule] At least 3 words.", "[rule] Broken.", "[llm] Be calm."], "functions": [WORDS, RAISES, ""]},
    {"id": "r2", "prompt": "Write about the sea.", "response": "Waves, and salt everywhere.",
     "checkers": ["[rule] In your entire response, refrain from the use of any commas.", "[llm] Be calm."],
     "functions": [NO_COMMA, ""]},
    {"id": "r3", "prompt": "Write about the sea.", "response": "A rude sea, says who.",
     "checkers": ["[llm] Be polite.", "[rule] At least 3 words."], "functions": ["", WORDS]},
]
with open(f"{work}/verinstruct.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
with open(f"{work}/soft.jsonl", "w") as f:
    for i, resp in enumerate(["calm words", "rude, loud"]):
        f.write(json.dumps({"id": f"s{i}", "prompt": "p", "response": resp, "instruction_id_list": ["punctuation:no_comma"],
                            "kwargs": [{}], "soft_constraints": ["Sound calm."]}) + "\n")
EOF
judge=(--judge-endpoint "$llm" --judge-model judge)
record verif/check-soft check --input soft.jsonl --output o/verdicts.jsonl --explain --threads 1 "${judge[@]}" "${common[@]}"
record verif/check-soft-no-judge check --input soft.jsonl --output o/verdicts.jsonl "${common[@]}"
record verif/check-registry check --input verinstruct.jsonl --output o/verdicts.jsonl --explain --threads 1 \
  --skip-bad-lines --rejects o/rejects.jsonl --verinstruct-rules registry --judge-cache o/cache.jsonl "${judge[@]}" "${common[@]}"
record verif/check-python check --input verinstruct.jsonl --output o/verdicts.jsonl --explain --threads 1 \
  --verinstruct-rules python --rule-timeout-ms 3000 "${judge[@]}" "${common[@]}"
record verif/check-weighted check --input verinstruct.jsonl --output o/verdicts.jsonl --threads 1 \
  --skip-bad-lines --rejects o/rejects.jsonl --verinstruct-rules registry --hybrid weighted --soft-weight 0.25 "${judge[@]}" "${common[@]}"
record verif/usage-judge-without-model check --input soft.jsonl --output o/v.jsonl --judge-endpoint "$llm" "${common[@]}"

echo "== serve: a judge, VerInstruct rules and bad requests (at ${SECONDS}s)" >&2
# Rules run in the sandbox when it can run here; else the registry maps them (the log says which).
start_serve() {
  setsid "$root/if4j" serve --port 0 --threads 2 "${judge[@]}" --sample-timeout-ms 20000 "$@" "${common[@]}" \
    > "$work/serve2.log" 2>&1 &
  extra_pids+=($!)
  local pid=$!
  for _ in $(seq 1 600); do
    grep -qo 'http://[0-9.]*:[0-9]*' "$work/serve2.log" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
if start_serve --run-rule-code --rule-timeout-ms 3000; then
  echo "rules: python (sandbox)" > "$out/serve-verif-mode.txt"
else
  { echo "rules: registry (the sandbox cannot run here)"; norm < "$work/serve2.log"; } > "$out/serve-verif-mode.txt"
  start_serve
fi
url2=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve2.log" | head -1)
python3 - "$url2" "$work" "$out/serve-verif.jsonl" "$out/serve-bad.jsonl" <<'EOF'
import json, sys, urllib.request, urllib.error
url, work, verif_dest, bad_dest = sys.argv[1:5]
def post(path, data, ctype="application/json"):
    req = urllib.request.Request(url + path, data, {"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    try:
        body = json.loads(text)
    except ValueError:
        body = text.decode("utf-8", "backslashreplace")
    if isinstance(body, dict):
        body.pop("stamp", None)
    return status, body
def writer(dest):
    out = open(dest, "w")
    def record(name, status, body):
        out.write(json.dumps({"request": name, "status": status, "body": body}, sort_keys=True, ensure_ascii=False) + "\n")
    return record
rows = [json.loads(l) for l in open(f"{work}/verinstruct.jsonl")]
soft = [json.loads(l) for l in open(f"{work}/soft.jsonl")]
samples = [{"prompt": r["prompt"], "response": r["response"], "ground_truth": {"checkers": r["checkers"], "functions": r["functions"]}}
           for r in rows]
samples += [{"prompt": s["prompt"], "response": s["response"], "ground_truth": {"instruction_id_list": s["instruction_id_list"],
             "kwargs": s["kwargs"], "soft_constraints": s["soft_constraints"]}} for s in soft]
record = writer(verif_dest)
for explain in (False, True):
    record(f"verif explain={explain}", *post("/v1/score", json.dumps({"samples": samples, "options": {"explain": explain}}).encode()))
record("verif all", *post("/v1/score", json.dumps({"samples": samples, "options": {"mode": "all", "explain": True}}).encode()))

good = {"prompt": "p", "response": "no commas here", "ground_truth": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}}
def with_bad(bad):
    return json.dumps({"samples": [good, good, bad]}).encode()
record = writer(bad_dest)
record("malformed json", *post("/v1/score", b'{"samples": [{"response": "x"'))
record("empty body", *post("/v1/score", b""))
record("not an object", *post("/v1/score", b"[1, 2]"))
record("invalid utf-8", *post("/v1/score", b'{"samples": [{"response": "\xff", "ground_truth": {"instruction_id_list": [], "kwargs": []}}]}'))
record("bom", *post("/v1/score", b"\xef\xbb\xbf" + json.dumps({"samples": [good]}).encode()))
record("no samples", *post("/v1/score", b"{}"))
record("samples not a list", *post("/v1/score", b'{"samples": {"a": 1}}'))
record("sample not an object", *post("/v1/score", with_bad(["x"])))
record("response missing", *post("/v1/score", with_bad({"ground_truth": good["ground_truth"]})))
record("response a number", *post("/v1/score", with_bad({"response": 5, "ground_truth": good["ground_truth"]})))
record("ground_truth missing", *post("/v1/score", with_bad({"response": "x"})))
record("ground_truth a number", *post("/v1/score", with_bad({"response": "x", "ground_truth": 7})))
record("ground_truth bad json string", *post("/v1/score", with_bad({"response": "x", "ground_truth": "{\"instruction_id_list\": ["})))
record("kwargs a string", *post("/v1/score", with_bad({"response": "x", "ground_truth": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": "x"}})))
record("kwargs length differs", *post("/v1/score", with_bad({"response": "x", "ground_truth": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}, {}]}})))
record("unknown instruction", *post("/v1/score", with_bad({"response": "x", "ground_truth": {"instruction_id_list": ["no_such:instruction"], "kwargs": [{}]}})))
record("unknown kwarg", *post("/v1/score", with_bad({"response": "x", "ground_truth": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{"bogus": 1}]}})))
record("bad option mode", *post("/v1/score", json.dumps({"samples": [good], "options": {"mode": "most"}}).encode()))
record("bad option type", *post("/v1/score", json.dumps({"samples": [good], "options": {"explain": "yes"}}).encode()))
record("get_reward lengths differ", *post("/get_reward", json.dumps({"query": ["a", "b"], "prompts": ["a"], "labels": [good["ground_truth"]]}).encode()))
record("get_reward malformed", *post("/get_reward", b"{"))
record("verinstruct functions length differs", *post("/v1/score", with_bad({"response": "x", "ground_truth": {"checkers": ["[rule] a", "[rule] b"], "functions": ["x"]}})))
EOF
echo "== stamps removed" >&2
find "$out" -path "$out/check" -prune -o -type f \( -name '*.json' -o -name '*.jsonl' \) -print | while IFS= read -r f; do
  unstamp < "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
echo "snapshot in $out" >&2
