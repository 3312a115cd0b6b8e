#!/usr/bin/env bash
# The full test suite: formatting and static checks, Go unit tests (with the
# race detector), then the acceptance tests with real Jupyter clients,
# nbconvert and papermill against the installed kernel.
# Needs Go and Python 3.10+; Python packages go into a venv outside the checkout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${SPARGO_VENV:-$HOME/.cache/spargo/venv}"
gobin="$(go env GOPATH)/bin"

step() { printf '\n== %s\n' "$*"; }

step "python test environment ($venv)"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt

step "BigQuery emulator (tests/bqemulator, build tag bigquery_emulator), built in the background"
# A separate module keeps the emulator (a long cold build) out of spargo's
# binary and go.mod; the Go build cache makes later builds quick.
export SPARGO_BQ_EMULATOR="${SPARGO_BQ_EMULATOR:-$HOME/.cache/spargo/bigquery-emulator}"
bqlog="$(mktemp)"
(cd tests/bqemulator && go build -tags bigquery_emulator -o "$SPARGO_BQ_EMULATOR" \
  github.com/goccy/bigquery-emulator/cmd/bigquery-emulator) >"$bqlog" 2>&1 &
bqpid=$!

# Check and test what install.sh builds: with DuckDB's Arrow interface.
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-tags=duckdb_arrow"

step "gofmt, go vet, staticcheck"
unformatted="$(gofmt -l $(git ls-files '*.go') 2>/dev/null || true)"
if [ -n "$unformatted" ]; then echo "gofmt needed on: $unformatted" >&2; exit 1; fi
go vet ./...
if [ ! -x "$gobin/staticcheck" ]; then
  (cd /tmp && go install honnef.co/go/tools/cmd/staticcheck@v0.8.2)
fi
"$gobin/staticcheck" ./...

step "go test -race (gointerp without -race: see below)"
# yaegi itself races when a goroutine a cell started outlives the Eval that
# started it (its frame resize is unsynchronised), and the race detector
# cannot see that an interrupted Eval goroutine has exited; gointerp's tests
# therefore run without -race. Every other package runs with it.
go test -race -count=1 $(go list ./... | grep -v /gointerp)
go test -count=1 ./gointerp/...

step "Spark for the acceptance tests (\$SPARGO_DATA/spark)"
# The pyspark packages are Spark distributions; `spargo spark install` takes
# the distribution out of them (and the 3.5 Connect jar from Maven Central).
# Downloads are cached in ~/.cache/spargo/downloads.
export SPARGO_DATA="${SPARGO_DATA:-$HOME/.cache/spargo/data}"
command -v java >/dev/null || { echo "Java 17 is needed for the Spark tests (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
go run ./cmd/spargo spark install --dest "$SPARGO_DATA/spark" --python "$venv/bin/python" 3.5.7 4.0.1

step "waiting for the BigQuery emulator build"
if ! wait "$bqpid"; then cat "$bqlog" >&2; echo "building the BigQuery emulator failed" >&2; exit 1; fi

step "acceptance tests (pytest, real Jupyter clients)"
export PATH="$venv/bin:$PATH"
"$venv/bin/python" -m pytest -q -p no:cacheprovider --timeout=300 tests "$@"
