#!/usr/bin/env bash
# Benchmark spargo against ipykernel.  Usage: bash bench/run.sh [kernels.py options]
#   e.g. bash bench/run.sh --quick
#        bash bench/run.sh --json bench/results.json
# Environment:
#   SPARGO_VENV  python venv with jupyter_client, ipykernel, psutil
#                (default ~/.cache/spargo/venv; created if missing)
#   KEEP_TMP=1   keep the temporary JUPYTER_DATA_DIR (kernelspecs, runtime files)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="${SPARGO_VENV:-$HOME/.cache/spargo/venv}"

if ! "$venv/bin/python" -c 'import jupyter_client, ipykernel, psutil' >/dev/null 2>&1; then
    echo "[run.sh] setting up venv $venv" >&2
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install -q --upgrade pip >&2
    "$venv/bin/python" -m pip install -q jupyter_client ipykernel psutil >&2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/spargo-bench-data.XXXXXX")"
if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "[run.sh] keeping $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

# Kernelspecs (and connection files) live only in this temp dir, so the
# benchmark sees exactly the two kernels installed below.
export JUPYTER_DATA_DIR="$tmp/data"
export JUPYTER_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$JUPYTER_DATA_DIR" "$JUPYTER_RUNTIME_DIR"
# Search the temp dir first: in a venv jupyter_core otherwise prefers the
# venv's own share/jupyter/kernels/python3 over JUPYTER_DATA_DIR.
export JUPYTER_PATH="$JUPYTER_DATA_DIR${JUPYTER_PATH:+:$JUPYTER_PATH}"
# install.sh may call `jupyter`/`python` from the venv
export PATH="$venv/bin:$PATH"
export VIRTUAL_ENV="$venv"

echo "[run.sh] installing spargo kernelspec (bash install.sh) into $JUPYTER_DATA_DIR" >&2
# --python with a non-existent interpreter: skip the papermill translator
# (not needed here, and it would pip-install into the shared venv)
(cd "$root" && bash install.sh --python spargo-bench-no-papermill) >&2

echo "[run.sh] installing ipykernel kernelspec (python3)" >&2
"$venv/bin/python" -m ipykernel install --user --name python3 \
    --display-name "Python 3 (ipykernel)" >&2

"$venv/bin/jupyter" kernelspec list >&2 || true

rc=0
"$venv/bin/python" "$here/kernels.py" "$@" || rc=$?
exit "$rc"
