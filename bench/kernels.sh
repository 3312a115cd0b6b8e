# Sourced by bench/run.sh, spark.sh and sql.sh: the two kernels under test,
# installed into a temp dir only.
#
# install_bench_kernels TAG DIR: with $root (the checkout) and $venv set,
# points Jupyter at DIR/data and DIR/runtime, so a benchmark sees exactly the
# kernels installed here, and installs spargo's kernelspecs (install.sh) and
# ipykernel's (as python3). Progress goes to stderr prefixed with [TAG].
install_bench_kernels() {
    local tag="$1" dir="$2"
    export JUPYTER_DATA_DIR="$dir/data"
    export JUPYTER_RUNTIME_DIR="$dir/runtime"
    mkdir -p "$JUPYTER_DATA_DIR" "$JUPYTER_RUNTIME_DIR"
    # Search the temp dir first: in a venv jupyter_core otherwise prefers the
    # venv's own share/jupyter/kernels/python3 over JUPYTER_DATA_DIR.
    export JUPYTER_PATH="$JUPYTER_DATA_DIR${JUPYTER_PATH:+:$JUPYTER_PATH}"
    # install.sh may call `jupyter`/`python` from the venv
    export PATH="$venv/bin:$PATH"
    export VIRTUAL_ENV="$venv"

    echo "[$tag] installing spargo kernelspecs (bash install.sh) into $JUPYTER_DATA_DIR" >&2
    # --python with a non-existent interpreter: skip the papermill translator
    # (not needed here, and it would pip-install into the shared venv)
    (cd "$root" && bash install.sh --python spargo-bench-no-papermill) >&2
    echo "[$tag] installing ipykernel kernelspec (python3)" >&2
    "$venv/bin/python" -m ipykernel install --user --name python3 \
        --display-name "Python 3 (ipykernel)" >&2
}
