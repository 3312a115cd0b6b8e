"""Smoke test of the Go test-corpus runner (tests/corpus/run_corpus.py).

Checks the runner's plumbing (selection, build constraints, package-clause
stripping, one real program through the kernel), not the pass rate: the full
corpus run is `tests/corpus/run_corpus.py` (see tests/corpus/README.md).
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("run_corpus", HERE / "corpus" / "run_corpus.py")
rc = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(rc)


def _goroot() -> Path | None:
    try:
        root = rc.goroot()
    except (OSError, subprocess.CalledProcessError):
        return None
    return root if (root / "test" / "helloworld.go").exists() else None


def test_build_constraints() -> None:
    assert rc.eval_constraint("linux || darwin", 26)
    assert rc.eval_constraint("!nacl && !js && !wasip1", 26)
    assert not rc.eval_constraint("aix", 26)
    assert not rc.eval_constraint("!aix && (!darwin || !arm64) && (!windows || (!amd64 && !arm64)) && !linux", 26)
    assert rc.eval_constraint("go1.21 && gc", 26)
    assert not rc.eval_constraint("go1.30", 26)
    assert rc.eval_constraint("!gcflags_noopt", 26)


def test_strip_package_keeps_lines() -> None:
    src = "// run\n\n// Copyright\n\npackage main // x\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n"
    out = rc.strip_package(src)
    assert "package" not in out
    assert out.count("\n") == src.count("\n")
    assert 'import "fmt"' in out


def test_selection() -> None:
    root = _goroot()
    if root is None:
        pytest.skip("no $GOROOT/test")
    progs, skipped = rc.collect(root, ["top", "typeparam"], None)
    files = {p["file"] for p in progs}
    assert len(progs) > 200
    assert "helloworld.go" in files and any(f.startswith("typeparam/") for f in files)
    skipped_files = {s["file"] for s in skipped}
    assert "nilptr_aix.go" in skipped_files  # //go:build aix
    assert "linkx_run.go" in skipped_files  # drives the go toolchain
    hello = next(p for p in progs if p["file"] == "helloworld.go")
    assert hello["expected"] == "hello, world\n"


@pytest.mark.timeout(120)
def test_one_program_through_the_kernel() -> None:
    root = _goroot()
    if root is None:
        pytest.skip("no $GOROOT/test")
    progs, _ = rc.collect(root, ["top"], "helloworld.go")
    (prog,) = [p for p in progs if p["file"] == "helloworld.go"]
    res = rc.run_program(prog, timeout=60)
    assert not res.get("harness_error"), res.get("harness_error")
    assert not res["timed_out"]
    assert [c["status"] for c in res["cells"]] == ["ok", "ok"]
    assert "hello, world\n" in res["output"]
    assert res["category"]
