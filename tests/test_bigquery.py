"""%sql against BigQuery: spargo's engine uses the official Go client; the server is
the BigQuery emulator (github.com/goccy/bigquery-emulator), built by tests/run.sh from
the separate module tests/bqemulator (build tag bigquery_emulator) and started here on
loopback with seeded data. $SPARGO_BQ_EMULATOR names the binary.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest

from conftest import execute, execute_ok, result_text, start_kernel, stream_text

pytestmark = pytest.mark.timeout(300)

SEED = """
projects:
- id: p1
  datasets:
  - id: d1
    tables:
    - id: sales
      columns:
      - {name: id, type: INTEGER}
      - {name: region, type: STRING}
      - {name: amount, type: NUMERIC}
      - {name: ratio, type: FLOAT}
      - {name: paid, type: BOOLEAN}
      - {name: placed, type: TIMESTAMP}
      - {name: day, type: DATE}
      data:
      - {id: 1, region: north, amount: "10.50", ratio: 0.5, paid: true, placed: "2024-01-02T03:04:05Z", day: "2024-01-02"}
      - {id: 2, region: south, amount: "7.25", ratio: 1.5, paid: false, placed: "2024-01-03T00:00:00Z", day: "2024-01-03"}
      - {id: 3, region: north, amount: "1.00", ratio: 2.5, paid: true, placed: "2024-01-04T00:00:00Z", day: "2024-01-04"}
      - {id: 4, region: east}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def emulator(tmp_path_factory) -> Iterator[str]:
    binary = os.environ.get("SPARGO_BQ_EMULATOR")
    assert binary and Path(binary).is_file(), \
        "set SPARGO_BQ_EMULATOR to the emulator binary (tests/run.sh builds it from tests/bqemulator)"
    d = tmp_path_factory.mktemp("bq")
    (d / "seed.yaml").write_text(SEED)
    port, grpc = free_port(), free_port()
    log = open(d / "log", "w")
    proc = subprocess.Popen([binary, "--project=p1", f"--port={port}", f"--grpc-port={grpc}",
                             f"--data-from-yaml={d / 'seed.yaml'}"], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert proc.poll() is None, (d / "log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the BigQuery emulator did not start"
            time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait()
        log.close()


@pytest.fixture
def kc(emulator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    cfg = tmp_path / "config.json"
    cfg.write_text(json.dumps({"connections": {
        "bq": {"url": f"bigquery://p1/d1?endpoint={emulator}", "max_bytes_billed": 1000000000}}}))
    cfg.chmod(0o600)
    monkeypatch.setenv("SPARGO_CONFIG", str(cfg))
    with start_kernel() as (km, kc):
        yield kc


def html_of(msgs: list[dict]) -> str:
    res = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert res, msgs
    return res[0]["content"]["data"]["text/html"]


def test_bigquery_query_display_bind_and_params(kc) -> None:
    _, msgs = execute_ok(kc, "%%sql bq --limit 2\nSELECT * FROM sales ORDER BY id", timeout=60)
    html = html_of(msgs)
    assert html.count("<tr>") == 2 and "truncated" in html, html
    assert '<th title="decimal(38, 9)">amount</th>' in html and "<td>10.5</td>" in html, html
    assert "<td>2024-01-02T03:04:05Z</td>" in html and "<td>2024-01-02</td>" in html, html
    assert "BigQuery job p1:" in stream_text(msgs, "stderr")
    _, msgs = execute_ok(kc, "%%sql bq\nSELECT * FROM sales WHERE id = 4")
    assert html_of(msgs).count("<i>null</i>") == 5
    execute_ok(kc, 'region := "north"')
    _, msgs = execute_ok(kc, "%%sql bq -o north\nSELECT id, amount FROM sales WHERE region = :region ORDER BY id")
    _, msgs = execute_ok(kc, "fmt.Println(north.NumRows(), north.Schema().Field(0).Type)")
    assert stream_text(msgs).strip() == "2 int64"


def test_bigquery_dry_run_discovery_and_errors(kc) -> None:
    _, msgs = execute_ok(kc, "%%sql bq --dry-run\nSELECT region, sum(amount) FROM sales GROUP BY region")
    text = result_text(msgs)
    assert text.startswith("dry run: the query would process ") and "bytes" in text, text
    assert "the connection's limit is 953.7 MiB" in text
    _, msgs = execute_ok(kc, "%sql --tables bq")
    assert "<td>sales</td>" in html_of(msgs)
    _, msgs = execute_ok(kc, "%sql --columns bq sales")
    assert "<td>amount</td><td>NUMERIC</td>" in html_of(msgs)
    reply, msgs = execute(kc, "%sql bq SELEC 1")
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "SQLError"
    execute_ok(kc, "x := 1")
    assert result_text(execute_ok(kc, "x + 1")[1]) == "2"
