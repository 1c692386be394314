#!/usr/bin/env bash
# The Python client's tests, as .ci/run runs them: a virtual environment with the trainers' libraries
# (requirements-ci.txt, from the local wheel folders; cached in clients/python/.venv and rebuilt when
# that file or the Python changes), the package installed into it, then every test against a real
# `if4j serve`. Needs the runnable jar (cli/target/if4j.jar) and IF4J_RESOURCES.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv="$here/.venv"
python=${IF4J_PYTHON:-python3}

# pip's configured extra indexes that are local folders become the index, so that pip never waits on
# the public index this machine cannot reach (IF4J_PIP_INDEX_URL overrides).
if [ -z "${IF4J_PIP_INDEX_URL:-}" ]; then
  extra=$("$python" -m pip config get global.extra-index-url 2>/dev/null || true)
  if [ -n "$extra" ] && ! grep -qv '^file://' <<<"$(tr ' ' '\n' <<<"$extra" | sed '/^$/d')"; then
    IF4J_PIP_INDEX_URL=$(tr ' ' '\n' <<<"$extra" | sed '/^$/d' | head -n 1)
    export PIP_EXTRA_INDEX_URL=$(tr ' ' '\n' <<<"$extra" | sed '/^$/d' | tail -n +2 | tr '\n' ' ')
  fi
fi
if [ -n "${IF4J_PIP_INDEX_URL:-}" ]; then export PIP_INDEX_URL=$IF4J_PIP_INDEX_URL; fi

stamp="$("$python" --version 2>&1) $(sha256sum requirements-ci.txt | cut -c1-16)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.if4j-stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "clients/python: building the test venv ($venv) from requirements-ci.txt..." >&2
  rm -rf "$venv"
  "$python" -m venv "$venv" || {
    echo "clients/python: '$python -m venv' failed: install the venv module (Debian: apt-get install python3-venv)" >&2
    exit 1
  }
  if ! "$venv/bin/pip" install -q -r requirements-ci.txt; then
    echo "clients/python: pip could not install requirements-ci.txt (above: the wheel it lacks)." >&2
    echo "clients/python: check with: pip download --no-deps -d \"\$(mktemp -d)\" trl" >&2
    exit 1
  fi
  echo "$stamp" >"$venv/.if4j-stamp"
fi

# The package itself, fresh each run (setuptools is already in the venv).
"$venv/bin/pip" install -q --no-deps --no-build-isolation --force-reinstall "$here" >&2
rm -rf "$here/build" "$here"/src/*.egg-info

export IF4J_JAR=${IF4J_JAR:-$(cd "$here/../.." && pwd)/cli/target/if4j.jar}
export CI=${CI:-}
exec "$venv/bin/python" -m unittest discover -s tests -t . -v "$@"
