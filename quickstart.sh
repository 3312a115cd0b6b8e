#!/usr/bin/env bash
# Fresh machine to a running Go notebook: make a venv with JupyterLab,
# nbconvert and papermill, install spargo into it, and execute the tour
# notebook, printing its outputs. Then `"$venv/bin/jupyter" lab` opens it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${SPARGO_VENV:-$HOME/.local/share/spargo/venv}"
if [ ! -x "$venv/bin/python" ]; then
  echo "creating $venv"
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check jupyterlab nbconvert papermill
export PATH="$venv/bin:$PATH"
bash "$here/install.sh" --prefix "$venv" --python "$venv/bin/python"
out="$(mktemp -d)/tour.ipynb"
jupyter nbconvert --to notebook --execute "$here/tests/notebooks/tour.ipynb" --output "$out" >/dev/null
echo "executed tests/notebooks/tour.ipynb -> $out"
jupyter nbconvert --to markdown --stdout "$out" 2>/dev/null
echo
echo "Open JupyterLab with:  $venv/bin/jupyter lab   (pick \"Go (spargo)\")"
