#!/usr/bin/env bash
# Benchmark spargo's %%sql against JupySQL (+ pandas) in ipykernel, in one run.
# Usage: bash bench/sql.sh [sql.py options]
#   e.g. bash bench/sql.sh --quick
#        bash bench/sql.sh --json bench/sql-results.json
# Needs: Go 1.26+ (to build spargo), PostgreSQL server binaries (initdb, pg_ctl;
# /usr/lib/postgresql/*/bin or PATH) and psql.
# Environment:
#   SPARGO_VENV   python venv with jupyter_client, ipykernel, psutil, jupysql, pandas,
#                 psycopg2-binary, duckdb, duckdb-engine, pyarrow
#                 (default ~/.cache/spargo/venv; created / completed if needed)
#   KEEP_TMP=1    keep the temporary JUPYTER_DATA_DIR, data files and kernel logs
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="${SPARGO_VENV:-$HOME/.cache/spargo/venv}"

if [ ! -x "$venv/bin/python" ]; then
    echo "[sql.sh] creating venv $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip >&2
fi
if ! "$venv/bin/python" -c 'import jupyter_client, ipykernel, psutil, sql, pandas, psycopg2, duckdb, duckdb_engine, pyarrow' >/dev/null 2>&1; then
    echo "[sql.sh] installing jupysql and friends into $venv" >&2
    "$venv/bin/python" -m pip install -q jupyter_client ipykernel psutil \
        jupysql pandas psycopg2-binary duckdb duckdb-engine pyarrow >&2
fi

# The work dir must be reachable by the postgres user (sql.py chowns its
# PostgreSQL dir to it); mktemp -d makes it 0700, so open it up for traversal.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/spargo-sql-bench.XXXXXX")"
chmod 755 "$tmp"
pgstop="$tmp/pg-stop"
cleanup() {
    local st=$?
    # Belt and braces: sql.py stops its PostgreSQL server itself; if it was
    # killed, the command it left in $pgstop does it here.
    if [ -s "$pgstop" ]; then
        bash "$pgstop" >/dev/null 2>&1 || true
    fi
    if [ "${KEEP_TMP:-0}" = 1 ] || [ "$st" != 0 ]; then
        echo "[sql.sh] keeping $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench/kernels.sh
source "$here/kernels.sh"
install_bench_kernels sql.sh "$tmp"

rc=0
"$venv/bin/python" "$here/sql.py" --workdir "$tmp" --pg-stop-file "$pgstop" "$@" || rc=$?
exit "$rc"
