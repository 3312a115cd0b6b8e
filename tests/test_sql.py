"""%sql / %%sql acceptance tests: the embedded DuckDB over CSV and Parquet files the
tests write, and real PostgreSQL and MariaDB servers started here on loopback from
the Debian packages (.ci/run installs them), driven through a real Jupyter kernel.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

from conftest import execute, execute_ok, result_text, start_kernel, stream_text

pytestmark = pytest.mark.timeout(600)
SECRET = "s3cr3t-Pa55"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def html_of(msgs: list[dict]) -> str:
    res = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert res, msgs
    return res[0]["content"]["data"]["text/html"]


def error_of(msgs: list[dict]) -> dict:
    errs = [m["content"] for m in msgs if m["msg_type"] == "error"]
    assert errs, msgs
    return errs[0]


def as_service_user(cmd: list[str], user: str) -> list[str]:
    """Run cmd as user when we are root (the servers refuse to run as root)."""
    if os.geteuid() != 0:
        return cmd
    # runuser lives in /usr/sbin, which a non-login PATH may lack.
    runuser = shutil.which("runuser", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin") or "runuser"
    return [runuser, "-u", user, "--", *cmd]


def pg_bin(name: str) -> str:
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    found = shutil.which(name)
    assert found, f"PostgreSQL's {name} is not installed (apt-get install postgresql)"
    return found


@pytest.fixture(scope="module")
def postgres(tmp_path_factory) -> Iterator[str]:
    """A PostgreSQL server on loopback with a password user; yields its URL (no password)."""
    # Not under pytest's tmp dir: its parents are private to root, and the
    # server runs as the postgres user.
    d = Path(tempfile.mkdtemp(prefix="spargo-pg-"))
    data, port = d / "data", free_port()
    if os.geteuid() == 0:
        shutil.chown(d, "postgres")
    pwfile = d / "pw"
    pwfile.write_text(SECRET + "\n")
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres")
    subprocess.run(as_service_user([pg_bin("initdb"), "-D", str(data), "-U", "analyst", "--auth=scram-sha-256",
                                    f"--pwfile={pwfile}"], "postgres"), check=True, capture_output=True)
    subprocess.run(as_service_user([pg_bin("pg_ctl"), "-D", str(data), "-l", str(d / "log"), "-w", "-o",
                                    f"-p {port} -k {d} -c listen_addresses=127.0.0.1", "start"], "postgres"),
                   check=True, capture_output=True)
    try:
        env = dict(os.environ, PGPASSWORD=SECRET)
        sql = """
            CREATE DATABASE sales;
        """
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "analyst", "-d", "postgres", "-c", sql],
                       env=env, check=True, capture_output=True)
        seed = """
            CREATE TABLE orders (id int PRIMARY KEY, customer text, amount numeric(12,2), placed timestamptz, note text);
            INSERT INTO orders SELECT g, 'c' || (g % 10), g * 1.25, '2024-01-01T00:00:00Z'::timestamptz + g * interval '1 hour',
                   CASE WHEN g % 3 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 5000) g;
        """
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "analyst", "-d", "sales", "-c", seed],
                       env=env, check=True, capture_output=True)
        yield f"postgres://analyst@127.0.0.1:{port}/sales"
    finally:
        subprocess.run(as_service_user([pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], "postgres"),
                       capture_output=True)
        shutil.rmtree(d, ignore_errors=True)


def mariadb_bin() -> str:
    for name in ("mariadbd", "mysqld"):
        for d in ("/usr/sbin", "/usr/bin"):
            if Path(d, name).exists():
                return str(Path(d, name))
    pytest.fail("MariaDB is not installed (apt-get install mariadb-server)", pytrace=False)


@pytest.fixture(scope="module")
def mariadb(tmp_path_factory) -> Iterator[str]:
    """A MariaDB server on loopback with a password user; yields its URL (no password)."""
    d = tmp_path_factory.mktemp("maria")
    data, port, sock = d / "data", free_port(), d / "sock"
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(["mariadb-install-db", f"--datadir={data}", "--auth-root-authentication-method=normal", *user],
                   check=True, capture_output=True)
    proc = subprocess.Popen([mariadb_bin(), "--no-defaults", f"--datadir={data}", f"--port={port}",
                             "--bind-address=127.0.0.1", f"--socket={sock}", f"--pid-file={d / 'pid'}",
                             *user], stdout=subprocess.DEVNULL, stderr=open(d / "log", "w"))
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert proc.poll() is None, (d / "log").read_text()[-3000:]
            assert time.monotonic() < deadline, "MariaDB did not start"
            time.sleep(0.5)
        sql = f"""
            CREATE DATABASE shop;
            DROP USER IF EXISTS ''@'localhost';
            CREATE USER 'analyst'@'%' IDENTIFIED BY '{SECRET}';
            CREATE USER 'analyst'@'localhost' IDENTIFIED BY '{SECRET}';
            GRANT ALL ON shop.* TO 'analyst'@'%';
            GRANT ALL ON shop.* TO 'analyst'@'localhost';
            USE shop;
            CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40), price DECIMAL(10,2), added DATETIME, stock INT NULL);
            INSERT INTO items VALUES (1, 'pen', 1.50, '2024-03-01 10:00:00', 10), (2, 'ink', 12.25, '2024-03-02 11:30:00', NULL),
                                     (3, '<b>bold</b>', 3.00, '2024-03-03 12:00:00', 0);
        """
        subprocess.run(["mariadb", f"--socket={sock}", "-uroot", "-e", sql], check=True, capture_output=True)
        yield f"mysql://analyst@127.0.0.1:{port}/shop"
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def sql_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request) -> Iterator:
    """A kernel whose config names the servers that the test asked for."""
    conns = {"files": {"url": f"duckdb://{tmp_path}/local.duckdb"}}
    if "postgres" in request.fixturenames:
        conns["pg"] = {"url": request.getfixturevalue("postgres"), "password_env": "SPARGO_TEST_PG_PASSWORD"}
    if "mariadb" in request.fixturenames:
        pw = tmp_path / "maria.pw"
        pw.write_text(SECRET)
        pw.chmod(0o600)
        conns["shop"] = {"url": request.getfixturevalue("mariadb"), "password_file": str(pw)}
    cfg = tmp_path / "config.json"
    cfg.write_text(json.dumps({"connections": conns}))
    cfg.chmod(0o600)
    monkeypatch.setenv("SPARGO_CONFIG", str(cfg))
    monkeypatch.setenv("SPARGO_TEST_PG_PASSWORD", SECRET)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with start_kernel() as (km, kc):
        yield kc


def no_secret(msgs: list[dict]) -> None:
    assert SECRET not in json.dumps([m["content"] for m in msgs]), "a password leaked into the output"


def test_duckdb_default_reads_csv_and_parquet(sql_kernel, tmp_path: Path) -> None:
    kc = sql_kernel
    csv = tmp_path / "events.csv"
    csv.write_text("id,kind,value\n" + "".join(f"{i},{'ab'[i % 2]},{i * 0.5}\n" for i in range(1, 101)))
    _, msgs = execute_ok(kc, f"%%sql\nSELECT kind, count(*) AS n, sum(value) AS total FROM '{csv}' GROUP BY kind ORDER BY kind")
    html = html_of(msgs)
    assert "<td>a</td><td>50</td><td>1275</td>" in html and "<td>b</td><td>50</td><td>1250</td>" in html, html
    parquet = tmp_path / "events.parquet"
    execute_ok(kc, f"%sql COPY (SELECT * FROM '{csv}') TO '{parquet}' (FORMAT parquet)")
    assert parquet.is_file()
    _, msgs = execute_ok(kc, f"%%sql --limit 5\nSELECT * FROM '{parquet}' ORDER BY id")
    html = html_of(msgs)
    assert html.count("<tr>") == 5 and "truncated" in html
    # Bound parameters from Go variables, and -o as a typed Arrow table.
    execute_ok(kc, 'minID := 90\nkind := "b"')
    _, msgs = execute_ok(kc, f"%%sql -o tail\nSELECT id, value FROM '{parquet}' WHERE id > :minID AND kind = :kind ORDER BY id")
    assert "bound to tail" in result_text(msgs)
    _, msgs = execute_ok(kc, 'fmt.Println(tail.NumRows(), tail.Schema().Field(0).Type, tail.Schema().Field(1).Type)')
    assert stream_text(msgs).strip() == "5 int64 float64"
    # A named DuckDB file keeps its tables; --tables and --columns discover them.
    execute_ok(kc, "%sql files CREATE TABLE t AS SELECT 1 AS a, 'x' AS b")
    _, msgs = execute_ok(kc, "%sql --tables files")
    assert "<td>t</td>" in html_of(msgs)
    _, msgs = execute_ok(kc, "%sql --columns files t")
    assert "<td>a</td><td>INTEGER</td>" in html_of(msgs)


def test_duckdb_errors_and_state(sql_kernel) -> None:
    kc = sql_kernel
    execute_ok(kc, "x := 41")
    _, msgs = execute(kc, "%sql SELEC 1")
    err = error_of(msgs)
    assert err["ename"] == "SQLError" and "syntax error" in err["evalue"] and "LINE 1" in err["evalue"], err
    _, msgs = execute(kc, "%sql nosuchconn SELECT 1")
    assert "syntax error" in error_of(msgs)["evalue"]  # not a connection name: part of the query
    _, msgs = execute(kc, "%%sql -o 9bad\nSELECT 1")
    assert "not a Go variable name" in error_of(msgs)["evalue"]
    _, msgs = execute(kc, "%%sql\nSELECT :missing")
    assert "parameter :missing" in error_of(msgs)["evalue"]
    # A cast and a string with a colon are not parameters.
    _, msgs = execute_ok(kc, "%sql SELECT '12:30' AS t, 5::VARCHAR AS v")
    assert "<td>12:30</td><td>5</td>" in html_of(msgs)
    assert result_text(execute_ok(kc, "x + 1")[1]) == "42"


def test_duckdb_large_result_reads_only_what_it_shows() -> None:
    """Ten million rows display in small memory: only the shown rows are read."""
    import psutil

    with start_kernel() as (km, kc):
        execute_ok(kc, "%sql SELECT 1")  # DuckDB opened
        proc = psutil.Process(km.provisioner.process.pid)
        before = proc.memory_info().rss
        _, msgs = execute_ok(kc, "%%sql\nSELECT i, i * 2 AS d, 'row ' || i AS s FROM range(10000000) t(i)", timeout=60)
        assert html_of(msgs).count("<tr>") == 20 and "truncated" in html_of(msgs)
        grown = proc.memory_info().rss - before
        # The whole result as Arrow would be ~300 MB; reading 21 rows costs little.
        assert grown < 100 * 2**20, f"the kernel grew by {grown / 2**20:.0f} MB showing 20 rows"



def test_duckdb_rebinding_frees_the_previous_result() -> None:
    """`-o big` run again replaces big's table; the old one is freed, not kept.

    Measured as the kernel's live Go heap after a GC, read by a cell: the
    process RSS also holds freed memory the Go runtime and DuckDB's
    allocator have not yet returned to the system."""
    with start_kernel() as (_, kc):
        execute_ok(kc, 'import "runtime"\nfunc liveMB() uint64 {\n\truntime.GC()\n\tvar m runtime.MemStats\n'
                       '\truntime.ReadMemStats(&m)\n\treturn m.HeapAlloc >> 20\n}')
        query = "%%sql -o big\nSELECT i, i * 2 AS d FROM range(5000000) t(i)"  # 80 MB as Arrow
        execute_ok(kc, query, timeout=60)
        after_one = int(result_text(execute_ok(kc, "liveMB()")[1]))
        assert after_one >= 75, f"one bound table of 80 MB, but only {after_one} MB live"
        for _ in range(4):
            execute_ok(kc, query, timeout=60)
        assert result_text(execute_ok(kc, "big.NumRows()")[1]) == "5000000"
        after_five = int(result_text(execute_ok(kc, "liveMB()")[1]))
        # Keeping every bound table would add 320 MB.
        assert after_five - after_one < 40, f"live heap {after_one} MB after one bind, {after_five} MB after five"


def test_duckdb_results_are_columnar() -> None:
    """The kernel reads DuckDB through its Arrow interface (build tag duckdb_arrow):
    nested columns keep their Arrow type instead of becoming text."""
    with start_kernel() as (_, kc):
        execute_ok(kc, "%%sql -o nested\nSELECT [1::BIGINT, 2] AS l, 7::INTEGER AS n")
        _, msgs = execute_ok(kc, "fmt.Println(nested.Schema().Field(0).Type, nested.Schema().Field(1).Type)")
        assert stream_text(msgs).strip() == "list<l: int64, nullable> int64"

def test_postgres(sql_kernel, postgres: str) -> None:
    kc = sql_kernel
    _, msgs = execute_ok(kc, "%sql --connections")
    listing = result_text(msgs)
    assert "pg " in listing and "(password from $SPARGO_TEST_PG_PASSWORD)" in listing
    no_secret(msgs)
    _, msgs = execute_ok(kc, "%%sql pg --limit 3\nSELECT id, customer, amount, placed, note FROM orders ORDER BY id")
    html = html_of(msgs)
    no_secret(msgs)
    assert html.count("<tr>") == 3 and "truncated" in html
    assert '<th title="decimal(12, 2)">amount</th>' in html and "<td>1.25</td>" in html, html
    assert "<td>2024-01-01T01:00:00Z</td>" in html and "<i>null</i>" in html, html
    execute_ok(kc, 'who := "c3"')
    _, msgs = execute_ok(kc, "%%sql pg -o o\nSELECT id, amount FROM orders WHERE customer = :who AND id::int < 100 ORDER BY id")
    _, msgs = execute_ok(kc, "fmt.Println(o.NumRows(), o.Schema().Field(1).Type)")
    assert stream_text(msgs).strip() == "10 decimal(12, 2)"
    # An injection attempt is just a value.
    execute_ok(kc, "evil := \"x' OR '1'='1\"")
    _, msgs = execute_ok(kc, "%sql pg SELECT count(*) AS n FROM orders WHERE customer = :evil")
    assert "<td>0</td>" in html_of(msgs)
    # Errors carry the position, and no password.
    _, msgs = execute(kc, "%%sql pg\nSELECT id,\n       nosuch\nFROM orders")
    err = error_of(msgs)
    assert 'column "nosuch" does not exist' in err["evalue"] and "line 2, column 8" in err["evalue"], err
    no_secret(msgs)
    _, msgs = execute_ok(kc, "%sql --tables pg")
    assert "<td>orders</td>" in html_of(msgs)
    _, msgs = execute_ok(kc, "%sql --columns pg orders")
    assert "<td>amount</td><td>numeric</td>" in html_of(msgs)


def test_mariadb(sql_kernel, mariadb: str) -> None:
    kc = sql_kernel
    _, msgs = execute_ok(kc, "%%sql shop\nSELECT id, name, price, added, stock FROM items ORDER BY id")
    html = html_of(msgs)
    no_secret(msgs)
    assert "<td>&lt;b&gt;bold&lt;/b&gt;</td>" in html, html
    assert '<th title="decimal(10, 2)">price</th>' in html and "<td>12.25</td>" in html
    assert "<td>2024-03-02T11:30:00Z</td>" in html and "<i>null</i>" in html
    execute_ok(kc, "maxPrice := 5.0")
    _, msgs = execute_ok(kc, "%%sql shop -o cheap\nSELECT name FROM items WHERE price < :maxPrice ORDER BY id")
    _, msgs = execute_ok(kc, "cheap.NumRows()")
    assert result_text(msgs) == "2"
    _, msgs = execute(kc, "%sql shop SELECT * FROM nosuch")
    assert "doesn't exist" in error_of(msgs)["evalue"]
    no_secret(msgs)


def test_unreachable_server_fails_in_bounded_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.json"
    # 10.255.255.1 is not routed here: connecting hangs until the timeout.
    cfg.write_text(json.dumps({"connections": {
        "dead": {"url": "postgres://u:" + SECRET + "@10.255.255.1:5432/db"},
        "closed": {"url": f"mysql://u@127.0.0.1:{free_port()}/db"}}}))
    cfg.chmod(0o644)
    monkeypatch.setenv("SPARGO_CONFIG", str(cfg))
    with start_kernel() as (km, kc):
        t0 = time.monotonic()
        _, msgs = execute(kc, "%sql dead SELECT 1", timeout=40)
        assert time.monotonic() - t0 < 25
        err = error_of(msgs)
        assert "connection dead" in err["evalue"], err
        no_secret(msgs)
        # The config file is readable by others: the first %sql said so.
        assert "readable by other users" in stream_text(msgs, "stderr")
        _, msgs = execute(kc, "%sql closed SELECT 1", timeout=30)
        assert "connection closed" in error_of(msgs)["evalue"] and "refused" in error_of(msgs)["evalue"]
        _, msgs = execute_ok(kc, "%sql --connections")
        assert "postgres://u:***@10.255.255.1:5432/db" in result_text(msgs)
        no_secret(msgs)


def test_duckdb_queries_go_data(sql_kernel) -> None:
    """A slice of structs and an Arrow table from Go become DuckDB tables."""
    kc = sql_kernel
    execute_ok(kc, "type Sale struct {\n\tRegion string\n\tUnits  int\n\tPrice  float64\n\tWhen   time.Time\n\tnote   string\n}")
    execute_ok(kc, 'sales := []Sale{{"north", 3, 2.5, time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), "x"},\n'
                   '\t{"south", 5, 1.25, time.Now(), "y"}, {"north", 1, 4, time.Now(), "z"}}')
    _, msgs = execute_ok(kc, "%sql --persist sales")
    assert result_text(msgs) == "stored sales (3 rows) as table sales in duckdb"
    _, msgs = execute_ok(kc, "%%sql -o byRegion\nSELECT Region, sum(Units * Price) AS revenue, min(\"When\") AS first_sale\n"
                             "FROM sales GROUP BY Region ORDER BY Region")
    assert "<td>north</td><td>11.5</td><td>2024-01-02T00:00:00Z</td>" in html_of(msgs), html_of(msgs)
    _, msgs = execute_ok(kc, "%sql --persist byRegion --as totals")
    _, msgs = execute_ok(kc, "%sql SELECT count(*) AS n FROM totals")
    assert "<td>2</td>" in html_of(msgs)
    _, msgs = execute_ok(kc, "%sql --columns sales")
    cols = html_of(msgs)
    assert "<td>Region</td>" in cols and "<td>When</td><td>TIMESTAMP</td>" in cols and "note" not in cols, cols
    _, msgs = execute(kc, "n := 3")
    _, msgs = execute(kc, "%sql --persist n")
    assert "slice of structs or an arrow.Table" in error_of(msgs)["evalue"]


def test_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    db = tmp_path / "app.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, joined TIMESTAMP)")
        con.executemany("INSERT INTO users VALUES (?, ?, ?, ?)",
                        [(1, "ann", 9.5, "2024-01-02 03:04:05"), (2, "bob", None, None), (3, "cy", 7.0, None)])
    cfg = tmp_path / "config.json"
    cfg.write_text(json.dumps({"connections": {"app": {"url": f"sqlite://{db}"}}}))
    cfg.chmod(0o600)
    monkeypatch.setenv("SPARGO_CONFIG", str(cfg))
    with start_kernel() as (km, kc):
        execute_ok(kc, "minScore := 8.0")
        _, msgs = execute_ok(kc, "%%sql app -o good\nSELECT id, name, score FROM users WHERE score > :minScore")
        assert "<td>ann</td><td>9.5</td>" in html_of(msgs)
        _, msgs = execute_ok(kc, "fmt.Println(good.NumRows(), good.Schema().Field(0).Type, good.Schema().Field(2).Type)")
        assert stream_text(msgs).strip() == "1 int64 float64"
        _, msgs = execute_ok(kc, "%sql --tables app")
        assert "<td>users</td>" in html_of(msgs)
        _, msgs = execute_ok(kc, "%sql --columns app users")
        assert "<td>name</td><td>TEXT</td><td>NO</td>" in html_of(msgs)
        _, msgs = execute(kc, "%sql app SELECT nosuch FROM users")
        assert "no such column: nosuch" in error_of(msgs)["evalue"]
