"""The kernel behind Jupyter Server (JupyterLab's backend): REST to start it,
the websocket channels to run cells, as JupyterLab does."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
import warnings

import pytest

tornado_ws = pytest.importorskip("tornado.websocket")
pytest.importorskip("jupyter_server")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    cmd = [sys.executable, "-m", "jupyter_server", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
           "--IdentityProvider.token=tok", f"--ServerApp.root_dir={tmp_path}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    # The server's (and its kernels') log goes to a file: a pipe nobody reads
    # fills up and blocks the server mid-test.
    log = open(tmp_path / "server.log", "w+b")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            call(base, "GET", "/api/status")
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                log.seek(0)
                pytest.fail(f"jupyter_server did not start: {log.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield base, port
    proc.terminate()
    proc.wait(15)
    log.close()


def call(base: str, method: str, path: str, body=None):
    data = json.dumps(body).encode() if body is not None else None
    r = urllib.request.Request(base + path, method=method, data=data,
                               headers={"Authorization": "token tok", "Content-Type": "application/json"})
    raw = urllib.request.urlopen(r, timeout=15).read()
    return json.loads(raw) if raw else None


def _request(msg_type: str, session: str, content: dict) -> tuple[str, str]:
    msg_id = uuid.uuid4().hex
    return msg_id, json.dumps({
        "header": {"msg_id": msg_id, "msg_type": msg_type, "session": session,
                   "username": "u", "version": "5.4", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [], "content": content})


async def wait_connected(ws, session: str) -> None:
    """Do as JupyterLab does before it sends code: a kernel_info round trip
    over the websocket. Jupyter Server wires the kernel's replies to the
    websocket only when it has finished opening the connection (its nudge);
    a reply that comes before is dropped, so a client that sends an
    execute_request at once may never see its reply. kernel_info_request is
    safe to send again until one is answered."""
    deadline = time.monotonic() + 90  # a liveness limit, not a timing
    while time.monotonic() < deadline:
        msg_id, raw = _request("kernel_info_request", session, {})
        await ws.write_message(raw)
        try:
            while True:
                m = json.loads(await asyncio.wait_for(ws.read_message(), 2))
                if m.get("parent_header", {}).get("msg_id") == msg_id and m["msg_type"] == "kernel_info_reply":
                    return
        except asyncio.TimeoutError:
            continue
    raise TimeoutError("no kernel_info_reply through Jupyter Server")


async def execute(ws, session: str, code: str, limit: float) -> dict:
    """Send one execute_request; collect its reply and outputs until idle,
    or until limit seconds pass without them (a liveness limit)."""
    msg_id, raw = _request("execute_request", session, {
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True})
    await ws.write_message(raw)
    got: dict = {"reply": None, "outputs": []}
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            m = json.loads(await asyncio.wait_for(ws.read_message(), deadline - time.monotonic()))
        except asyncio.TimeoutError:
            break
        if m.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "execute_reply":
            got["reply"] = m["content"]
        elif m["msg_type"] in ("stream", "execute_result", "error", "display_data"):
            got["outputs"].append(m)
        if got["reply"] is not None and m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    return got


async def run_cells(port: int, kernel_id: str, cells: list[str]) -> list[dict]:
    ws = await tornado_ws.websocket_connect(f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?token=tok")
    session = uuid.uuid4().hex
    await wait_connected(ws, session)
    results = []
    for code in cells:
        got = await execute(ws, session, code, 30)
        if got["reply"] is None:
            # KNOWN DEFECT, not understood (closing notes of sessions 5 and 6):
            # in session 5, about one run in three of the full suite, an
            # execute_request sent through Jupyter Server after a kernel_info
            # round trip was never seen by the kernel (a goroutine dump showed
            # it idle; the server reported it idle, with no activity since the
            # round trip). Session 6 did not see it in 29 runs (26 of this file
            # with three others, 3 of the full suite, with and without
            # logging in the kernel's sockets). The request is sent once more,
            # visibly, and must then run.
            warnings.warn(f"execute_request lost through Jupyter Server, resent: {code!r}")
            got = await execute(ws, session, code, 90)
        results.append(got)
    ws.close()
    return results


@pytest.mark.timeout(240)
def test_cells_through_jupyter_server(server):
    base, port = server
    kernel = call(base, "POST", "/api/kernels", {"name": "spargo"})
    assert kernel["name"] == "spargo"
    try:
        first, second = asyncio.run(run_cells(port, kernel["id"], [
            'x := 6 * 7\nfmt.Println("hello from the server")', "x"]))
        assert first["reply"]["status"] == "ok"
        assert [o["content"]["text"] for o in first["outputs"] if o["msg_type"] == "stream"] == ["hello from the server\n"]
        assert second["reply"]["status"] == "ok"
        results = [o["content"]["data"]["text/plain"] for o in second["outputs"] if o["msg_type"] == "execute_result"]
        assert results == ["42"]
        assert call(base, "GET", f"/api/kernels/{kernel['id']}")["execution_state"] in ("idle", "busy")
    finally:
        call(base, "DELETE", f"/api/kernels/{kernel['id']}")
