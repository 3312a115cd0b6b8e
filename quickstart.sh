#!/usr/bin/env bash
# Fresh machine to a running Go notebook: make a venv with JupyterLab,
# nbconvert and papermill, install spargo into it with Spark 4.0.1 (from the
# pyspark package; SPARGO_SPARK=3.5.7,4.0.1 for more, SPARGO_SPARK=none for
# none), and execute the tour notebook and, when Java 17+ is installed, the
# Spark notebook, printing their outputs. Then `"$venv/bin/jupyter" lab`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${SPARGO_VENV:-$HOME/.local/share/spargo/venv}"
if [ ! -x "$venv/bin/python" ]; then
  echo "creating $venv"
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check jupyterlab nbconvert papermill
export PATH="$venv/bin:$PATH"
spark="${SPARGO_SPARK:-4.0.1}"
if [ "$spark" != none ] && ! command -v java >/dev/null 2>&1; then
  echo "no java on PATH: installing without Spark (install a JDK 17, e.g. apt-get install openjdk-17-jre-headless, then rerun)"
  spark=none
fi
if [ "$spark" = none ]; then
  bash "$here/install.sh" --prefix "$venv" --python "$venv/bin/python"
else
  bash "$here/install.sh" --prefix "$venv" --python "$venv/bin/python" --spark "$spark"
fi
run() {
  out="$(mktemp -d)/$1"
  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 "$here/tests/notebooks/$1" --output "$out" >/dev/null
  echo "executed tests/notebooks/$1 -> $out"
  jupyter nbconvert --to markdown --stdout "$out" 2>/dev/null
  echo
}
run tour.ipynb
[ "$spark" = none ] || run spark_local.ipynb
echo "Open JupyterLab with:  $venv/bin/jupyter lab   (pick \"Go (spargo)\" or \"Go + Spark local (spargo)\")"
