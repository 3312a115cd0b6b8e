#!/usr/bin/env bash
# Benchmark spargo's Spark support against PySpark's Spark Connect client.
# Usage: bash bench/spark.sh [spark.py options]
#   e.g. bash bench/spark.sh --quick
#        bash bench/spark.sh --json bench/spark-results.json
# Environment:
#   SPARGO_VENV   python venv with jupyter_client, ipykernel, psutil and
#                 pyspark-client (default ~/.cache/spargo/venv; completed if needed)
#   SPARGO_DATA   where Spark versions live (default ~/.cache/spargo/data;
#                 Spark 4.0.1 is installed into $SPARGO_DATA/spark if missing)
#   KEEP_TMP=1    keep the temporary JUPYTER_DATA_DIR, config and logs
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="${SPARGO_VENV:-$HOME/.cache/spargo/venv}"
spark_version=4.0.1
export SPARGO_DATA="${SPARGO_DATA:-$HOME/.cache/spargo/data}"

if [ ! -x "$venv/bin/python" ]; then
    echo "[spark.sh] creating venv $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip >&2
fi
if ! "$venv/bin/python" -c 'import jupyter_client, ipykernel, psutil' >/dev/null 2>&1; then
    "$venv/bin/python" -m pip install -q jupyter_client ipykernel psutil >&2
fi
# The pure-Python Spark Connect client (no JVM, no jars), same version as the server.
if ! "$venv/bin/python" -c 'import pyspark, pyarrow, pandas, grpc, google.rpc
assert pyspark.__version__ == "'$spark_version'"' >/dev/null 2>&1; then
    echo "[spark.sh] installing pyspark-client==$spark_version into $venv" >&2
    "$venv/bin/python" -m pip install -q "pyspark-client==$spark_version" >&2
fi

if [ ! -x "$SPARGO_DATA/spark/$spark_version/bin/spark-submit" ]; then
    echo "[spark.sh] installing Spark $spark_version into $SPARGO_DATA/spark" >&2
    (cd "$root" && go run ./cmd/spargo spark install --dest "$SPARGO_DATA/spark" \
        --python "$venv/bin/python" "$spark_version") >&2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/spargo-spark-bench.XXXXXX")"
pgids="$tmp/pgids"
: >"$pgids"
cleanup() {
    # Belt and braces: spark.py kills every JVM process group it started or
    # saw, but if it was killed itself, do it here.
    while read -r g; do
        [ -n "$g" ] && kill -KILL -- "-$g" 2>/dev/null || true
    done <"$pgids"
    if [ "${KEEP_TMP:-0}" = 1 ]; then
        echo "[spark.sh] keeping $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench/kernels.sh
source "$here/kernels.sh"
install_bench_kernels spark.sh "$tmp"

rc=0
"$venv/bin/python" "$here/spark.py" --spark-home "$SPARGO_DATA/spark/$spark_version" \
    --workdir "$tmp" --pgid-file "$pgids" "$@" || rc=$?
exit "$rc"
