#!/usr/bin/env python3
"""Benchmark the spargo Go kernel against ipykernel over jupyter_client.

Both kernels are driven in ONE run, alternating between them sample by
sample (and swapping which one goes first on every round) so that machine
noise hits both alike.  Metrics:

  1. cold start   KernelManager.start_kernel() -> kernel_info_reply received
  2. round trip   trivial cell (`1+1`): execute_request sent -> status idle on IOPub
  3. 10k lines    cell printing 10,000 lines: execute_request sent -> idle,
                  and every line must arrive on IOPub (newlines are counted)
  4. RSS          resident memory of the kernel process (plus its child
                  processes, if any) at idle after start and after the
                  benchmarks above

Output: a markdown table (metric | spargo median | ipykernel median | ratio)
on stdout, optional --json with every sample.  Progress goes to stderr.

Kernels are looked up by kernelspec name in the usual Jupyter paths
(JUPYTER_DATA_DIR, JUPYTER_PATH, ...).  If the `python3` spec cannot be
found, a temporary spec that runs `sys.executable -m ipykernel_launcher` is
used instead.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

try:
    import zmq
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
except ImportError as e:  # pragma: no cover
    sys.exit(f"kernels.py needs jupyter_client (and ipykernel): {e}")

try:
    import psutil
except ImportError:  # pragma: no cover - /proc fallback below
    psutil = None


# --------------------------------------------------------------------------
# cells per kernel language

CELLS = {
    "go": {
        "setup": 'import "fmt"',
        "trivial": "1+1",
        "lines": "for i := 0; i < 10000; i++ { fmt.Println(i) }",
    },
    "python": {
        "setup": None,
        "trivial": "1+1",
        "lines": "for i in range(10000): print(i)",
    },
}
N_LINES = 10000


def log(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------
# kernel handling


@dataclass
class Kernel:
    label: str            # column label
    name: str             # kernelspec name
    language: str         # key into CELLS
    km_kwargs: dict       # extra KernelManager kwargs (kernel_spec_manager, ...)
    log_path: str
    km: Any = None
    kc: Any = None
    results: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)

    @property
    def cells(self) -> dict:
        return CELLS[self.language]


def make_context() -> zmq.Context:
    ctx = zmq.Context()
    # libzmq retries a refused connect every RECONNECT_IVL (default 100 ms);
    # the kernel binds its ports only after it has started, so a coarse
    # interval would quantise the cold-start numbers.  Applies to sockets
    # created from this context afterwards.
    ctx.setsockopt(zmq.RECONNECT_IVL, 2)
    return ctx


def resolve_kernels(names: list[str], tmpdir: str) -> list[Kernel]:
    ksm = KernelSpecManager()
    kernels = []
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        label = name if seen[name] == 1 else f"{name}#{seen[name]}"
        km_kwargs: dict = {}
        try:
            spec = ksm.get_kernel_spec(name)
            where = spec.resource_dir
        except NoSuchKernel:
            if name != "python3":
                raise BenchError(
                    f"kernelspec {name!r} not found (searched {ksm.kernel_dirs}); "
                    "install it first (bash install.sh) or run bench/run.sh"
                )
            # fall back to a private ipykernel spec using this interpreter
            spec_root = os.path.join(tmpdir, "fallback-kernels")
            d = os.path.join(spec_root, "python3")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "kernel.json"), "w") as f:
                json.dump(
                    {
                        "argv": [sys.executable, "-m", "ipykernel_launcher",
                                 "-f", "{connection_file}"],
                        "display_name": "Python 3 (bench fallback)",
                        "language": "python",
                    },
                    f,
                )
            ksm2 = KernelSpecManager(kernel_dirs=[spec_root], ensure_native_kernel=False)
            spec = ksm2.get_kernel_spec("python3")
            km_kwargs["kernel_spec_manager"] = ksm2
            where = d + " (fallback)"
        lang = (spec.language or "").lower()
        if lang not in CELLS:
            lang = "go" if "go" in name.lower() or "spargo" in name.lower() else "python"
        log(f"[bench] {label}: spec {where}: argv={spec.argv} language={spec.language!r}")
        kernels.append(
            Kernel(
                label=label,
                name=name,
                language=lang,
                km_kwargs=km_kwargs,
                log_path=os.path.join(tmpdir, f"{label.replace('#', '_')}.log"),
            )
        )
    return kernels


def launch(k: Kernel, logf) -> tuple[Any, Any, float]:
    """Start kernel k; return (km, kc, seconds from start_kernel() to kernel_info_reply)."""
    ctx = make_context()
    km = KernelManager(kernel_name=k.name, context=ctx, **k.km_kwargs)
    t0 = time.perf_counter()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=logf)
    kc = km.client(context=ctx)
    kc.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=True)
    msg_id = kc.kernel_info()
    deadline = t0 + 120
    resend_at = time.perf_counter() + 2.0
    while True:
        now = time.perf_counter()
        if now > deadline:
            shutdown(km, kc)
            raise BenchError(f"{k.label}: no kernel_info_reply within 120 s (log: {k.log_path})")
        if not km.is_alive():
            shutdown(km, kc)
            raise BenchError(f"{k.label}: kernel died during start (log: {k.log_path})")
        try:
            msg = kc.shell_channel.get_msg(timeout=0.05)
        except queue.Empty:
            if now > resend_at:  # belt and braces: should not be needed
                msg_id = kc.kernel_info()
                resend_at = now + 2.0
            continue
        if msg["msg_type"] == "kernel_info_reply":
            t1 = time.perf_counter()
            return km, kc, t1 - t0


def shutdown(km, kc) -> None:
    try:
        kc.stop_channels()
    except Exception:
        pass
    try:
        km.shutdown_kernel(now=False)
    except Exception:
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass
    try:
        km.context.destroy(linger=0)
    except Exception:
        pass


def kernel_pid(km) -> int | None:
    prov = getattr(km, "provisioner", None)
    for obj, attr in ((getattr(prov, "process", None), "pid"), (prov, "pid"),
                      (getattr(km, "kernel", None), "pid")):
        pid = getattr(obj, attr, None) if obj is not None else None
        if isinstance(pid, int):
            return pid
    return None


def rss_mb(pid: int) -> float:
    """RSS of pid plus all its descendants, in MiB."""
    if psutil is not None:
        p = psutil.Process(pid)
        procs = [p] + p.children(recursive=True)
        total = 0
        for q in procs:
            try:
                total += q.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20
    # /proc fallback: the process itself plus direct/indirect children
    def children(p: int) -> list[int]:
        out = []
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    out += [int(x) for x in f.read().split()]
        except OSError:
            pass
        return out
    todo, total = [pid], 0
    while todo:
        p = todo.pop()
        todo += children(p)
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total / 2**20


def execute(k: Kernel, code: str, timeout: float = 120.0) -> dict:
    """Run code; return timing (send -> idle on IOPub) and stdout newline count.

    Only the execute_request send and the IOPub read loop are timed; the
    execute_reply on the shell channel is collected afterwards.
    """
    kc = k.kc
    newlines = 0
    stream_msgs = 0
    error = None
    t0 = time.perf_counter()
    msg_id = kc.execute(code, silent=False, store_history=True, allow_stdin=False)
    deadline = t0 + timeout
    iopub = kc.iopub_channel
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise BenchError(f"{k.label}: no idle within {timeout} s for {code!r}")
        try:
            msg = iopub.get_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        mt = msg["msg_type"]
        if mt == "status" and msg["content"].get("execution_state") == "idle":
            t1 = time.perf_counter()
            break
        if mt == "stream" and msg["content"].get("name") == "stdout":
            newlines += msg["content"].get("text", "").count("\n")
            stream_msgs += 1
        elif mt == "error":
            error = f'{msg["content"].get("ename")}: {msg["content"].get("evalue")}'
    # collect the execute_reply (not timed)
    status = None
    reply_deadline = time.perf_counter() + 30
    while time.perf_counter() < reply_deadline:
        try:
            reply = kc.shell_channel.get_msg(timeout=1)
        except queue.Empty:
            continue
        if reply["parent_header"].get("msg_id") == msg_id:
            status = reply["content"].get("status")
            if status != "ok" and error is None:
                error = f'{reply["content"].get("ename")}: {reply["content"].get("evalue")}'
            break
    if status is None:
        raise BenchError(f"{k.label}: no execute_reply for {code!r}")
    return {"seconds": t1 - t0, "newlines": newlines, "stream_msgs": stream_msgs,
            "status": status, "error": error}


def rounds(kernels: list[Kernel], n: int):
    """Yield (round, kernel) alternating, swapping the leading kernel every round."""
    for i in range(n):
        order = kernels if i % 2 == 0 else list(reversed(kernels))
        for k in order:
            yield i, k


# --------------------------------------------------------------------------
# benchmarks


def bench_cold_start(kernels: list[Kernel], n: int) -> None:
    log(f"[bench] cold start: {n} x {len(kernels)} kernels")
    for i, k in rounds(kernels, n):
        if "cold_start" in k.errors:
            continue
        with open(k.log_path, "ab") as logf:
            try:
                km, kc, dt = launch(k, logf)
            except BenchError as e:
                k.errors["cold_start"] = str(e)
                log(f"[bench]   {k.label}: FAILED: {e}")
                continue
        k.results.setdefault("cold_start_s", []).append(dt)
        log(f"[bench]   {k.label} #{i + 1}: {dt * 1000:.0f} ms")
        shutdown(km, kc)


def start_steady(kernels: list[Kernel]) -> None:
    for k in kernels:
        logf = open(k.log_path, "ab")
        try:
            k.km, k.kc, _ = launch(k, logf)
        except BenchError as e:
            k.errors["start"] = str(e)
            log(f"[bench] {k.label}: FAILED to start: {e}")
            continue
        # settle: drain IOPub (startup status messages), wait a moment
        time.sleep(0.5)
        while True:
            try:
                k.kc.iopub_channel.get_msg(timeout=0.2)
            except queue.Empty:
                break
        pid = kernel_pid(k.km)
        if pid is not None:
            k.results["rss_idle_mb"] = [rss_mb(pid)]
        setup = k.cells["setup"]
        if setup:
            r = execute(k, setup)
            if r["status"] != "ok":
                k.errors["setup"] = f"setup cell {setup!r} failed: {r['error']}"
                log(f"[bench] {k.label}: {k.errors['setup']}")


def alive(k: Kernel) -> bool:
    return k.kc is not None and "start" not in k.errors and "setup" not in k.errors


def bench_round_trip(kernels: list[Kernel], n: int, warmup: int) -> None:
    log(f"[bench] round trip: {warmup} warm-up + {n} x {len(kernels)} kernels")
    for phase, count in (("warmup", warmup), ("measure", n)):
        for i, k in rounds(kernels, count):
            if not alive(k) or "round_trip" in k.errors:
                continue
            try:
                r = execute(k, k.cells["trivial"], timeout=60)
            except BenchError as e:
                k.errors["round_trip"] = str(e)
                log(f"[bench]   {k.label}: FAILED: {e}")
                continue
            if r["status"] != "ok":
                k.errors["round_trip"] = f"cell failed: {r['error']}"
                log(f"[bench]   {k.label}: {k.errors['round_trip']}")
                continue
            if phase == "measure":
                k.results.setdefault("round_trip_s", []).append(r["seconds"])
    for k in kernels:
        if k.results.get("round_trip_s"):
            log(f"[bench]   {k.label}: median {statistics.median(k.results['round_trip_s']) * 1000:.2f} ms")


def bench_lines(kernels: list[Kernel], n: int) -> None:
    log(f"[bench] {N_LINES} lines: {n} x {len(kernels)} kernels")
    for i, k in rounds(kernels, n):
        if not alive(k) or "lines" in k.errors:
            continue
        try:
            r = execute(k, k.cells["lines"], timeout=300)
        except BenchError as e:
            k.errors["lines"] = str(e)
            log(f"[bench]   {k.label}: FAILED: {e}")
            continue
        if r["status"] != "ok":
            k.errors["lines"] = f"cell failed: {r['error']}"
            log(f"[bench]   {k.label}: {k.errors['lines']}")
            continue
        k.results.setdefault("lines_s", []).append(r["seconds"])
        k.results.setdefault("lines_received", []).append(r["newlines"])
        k.results.setdefault("lines_stream_msgs", []).append(r["stream_msgs"])
        ok = "ok" if r["newlines"] == N_LINES else f"INCOMPLETE ({r['newlines']}/{N_LINES})"
        log(f"[bench]   {k.label} #{i + 1}: {r['seconds'] * 1000:.0f} ms, "
            f"{r['stream_msgs']} stream msgs, lines {ok}")


def measure_rss(kernels: list[Kernel]) -> None:
    for k in kernels:
        if k.km is None:
            continue
        pid = kernel_pid(k.km)
        if pid is None:
            k.errors["rss"] = "kernel pid unknown"
            continue
        try:
            k.results["rss_after_mb"] = [rss_mb(pid)]
        except Exception as e:
            k.errors["rss"] = f"{type(e).__name__}: {e}"
        log(f"[bench] {k.label}: pid {pid}, RSS after benchmarks {k.results.get('rss_after_mb')}")


# --------------------------------------------------------------------------
# report

ROWS = [
    # key, metric label, unit scale, unit, format
    ("cold_start_s", "cold start (start_kernel → kernel_info_reply)", 1000, "ms", "{:.0f}"),
    ("round_trip_s", "trivial cell `1+1` round trip (execute_request → idle)", 1000, "ms", "{:.2f}"),
    ("lines_s", f"{N_LINES:,}-line print cell (execute_request → idle)", 1000, "ms", "{:.0f}"),
    ("rss_idle_mb", "RSS at idle after start", 1, "MB", "{:.1f}"),
    ("rss_after_mb", "RSS after benchmarks", 1, "MB", "{:.1f}"),
]

ERROR_KEYS = {
    "cold_start_s": ["cold_start"],
    "round_trip_s": ["start", "setup", "round_trip"],
    "lines_s": ["start", "setup", "lines"],
    "rss_idle_mb": ["start"],
    "rss_after_mb": ["start", "rss"],
}


def summarize(kernels: list[Kernel]) -> dict:
    out: dict = {}
    for key, *_ in ROWS:
        out[key] = {}
        for k in kernels:
            xs = k.results.get(key)
            if xs:
                out[key][k.label] = {
                    "median": statistics.median(xs),
                    "min": min(xs),
                    "max": max(xs),
                    "n": len(xs),
                }
    # line completeness
    out["lines_complete"] = {}
    for k in kernels:
        got = k.results.get("lines_received")
        if got:
            out["lines_complete"][k.label] = {
                "runs": len(got),
                "complete_runs": sum(1 for g in got if g == N_LINES),
                "min_lines": min(got),
                "median_stream_msgs": statistics.median(k.results["lines_stream_msgs"]),
            }
    return out


def render(kernels: list[Kernel], summary: dict, args) -> str:
    a, b = kernels[0], kernels[1]
    an = "spargo" if a.name == "spargo" else a.label
    bn = "ipykernel" if b.name == "python3" and a.label != b.label else b.label
    lines = [
        f"| metric | {an} median | {bn} median | ratio ({an}/{bn}) |",
        "| --- | ---: | ---: | ---: |",
    ]

    def cell(key, k, scale, unit, fmt):
        s = summary[key].get(k.label)
        if s:
            return f"{fmt.format(s['median'] * scale)} {unit}", s["median"]
        errs = [k.errors[e] for e in ERROR_KEYS[key] if e in k.errors]
        return ("error" if errs else "n/a"), None

    for key, label, scale, unit, fmt in ROWS:
        ta, va = cell(key, a, scale, unit, fmt)
        tb, vb = cell(key, b, scale, unit, fmt)
        ratio = f"{va / vb:.2f}×" if va is not None and vb else "–"
        n = max((summary[key].get(k.label, {}).get("n", 0) for k in (a, b)), default=0)
        if n > 1:
            label = f"{label} (N={n})"
        lines.append(f"| {label} | {ta} | {tb} | {ratio} |")

    def compl(k):
        c = summary["lines_complete"].get(k.label)
        if not c:
            return "n/a"
        mark = "✓" if c["complete_runs"] == c["runs"] else "✗"
        return (f"{mark} {c['complete_runs']}/{c['runs']} runs complete "
                f"(min {c['min_lines']:,} lines, ~{c['median_stream_msgs']:.0f} stream msgs/run)")

    lines.append(f"| {N_LINES:,} lines all received | {compl(a)} | {compl(b)} | |")
    notes = []
    for k in kernels:
        for where, msg in k.errors.items():
            notes.append(f"- {k.label} {where}: {msg}")
    out = "\n".join(lines)
    if notes:
        out += "\n\nErrors:\n" + "\n".join(notes)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="fewer repetitions (cold start 3, round trip 50+5, 10k lines 5)")
    p.add_argument("--json", metavar="OUT", help="also write all samples and summaries to OUT")
    p.add_argument("--cold-n", type=int, help="cold-start samples per kernel (default 7)")
    p.add_argument("--rtt-n", type=int, help="round-trip samples per kernel (default 200)")
    p.add_argument("--rtt-warmup", type=int, help="round-trip warm-up cells per kernel (default 10)")
    p.add_argument("--lines-n", type=int, help="10k-lines samples per kernel (default 15)")
    p.add_argument("--keep-logs", action="store_true",
                   help="keep the kernels' stderr logs (kept anyway when something failed)")
    # testing aid: e.g. --kernels python3,python3
    p.add_argument("--kernels", default="spargo,python3", help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    cold_n, rtt_n, rtt_w, lines_n = (3, 50, 5, 5) if args.quick else (7, 200, 10, 15)
    cold_n = args.cold_n if args.cold_n is not None else cold_n
    rtt_n = args.rtt_n if args.rtt_n is not None else rtt_n
    rtt_w = args.rtt_warmup if args.rtt_warmup is not None else rtt_w
    lines_n = args.lines_n if args.lines_n is not None else lines_n

    names = [s.strip() for s in args.kernels.split(",") if s.strip()]
    if len(names) != 2:
        p.error("--kernels needs exactly two kernelspec names")

    tmpdir = tempfile.mkdtemp(prefix="spargo-bench-")
    log(f"[bench] kernel logs in {tmpdir}")
    try:
        kernels = resolve_kernels(names, tmpdir)
    except BenchError as e:
        log(f"[bench] {e}")
        return 2

    load_before = os.getloadavg()
    started = time.time()
    try:
        bench_cold_start(kernels, cold_n)
        start_steady(kernels)
        bench_round_trip(kernels, rtt_n, rtt_w)
        bench_lines(kernels, lines_n)
        measure_rss(kernels)
    finally:
        for k in kernels:
            if k.km is not None:
                shutdown(k.km, k.kc)
    elapsed = time.time() - started
    load_after = os.getloadavg()

    summary = summarize(kernels)
    table = render(kernels, summary, args)
    print(table)
    print(f"\n_{platform.node()}: {platform.platform()}, {os.cpu_count()} CPUs, "
          f"python {platform.python_version()}; "
          f"{'quick' if args.quick else 'full'} run "
          f"(cold start N={cold_n}, round trip N={rtt_n}+{rtt_w} warm-up, "
          f"{N_LINES:,} lines N={lines_n}) took {elapsed:.0f} s; "
          f"1-min load average {load_before[0]:.1f} before, {load_after[0]:.1f} after_")

    if args.json:
        doc = {
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "host": platform.node(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "quick": args.quick,
            "loadavg_before": load_before,
            "loadavg_after": load_after,
            "elapsed_s": elapsed,
            "params": {"cold_n": cold_n, "rtt_n": rtt_n, "rtt_warmup": rtt_w, "lines_n": lines_n},
            "kernels": {k.label: {"name": k.name, "language": k.language,
                                  "samples": k.results, "errors": k.errors} for k in kernels},
            "summary": summary,
            "table_markdown": table,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
        log(f"[bench] wrote {args.json}")

    failed = any(k.errors for k in kernels)
    if failed or args.keep_logs:
        log(f"[bench] kernel stderr logs kept in {tmpdir}")
    else:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
