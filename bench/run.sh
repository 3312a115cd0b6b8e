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

# shellcheck source=bench/kernels.sh
source "$here/kernels.sh"
install_bench_kernels run.sh "$tmp"

"$venv/bin/jupyter" kernelspec list >&2 || true

rc=0
"$venv/bin/python" "$here/kernels.py" "$@" || rc=$?
exit "$rc"
