#!/usr/bin/env bash
# Compares if4j's Japanese tokens (text/japanese/JanomeTokenizer) with janome 0.5.0's on every text
# M-IFEval's Japanese checkers tokenize in the golden files (responses, loose variants, without
# quotations). Needs a janome with its IPADIC importable by python3: after
# ../shared/tools/multilingual/setup_ml_reference.sh, run with PYTHONPATH=$ML_REF_ROOT/pylib.
#
#   PYTHONPATH=$ML_REF_ROOT/pylib scripts/janome-tokens.sh [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
. scripts/jdk.sh
if4j_find_jdk
shared=$(cd "${SHARED:-../shared}" && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
python3 -c 'import janome' 2>/dev/null || { echo "janome-tokens: python3 cannot import janome (set PYTHONPATH)" >&2; exit 2; }
cp_file=$here/text/target/janome.classpath
./mvnw -o -B -q -pl text compile dependency:build-classpath "-Dmdep.outputFile=$cp_file" >/dev/null
python3 scripts/janome/janome_tokens.py texts "$shared"/parity/mifeval/*.golden.jsonl "$work/texts.jsonl"
python3 scripts/janome/janome_tokens.py tokens "$work/texts.jsonl" "$work/janome.jsonl"
"$JAVA_HOME/bin/java" -cp "text/target/classes:$(cat "$cp_file")" scripts/janome/JanomeTokensDump.java \
  "$work/texts.jsonl" "$work/if4j.jsonl"
python3 scripts/janome/janome_tokens.py compare "$work/texts.jsonl" "$work/janome.jsonl" "$work/if4j.jsonl"
