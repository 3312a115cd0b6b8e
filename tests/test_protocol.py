"""Wire-level and execution protocol tests for spargo, with a real jupyter_client."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
import uuid
from queue import Empty

import pytest
import zmq

from conftest import (
    collect_iopub,
    execute,
    execute_ok,
    get_reply,
    outputs,
    result_text,
    stream_text,
)

pytestmark = pytest.mark.timeout(300, func_only=True)

DELIM = b"<IDS|MSG>"
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:?\d\d)$")


# ----------------------------------------------------------------- raw zmq helpers


def endpoint(km, port_name: str) -> str:
    info = km.get_connection_info()
    if info["transport"] == "ipc":
        return f"ipc://{info['ip']}-{info[port_name]}"
    return f"tcp://{info['ip']}:{info[port_name]}"


def sign(key: bytes, frames: list[bytes]) -> bytes:
    h = hmac.new(key, digestmod=hashlib.sha256)
    for f in frames:
        h.update(f)
    return h.hexdigest().encode()


def raw_request(kc, msg_type: str, content: dict | None = None) -> tuple[str, list[bytes]]:
    """The four JSON frames of a fresh request (header with version 5.4)."""
    msg = kc.session.msg(msg_type, content or {})
    msg["header"]["version"] = "5.4"
    frames = [kc.session.pack(x) for x in
              (msg["header"], msg["parent_header"], msg["metadata"], msg["content"])]
    return msg["header"]["msg_id"], frames


@pytest.fixture
def shell_sock(kernel):
    km, _ = kernel
    ctx = zmq.Context.instance()
    s = ctx.socket(zmq.DEALER)
    s.linger = 0
    s.connect(endpoint(km, "shell_port"))
    yield s
    s.close()


def recv_multipart(sock, timeout: float) -> list[bytes] | None:
    if sock.poll(int(timeout * 1000)):
        return sock.recv_multipart()
    return None


def iopub_for(kc, msg_id: str, window: float) -> list[dict]:
    """IOPub messages with parent msg_id seen within `window` seconds."""
    found, deadline = [], time.monotonic() + window
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            m = kc.get_iopub_msg(timeout=remaining)
        except Empty:
            break
        if m["parent_header"].get("msg_id") == msg_id:
            found.append(m)
    return found


def assert_serves_kernel_info(km, kc) -> None:
    assert km.is_alive()
    msg_id = kc.kernel_info()
    assert get_reply(kc, msg_id, timeout=5)["content"]["status"] == "ok"


# ----------------------------------------------------------------- wire


def test_kernel_info_reply_and_status(kernel):
    km, kc = kernel
    msg_id = kc.kernel_info()
    reply = get_reply(kc, msg_id)
    c = reply["content"]
    assert c["status"] == "ok"
    assert c["protocol_version"] == "5.4"
    assert c["language_info"]["name"] == "go"
    assert c["language_info"]["mimetype"] == "text/x-go"
    assert c["language_info"]["file_extension"] == ".go"
    assert c["language_info"]["codemirror_mode"] == "go"
    # nbclient needs busy/idle IOPub traffic around kernel_info
    states = [m["content"]["execution_state"] for m in collect_iopub(kc, msg_id, timeout=2)
              if m["msg_type"] == "status"]
    assert states == ["busy", "idle"]


def test_reply_signature_and_date_format(kernel, shell_sock):
    km, kc = kernel
    key = kc.session.key
    msg_id, frames = raw_request(kc, "kernel_info_request")
    shell_sock.send_multipart([DELIM, sign(key, frames), *frames])
    reply = recv_multipart(shell_sock, 5)
    assert reply is not None, "no kernel_info_reply to a correctly signed raw request"
    i = reply.index(DELIM)
    sig, body = reply[i + 1], reply[i + 2:i + 6]
    assert len(body) == 4
    assert hmac.compare_digest(sig, sign(key, body)), "reply signature does not verify"
    header, parent = json.loads(body[0]), json.loads(body[1])
    assert parent["msg_id"] == msg_id
    assert header["msg_type"] == "kernel_info_reply"
    assert ISO_DATE.match(header["date"]), f"bad date format: {header['date']!r}"
    for k in ("msg_id", "session", "username", "version"):
        assert isinstance(header[k], str), header
    assert isinstance(json.loads(body[2]), dict), "metadata frame must be an object"


def test_forged_signature_is_ignored(kernel, shell_sock):
    km, kc = kernel
    msg_id, frames = raw_request(kc, "kernel_info_request")
    forged = sign(b"not-the-key", frames)
    shell_sock.send_multipart([DELIM, forged, *frames])
    assert recv_multipart(shell_sock, 1.0) is None, "kernel answered a forged message"
    assert iopub_for(kc, msg_id, 0.5) == [], "kernel published status for a forged message"
    # an execute with a forged signature must not run
    msg_id, frames = raw_request(kc, "execute_request", {
        "code": 'import "fmt"\nfmt.Println("forged ran")', "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    shell_sock.send_multipart([DELIM, b"0" * 64, *frames])
    assert recv_multipart(shell_sock, 1.0) is None
    assert iopub_for(kc, msg_id, 0.5) == []
    # a good request on the same socket is answered
    msg_id, frames = raw_request(kc, "kernel_info_request")
    shell_sock.send_multipart([DELIM, sign(kc.session.key, frames), *frames])
    assert recv_multipart(shell_sock, 5) is not None
    assert_serves_kernel_info(km, kc)


def test_malformed_messages_do_not_kill_kernel(kernel, shell_sock):
    km, kc = kernel
    key = kc.session.key
    garbage = [
        [b"garbage"],
        [DELIM],
        [DELIM, b"deadbeef"],
        [DELIM, b"", b"{}", b"{}", b"{}"],
        [b"\xff\xfe", DELIM, b"x" * 64, b"\x00", b"\x01", b"\x02", b"\x03"],
    ]
    bad_json = [b"{not json", b"{}", b"{}", b"{}"]
    garbage.append([DELIM, sign(key, bad_json), *bad_json])  # valid signature, invalid JSON
    no_type = [b'{"msg_id": "x"}', b"{}", b"{}", b"{}"]
    garbage.append([DELIM, sign(key, no_type), *no_type])  # valid JSON, header lacks fields
    for frames in garbage:
        shell_sock.send_multipart(frames)
    for frames in garbage:  # and on control
        kc.control_channel.socket.send_multipart(frames)
    time.sleep(0.5)
    assert_serves_kernel_info(km, kc)
    reply, msgs = execute_ok(kc, "6*7")
    assert result_text(msgs) == "42"


def test_heartbeat_answered_while_busy(kernel):
    km, kc = kernel
    msg_id = kc.execute('import "time"\ntime.Sleep(3*time.Second)', allow_stdin=False)
    time.sleep(0.5)
    hb = zmq.Context.instance().socket(zmq.REQ)
    hb.linger = 0
    hb.connect(endpoint(km, "hb_port"))
    try:
        for i in range(3):
            ping = f"ping-{i}".encode()
            hb.send(ping)
            assert hb.poll(1000), "heartbeat not answered within 1 s while a cell runs"
            assert hb.recv() == ping
            time.sleep(0.3)
    finally:
        hb.close()
    assert get_reply(kc, msg_id, timeout=10)["content"]["status"] == "ok"


def test_kernel_info_on_control_while_busy(kernel):
    km, kc = kernel
    exec_id = kc.execute('import "time"\ntime.Sleep(2*time.Second)', allow_stdin=False)
    time.sleep(0.3)
    t0 = time.monotonic()
    msg = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(msg)
    reply = get_reply(kc, msg["header"]["msg_id"], timeout=1.5, channel="control")
    assert time.monotonic() - t0 < 1.0
    assert reply["msg_type"] == "kernel_info_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["language_info"]["name"] == "go"
    assert get_reply(kc, exec_id, timeout=10)["content"]["status"] == "ok"


def test_comm_info_and_unknown_comm_open(kernel):
    km, kc = kernel
    for kw in ({}, {"target_name": "jupyter.widget"}):
        reply = get_reply(kc, kc.comm_info(**kw))
        assert reply["msg_type"] == "comm_info_reply"
        assert reply["content"]["status"] == "ok"
        assert reply["content"]["comms"] == {}
    comm_id = uuid.uuid4().hex
    msg = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
    kc.shell_channel.send(msg)
    closes = [m for m in collect_iopub(kc, msg["header"]["msg_id"], timeout=5)
              if m["msg_type"] == "comm_close"]
    assert len(closes) == 1
    assert closes[0]["content"]["comm_id"] == comm_id
    assert_serves_kernel_info(km, kc)


# ----------------------------------------------------------------- execute


def test_execution_count_increments(kernel):
    km, kc = kernel
    counts = []
    for code in ("a := 1", "a + 1", 'import "fmt"\nfmt.Println(a)'):
        reply, msgs = execute_ok(kc, code)
        n = reply["content"]["execution_count"]
        inputs = [m for m in msgs if m["msg_type"] == "execute_input"]
        assert len(inputs) == 1 and inputs[0]["content"]["execution_count"] == n
        assert inputs[0]["content"]["code"] == code
        for r in (m for m in msgs if m["msg_type"] == "execute_result"):
            assert r["content"]["execution_count"] == n
        counts.append(n)
    assert counts[0] >= 1
    assert counts == [counts[0], counts[0] + 1, counts[0] + 2]
    # a failing cell also consumes a number
    reply, _ = execute(kc, "nosuch")
    assert reply["content"]["execution_count"] == counts[2] + 1


def test_execute_reply_fields(kernel):
    km, kc = kernel
    reply, msgs = execute_ok(kc, "x := 2")
    assert reply["content"]["user_expressions"] == {}
    assert reply["content"]["payload"] == []
    # a statement cell shows no value, not even a stale one from the previous cell
    reply, msgs = execute_ok(kc, "x * 21")
    assert result_text(msgs) == "42"
    reply, msgs = execute_ok(kc, "x = 3")
    assert result_text(msgs) is None, outputs(msgs)


def test_silent_publishes_nothing(kernel):
    km, kc = kernel
    reply, _ = execute_ok(kc, "v := 1")
    n = reply["content"]["execution_count"]
    reply, msgs = execute_ok(kc, 'import "fmt"\nfmt.Println("hidden")\nv + 1', silent=True)
    assert isinstance(reply["content"]["execution_count"], int)
    assert [m["msg_type"] for m in msgs] == ["status", "status"], msgs
    assert [m["content"]["execution_state"] for m in msgs] == ["busy", "idle"]
    reply, msgs = execute_ok(kc, "v")
    assert reply["content"]["execution_count"] == n + 1
    assert result_text(msgs) == "1"


def test_store_history_false_does_not_bump_count(kernel):
    km, kc = kernel
    reply, _ = execute_ok(kc, "w := 5")
    n = reply["content"]["execution_count"]
    code = 'import "fmt"\nfmt.Println("not stored", w)'
    reply, msgs = execute_ok(kc, code, store_history=False)
    assert stream_text(msgs) == "not stored 5\n"
    reply, _ = execute_ok(kc, "w")
    assert reply["content"]["execution_count"] == n + 1
    hist = get_reply(kc, kc.history(hist_access_type="tail", n=10, raw=True, output=False))
    assert code not in [h[2] for h in hist["content"]["history"]]


def test_cell_mixing_declarations_and_statements(kernel):
    km, kc = kernel
    code = 'import "fmt"\nvar s string\ns = "x"\nfunc twice(v string) string { return v + v }\nfmt.Println(twice(s))'
    reply, msgs = execute_ok(kc, code)
    assert stream_text(msgs) == "xx\n"
    reply, msgs = execute_ok(kc, "twice(s)")
    assert result_text(msgs) == "xx"


def test_error_reply_and_single_error_output(kernel):
    km, kc = kernel
    reply, msgs = execute(kc, 'import "fmt"\nx := 1\nfmt.Println(nosuch, x)')
    c = reply["content"]
    assert c["status"] == "error"
    assert c["ename"] == "CompileError"
    assert "undefined: nosuch" in c["evalue"]
    assert re.search(r"cell:3:\d+", c["evalue"]), c["evalue"]
    outs = outputs(msgs)
    assert [m["msg_type"] for m in outs] == ["error"], outs
    assert outs[0]["content"]["ename"] == "CompileError"
    assert outs[0]["content"]["evalue"] == c["evalue"]

    reply, msgs = execute(kc, 'panic("boom")')
    assert (reply["content"]["status"], reply["content"]["ename"], reply["content"]["evalue"]) == \
        ("error", "panic", "boom")
    outs = outputs(msgs)
    assert [m["msg_type"] for m in outs] == ["error"], outs
    assert (outs[0]["content"]["ename"], outs[0]["content"]["evalue"]) == ("panic", "boom")


@pytest.mark.parametrize("first", [
    # the first cell sleeps: the next two are surely queued in the kernel before the error
    'import (\n\t"fmt"\n\t"time"\n)\ntime.Sleep(500 * time.Millisecond)\nfmt.Println("one")',
    # back to back ("Run All"): requests that arrived while the error was produced are aborted too
    'import "fmt"\nfmt.Println("one")',
], ids=["slow-first", "back-to-back"])
def test_stop_on_error_aborts_queued_cells(kernel, first):
    km, kc = kernel
    # The failing cell takes a moment, so the third request is surely sent
    # before the failure even on a loaded machine: a request the client
    # creates after seeing the error must run (as in ipykernel).
    codes = [first, 'time.Sleep(300 * time.Millisecond)\npanic("stop")', 'fmt.Println("three")']
    ids = [kc.execute(c, allow_stdin=False, stop_on_error=True) for c in codes]
    replies = [get_reply(kc, i) for i in ids]
    assert [r["content"]["status"] for r in replies] == ["ok", "error", "aborted"]
    msgs3 = iopub_for(kc, ids[2], 1.0)
    assert "three" not in stream_text(msgs3)
    # the abort is not sticky
    reply, msgs = execute_ok(kc, 'fmt.Println("four")')
    assert stream_text(msgs) == "four\n"
    # stop_on_error=False on the failing cell: the queued cell runs
    ids = [kc.execute('panic("no stop")', allow_stdin=False, stop_on_error=False),
           kc.execute('fmt.Println("runs")', allow_stdin=False)]
    assert [get_reply(kc, i)["content"]["status"] for i in ids] == ["error", "ok"]
