#!/usr/bin/env bash
# Regenerates the generated parts of docs/fixes.md: the catalogue ('if4j fixes list --markdown')
# and the measured effect ('if4j fixes report', on the shared responses and fuzz rows in
# ../shared). Each part sits between its BEGIN/END markers; the prose around them is kept.
# Usage: scripts/fixes-doc.sh   (from anywhere; needs ../shared next to the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
doc=docs/fixes.md
tmp=$(mktemp -d "${TMPDIR:-/tmp}/if4j-fixes-doc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
./if4j fixes list --markdown >"$tmp/catalogue.md"
./if4j fixes report --resources ../shared/resources --offline --output "$tmp/report.md"
splice() { # $1 = marker name, $2 = file with the new content
  awk -v name="$1" -v file="$2" '
    $0 == "<!-- BEGIN " name " -->" { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == "<!-- END " name " -->" { skip = 0 }
    !skip { print }' "$doc" >"$tmp/doc" && mv "$tmp/doc" "$doc"
}
splice "fixes list --markdown" "$tmp/catalogue.md"
splice "fixes report" "$tmp/report.md"
echo "scripts/fixes-doc.sh: updated $doc" >&2
