#!/usr/bin/env python3
"""Run Go's own test programs ($GOROOT/test) through the spargo kernel.

Every `// run` program of $GOROOT/test and $GOROOT/test/typeparam goes through
the Jupyter protocol (jupyter_client) the way a notebook user would type it:
a fresh kernel per program, one cell with the whole file minus its
`package main` clause (imports kept), then a second cell `main()`. A program
passes when both cells succeed and everything it wrote (stdout and stderr
streams, in arrival order) equals the sibling `.out` file (empty output when
there is none), as Go's own test driver (cmd/internal/testdir) requires.

Uses the currently installed `spargo` kernelspec, e.g.:

    JUPYTER_DATA_DIR=/tmp/corpus-jd bash install.sh --python none
    JUPYTER_PATH=/tmp/corpus-jd ~/.cache/spargo/venv/bin/python tests/corpus/run_corpus.py \
        --json /tmp/corpus.json

See tests/corpus/README.md.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as _dt
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from queue import Empty
from typing import Any

KERNEL_NAME = "spargo"
GOOS, GOARCH = "linux", "amd64"

# ---------------------------------------------------------------------------
# Selecting the programs


def goroot() -> Path:
    env = os.environ.get("GOROOT_FOR_CORPUS")
    if env:
        return Path(env)
    out = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def go_minor() -> int:
    try:
        out = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, check=True)
        m = re.match(r"go1\.(\d+)", out.stdout.strip())
        if m:
            return int(m.group(1))
    except (OSError, subprocess.CalledProcessError):
        pass
    return 99


def _tag_true(name: str, minor: int) -> bool:
    # Mirrors cmd/internal/testdir's context.match for linux/amd64, gc, cgo, default gcflags.
    m = re.fullmatch(r"go1\.(\d+)", name)
    if m:
        return int(m.group(1)) <= minor
    return name in (GOOS, GOARCH, "gc", "cgo", "unix", "test_run")


def eval_constraint(expr: str, minor: int) -> bool:
    """Evaluate a //go:build expression (!, &&, ||, parentheses, tags)."""
    toks = re.findall(r"\(|\)|!|&&|\|\||[A-Za-z0-9_.]+", expr)
    pos = 0

    def peek() -> str | None:
        return toks[pos] if pos < len(toks) else None

    def take() -> str:
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_() -> bool:
        v = and_()
        while peek() == "||":
            take()
            r = and_()
            v = v or r
        return v

    def and_() -> bool:
        v = not_()
        while peek() == "&&":
            take()
            r = not_()
            v = v and r
        return v

    def not_() -> bool:
        if peek() == "!":
            take()
            return not not_()
        if peek() == "(":
            take()
            v = or_()
            if peek() == ")":
                take()
            return v
        return _tag_true(take(), minor)

    return or_()


def skip_reason(src: str, minor: int) -> str | None:
    """Why a `// run` program is not a candidate, or None."""
    for line in src.split("\n"):
        if line.startswith("package "):
            break
        if line.startswith("//go:build "):
            if not eval_constraint(line[len("//go:build "):], minor):
                return f"build constraint excludes {GOOS}/{GOARCH}: {line}"
    # Programs that drive the Go toolchain over sibling files (go run/build/tool compile).
    if '"os/exec"' in src:
        return "needs other files / the go toolchain (os/exec)"
    return None


def collect(root: Path, dirs: list[str], only: str | None) -> tuple[list[dict], list[dict]]:
    minor = go_minor()
    progs, skipped = [], []
    for d in dirs:
        base = root / "test" if d == "top" else root / "test" / "typeparam"
        for f in sorted(base.glob("*.go")):
            rel = str(f.relative_to(root / "test"))
            if only and not (fnmatch.fnmatch(rel, only) or fnmatch.fnmatch(f.name, only) or only in rel):
                continue
            try:
                src = f.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                src = f.read_bytes().decode("utf-8", "replace")
            first = src.split("\n", 1)[0].rstrip("\r")
            if first != "// run":
                continue
            why = skip_reason(src, minor)
            if why:
                skipped.append({"file": rel, "dir": d, "reason": why})
                continue
            out = f.with_suffix(".out")
            expected = out.read_bytes().decode("utf-8", "replace") if out.exists() else ""
            progs.append({"file": rel, "dir": d, "path": str(f), "expected": expected,
                          "has_out": out.exists()})
    return progs, skipped


PACKAGE_RE = re.compile(r"^[ \t]*package[ \t]+main\b[^\n]*$", re.M)


def strip_package(src: str) -> str:
    """Blank out the `package main` clause (keeps line numbers); comments before it stay."""
    return PACKAGE_RE.sub("", src, count=1)


# ---------------------------------------------------------------------------
# Running one program


def _run_cell(kc, code: str, deadline: float) -> dict:
    outs: list[dict] = []
    text: list[str] = []

    def hook(msg: dict) -> None:
        t, c = msg["msg_type"], msg["content"]
        if t == "stream":
            text.append(c.get("text", ""))
            outs.append({"type": "stream", "name": c.get("name"), "text": c.get("text", "")})
        elif t == "error":
            outs.append({"type": "error", "ename": c.get("ename"), "evalue": c.get("evalue"),
                         "traceback": c.get("traceback", [])})
        elif t in ("execute_result", "display_data"):
            outs.append({"type": t, "data": {k: v for k, v in c.get("data", {}).items()
                                             if k == "text/plain"}})

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("no time left")
    reply = kc.execute_interactive(code, allow_stdin=False, stop_on_error=False,
                                   timeout=remaining, output_hook=hook)
    c = reply["content"]
    cell = {"status": c.get("status"), "output": "".join(text), "outputs": outs}
    if c.get("status") == "error":
        cell.update(ename=c.get("ename"), evalue=c.get("evalue"), traceback=c.get("traceback", []))
    return cell


STARTUP_TIMEOUT = 60.0


def run_program(prog: dict, timeout: float, keep_tmp: bool = False) -> dict:
    """Fresh kernel, cell 1 = source minus package clause, cell 2 = main()."""
    from jupyter_client.manager import KernelManager

    res: dict[str, Any] = {k: prog[k] for k in ("file", "dir", "path", "has_out")}
    src = Path(prog["path"]).read_text(encoding="utf-8", errors="replace")
    cwd = tempfile.mkdtemp(prefix="spargo-corpus-")
    # Like cmd/internal/testdir: run in a scratch dir holding a copy of the file.
    shutil.copy(prog["path"], cwd)
    env = dict(os.environ)
    env.setdefault("SPARGO_HISTORY", os.path.join(cwd, "history.jsonl"))
    km = KernelManager(kernel_name=KERNEL_NAME)
    kc = None
    t0 = time.monotonic()
    deadline = t0 + timeout
    cells: list[dict] = []
    timed_out = False
    log_path = os.path.join(cwd, "kernel.log")
    log = open(log_path, "wb")
    try:
        km.start_kernel(cwd=cwd, env=env, stdout=log, stderr=log)
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
        deadline = time.monotonic() + timeout  # startup does not count against the program
        for code in (strip_package(src), "main()"):
            try:
                cells.append(_run_cell(kc, code, deadline))
            except (TimeoutError, Empty):
                timed_out = True
                break
    except Exception as e:  # kernel failed to start/died: report, keep going
        res["harness_error"] = f"{type(e).__name__}: {e}"
    finally:
        if timed_out:
            try:
                km.interrupt_kernel()
                if kc is not None:
                    try:  # give the interrupt a moment to land, then kill regardless
                        kc.get_shell_msg(timeout=2)
                    except Exception:
                        pass
            except Exception:
                pass
        if kc is not None:
            try:
                kc.stop_channels()
            except Exception:
                pass
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass
        log.close()
        try:
            tail = Path(log_path).read_bytes()[-2000:].decode("utf-8", "replace").strip()
            if tail:
                res["kernel_log"] = tail
        except OSError:
            pass
        if not keep_tmp:
            shutil.rmtree(cwd, ignore_errors=True)
    res["seconds"] = round(time.monotonic() - t0, 2)
    res["cells"] = cells
    res["timed_out"] = timed_out
    judge(res, prog["expected"], src)
    return res


# ---------------------------------------------------------------------------
# Judging and explaining


def _first_line(s: str | None) -> str:
    for line in (s or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def _short(s: str, n: int = 160) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _mismatch(got: str, want: str) -> str:
    g, w = got.split("\n"), want.split("\n")
    for i in range(max(len(g), len(w))):
        gl = g[i] if i < len(g) else "<EOF>"
        wl = w[i] if i < len(w) else "<EOF>"
        if gl != wl:
            return f"output mismatch at line {i + 1}: want {wl!r}, got {gl!r}"
    return "output mismatch"


def judge(res: dict, expected: str, src: str = "") -> None:
    cells = res["cells"]
    got = "".join(c["output"] for c in cells)
    res["output"] = got
    res["expected"] = expected
    res["pass"] = False
    res["match"] = None
    if res.get("harness_error"):
        res["reason"] = "harness: " + _short(res["harness_error"])
    elif res["timed_out"]:
        which = "definition cell" if len(cells) == 0 else "main() cell"
        res["reason"] = f"timeout (in the {which})"
    else:
        errs = [(i, c) for i, c in enumerate(cells) if c["status"] != "ok"]
        if errs:
            i, c = errs[0]
            where = "cell 1 (definitions)" if i == 0 else "cell 2 (main())"
            ename = c.get("ename") or "error"
            msg = _first_line(c.get("evalue")) or _first_line("\n".join(c.get("traceback") or []))
            res["reason"] = _short(f"{ename} in {where}: {msg}", 220)
        elif got == expected:
            res["pass"], res["match"] = True, "exact"
        elif got.rstrip("\n") == expected.rstrip("\n"):
            res["pass"], res["match"] = True, "trailing-newline"
        else:
            res["reason"] = _short(_mismatch(got, expected), 220)
    # What a notebook user would see if main ran only once, at the definition cell
    # (yaegi runs main() after every Eval once package main defines it).
    c1 = cells[0] if cells else None
    res["def_cell_output"] = c1["output"] if c1 else ""
    res["pass_if_main_once"] = bool(
        c1 and c1["status"] == "ok" and not res["timed_out"] and not res.get("harness_error")
        and c1["output"].rstrip("\n") == expected.rstrip("\n"))
    res["category"] = categorise(res, src)


STDLIB_PKG_NAMES = {"cmp", "errors", "fmt", "io", "log", "maps", "math", "os", "path", "rand", "reflect",
                    "regexp", "slices", "sort", "strconv", "strings", "sync", "time", "unicode",
                    "bytes", "context", "flag", "json", "hash", "heap", "list", "ring", "sql", "iter",
                    "runtime", "testing", "atomic", "bits", "big", "utf8", "binary", "html", "template"}


def _declared_top_level(src: str, name: str) -> bool:
    n = re.escape(name)
    if re.search(rf"^(var|const|type)\s+{n}\b|^func\s+{n}\b", src, re.M):
        return True
    # inside a top-level var/const/type ( ... ) block
    for m in re.finditer(r"^(var|const|type)\s*\((.*?)^\)", src, re.M | re.S):
        if re.search(rf"^\s*{n}\b", m.group(2), re.M):
            return True
    return False


def _string_literal_in(src: str, text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    head = text.split(":")[0].strip() if len(text) > 40 else text
    return bool(head) and (f'"{head}' in src or f"`{head}" in src)


def categorise(res: dict, src: str = "") -> str:
    """A heuristic, one-phrase failure category (for prioritising), from the reason and the source."""
    if res["pass"]:
        return "pass"
    reason = res.get("reason", "")
    cells = res.get("cells") or []
    if reason.startswith("timeout"):
        if re.search(r"SetFinalizer|runtime\.GC\(\)", src):
            return "timeout: waits for finalizers/GC"
        return "timeout (slow or hung)"
    if reason.startswith("harness"):
        return "harness error (kernel did not start/respond)"
    if reason.startswith("output mismatch"):
        exp = res["expected"]
        c1 = cells[0]["output"] if cells else ""
        if len(cells) == 2 and c1 and c1.rstrip("\n") == exp.rstrip("\n"):
            return "main auto-run: right output, printed again by main() (yaegi reruns main after every Eval)"
        if re.search(r"0x0|\[0/0\]", exp) and "<nil>" in res["output"]:
            return "wrong output: print/println of nil pointer/slice/map/func (<nil> instead of 0x0/[0/0]0x0)"
        if re.search(r"\bprint(ln)?\(", src) and res["output"].replace(" \n", "\n") == exp.replace(" \n", "\n"):
            return "wrong output: print/println spacing"
        return "wrong output (a wrong result; see the mismatch)"
    err = next((c for c in cells if c["status"] != "ok"), None)
    ename = (err or {}).get("ename") or ""
    evalue = (err or {}).get("evalue") or ""
    if ename == "CompileError":
        m = re.search(r'import "([^"]+)" error', evalue)
        if m:
            return f'compile: import "{m.group(1)}" unavailable' if m.group(1) != "unsafe" else \
                'compile: import "unsafe" unavailable'
        if "runs as one copy per list of type arguments" in evalue:
            return "compile: generic use with a type argument local to a function (cannot be copied)"
        m = re.search(r"undefined: ([A-Za-z_][\w, ]*)", evalue)
        if m:
            names = [x.strip() for x in m.group(1).split(",")]
            if any(_declared_top_level(src, x) for x in names):
                return "compile: forward reference to a later package-level declaration (undefined: X)"
            if names[0] in ("min", "max", "clear"):
                return f"compile: builtin {names[0]} missing"
            return "compile: undefined identifier"
        m = re.search(r"(\w+) redeclared in this block", evalue)
        if m and m.group(1) in STDLIB_PKG_NAMES:
            return "compile: user name collides with an auto-imported stdlib package (X redeclared)"
        if re.search(r"type not found: .*\[|undefined type for|incomplete type|not a generic type|"
                     r"type definition not implemented|invalid type declaration", evalue):
            return "compile: generic types (instantiation/type not found/undefined type for T)"
        if re.search(r"untyped \w+ does not implement", evalue):
            return "compile: generics: untyped constant argument vs constraint"
        if "too many arguments" in evalue:
            return "compile: method expressions / method values (too many arguments)"
        if re.search(r"definition loop|cannot assign to .*constant|overflows", evalue):
            return "compile: constants (iota/typed consts/assign to package var)"
        return "compile: type checking (other)"
    if ename == "ExitError":
        return "wrong semantics: program's own check failed (os.Exit(1))"
    if ename:
        if "CFG post-order panic" in evalue:
            return "yaegi crash at compile time (CFG post-order panic)" + \
                (" in generic code" if res.get("dir") == "typeparam" or re.search(r"\[\w+ (any|comparable|interface)", src) else "")
        if _string_literal_in(src, evalue) or re.fullmatch(r"\d+", evalue.strip()):
            return "wrong semantics: program's own check panicked (a wrong result)"
        if re.search(r"reflect: Method|Method on nil interface", evalue):
            return "reflect sees no methods of interpreted types (reflect.Method/MethodByName)"
        if re.search(r"reflect|interface conversion: reflect|nil reflect type|nil type", evalue):
            return "yaegi runtime panic in reflect (nil type / unaddressable / wrong kind)"
        if re.search(r"nil pointer dereference|index out of range", evalue):
            return "yaegi runtime panic: nil deref / index out of range"
        if re.search(r"overflows", evalue):
            return "constant overflow at run time"
        if re.search(r"interface conversion", evalue):
            return "interface conversion / type assertion semantics"
        return f"{ename}: other"
    return "other"


def normalise_reason(reason: str) -> str:
    """Collapse positions, numbers and quoted names so similar failures group together."""
    r = re.sub(r"cell(\[\d+\])?:\d+:\d+:?", "cell:L:C:", reason)
    r = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "'…'", r)
    r = re.sub(r"\b0x[0-9a-f]+\b", "0x…", r)
    r = re.sub(r"\b\d+\b", "N", r)
    return r


# ---------------------------------------------------------------------------
# Baseline: the same programs through plain yaegi (one Eval of the whole file,
# package clause kept), to tell failures the kernel adds from yaegi's own.

YAEGI_MAIN = """package main

import (
	"fmt"
	"os"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	_, err = i.Eval(string(src))
	fmt.Printf("\\x00yaegi-err: %v\\n", err)
}
"""


def build_yaegi_baseline(repo: Path, outdir: Path) -> Path:
    """Build a tiny whole-file yaegi runner with the kernel's yaegi version (module cache, no network)."""
    gomod = (repo / "go.mod").read_text()
    m = re.search(r"github.com/traefik/yaegi\s+(v\S+)", gomod)
    if not m:
        raise RuntimeError("yaegi version not found in go.mod")
    src = outdir / "yaegi-baseline"
    src.mkdir(parents=True, exist_ok=True)
    (src / "main.go").write_text(YAEGI_MAIN)
    (src / "go.mod").write_text(f"module yaegibaseline\n\ngo 1.22\n\nrequire github.com/traefik/yaegi {m.group(1)}\n")
    shutil.copy(repo / "go.sum", src / "go.sum")
    env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY=os.environ.get("GOPROXY", "off"), GOWORK="off")
    exe = src / "yaegi-baseline"
    subprocess.run(["go", "build", "-o", str(exe), "."], cwd=src, env=env, check=True,
                   capture_output=True, text=True)
    return exe


def run_yaegi_baseline(exe: Path, prog: dict, timeout: float) -> dict:
    cwd = tempfile.mkdtemp(prefix="spargo-corpus-y-")
    try:
        shutil.copy(prog["path"], cwd)
        cp = subprocess.run([str(exe), prog["path"]], capture_output=True, timeout=timeout, cwd=cwd)
        out = (cp.stdout + cp.stderr).decode("utf-8", "replace")
        i = out.rfind("\x00yaegi-err: ")
        if i < 0:
            return {"pass": False, "reason": _short(f"crash (exit {cp.returncode}): " + _first_line(out[-500:]))}
        body, err = out[:i], out[i:].split(": ", 1)[1].split("\n", 1)[0]
        if err != "<nil>":
            return {"pass": False, "reason": _short(err)}
        if body.rstrip("\n") != prog["expected"].rstrip("\n"):
            return {"pass": False, "reason": _short(_mismatch(body, prog["expected"]))}
        return {"pass": True, "reason": ""}
    except subprocess.TimeoutExpired:
        return {"pass": False, "reason": "timeout"}
    finally:
        shutil.rmtree(cwd, ignore_errors=True)


# ---------------------------------------------------------------------------
# Driver


def git_head() -> str:
    here = Path(__file__).resolve().parent.parent.parent
    try:
        return subprocess.run(["git", "-C", str(here), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _run_all(progs: list[dict], timeout: float, jobs: int, keep_tmp: bool, quiet: bool,
             label: str = "") -> list[dict]:
    results: list[dict] = []
    with cf.ProcessPoolExecutor(max_workers=max(1, jobs)) as ex:
        futs = {ex.submit(run_program, p, timeout, keep_tmp): p for p in progs}
        for n, fut in enumerate(cf.as_completed(futs), 1):
            p = futs[fut]
            try:
                r = fut.result()
            except Exception as e:  # the worker process died
                r = {"file": p["file"], "dir": p["dir"], "path": p["path"], "has_out": p["has_out"],
                     "cells": [], "timed_out": False, "seconds": 0,
                     "harness_error": f"{type(e).__name__}: {e}"}
                judge(r, p["expected"], _read(p["path"]))
            results.append(r)
            if not quiet:
                mark = "ok  " if r["pass"] else "FAIL"
                extra = "" if r["pass"] else "  " + r["reason"]
                print(f"{label}[{n:3}/{len(progs)}] {mark} {r['file']} ({r['seconds']}s){extra}", flush=True)
    return results


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def summarise(results: list[dict], skipped: list[dict], dirs: list[str], header: str) -> dict:
    per_dir: dict[str, dict[str, int]] = {}
    for d in dirs:
        rs = [r for r in results if r["dir"] == d]
        per_dir[d] = {
            "total": len(rs),
            "pass": sum(r["pass"] for r in rs),
            "exact": sum(r["match"] == "exact" for r in rs),
            "trailing_newline": sum(r["match"] == "trailing-newline" for r in rs),
            "pass_if_main_once": sum(r["pass_if_main_once"] for r in rs),
            "skipped": sum(s["dir"] == d for s in skipped),
        }
    label = {"top": "top level", "typeparam": "typeparam"}
    print()
    print(header)
    for d, s in per_dir.items():
        pct = 100.0 * s["pass"] / s["total"] if s["total"] else 0.0
        pct1 = 100.0 * s["pass_if_main_once"] / s["total"] if s["total"] else 0.0
        print(f"{label[d]}: {s['pass']} of {s['total']} ({pct:.1f}%)"
              f"  [exact {s['exact']}, trailing-newline only {s['trailing_newline']}; "
              f"{s['skipped']} skipped; would pass if main ran once: {s['pass_if_main_once']} ({pct1:.1f}%)]")

    fails = [r for r in results if not r["pass"]]
    if fails:
        print("\nfailures:")
        for r in fails:
            print(f"  {r['file']}: {r['reason']}")
        cats = Counter(r["category"] for r in fails)
        print("\nfailure categories (heuristic):")
        for c, n in cats.most_common():
            ex = [r["file"] for r in fails if r["category"] == c][:3]
            print(f"  {n:4}  {c}   e.g. {', '.join(ex)}")
        if any("yaegi_plain" in r for r in results):
            worse = [r for r in fails if r.get("yaegi_plain", {}).get("pass")]
            better = [r for r in results if r["pass"] and r.get("yaegi_plain", {}).get("pass") is False]
            print(f"\nplain yaegi (whole file, one Eval): {sum(bool(r.get('yaegi_plain', {}).get('pass')) for r in results)}"
                  f" of {len(results)} pass; the kernel fails {len(worse)} of those, passes {len(better)} it fails")
            for r in worse:
                print(f"  kernel-only failure: {r['file']}: [{r['category']}] {_short(r['reason'], 120)}")
        reasons = Counter(normalise_reason(r["reason"]) for r in fails)
        print("\nmost common failure messages:")
        for m, n in reasons.most_common(15):
            print(f"  {n:4}  {_short(m, 150)}")
    return per_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=20.0,
                    help="seconds per program, not counting kernel startup (default 20)")
    ap.add_argument("--jobs", "-j", type=int, default=2, help="kernels in parallel (default 2)")
    ap.add_argument("--only", metavar="PATTERN",
                    help="only files whose path (e.g. typeparam/list.go) or name matches this glob, "
                         "or contains it as a substring")
    ap.add_argument("--limit", type=int, help="run at most N programs (after --only)")
    ap.add_argument("--dir", choices=("top", "typeparam", "both"), default="both")
    ap.add_argument("--json", metavar="OUT", help="write every result to this JSON file")
    ap.add_argument("--no-retry", action="store_true",
                    help="do not rerun timeouts and harness errors once, one at a time, at the end")
    ap.add_argument("--from-json", metavar="IN",
                    help="run nothing: re-judge and re-categorise the results stored in IN")
    ap.add_argument("--yaegi-baseline", action="store_true",
                    help="also run each program through plain yaegi (whole file in one Eval, built from "
                         "the module cache) and report the failures only the kernel has")
    ap.add_argument("--label", metavar="TEXT",
                    help="what kernel was measured (default: `git rev-parse --short HEAD` of this checkout)")
    ap.add_argument("--list", action="store_true", help="list the selected programs and exit")
    ap.add_argument("--keep-tmp", action="store_true", help="keep each program's scratch dir")
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-program progress lines")
    args = ap.parse_args(argv)

    if args.from_json:
        data = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        results = data["results"]
        for r in results:
            judge(r, r["expected"], _read(r.get("path", "")))
        dirs = list(data["summary"].keys())
        data["summary"] = summarise(results, data.get("skipped", []), dirs,
                                    f"spargo corpus results from {args.from_json} "
                                    f"(commit {data.get('commit')}, {data.get('date')})")
        if args.json:
            Path(args.json).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        return 0

    root = goroot()
    dirs = ["top", "typeparam"] if args.dir == "both" else [args.dir]
    progs, skipped = collect(root, dirs, args.only)
    if args.limit is not None:
        progs = progs[: args.limit]
    if args.list:
        for p in progs:
            print(p["file"])
        for s in skipped:
            print(f"skip {s['file']}: {s['reason']}")
        return 0
    if not progs:
        print("no programs selected", file=sys.stderr)
        return 2

    commit = args.label or git_head()
    t0 = time.monotonic()
    results = _run_all(progs, args.timeout, args.jobs, args.keep_tmp, args.quiet)
    # Timeouts and harness errors are load-sensitive (2 cores, parallel kernels): retry them
    # once, one at a time; the retry's result stands.
    again = [r for r in results if r.get("timed_out") or r.get("harness_error")]
    if again and not args.no_retry:
        by_file = {p["file"]: p for p in progs}
        if not args.quiet:
            print(f"\nretrying {len(again)} timeouts/harness errors one at a time", flush=True)
        redo = _run_all([by_file[r["file"]] for r in again], args.timeout, 1, args.keep_tmp,
                        args.quiet, "retry ")
        redo_by = {r["file"]: r for r in redo}
        for i, r in enumerate(results):
            if r["file"] in redo_by:
                nr = redo_by[r["file"]]
                nr["retried"] = True
                nr["first_attempt"] = r["reason"]
                results[i] = nr
    if args.yaegi_baseline:
        tmp = Path(tempfile.mkdtemp(prefix="spargo-corpus-build-"))
        try:
            exe = build_yaegi_baseline(Path(__file__).resolve().parent.parent.parent, tmp)
            by_file = {p["file"]: p for p in progs}
            with cf.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
                base = dict(zip([r["file"] for r in results],
                                ex.map(lambda r: run_yaegi_baseline(exe, by_file[r["file"]], args.timeout),
                                       results)))
            for r in results:
                r["yaegi_plain"] = base[r["file"]]
        except (subprocess.CalledProcessError, RuntimeError, OSError) as e:
            print(f"yaegi baseline unavailable: {e} {getattr(e, 'stderr', '') or ''}", file=sys.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.monotonic() - t0
    results.sort(key=lambda r: (r["dir"] != "top", r["file"]))

    date = _dt.datetime.now().isoformat(timespec="seconds")
    per_dir = summarise(results, skipped, dirs,
                        f"spargo corpus run, commit {commit}, {date}, {elapsed:.0f}s, "
                        f"timeout {args.timeout:g}s, jobs {args.jobs}")
    if args.json:
        out = {
            "commit": commit,
            "date": date,
            "goroot": str(root),
            "timeout": args.timeout,
            "jobs": args.jobs,
            "elapsed_seconds": round(elapsed, 1),
            "summary": per_dir,
            "skipped": skipped,
            "results": results,
        }
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
