#!/usr/bin/env bash
# Build spargo and install its Jupyter kernelspec. Safe to run again.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bash install.sh [--prefix DIR] [--python PY] [--interrupt-mode signal|message] [--spark VERSIONS]

Builds the spargo kernel (needs Go 1.26+) and installs:
  - the binary      into DATA/spargo/bin/spargo
  - the kernelspecs "spargo" ("Go (spargo)"), "spargo-local" ("Go + Spark local
    (spargo)") and "spargo-cluster" ("Go + Spark cluster (spargo)") into DATA/kernels/
  - with --spark, those Spark versions into DATA/spargo/spark/<version>/, from
    the pyspark package on PyPI (pip download, through PY's pip) and, for 3.x,
    the Spark Connect jar from Maven Central ($SPARGO_MAVEN_REPO)
  - the papermill Go parameter translator into PY's site-packages
    (only when PY can import papermill)

DATA is, in order: DIR/share/jupyter with --prefix DIR; $JUPYTER_DATA_DIR;
`jupyter --data-dir`; ~/.local/share/jupyter.

Options:
  --prefix DIR            install under DIR/share/jupyter (e.g. a venv: --prefix "$VIRTUAL_ENV")
  --python PY             Python whose papermill gets the translator (default: $PYTHON or python3)
  --interrupt-mode MODE   how Jupyter interrupts cells: signal (default) or message
  --spark VERSIONS        comma-separated Spark versions to install: 3.5.7,4.0.1 or 3.5,4.0
                          (newest of that line); Java 17 must be installed to run them
  -h, --help              show this help
USAGE
}

prefix="" python="${PYTHON:-python3}" imode="signal" sparkv=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --python) python="$2"; shift 2 ;;
    --python=*) python="${1#*=}"; shift ;;
    --interrupt-mode) imode="$2"; shift 2 ;;
    --interrupt-mode=*) imode="${1#*=}"; shift ;;
    --spark) sparkv="$2"; shift 2 ;;
    --spark=*) sparkv="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "$prefix" ]; then
  data="$prefix/share/jupyter"
elif [ -n "${JUPYTER_DATA_DIR:-}" ]; then
  data="$JUPYTER_DATA_DIR"
elif command -v jupyter >/dev/null 2>&1; then
  data="$(jupyter --data-dir)"
else
  data="$HOME/.local/share/jupyter"
fi

command -v go >/dev/null 2>&1 || { echo "install.sh: Go is not installed; install Go 1.26+ first (https://go.dev/dl/)" >&2; exit 1; }

bin="$data/spargo/bin/spargo"
mkdir -p "$(dirname "$bin")"
echo "building spargo -> $bin"
# duckdb_arrow: DuckDB results come through DuckDB's columnar Arrow interface
# (backends/sqldb/duckarrow.go); without it they are scanned row by row.
(cd "$here" && go build -tags duckdb_arrow -ldflags "-s -w" -o "$bin.tmp" ./cmd/spargo) && mv -f "$bin.tmp" "$bin"
# The kernel's type checker reads the standard library's compiled export data from
# the Go build cache (gointerp/stdexport.go): milliseconds where loading from
# source takes about a second. Without the index it loads from source.
index="$(dirname "$bin")/std-export.txt"
if (cd "$here" && go env GOVERSION && go list -export -f '{{if .Export}}{{.ImportPath}}={{.Export}}{{end}}' std) >"$index.tmp" 2>/dev/null; then
  mv -f "$index.tmp" "$index"
else
  rm -f "$index.tmp" "$index"
  echo "install.sh: no standard library export index; the kernel's type checker will load packages from source"
fi
"$bin" kernelspec install --dir "$data/kernels" --binary "$bin" --interrupt-mode "$imode"

if command -v "$python" >/dev/null 2>&1 && "$python" -c "import papermill" >/dev/null 2>&1; then
  echo "installing the papermill Go translator into $("$python" -c 'import sys; print(sys.prefix)')"
  "$python" -m pip install --quiet --disable-pip-version-check --no-build-isolation "$here/kernelspec/python"
else
  echo "papermill not found for $python: skipping the papermill Go translator (rerun with --python PY)"
fi
if [ -n "$sparkv" ]; then
  "$bin" spark install --dest "$data/spargo/spark" --python "$python" ${sparkv//,/ }
fi
echo "done: start JupyterLab and pick \"Go (spargo)\" (or \"Go + Spark local (spargo)\")"
