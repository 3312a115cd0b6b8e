#!/usr/bin/env python3
"""Benchmark spargo's %%sql against JupySQL + pandas in ipykernel, in one run.

Both kernels are driven over jupyter_client as a frontend would, and the
samples alternate between them (the kernel that goes first swaps every
round).  Same data for both:

  * a PostgreSQL table `big` (N rows: id int, amount numeric(12,2),
    name text, ts timestamptz) on a throw-away server started here, and
  * a Parquet file with the same N rows and columns, made with DuckDB.

Timed cells (execute_request sent -> status idle on IOPub):

  pg_show  PostgreSQL `SELECT * FROM big`, displayed
             spargo:  %%sql pg            (first 20 rows shown)
             JupySQL: %%sql pg            (SqlMagic.displaylimit = 20)
  pg_bind  the same query bound to a variable
             spargo:  %%sql pg -o t       (whole result as an arrow.Table)
             JupySQL: %%sql t <<          (SqlMagic.autopandas = True: a pandas DataFrame)
  pq_show  `SELECT * FROM 'big.parquet'`, displayed
             spargo:  %%sql               (embedded DuckDB)
             JupySQL: %%sql duck          (duckdb-engine, `%sql --alias duck duckdb://`)
  pq_bind  the same query bound: spargo `%%sql -o t`, JupySQL `%%sql t <<`

Each phase starts with one untimed warm-up cell per kernel (it also checks
the result: rows shown, or the bound variable's type, length and columns).

Memory: a sampler thread reads the RSS of each kernel process (plus any
child processes) with psutil every few milliseconds and keeps the peak per
phase; the RSS at idle is also read after every timed cell.

Output: a markdown table (measure | spargo median | JupySQL median | ratio
spargo/JupySQL) on stdout, optional --json with every sample.  Progress goes
to stderr.  Run it through bench/sql.sh, which installs the kernelspecs.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import os
import platform
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import psutil
    import zmq
    from jupyter_client import KernelManager
except ImportError as e:  # pragma: no cover
    sys.exit(f"sql.py needs jupyter_client and psutil (run it through bench/sql.sh): {e}")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kernels import log, shutdown  # noqa: E402  (the kernel benchmark's helpers)

PG_USER = "bench"
PG_DB = "bench"
PG_PASSWORD = "bench-" + os.urandom(6).hex()  # throw-away server, loopback only
DISPLAY_ROWS = 20


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------
# data: PostgreSQL server and Parquet file


def pg_bin(name: str) -> str:
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    found = shutil.which(name)
    if not found:
        raise BenchError(f"PostgreSQL's {name} is not installed (apt-get install postgresql)")
    return found


def as_postgres(cmd: list[str]) -> list[str]:
    # The server refuses to run as root.
    if os.geteuid() != 0:
        return cmd
    # runuser lives in /usr/sbin, which a non-login PATH may lack.
    runuser = shutil.which("runuser", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin") or "runuser"
    return [runuser, "-u", "postgres", "--", *cmd]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A PostgreSQL server on loopback with a password user `bench`."""

    def __init__(self, workdir: str, stop_file: str | None):
        self.dir = Path(tempfile.mkdtemp(prefix="pg-", dir=workdir))
        self.data = self.dir / "data"
        self.port = free_port()
        self.stop_file = stop_file
        self.started = False

    def run_sql(self, db: str, sql: str) -> str:
        env = dict(os.environ, PGPASSWORD=PG_PASSWORD)
        r = subprocess.run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                            "-p", str(self.port), "-U", PG_USER, "-d", db, "-c", sql],
                           env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise BenchError(f"psql failed: {r.stderr.strip()}")
        return r.stdout.strip()

    def start(self, rows: int) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        pw = self.dir / "pw"
        pw.write_text(PG_PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(pw, "postgres")
        r = subprocess.run(as_postgres([pg_bin("initdb"), "-D", str(self.data), "-U", PG_USER,
                                        "--auth=scram-sha-256", f"--pwfile={pw}", "-E", "UTF8",
                                        "--no-sync"]), capture_output=True, text=True)
        pw.unlink()
        if r.returncode != 0:
            raise BenchError(f"initdb failed: {r.stderr.strip()[-2000:]}")
        if self.stop_file:
            Path(self.stop_file).write_text(
                " ".join(as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])) + "\n")
        self.started = True
        r = subprocess.run(as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w",
                                        "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1",
                                        "start"]), capture_output=True, text=True)
        if r.returncode != 0:
            log_tail = (self.dir / "log").read_text()[-2000:] if (self.dir / "log").exists() else ""
            raise BenchError(f"pg_ctl start failed: {r.stderr.strip()} {log_tail}")
        self.run_sql("postgres", f"CREATE DATABASE {PG_DB}")
        t0 = time.perf_counter()
        self.run_sql(PG_DB, f"""
            CREATE TABLE big (id int, amount numeric(12,2), name text, ts timestamptz);
            INSERT INTO big
              SELECT g, (g % 100000) * 1.25, 'name-' || g,
                     '2024-01-01T00:00:00Z'::timestamptz + g * interval '1 second'
              FROM generate_series(1, {rows}) g;""")
        self.run_sql(PG_DB, "VACUUM ANALYZE big")
        self.version = self.run_sql(PG_DB, "SHOW server_version")
        size = self.run_sql(PG_DB, "SELECT pg_size_pretty(pg_total_relation_size('big'))")
        log(f"[sql] PostgreSQL {self.version} on port {self.port}: table big, {rows:,} rows, {size} "
            f"(loaded in {time.perf_counter() - t0:.1f} s)")

    def stop(self) -> None:
        if self.started:
            subprocess.run(as_postgres([pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                           capture_output=True)
            self.started = False
            if self.stop_file:
                Path(self.stop_file).write_text("")
        shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgres://{PG_USER}@127.0.0.1:{self.port}/{PG_DB}"


def make_parquet(path: str, rows: int) -> None:
    import duckdb

    t0 = time.perf_counter()
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"""
        COPY (SELECT i::INTEGER AS id, ((i % 100000) * 1.25)::DECIMAL(12,2) AS amount,
                     'name-' || i AS name,
                     TIMESTAMPTZ '2024-01-01 00:00:00+00' + to_seconds(i) AS ts
              FROM range(1, {rows + 1}) t(i))
        TO '{path}' (FORMAT parquet)""")
    con.close()
    log(f"[sql] Parquet {path}: {rows:,} rows, {os.path.getsize(path) / 2**20:.1f} MB "
        f"(written in {time.perf_counter() - t0:.1f} s)")


# --------------------------------------------------------------------------
# kernels


@dataclass
class Kernel:
    label: str        # "spargo" or "JupySQL"
    spec: str         # kernelspec name
    env: dict
    log_path: str
    km: Any = None
    kc: Any = None
    pid: int | None = None
    samples: dict = field(default_factory=dict)   # phase -> list of seconds
    rss_idle: dict = field(default_factory=dict)  # phase -> list of MB at idle after each timed cell
    checks: dict = field(default_factory=dict)    # phase -> what the warm-up cell showed
    errors: dict = field(default_factory=dict)


def make_context() -> zmq.Context:
    ctx = zmq.Context()
    ctx.setsockopt(zmq.RECONNECT_IVL, 2)  # see bench/kernels.py
    return ctx


def launch(k: Kernel) -> None:
    ctx = make_context()
    km = KernelManager(kernel_name=k.spec, context=ctx)
    with open(k.log_path, "ab") as logf:
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=logf, env=k.env)
    kc = km.client(context=ctx)
    kc.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=True)
    try:
        kc.wait_for_ready(timeout=120)
    except RuntimeError as e:
        shutdown(km, kc)
        raise BenchError(f"{k.label}: kernel did not start: {e} (log: {k.log_path})")
    time.sleep(0.3)
    while True:  # drain start-up messages
        try:
            kc.iopub_channel.get_msg(timeout=0.2)
        except queue.Empty:
            break
    k.km, k.kc = km, kc
    prov = getattr(km, "provisioner", None)
    pid = getattr(getattr(prov, "process", None), "pid", None) or getattr(prov, "pid", None)
    k.pid = pid if isinstance(pid, int) else None


def rss_mb(pid: int) -> float:
    """RSS of pid plus all its descendants, in MiB."""
    p = psutil.Process(pid)
    total = 0
    for q in [p] + p.children(recursive=True):
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def execute(k: Kernel, code: str, timeout: float = 900.0) -> dict:
    """Run code; time execute_request sent -> idle on IOPub; collect outputs."""
    kc = k.kc
    html, plain, stream, error = [], [], [], None
    t0 = time.perf_counter()
    msg_id = kc.execute(code, silent=False, store_history=True, allow_stdin=False)
    deadline = t0 + timeout
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise BenchError(f"{k.label}: no idle within {timeout:.0f} s for {code!r}")
        try:
            msg = kc.iopub_channel.get_msg(timeout=remaining)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        mt, c = msg["msg_type"], msg["content"]
        if mt == "status" and c.get("execution_state") == "idle":
            t1 = time.perf_counter()
            break
        if mt in ("execute_result", "display_data"):
            data = c.get("data", {})
            if "text/html" in data:
                html.append(data["text/html"])
            if "text/plain" in data:
                plain.append(data["text/plain"])
        elif mt == "stream":
            stream.append(c.get("text", ""))
        elif mt == "error":
            error = f'{c.get("ename")}: {c.get("evalue")}'
    status = None
    reply_deadline = time.perf_counter() + 60
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
    return {"seconds": t1 - t0, "html": html, "plain": plain, "stream": "".join(stream),
            "status": status, "error": error}


def must(k: Kernel, code: str) -> dict:
    r = execute(k, code)
    if r["status"] != "ok":
        raise BenchError(f"{k.label}: setup cell {code!r} failed: {r['error']}")
    return r


class Sampler(threading.Thread):
    """Samples each kernel's RSS every `interval` s; keeps the peak per phase."""

    def __init__(self, kernels: list[Kernel], interval: float = 0.01):
        super().__init__(daemon=True)
        self.kernels = [k for k in kernels if k.pid]
        self.interval = interval
        self.phase = "setup"
        self.peaks: dict[str, dict[str, float]] = {k.label: {} for k in kernels}
        self.samples = 0
        self._halt = threading.Event()
        self._procs: dict[str, list] = {}
        self._procs_at = 0.0

    def _refresh(self) -> None:
        for k in self.kernels:
            try:
                p = psutil.Process(k.pid)
                self._procs[k.label] = [p] + p.children(recursive=True)
            except psutil.Error:
                self._procs[k.label] = []
        self._procs_at = time.monotonic()

    def run(self) -> None:
        while not self._halt.is_set():
            if time.monotonic() - self._procs_at > 1.0:
                self._refresh()
            phase = self.phase
            for k in self.kernels:
                total = 0
                for q in self._procs.get(k.label, []):
                    try:
                        total += q.memory_info().rss
                    except psutil.Error:
                        pass
                mb = total / 2**20
                d = self.peaks[k.label]
                if mb > d.get(phase, 0.0):
                    d[phase] = mb
            self.samples += 1
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


# --------------------------------------------------------------------------
# the benchmark


def table_rows(html: list[str]) -> int:
    """Data rows of the last HTML table in the outputs (4 columns)."""
    for h in reversed(html):
        if "<table" in h:
            return len(re.findall(r"<td\b", h)) // 4
    return 0


def phases(parquet: str) -> list[dict]:
    return [
        {"key": "pg_show", "label": "PostgreSQL `SELECT * FROM big`, displayed (20 rows)",
         "spargo": "%%sql pg\nSELECT * FROM big",
         "py_setup": "%config SqlMagic.autopandas = False\n%sql pg",
         "python": "%%sql pg\nSELECT * FROM big"},
        {"key": "pg_bind", "label": "PostgreSQL `SELECT * FROM big`, bound to `t`",
         "spargo": "%%sql pg -o t\nSELECT * FROM big",
         "py_setup": "%config SqlMagic.autopandas = True\n%sql pg",
         "python": "%%sql t <<\nSELECT * FROM big"},
        {"key": "pq_show", "label": "Parquet `SELECT * FROM 'big.parquet'`, displayed (20 rows)",
         "spargo": f"%%sql\nSELECT * FROM '{parquet}'",
         "py_setup": "%config SqlMagic.autopandas = False\n%sql duck",
         "python": f"%%sql duck\nSELECT * FROM '{parquet}'"},
        {"key": "pq_bind", "label": "Parquet `SELECT * FROM 'big.parquet'`, bound to `t`",
         "spargo": f"%%sql -o t\nSELECT * FROM '{parquet}'",
         "py_setup": "%config SqlMagic.autopandas = True\n%sql duck",
         "python": f"%%sql t <<\nSELECT * FROM '{parquet}'"},
    ]


CHECK = {
    "spargo": "fmt.Println(t.NumRows())\nfmt.Println(t.Schema())",
    "python": "print(type(t).__module__ + '.' + type(t).__name__, len(t))\n"
              "print({c: str(d) for c, d in t.dtypes.items()})",
}


def lang(k: Kernel) -> str:
    return "spargo" if k.label == "spargo" else "python"


def setup_kernels(kernels: list[Kernel], pg: Postgres, quiet: bool = False) -> dict:
    info = {}
    for k in kernels:
        if lang(k) == "spargo":
            must(k, 'import "fmt"')
            r = must(k, "%sql SELECT version() AS v")
            m = re.search(r"v\d+\.\d+\.\d+", " ".join(r["plain"] + r["html"]))
            info["spargo_duckdb"] = m.group(0) if m else "?"
            if not quiet:
                r = must(k, "%sql --connections")
                log(f"[sql] spargo connections:\n{''.join(r['plain']) or r['stream']}")
        else:
            must(k, "%load_ext sql")
            must(k, f"%config SqlMagic.displaylimit = {DISPLAY_ROWS}")
            # password from $PGPASSWORD (libpq), as spargo's from $BENCH_PG_PASSWORD
            must(k, f"%sql --alias pg postgresql+psycopg2://{PG_USER}@127.0.0.1:{pg.port}/{PG_DB}")
            must(k, "%sql --alias duck duckdb://")
    return info


def run_phases(kernels: list[Kernel], plist: list[dict], n: int, sampler: Sampler) -> None:
    for ph in plist:
        key = ph["key"]
        log(f"[sql] {key}: 1 warm-up + {n} x {len(kernels)} kernels")
        sampler.phase = key
        for k in kernels:
            if lang(k) == "python":
                try:
                    must(k, ph["py_setup"])
                except BenchError as e:
                    k.errors[key] = str(e)
            # RSS at idle before the phase's first cell (for the growth per cell)
            k.rss_idle.setdefault(key + "_before", []).append(rss_mb(k.pid))
        for i in range(-1, n):  # -1: warm-up
            order = kernels if i % 2 == 0 else list(reversed(kernels))
            for k in order:
                if key in k.errors:
                    continue
                try:
                    r = execute(k, ph[lang(k)])
                except BenchError as e:
                    k.errors[key] = str(e)
                    log(f"[sql]   {k.label}: FAILED: {e}")
                    continue
                if r["status"] != "ok":
                    k.errors[key] = f"cell failed: {r['error']}"
                    log(f"[sql]   {k.label}: {k.errors[key]}")
                    continue
                rss = rss_mb(k.pid) if k.pid else float("nan")
                shown = table_rows(r["html"])
                if i < 0:
                    k.rss_idle.setdefault(key + "_warmup", []).append(rss)
                    check = {"warmup_s": r["seconds"], "rows_shown": shown}
                    if key.endswith("_bind"):
                        c = execute(k, CHECK[lang(k)])
                        check["bound"] = (c["stream"] or c["error"] or "").strip()
                    else:
                        check["output_kinds"] = len(r["html"])
                    k.checks[key] = check
                    log(f"[sql]   {k.label} warm-up: {r['seconds'] * 1000:.0f} ms, {check}")
                    if key.endswith("_show") and shown != DISPLAY_ROWS:
                        k.errors[key] = f"displayed {shown} rows, expected {DISPLAY_ROWS}"
                    continue
                k.samples.setdefault(key, []).append(r["seconds"])
                k.rss_idle.setdefault(key, []).append(rss)
                log(f"[sql]   {k.label} #{i + 1}: {r['seconds'] * 1000:.0f} ms, RSS at idle {rss:.0f} MB")


def run_fresh(kernels: list[Kernel], plist: list[dict], pg: Postgres, reps: int,
              interval: float) -> dict:
    """Memory of one bound result, without what earlier cells left behind:
    per bound phase and repetition, a fresh kernel runs the setup cells and
    then the bound cell once.  Returns label -> phase -> [{before, peak, after, seconds}]."""
    res: dict = {k.label: {} for k in kernels}
    for ph in plist:
        key = ph["key"]
        if not key.endswith("_bind"):
            continue
        log(f"[sql] fresh kernels, one {key} cell each: {reps} x {len(kernels)} kernels")
        for i in range(reps):
            order = kernels if i % 2 == 0 else list(reversed(kernels))
            for k in order:
                if "fresh_" + key in k.errors:
                    continue
                fk = Kernel(k.label, k.spec, k.env, k.log_path)
                try:
                    launch(fk)
                    setup_kernels([fk], pg, quiet=True)
                    if lang(fk) == "python":
                        must(fk, ph["py_setup"])
                    before = rss_mb(fk.pid)
                    s = Sampler([fk], interval)
                    s.phase = key
                    s.start()
                    try:
                        r = execute(fk, ph[lang(fk)])
                    finally:
                        s.stop()
                    after = rss_mb(fk.pid)
                    if r["status"] != "ok":
                        raise BenchError(f"cell failed: {r['error']}")
                    peak = max(s.peaks[fk.label].get(key, 0.0), after)
                    res[k.label].setdefault(key, []).append(
                        {"before": before, "peak": peak, "after": after, "seconds": r["seconds"]})
                    log(f"[sql]   {k.label} #{i + 1}: RSS {before:.0f} MB before, peak {peak:.0f} MB, "
                        f"{after:.0f} MB at idle after ({r['seconds'] * 1000:.0f} ms)")
                except BenchError as e:
                    k.errors["fresh_" + key] = str(e)
                    log(f"[sql]   {k.label}: FAILED: {e}")
                finally:
                    if fk.km is not None:
                        shutdown(fk.km, fk.kc)
    return res


# --------------------------------------------------------------------------
# report


def fmt_ms(s: float) -> str:
    ms = s * 1000
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.1f} ms"


def growth(k: Kernel, key: str) -> float | None:
    """Median RSS growth per cell of a phase: idle before the phase, after the
    warm-up cell, after each timed cell; consecutive differences."""
    xs = k.rss_idle.get(key + "_before", []) + k.rss_idle.get(key + "_warmup", []) + k.rss_idle.get(key, [])
    if len(xs) < 3:
        return None
    return statistics.median(b - a for a, b in zip(xs, xs[1:]))


def render(kernels: list[Kernel], plist: list[dict], sampler: Sampler, n: int,
           fresh: dict, fresh_n: int) -> str:
    a, b = kernels
    out = [f"| measure | {a.label} median | {b.label} median | ratio ({a.label}/{b.label}) |",
           "| --- | ---: | ---: | ---: |"]

    def row(label, va, vb, fa, fb):
        ratio = f"{va / vb:.2f}×" if va is not None and vb else "–"
        out.append(f"| {label} | {fa} | {fb} | {ratio} |")

    for ph in plist:
        key = ph["key"]
        vals, txt = [], []
        for k in kernels:
            xs = k.samples.get(key)
            if xs and key not in k.errors:
                med = statistics.median(xs)
                vals.append(med)
                txt.append(f"{fmt_ms(med)} ({fmt_ms(min(xs))}–{fmt_ms(max(xs))})")
            else:
                vals.append(None)
                txt.append("error" if key in k.errors else "n/a")
        row(f"{ph['label']}: execute → idle, N={n} (min–max)", *vals, *txt)

    def mem_row(label, get, unit=" MB", sign=False):
        vals = [get(k) for k in kernels]
        f = "{:+,.0f}" if sign else "{:,.0f}"
        row(label, *vals, *[f.format(v) + unit if v is not None else "n/a" for v in vals])

    mem_row("RSS at idle after setup (extension loaded, connections defined)",
            lambda k: k.checks.get("rss_after_setup_mb"))
    mem_row("peak RSS over the whole run (sampled)",
            lambda k: max(sampler.peaks[k.label].values(), default=None))
    for key, what in (("pg_bind", "PostgreSQL"), ("pq_bind", "Parquet")):
        mem_row(f"RSS at idle after the last {what} bound cell",
                lambda k, key=key: k.rss_idle[key][-1] if k.rss_idle.get(key) else None)

    def fresh_med(k, key, what):
        xs = fresh.get(k.label, {}).get(key)
        return statistics.median(x[what] for x in xs) if xs else None

    for key, what in (("pg_bind", "PostgreSQL"), ("pq_bind", "Parquet")):
        if fresh_n > 0:
            mem_row(f"fresh kernel, one {what} bound cell: peak RSS (sampled), N={fresh_n}",
                    lambda k, key=key: fresh_med(k, key, "peak"))
            mem_row(f"fresh kernel, one {what} bound cell: RSS at idle after, N={fresh_n}",
                    lambda k, key=key: fresh_med(k, key, "after"))

    out += ["", f"| phase ({n + 1} cells each) | {a.label} peak RSS | {b.label} peak RSS "
                f"| {a.label} RSS growth per cell | {b.label} RSS growth per cell |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for ph in plist:
        key = ph["key"]
        cells = []
        for k in kernels:
            v = sampler.peaks[k.label].get(key)
            cells.append(f"{v:,.0f} MB" if v is not None else "n/a")
        for k in kernels:
            g = growth(k, key)
            cells.append(f"{g:+,.0f} MB" if g is not None else "n/a")
        out.append(f"| {key} | " + " | ".join(cells) + " |")
    notes = [f"- {k.label} {where}: {msg}" for k in kernels for where, msg in k.errors.items()]
    text = "\n".join(out)
    if notes:
        text += "\n\nErrors:\n" + "\n".join(notes)
    return text


def pkg_versions() -> dict:
    out = {}
    for p in ("jupysql", "pandas", "SQLAlchemy", "psycopg2-binary", "duckdb", "duckdb-engine",
              "pyarrow", "ipykernel", "jupyter_client"):
        try:
            out[p] = md.version(p)
        except md.PackageNotFoundError:
            out[p] = "?"
    return out


def git_commit() -> str:
    root = Path(__file__).resolve().parent.parent
    try:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return "?"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="3 timed repetitions instead of 7")
    p.add_argument("-n", type=int, help="timed repetitions per kernel and measure (default 7)")
    p.add_argument("--rows", type=int, default=1_000_000, help="rows in the table and the file")
    p.add_argument("--json", metavar="OUT", help="also write all samples to OUT")
    p.add_argument("--workdir", help="where to put the server, the Parquet file and logs "
                                     "(default: a new temp dir, removed at the end)")
    p.add_argument("--pg-stop-file", help=argparse.SUPPRESS)  # bench/sql.sh's safety net
    p.add_argument("--sample-ms", type=float, default=10.0, help="RSS sampling interval (ms)")
    p.add_argument("--fresh-n", type=int, help="fresh-kernel memory repetitions per bound measure "
                                               "(default 3, quick 1; 0: skip)")
    args = p.parse_args(argv)
    n = args.n if args.n is not None else (3 if args.quick else 7)
    fresh_n = args.fresh_n if args.fresh_n is not None else (1 if args.quick else 3)

    own_workdir = args.workdir is None
    workdir = args.workdir or tempfile.mkdtemp(prefix="spargo-sql-bench-")
    os.chmod(workdir, 0o755)  # the postgres user must reach its dir inside
    logdir = tempfile.mkdtemp(prefix="logs-", dir=workdir)

    # SIGTERM / SIGHUP: unwind through the finally blocks (stop the server).
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *_: sys.exit(130))

    pg = Postgres(workdir, args.pg_stop_file)
    kernels: list[Kernel] = []
    sampler = None
    rc = 0
    try:
        pg.start(args.rows)
        parquet = os.path.join(workdir, "big.parquet")
        make_parquet(parquet, args.rows)
        cfg = os.path.join(workdir, "spargo-config.json")
        with open(cfg, "w") as f:
            json.dump({"connections": {"pg": {"url": pg.url, "password_env": "BENCH_PG_PASSWORD"}}}, f)
        os.chmod(cfg, 0o600)

        base = {k: v for k, v in os.environ.items()
                if k not in ("PGPASSWORD", "DATABASE_URL", "SPARGO_CONFIG", "BENCH_PG_PASSWORD")}
        kernels = [
            Kernel("spargo", "spargo", dict(base, SPARGO_CONFIG=cfg, BENCH_PG_PASSWORD=PG_PASSWORD),
                   os.path.join(logdir, "spargo.log")),
            Kernel("JupySQL", "python3", dict(base, PGPASSWORD=PG_PASSWORD),
                   os.path.join(logdir, "ipykernel.log")),
        ]
        for k in kernels:
            launch(k)
            log(f"[sql] {k.label}: kernelspec {k.spec}, pid {k.pid}, RSS {rss_mb(k.pid):.0f} MB")
        info = setup_kernels(kernels, pg)
        for k in kernels:
            k.checks["rss_after_setup_mb"] = rss_mb(k.pid)
        sampler = Sampler(kernels, args.sample_ms / 1000)
        sampler.start()
        plist = phases(parquet)
        load_before = os.getloadavg()
        started = time.time()
        run_phases(kernels, plist, n, sampler)
        sampler.stop()
        for k in kernels:
            shutdown(k.km, k.kc)
            k.km = None
        fresh = run_fresh(kernels, plist, pg, fresh_n, args.sample_ms / 1000)
        elapsed = time.time() - started
        load_after = os.getloadavg()

        table = render(kernels, plist, sampler, n, fresh, fresh_n)
        vers = pkg_versions()
        print(table)
        print(f"\n_{platform.node()}: {platform.platform()}, {os.cpu_count()} CPUs, "
              f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM, Python {platform.python_version()}; "
              f"spargo {git_commit()} (embedded DuckDB {info.get('spargo_duckdb', '?')}); "
              f"PostgreSQL {pg.version}; "
              + ", ".join(f"{p} {v}" for p, v in vers.items())
              + f"; {args.rows:,} rows, N={n} (+1 warm-up) per kernel and measure, "
              f"{fresh_n} fresh kernel(s) per bound measure, "
              f"RSS sampled every {args.sample_ms:g} ms ({sampler.samples:,} samples); "
              f"took {elapsed:.0f} s; 1-min load average {load_before[0]:.1f} before, {load_after[0]:.1f} after_")
        print("\nChecks (warm-up cells):")
        for k in kernels:
            for key, c in k.checks.items():
                print(f"- {k.label} {key}: {c}")
        if any(k.errors for k in kernels):
            rc = 1
        if args.json:
            doc = {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "host": platform.node(), "platform": platform.platform(), "cpus": os.cpu_count(),
                "python": platform.python_version(), "commit": git_commit(), "versions": vers,
                "postgres": pg.version, "spargo_duckdb": info.get("spargo_duckdb"),
                "rows": args.rows, "n": n, "loadavg_before": load_before, "loadavg_after": load_after,
                "elapsed_s": elapsed,
                "cells": {ph["key"]: {"spargo": ph["spargo"], "python_setup": ph["py_setup"],
                                      "python": ph["python"]} for ph in plist},
                "kernels": {k.label: {"spec": k.spec, "samples_s": k.samples, "rss_idle_mb": k.rss_idle,
                                      "peak_rss_mb": sampler.peaks[k.label], "checks": k.checks,
                                      "fresh": fresh.get(k.label),
                                      "errors": k.errors} for k in kernels},
                "table_markdown": table,
            }
            with open(args.json, "w") as f:
                json.dump(doc, f, indent=2)
            log(f"[sql] wrote {args.json}")
    except BenchError as e:
        log(f"[sql] {e}")
        rc = 2
    finally:
        if sampler is not None and sampler.is_alive():
            sampler.stop()
        for k in kernels:
            if k.km is not None:
                shutdown(k.km, k.kc)
        pg.stop()
        failed = rc != 0
        if failed:
            log(f"[sql] kernel logs kept in {logdir}")
            for k in kernels:
                if os.path.exists(k.log_path):
                    tail = Path(k.log_path).read_text(errors="replace")[-1500:]
                    if tail.strip():
                        log(f"[sql] --- {k.label} log tail ---\n{tail}")
        if own_workdir and not failed:
            shutil.rmtree(workdir, ignore_errors=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
