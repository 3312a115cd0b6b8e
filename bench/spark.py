#!/usr/bin/env python3
"""Benchmark spargo's Spark support against PySpark's Spark Connect client.

spargo (kernelspec `spargo`) and ipykernel with `pyspark-client` (`python3`) are
driven over jupyter_client in ONE run, alternating sample by sample (the leading
kernel swaps every round, and a round waits for quiet CPUs first).  Each time is
execute_request sent -> status idle on IOPub, as in kernels.py.

  start     fresh kernel, one cell: start a local Spark Connect server (JVM),
            connect, collect SELECT 1.  spargo: `%spark start local 4.0`; PySpark
            (pyspark-client cannot start a server): spawn spark-submit as spargo
            does, poll the port every 250 ms as spargo does, connect, collect.
  select1, collect (1M rows as Arrow), show (10 rows of a 100M-row view as the
            cell's value): against ONE shared server started here, after warm-up.
  memory    peak (VmHWM) and final RSS of each kernel process.

A markdown table goes to stdout, progress to stderr.  Every JVM started by this
script or by a kernel is killed (its process group) at the end.  Run through
bench/spark.sh, which prepares everything.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

import psutil

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kernels import BenchError, kernel_pid, launch, log, shutdown  # noqa: E402

SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"
COLLECT_Q = "SELECT id, id*2 AS d, cast(id as string) AS s FROM range(1000000)"
VIEW_Q = ("CREATE OR REPLACE TEMP VIEW big AS SELECT id, id*2 AS d, "
          "cast(id as string) AS s, rand(42) AS r FROM range(100000000)")


def go_rows(query: str, value: str) -> str:
    """Go cell: run query, then `value` (an expression on df) is the cell's value."""
    return (f'df, err := spark.Sql(ctx, "{query}")\nif err != nil {{ panic(err) }}\n{value}')


GO_COLLECT = 't, err := df.ToArrow(ctx)\nif err != nil { panic(err) }\n(*t).NumRows()'
GO_SELECT1 = 'r, err := df.Collect(ctx)\nif err != nil { panic(err) }\nlen(r)'

# metric -> (spargo cell, PySpark cell, check on the execute_result)
CELLS = {
    "select1": (go_rows("SELECT 1", GO_SELECT1), 'len(spark.sql("SELECT 1").collect())',
                lambda r: r["text"] == "1"),
    "collect": (go_rows(COLLECT_Q, GO_COLLECT), f't = spark.sql("{COLLECT_Q}").toArrow()\nt.num_rows',
                lambda r: r["text"] == "1000000"),
    # spargo shows display_rows (10, set in the config) of a DataFrame cell value,
    # fetching 11 rows with the limit pushed to Spark; the PySpark user's
    # equivalent is a pandas DataFrame of the first 10 rows as the cell value.
    "show": (go_rows("SELECT * FROM big", "df"),
             'spark.sql("SELECT * FROM big").limit(10).toPandas()',
             lambda r: r["html"].count("<tr") >= 11),
    "show_sql": ("%%sql --limit 10\nSELECT * FROM big",
                 'spark.sql("SELECT * FROM big").limit(10).toPandas()',
                 lambda r: r["html"].count("<tr") >= 11),
}

GO_START = "%spark start local 4.0\n" + go_rows("SELECT 1", GO_SELECT1)

# The PySpark start cell does what spargo's `%spark start` does (backends/spark/
# server.go): spark-submit in its own process group, dying with the kernel
# (PR_SET_PDEATHSIG), poll the gRPC port every 250 ms; then connect and query.
PY_START = '''\
import ctypes, os, socket, subprocess, time
_t0 = time.perf_counter()
_prctl = ctypes.CDLL(None).prctl
_srv = subprocess.Popen({argv!r}, env=dict(os.environ, **{env!r}),
    stdout=open({log!r}, "ab"), stderr=subprocess.STDOUT, start_new_session=True,
    preexec_fn=lambda: _prctl(1, 9))
while True:
    time.sleep(0.25)
    if _srv.poll() is not None:
        raise RuntimeError("Spark Connect server exited, see {log}")
    try:
        socket.create_connection(("127.0.0.1", {port}), 1).close()
        break
    except OSError:
        pass
_t1 = time.perf_counter()
from pyspark.sql import SparkSession
spark = SparkSession.builder.remote("sc://127.0.0.1:{port}").getOrCreate()
_n = len(spark.sql("SELECT 1").collect())
print(f"port open after {{_t1 - _t0:.2f}} s, import + connect + SELECT 1 {{time.perf_counter() - _t1:.2f}} s")
_n'''


@dataclass
class Kernel:
    label: str     # spargo | PySpark
    name: str      # kernelspec
    lang: str      # go | python
    log_path: str
    km_kwargs: dict = field(default_factory=dict)
    km: object = None
    kc: object = None
    samples: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_argv(spark_home: str, name: str, port: int) -> tuple[list[str], dict]:
    """spark-submit command line and env, as spargo's %spark start builds them."""
    java_home = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java") or "java")))
    argv = [os.path.join(spark_home, "bin", "spark-submit"), "--class", SERVER_CLASS,
            "--name", name, "--master", "local[*]", "--driver-memory", "1g",
            "--conf", f"spark.connect.grpc.binding.port={port}",
            "--conf", f"spark.ui.port={free_port()}"]
    return argv, {"SPARK_HOME": spark_home, "JAVA_HOME": java_home}


class Groups:
    """Process groups of the JVMs we started or saw; killed at the end."""

    def __init__(self, path: str):
        self.path, self.pgids = path, set()

    def add(self, pgid: int) -> None:
        if pgid > 1 and pgid != os.getpgrp() and pgid not in self.pgids:
            self.pgids.add(pgid)
            with open(self.path, "a") as f:  # for spark.sh's trap, should we die
                f.write(f"{pgid}\n")

    def adopt_children(self, k: Kernel) -> None:
        """Record the kernel's descendants that lead their own process group (JVMs)."""
        pid = kernel_pid(k.km) if k.km else None
        try:
            for p in psutil.Process(pid).children(recursive=True) if pid else []:
                if os.getpgid(p.pid) == p.pid:
                    self.add(p.pid)
        except (psutil.Error, OSError):
            pass

    def kill_all(self) -> None:
        """SIGTERM each group, SIGKILL after 5 s, and wait until it is gone."""
        for g in list(self.pgids):
            try:
                for sig in (signal.SIGTERM, signal.SIGKILL):
                    os.killpg(g, sig)
                    for _ in range(50):
                        time.sleep(0.1)
                        os.killpg(g, 0)  # ProcessLookupError once the group is gone
            except ProcessLookupError:
                pass
            self.pgids.discard(g)


def cpu_busy(window: float = 1.0) -> float:
    """Fraction of all CPUs busy during the next `window` seconds (/proc/stat)."""
    def snap():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)  # idle + iowait, total
    (i0, t0), _, (i1, t1) = snap(), time.sleep(window), snap()
    return 1 - (i1 - i0) / max(t1 - t0, 1)


QUIET = {"max_busy": 0.25, "max_wait": 300.0, "busy": []}


def rounds(kernels: list[Kernel], n: int):
    """Yield (round, kernel), alternating and swapping the leading kernel every
    round; each round first waits (up to max_wait s) until the CPUs are quiet."""
    for i in range(n):
        waited, busy = 0.0, cpu_busy()
        while busy > QUIET["max_busy"] and waited < QUIET["max_wait"]:
            time.sleep(4)
            waited, busy = waited + 5, cpu_busy()
        QUIET["busy"].append(busy)
        if waited:
            log(f"[spark]   waited {waited:.0f} s for a quiet machine (CPUs {busy:.0%} busy)")
        yield from ((i, k) for k in (kernels if i % 2 == 0 else kernels[::-1]))


def execute(k: Kernel, code: str, timeout: float) -> dict:
    """Run code: seconds from execute_request to idle, the result's text and HTML, stdout."""
    out = {"text": "", "html": "", "stdout": "", "error": None, "stream_at": []}
    t0 = time.perf_counter()
    msg_id = k.kc.execute(code, store_history=True, allow_stdin=False)
    while True:
        left = t0 + timeout - time.perf_counter()
        if left <= 0:
            raise BenchError(f"{k.label}: no idle within {timeout:.0f} s for {code[:40]!r}")
        try:
            msg = k.kc.iopub_channel.get_msg(timeout=left)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        mt, c = msg["msg_type"], msg["content"]
        if mt == "status" and c.get("execution_state") == "idle":
            out["seconds"] = time.perf_counter() - t0
            break
        if mt == "execute_result":
            out["text"] = c["data"].get("text/plain", "").strip()
            out["html"] = c["data"].get("text/html", "")
        elif mt == "stream":
            out["stdout"] += c.get("text", "")
            out["stream_at"].append(f'{time.perf_counter() - t0:.1f}s {c.get("text", "").strip()[-60:]!r}')
        elif mt == "error":
            out["error"] = f'{c.get("ename")}: {c.get("evalue")}'[:400]
    try:  # drain the execute_reply (not timed)
        while k.kc.shell_channel.get_msg(timeout=30)["parent_header"].get("msg_id") != msg_id:
            pass
    except queue.Empty:
        pass
    return out


def start_kernel(k: Kernel) -> None:
    with open(k.log_path, "ab") as logf:
        k.km, k.kc, _ = launch(k, logf)
    while True:  # drain start-up IOPub messages
        try:
            k.kc.iopub_channel.get_msg(timeout=0.2)
        except queue.Empty:
            break


def stop_kernel(k: Kernel, groups: Groups) -> None:
    if k.km is None:
        return
    groups.adopt_children(k)
    shutdown(k.km, k.kc)
    k.km = k.kc = None
    groups.kill_all()


def run_cell(k: Kernel, metric: str, code: str, ok, timeout: float = 300) -> dict | None:
    """Execute and check one cell; record an error for the metric on failure."""
    try:
        r = execute(k, code, timeout)
        if r["error"] or not ok(r):
            raise BenchError(r["error"] or f"unexpected result {r['text'][:80]!r}")
        return r
    except BenchError as e:
        k.errors[metric] = str(e)
        log(f"[spark]   {k.label} {metric}: FAILED: {e}")
        return None


def bench_start(kernels: list[Kernel], n: int, spark_home: str, workdir: str, groups: Groups) -> None:
    log(f"[spark] start -> first result: {n} x {len(kernels)} fresh kernels")
    for i, k in rounds(kernels, n):
        try:
            start_kernel(k)
        except BenchError as e:
            k.errors["start"] = str(e)
            continue
        if k.lang == "go":
            code = GO_START
        else:
            port = free_port()
            argv, env = server_argv(spark_home, "Spark Connect server (PySpark bench)", port)
            code = PY_START.format(argv=argv, env=env, port=port,
                                   log=os.path.join(workdir, f"pyspark-server-{i}.log"))
        r = run_cell(k, "start", code, lambda r: r["text"] == "1")
        if r:
            k.samples.setdefault("start", []).append(r["seconds"])
            log(f"[spark]   {k.label} #{i + 1}: {r['seconds']:.2f} s; output at {', '.join(r['stream_at'])}")
        stop_kernel(k, groups)  # and wait until its JVM is gone


def start_shared_server(spark_home: str, workdir: str, groups: Groups) -> str:
    port = free_port()
    argv, env = server_argv(spark_home, "Spark Connect server (shared bench)", port)
    logf = open(os.path.join(workdir, "shared-server.log"), "ab")
    p = subprocess.Popen(argv, env=dict(os.environ, **env), stdout=logf, stderr=subprocess.STDOUT,
                         start_new_session=True)
    groups.add(p.pid)
    deadline = time.time() + 240
    while time.time() < deadline:
        if p.poll() is not None:
            raise BenchError(f"shared Spark Connect server exited, see {logf.name}")
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return f"sc://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.25)
    raise BenchError(f"shared Spark Connect server did not open port {port}, see {logf.name}")


def setup_shared(k: Kernel, url: str) -> str:
    """Connect kernel k to the shared server and create its session's temp view; returns the version line."""
    if k.lang == "go":
        cells = [f"%spark connect {url}", f'_, err := spark.Sql(ctx, "{VIEW_Q}")\nif err != nil {{ panic(err) }}']
    else:
        cells = [f'from pyspark.sql import SparkSession\nspark = SparkSession.builder.remote("{url}")'
                 '.getOrCreate()\nprint("Spark", spark.version)', f'spark.sql("{VIEW_Q}");']
    outs = [run_cell(k, "setup", c, lambda r: True) for c in cells]
    if not all(outs):
        raise BenchError(f"{k.label}: setup failed: {k.errors.get('setup')}")
    return outs[0]["stdout"].strip()


def bench_shared(kernels: list[Kernel], metric: str, n: int, warmup: int) -> None:
    log(f"[spark] {metric}: {warmup} warm-up + {n} x {len(kernels)} kernels")
    for phase, count in (("warmup", warmup), ("measure", n)):
        for i, k in rounds(kernels, count):
            if metric in k.errors or "setup" in k.errors:
                continue
            go, py, ok = CELLS[metric]
            r = run_cell(k, metric, go if k.lang == "go" else py, ok)
            if r and phase == "measure":
                k.samples.setdefault(metric, []).append(r["seconds"])
    for k in kernels:
        if k.samples.get(metric):
            log(f"[spark]   {k.label}: median {statistics.median(k.samples[metric]) * 1000:.0f} ms")


def memory(k: Kernel) -> None:
    """Peak (VmHWM) and current (VmRSS) resident memory of the kernel process itself."""
    if k.km is None:
        return
    with open(f"/proc/{kernel_pid(k.km)}/status") as f:
        for line in f:
            key, _, v = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                k.samples[key] = [int(v.split()[0]) / 1024]


ROWS = [  # key, label, scale, unit, format
    ("start", "start local server → first result (`SELECT 1` collected), fresh kernel", 1, "s", "{:.1f}"),
    ("select1", "`SELECT 1` collected (shared server)", 1000, "ms", "{:.0f}"),
    ("collect", "collect 1,000,000 rows × 3 columns as Arrow", 1000, "ms", "{:.0f}"),
    ("show", "show 10 rows of a 100M-row view as the cell value", 1000, "ms", "{:.0f}"),
    ("show_sql", "… spargo via `%%sql --limit 10` (PySpark cell as above)", 1000, "ms", "{:.0f}"),
    ("VmHWM", "peak RSS of the kernel process (VmHWM)", 1, "MB", "{:.0f}"),
    ("VmRSS", "RSS of the kernel process at the end", 1, "MB", "{:.0f}"),
]


def render(a: Kernel, b: Kernel) -> str:
    lines = [f"| metric | {a.label} median (min–max) | {b.label} median (min–max) | ratio ({a.label}/{b.label}) |",
             "| --- | ---: | ---: | ---: |"]
    for key, label, scale, unit, fmt in ROWS:
        cells, meds, n = [], [], 0
        for k in (a, b):
            xs = [x * scale for x in k.samples.get(key, [])]
            if not xs:
                cells.append("error" if key in k.errors else "n/a")
                meds.append(None)
                continue
            med, n = statistics.median(xs), max(n, len(xs))
            spread = f" ({fmt.format(min(xs))}–{fmt.format(max(xs))})" if len(xs) > 1 else ""
            cells.append(f"{fmt.format(med)} {unit}{spread}")
            meds.append(med)
        if cells == ["n/a", "n/a"]:  # not measured in this run (--n 0)
            continue
        ratio = f"{meds[0] / meds[1]:.2f}×" if None not in meds and meds[1] else "–"
        lines.append(f"| {label}{f' (N={n})' if n > 1 else ''} | {cells[0]} | {cells[1]} | {ratio} |")
    errs = [f"- {k.label} {m}: {e}" for k in (a, b) for m, e in k.errors.items()]
    return "\n".join(lines) + ("\n\nErrors:\n" + "\n".join(errs) if errs else "")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="start N=1, others N=3")
    p.add_argument("--spark-home", required=True, help="Spark 4.0.1 home (for the PySpark start and the shared server)")
    p.add_argument("--workdir", help="config, logs (default: a temp dir)")
    p.add_argument("--pgid-file", help="append the process groups of started JVMs here")
    p.add_argument("--json", metavar="OUT", help="also write every sample to OUT")
    p.add_argument("--max-busy", type=float, default=0.25,
                   help="before each round, wait until the CPUs are at most this busy (default 0.25)")
    p.add_argument("--max-wait", type=float, default=300, help="... but at most this many seconds (default 300)")
    p.add_argument("--start-n", type=int, help="start samples per kernel (default 3)")
    p.add_argument("--n", type=int, help="samples per kernel for the shared-server metrics (default 15; 0: start only)")
    args = p.parse_args(argv)
    start_n, n, warm = (1, 3, 1) if args.quick else (3, 15, 3)
    start_n = args.start_n if args.start_n is not None else start_n
    n = args.n if args.n is not None else n
    QUIET.update(max_busy=args.max_busy, max_wait=args.max_wait)

    workdir = args.workdir or tempfile.mkdtemp(prefix="spargo-spark-bench-")
    groups = Groups(args.pgid_file or os.path.join(workdir, "pgids"))
    # spargo reads display_rows from its config file (and wants it private)
    cfg = os.path.join(workdir, "spargo-config.json")
    with open(cfg, "w") as f:
        json.dump({"spark": {"display_rows": 10}}, f)
    os.chmod(cfg, 0o600)
    os.environ["SPARGO_CONFIG"] = cfg
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally below

    kernels = [Kernel("spargo", "spargo", "go", os.path.join(workdir, "spargo.log")),
               Kernel("PySpark", "python3", "python", os.path.join(workdir, "pyspark.log"))]
    started, load_before, versions = time.time(), os.getloadavg(), []
    try:
        bench_start(kernels, start_n, args.spark_home, workdir, groups)
        if n > 0:  # --n 0: the start metric only
            url = start_shared_server(args.spark_home, workdir, groups)
            log(f"[spark] shared server at {url}")
            for k in kernels:
                start_kernel(k)
                versions.append(f"{k.label}: {setup_shared(k, url)}")
                log(f"[spark]   {versions[-1]}")
            for metric in ("select1", "collect", "show", "show_sql"):
                bench_shared(kernels, metric, n, warm)
            for k in kernels:
                memory(k)
    except BenchError as e:
        log(f"[spark] FAILED: {e}")
    finally:
        for k in kernels:
            stop_kernel(k, groups)
        groups.kill_all()
    elapsed, load_after, busy = time.time() - started, os.getloadavg(), QUIET["busy"] or [0]

    print(render(*kernels))
    print(f"\n_{platform.platform()}, {os.cpu_count()} CPUs, python {platform.python_version()}; "
          f"{'; '.join(versions) or 'no shared server'}; {'quick' if args.quick else 'full'} run (start N={start_n}, "
          f"others N={n} after {warm} warm-up) took {elapsed:.0f} s; 1-min load average "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after; CPUs busy at the start of a round: "
          f"median {statistics.median(busy):.0%}, {sum(b > args.max_busy for b in busy)}/{len(busy)} "
          f"rounds over {args.max_busy:.0%}_")
    if args.json:
        with open(args.json, "w") as f:
            doc = {k.label: {"samples": k.samples, "errors": k.errors} for k in kernels}
            json.dump({"busy_at_round_start": busy, **doc}, f, indent=2)
    failed = any(k.errors for k in kernels) or (n > 0 and len(versions) < 2)
    if failed:
        log(f"[spark] logs in {workdir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
