"""Spark acceptance tests: real Spark Connect servers started from the pyspark
distributions that tests/run.sh installs ($SPARGO_DATA/spark/<version>), driven
through real Jupyter kernels (jupyter_client).

Covers local mode on Spark 3.5 and 4.0 (SQL, DataFrame ops from Go, display,
%%sql -o), the spargo-local kernel starting Spark on first use, clear errors with
the kernel state kept, a server killed mid-session and recovered, no JVM left
after shutdown or after SIGKILL of the kernel, and cluster mode against a real
standalone master and worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import psutil
import pytest

from conftest import execute, execute_ok, outputs, result_text, start_kernel, stream_text

SPARK_VERSIONS = {"3.5": "3.5.7", "4.0": "4.0.1"}
START_TIMEOUT = 240
pytestmark = pytest.mark.timeout(900)


def spark_dir() -> Path:
    data = os.environ.get("SPARGO_DATA")
    assert data, "SPARGO_DATA must point at the data dir where tests/run.sh installed Spark"
    return Path(data) / "spark"


@pytest.fixture(autouse=True)
def spark_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private spargo config file (empty unless a test writes one)."""
    for v in SPARK_VERSIONS.values():
        assert (spark_dir() / v / "jars").is_dir(), f"Spark {v} is not installed in {spark_dir()}"
    cfg = tmp_path / "config.json"
    monkeypatch.setenv("SPARGO_CONFIG", str(cfg))
    return cfg


def write_config(path: Path, spark: dict) -> None:
    path.write_text(json.dumps({"spark": spark}))


def jvms_under(pid: int) -> list[psutil.Process]:
    """Spark JVMs started by the kernel process pid."""
    try:
        kids = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    return [p for p in kids if "SparkConnectServer" in " ".join(safe_cmdline(p))]


def connect_jvms() -> list[psutil.Process]:
    """Every Spark Connect server JVM on the machine started by spargo."""
    return [p for p in psutil.process_iter() if "Spark Connect server (spargo)" in " ".join(safe_cmdline(p))]


def safe_cmdline(p: psutil.Process) -> list[str]:
    try:
        return p.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return []


def wait_gone(procs: list[psutil.Process], timeout: float = 20) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    return alive


def kernel_pid(km) -> int:
    return km.provisioner.process.pid


def error_of(msgs: list[dict]) -> dict:
    errs = [m["content"] for m in msgs if m["msg_type"] == "error"]
    assert errs, outputs(msgs)
    return errs[0]


def html_of(msgs: list[dict]) -> str:
    res = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert res, outputs(msgs)
    return res[0]["content"]["data"]["text/html"]


def start_local(kc, version: str, *extra: str) -> str:
    _, msgs = execute_ok(kc, f"%spark start local {version} --conf spark.sql.shuffle.partitions=2 {' '.join(extra)}",
                         timeout=START_TIMEOUT)
    return stream_text(msgs)


@pytest.mark.parametrize("short", sorted(SPARK_VERSIONS))
def test_local_mode_sql_dataframes_display_and_bind(short: str) -> None:
    exact = SPARK_VERSIONS[short]
    with start_kernel() as (km, kc):
        out = start_local(kc, short)
        assert f"starting Spark {exact}" in out, out
        assert f"Spark {exact} ready: master local[*], Spark UI http://" in out, out

        # SQL and DataFrame operations from Go.
        execute_ok(kc, 'df, err := spark.Sql(ctx, "SELECT id, id % 3 AS k FROM range(1000)")')
        assert result_text(execute_ok(kc, "err")[1]) is None  # a nil error shows nothing
        _, msgs = execute_ok(kc, "n, err := df.Count(ctx)\nn")
        assert result_text(msgs) == "1000"
        _, msgs = execute_ok(kc, 'g, _ := df.GroupBy(functions.Col("k")).Count(ctx)\n'
                                 's, _ := g.Sort(ctx, functions.Col("k").Asc())\n'
                                 'rows, err := s.Collect(ctx)\n'
                                 'fmt.Println(len(rows), rows[0].At(0), rows[0].At(1), err)')
        assert stream_text(msgs).strip() == "3 0 334 <nil>"
        # Show prints through the process's stdout, which the kernel captures.
        _, msgs = execute_ok(kc, "df.Show(ctx, 2, false)")
        assert "only showing top 2 rows" in stream_text(msgs) and "|id |k  |" in stream_text(msgs)
        _, msgs = execute_ok(kc, 'w, _ := df.Where(ctx, "k = 2")\nc, _ := w.Count(ctx)\nc')
        assert result_text(msgs) == "333"

        # A DataFrame as the cell's value: the first 20 rows, said to be truncated.
        _, msgs = execute_ok(kc, "df")
        html = html_of(msgs)
        assert html.count("<tr>") == 20, html
        assert "truncated" in html and "<th" in html and ">k</th>" in html
        assert "showing the first 20 rows" in result_text(msgs)

        # %%sql shows a table; -o binds the whole result as an Arrow table.
        _, msgs = execute_ok(kc, "%%sql\nSELECT 'a' AS s, 1.5 AS f, NULL AS n")
        assert "<td>a</td>" in html_of(msgs) and "<i>null</i>" in html_of(msgs)
        _, msgs = execute_ok(kc, "%%sql spark -o t --limit 5\nSELECT id, cast(id AS string) AS s FROM range(50)")
        assert html_of(msgs).count("<tr>") == 5
        _, msgs = execute_ok(kc, "fmt.Println(t.NumRows(), t.NumCols(), t.Schema().Field(1).Type)")
        assert stream_text(msgs).strip() == "50 2 utf8"
        _, msgs = execute_ok(kc, '%sql spark SELECT 7 * 6 AS answer')
        assert "<td>42</td>" in html_of(msgs)

        _, msgs = execute_ok(kc, "%spark status")
        status = result_text(msgs)
        assert f"version: {exact}" in status and "state:   alive" in status, status
        pid = kernel_pid(km)
        jvms = jvms_under(pid)
        assert len(jvms) == 1, jvms
        _, msgs = execute_ok(kc, "%spark stop")
        assert "Spark stopped" in stream_text(msgs)
        assert not wait_gone(jvms), "the JVM survived %spark stop"
        assert "no Spark session" in result_text(execute_ok(kc, "%spark status")[1])


def test_spargo_local_kernel_starts_spark_on_first_use(spark_config: Path) -> None:
    write_config(spark_config, {"default_version": "3.5", "display_rows": 3})
    t0 = time.monotonic()
    with start_kernel(kernel_name="spargo-local") as (km, kc):
        assert time.monotonic() - t0 < 30
        assert jvms_under(kernel_pid(km)) == [], "Spark must not start with the kernel"
        execute_ok(kc, "x := 41")
        _, msgs = execute_ok(kc, 'df, err := spark.Sql(ctx, "SELECT id FROM range(10)")\nerr', timeout=START_TIMEOUT)
        out = stream_text(msgs)
        assert "starting Spark 3.5.7" in out and "Spark 3.5.7 ready" in out, out
        assert len(jvms_under(kernel_pid(km))) == 1
        # display_rows from the config.
        _, msgs = execute_ok(kc, "df")
        assert html_of(msgs).count("<tr>") == 3
        # Plain %%sql goes to Spark in a Spark kernel.
        _, msgs = execute_ok(kc, "%%sql\nSELECT sum(id) AS s FROM range(5)")
        assert "<td>10</td>" in html_of(msgs)
        assert result_text(execute_ok(kc, "x + 1")[1]) == "42"


def test_clear_errors_keep_the_kernel_state(spark_config: Path, tmp_path: Path) -> None:
    with start_kernel() as (km, kc):
        execute_ok(kc, "x := 41")

        # Spark used before it is started.
        _, msgs = execute_ok(kc, 'df, err := spark.Sql(ctx, "SELECT 1")\nerr')
        assert "run `%spark start local`" in result_text(msgs)
        _, msgs = execute(kc, "%%sql spark\nSELECT 1")
        assert "%spark start local" in error_of(msgs)["evalue"]
        # With no connection named and no Spark, %%sql uses the embedded DuckDB.
        _, msgs = execute_ok(kc, "%%sql\nSELECT 41 + 1 AS v")
        assert "<td>42</td>" in html_of(msgs)

        # A version that is not installed.
        _, msgs = execute(kc, "%spark start local 2.4")
        err = error_of(msgs)
        assert err["ename"] == "SparkError"
        assert "requested Spark 2.4 is not installed (installed: 4.0.1, 3.5.7)" in err["evalue"], err
        assert "install.sh --spark 2.4" in err["evalue"]

        # No Java where the config says it is.
        write_config(spark_config, {"versions": {"3.5.7": {"spark_home": str(spark_dir() / "3.5.7"),
                                                             "java_home": str(tmp_path / "no-jdk")}}})
        _, msgs = execute(kc, "%spark start local 3.5")
        assert "no Java at JAVA_HOME=" in error_of(msgs)["evalue"]

        # A Java too old for the version (a JDK whose java reports 1.8).
        fake = tmp_path / "jdk8" / "bin"
        fake.mkdir(parents=True)
        (fake / "java").write_text('#!/bin/sh\necho \'openjdk version "1.8.0_402"\' >&2\n')
        (fake / "java").chmod(0o755)
        write_config(spark_config, {"versions": {"4.0.1": {"spark_home": str(spark_dir() / "4.0.1"),
                                                             "java_home": str(tmp_path / "jdk8")}}})
        _, msgs = execute(kc, "%spark start local 4.0")
        assert "Java 8 (" in error_of(msgs)["evalue"] and "needs Java 17 to 21" in error_of(msgs)["evalue"]
        write_config(spark_config, {})

        # A port in use.
        with socket.socket() as s:
            s.bind(("0.0.0.0", 0))
            s.listen()
            port = s.getsockname()[1]
            _, msgs = execute(kc, f"%spark start local 3.5 --conf spark.connect.grpc.binding.port={port}")
            assert f"port {port} (spark.connect.grpc.binding.port) is in use" in error_of(msgs)["evalue"]

        # A cluster that does not answer fails fast.
        t0 = time.monotonic()
        _, msgs = execute(kc, "%spark start cluster 3.5 --master spark://127.0.0.1:9", timeout=30)
        assert "does not answer" in error_of(msgs)["evalue"]
        assert time.monotonic() - t0 < 15
        _, msgs = execute(kc, "%spark start cluster")
        assert "no cluster given" in error_of(msgs)["evalue"]

        # Bad usage.
        _, msgs = execute(kc, "%spark start local 3.5 --conf nonsense")
        assert error_of(msgs)["ename"] == "UsageError"
        _, msgs = execute(kc, "%spark launch")
        assert "unknown %spark command" in error_of(msgs)["evalue"]

        assert jvms_under(kernel_pid(km)) == []
        assert result_text(execute_ok(kc, "x + 1")[1]) == "42"


def test_server_killed_mid_session_is_reported_and_restartable() -> None:
    with start_kernel() as (km, kc):
        start_local(kc, "3.5")
        execute_ok(kc, 'df, err := spark.Sql(ctx, "SELECT id FROM range(100)")')
        [jvm] = jvms_under(kernel_pid(km))
        jvm.kill()
        assert not wait_gone([jvm])
        _, msgs = execute_ok(kc, "n, err := df.Count(ctx)\nerr")
        assert result_text(msgs)  # the query failed with an error value
        _, msgs = execute_ok(kc, 'df2, err := spark.Sql(ctx, "SELECT 1")\nerr')
        assert "%spark start again" in result_text(msgs), result_text(msgs)
        _, msgs = execute_ok(kc, "%spark status")
        assert "DEAD" in result_text(msgs) and "run %spark start again" in result_text(msgs)
        _, msgs = execute(kc, "%%sql\nSELECT 1")
        assert "%spark start again" in error_of(msgs)["evalue"]

        start_local(kc, "3.5")
        _, msgs = execute_ok(kc, 'df, err = spark.Sql(ctx, "SELECT id FROM range(100)")\nn, err = df.Count(ctx)\nn')
        assert result_text(msgs) == "100"
        assert "alive" in result_text(execute_ok(kc, "%spark status")[1])


@pytest.mark.parametrize("how", ["shutdown", "restart", "sigkill"])
def test_no_jvm_outlives_the_kernel(how: str) -> None:
    with start_kernel() as (km, kc):
        start_local(kc, "4.0")
        jvms = jvms_under(kernel_pid(km))
        assert len(jvms) == 1
        if how == "shutdown":
            km.shutdown_kernel(now=False)
        elif how == "restart":
            km.restart_kernel(now=False)
        else:
            os.kill(kernel_pid(km), signal.SIGKILL)
        assert not wait_gone(jvms), f"a Spark JVM survived the kernel's {how}"


# --------------------------------------------------------------------------- cluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def standalone_cluster(tmp_path: Path) -> Iterator[dict]:
    """A real standalone master and one worker (Spark 3.5.7) on loopback."""
    home = spark_dir() / "3.5.7"
    port, ui, wui = free_port(), free_port(), free_port()
    env = dict(os.environ, SPARK_HOME=str(home), SPARK_DAEMON_MEMORY="512m",
               SPARK_LOCAL_IP="127.0.0.1", SPARK_WORKER_DIR=str(tmp_path / "work"))
    env.pop("JAVA_HOME", None)
    cls = str(home / "bin" / "spark-class")
    logs = []
    procs = []
    try:
        for args in (["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
                      "--webui-port", str(ui)],
                     ["org.apache.spark.deploy.worker.Worker", "--cores", "1", "--memory", "1g",
                      "--webui-port", str(wui), f"spark://127.0.0.1:{port}"]):
            log = open(tmp_path / f"{args[0].rsplit('.', 1)[1]}.log", "w")
            logs.append(log)
            procs.append(subprocess.Popen([cls, *args], env=env, stdout=log, stderr=subprocess.STDOUT,
                                          start_new_session=True))
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(OSError, ValueError):
                state = json.load(urllib.request.urlopen(f"http://127.0.0.1:{ui}/json/", timeout=2))
                if state.get("aliveworkers", 0) >= 1:
                    break
            assert time.monotonic() < deadline, "the standalone cluster did not come up: " + \
                (tmp_path / "Master.log").read_text()[-2000:]
            time.sleep(1)
        yield {"master": f"spark://127.0.0.1:{port}", "ui": f"http://127.0.0.1:{ui}"}
    finally:
        for p in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()
        for log in logs:
            log.close()


def test_cluster_mode_against_a_standalone_master(standalone_cluster: dict, spark_config: Path) -> None:
    write_config(spark_config, {"clusters": {"test": {
        "master": standalone_cluster["master"], "version": "3.5",
        "conf": {"spark.executor.memory": "512m", "spark.cores.max": "1", "spark.driver.host": "127.0.0.1",
                 "spark.sql.shuffle.partitions": "2"}}}, "default_cluster": "test"})
    with start_kernel(kernel_name="spargo-cluster") as (km, kc):
        _, msgs = execute_ok(kc, "%spark start cluster", timeout=START_TIMEOUT)
        out = stream_text(msgs)
        assert f"master {standalone_cluster['master']}" in out and "Spark 3.5.7 ready" in out, out
        _, msgs = execute_ok(kc, 'df, _ := spark.Sql(ctx, "SELECT id % 7 AS k, count(*) AS c FROM range(100000) GROUP BY k")\n'
                                 'n, err := df.Count(ctx)\nn', timeout=120)
        assert result_text(msgs) == "7"
        state = json.load(urllib.request.urlopen(standalone_cluster["ui"] + "/json/", timeout=5))
        apps = [a["name"] for a in state["activeapps"]]
        assert "Spark Connect server (spargo)" in apps, state
        # The executors ran on the worker: the app got its one core.
        assert [a["cores"] for a in state["activeapps"]] == [1], state
        _, msgs = execute_ok(kc, "%spark status")
        assert "mode:    cluster" in result_text(msgs)
        execute_ok(kc, "%spark stop")
        deadline = time.monotonic() + 30
        while json.load(urllib.request.urlopen(standalone_cluster["ui"] + "/json/", timeout=5))["activeapps"]:
            assert time.monotonic() < deadline, "the app is still registered after %spark stop"
            time.sleep(1)


def test_connect_to_an_existing_server() -> None:
    """%spark connect attaches to a server this kernel did not start."""
    with start_kernel() as (km1, kc1), start_kernel() as (km2, kc2):
        start_local(kc1, "4.0")
        remote = [l for l in result_text(execute_ok(kc1, "%spark status")[1]).splitlines()
                  if l.startswith("remote:")][0].split()[1].split("/;")[0]
        _, msgs = execute_ok(kc2, f"%spark connect {remote}", timeout=60)
        assert "Spark 4.0.1 ready" in stream_text(msgs) and "(mode connect)" in stream_text(msgs)
        _, msgs = execute_ok(kc2, "%%sql\nSELECT 40 + 2 AS v")
        assert "<td>42</td>" in html_of(msgs)
        assert jvms_under(kernel_pid(km2)) == []
        _, msgs = execute(kc2, "%spark connect sc://127.0.0.1:9")
        assert "no Spark Connect server answers" in error_of(msgs)["evalue"]


# --------------------------------------------------------------------------- notebook


def test_example_notebook_runs_under_nbconvert_with_spargo_local(tmp_path: Path) -> None:
    import nbformat
    import sys

    nb_in = Path(__file__).parent / "notebooks" / "spark_local.ipynb"
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter"), "nbconvert", "--to", "notebook", "--execute",
         "--ExecutePreprocessor.timeout=300", str(nb_in), "--output-dir", str(tmp_path), "--output", "out"],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-5000:]
    nb = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert nb.metadata.kernelspec.name == "spargo-local"
    cells = {c.id: c for c in nb.cells if c.cell_type == "code"}
    for c in cells.values():
        assert all(o.output_type != "error" for o in c.outputs), c
    start = "".join(o.get("text", "") for o in cells["start"].outputs)
    assert "starting Spark" in start and "ready: master local[*]" in start, start
    show = cells["show"].outputs[0]["data"]["text/html"]
    assert show.count("<tr>") == 20 and "truncated" in show
    group = cells["group"].outputs[0]["data"]["text/plain"]
    assert group.splitlines()[2:6] == ["0      | 25000", "1      | 25000", "2      | 25000", "3      | 25000"], group
    assert cells["count"].outputs[0]["data"]["text/plain"] == "100000"
    assert "<td>49998</td>" in cells["sql"].outputs[0]["data"]["text/html"]
    assert cells["bound"].outputs[0]["text"] == "rows: 4 columns: 3\n"
    assert "state:   alive" in cells["status"].outputs[0]["data"]["text/plain"]
    assert not connect_jvms(), "a Spark JVM outlived the notebook's kernel"


def test_interrupt_stops_the_cell_and_the_spark_job() -> None:
    with start_kernel() as (km, kc):
        start_local(kc, "4.0")
        ui = [l for l in result_text(execute_ok(kc, "%spark status")[1]).splitlines()
              if l.startswith("UI:")][0].split()[1]
        msg_id = kc.execute('df, err := spark.Sql(ctx, "SELECT sum(hash(id)) FROM range(100000000000)")\n'
                            'rows, err := df.Collect(ctx)\nerr')

        def running_jobs() -> list:
            # The UI answers slowly while the job saturates both cores: retry.
            for _ in range(5):
                try:
                    apps = json.load(urllib.request.urlopen(ui + "/api/v1/applications", timeout=30))
                    return json.load(urllib.request.urlopen(
                        f"{ui}/api/v1/applications/{apps[0]['id']}/jobs?status=running", timeout=30))
                except OSError:
                    time.sleep(1)
            raise TimeoutError("the Spark UI does not answer")

        deadline = time.monotonic() + 60
        while not running_jobs():
            assert time.monotonic() < deadline, "the query never started a job"
            time.sleep(0.5)
        t0 = time.monotonic()
        km.interrupt_kernel()
        from conftest import collect_iopub, get_reply
        reply = get_reply(kc, msg_id, timeout=30)
        collect_iopub(kc, msg_id, timeout=30)
        assert time.monotonic() - t0 < 10
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
        deadline = time.monotonic() + 60
        while running_jobs():
            assert time.monotonic() < deadline, f"the Spark job still runs after the interrupt: {running_jobs()}"
            time.sleep(0.5)
        # The session goes on.
        _, msgs = execute_ok(kc, '%%sql\nSELECT 1 + 1 AS two')
        assert "<td>2</td>" in html_of(msgs)
