"""Interrupts, stdin, output floods, lifecycle, completion/inspection and magics."""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path
from queue import Empty

import pytest

from conftest import (
    collect_iopub,
    execute,
    execute_ok,
    get_reply,
    outputs,
    result_text,
    start_kernel,
    stream_text,
)

pytestmark = pytest.mark.timeout(300, func_only=True)

READ_CELL = 'import "fmt"\ns := ""\nfmt.Scanln(&s)\nfmt.Println("got", s)'


def wait_for_execute_input(kc, msg_id: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=0.2)
        except Empty:
            continue
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
            return
    raise TimeoutError("cell never started")


def session_of(kc, timeout: float = 5) -> str:
    return get_reply(kc, kc.kernel_info(), timeout=timeout)["header"]["session"]


def wait_for_new_session(kc, old_session: str, timeout: float) -> str:
    """Poll kernel_info until a kernel with a different session answers on shell AND its
    IOPub status reaches us. After a restart the client's libzmq SUB resends its subscription
    only once the socket is used again, so (like Jupyter Server's "nudge") we poke until
    IOPub traffic flows; messages published before that are lost, whatever the kernel."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        try:
            reply = get_reply(kc, msg_id, timeout=0.5)
        except TimeoutError:
            continue
        if reply["header"]["session"] == old_session:
            continue
        try:
            collect_iopub(kc, msg_id, timeout=0.5)
        except TimeoutError:
            continue
        return reply["header"]["session"]
    raise TimeoutError(f"no new kernel answered (shell and IOPub) within {timeout}s")


def all_text(msgs) -> str:
    parts = [stream_text(msgs, "stdout"), stream_text(msgs, "stderr")]
    parts += [m["content"]["data"].get("text/plain", "") for m in msgs
              if m["msg_type"] in ("execute_result", "display_data")]
    return "\n".join(parts)


# ----------------------------------------------------------------- interrupt


@pytest.mark.parametrize("loop", ["for {}", "time.Sleep(time.Hour)"])
@pytest.mark.parametrize("how", ["signal", "message-km", "message-control"])
def test_interrupt_keeps_state(how, loop):
    with start_kernel(interrupt_mode="message" if how == "message-km" else None) as (km, kc):
        execute_ok(kc, 'import "time"\nkeep := 41')
        msg_id = kc.execute(loop, allow_stdin=False)
        wait_for_execute_input(kc, msg_id)
        time.sleep(0.5)
        t0 = time.monotonic()
        if how == "message-control":
            req = kc.session.msg("interrupt_request", {})
            kc.control_channel.send(req)
            ireply = get_reply(kc, req["header"]["msg_id"], timeout=2, channel="control")
            assert ireply["msg_type"] == "interrupt_reply"
            assert ireply["content"]["status"] == "ok"
        else:
            km.interrupt_kernel()
        reply = get_reply(kc, msg_id, timeout=10)
        elapsed = time.monotonic() - t0
        assert elapsed < 1.5, f"interrupt took {elapsed:.2f}s"
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "KeyboardInterrupt"
        errs = [m for m in outputs(collect_iopub(kc, msg_id)) if m["msg_type"] == "error"]
        assert len(errs) == 1 and errs[0]["content"]["ename"] == "KeyboardInterrupt"
        assert km.is_alive()
        reply, msgs = execute_ok(kc, "keep + 1")
        assert result_text(msgs) == "42"


def test_sigint_while_idle_does_not_kill(kernel):
    km, kc = kernel
    execute_ok(kc, "idle := 7")
    km.signal_kernel(signal.SIGINT)
    time.sleep(0.5)
    assert km.is_alive()
    reply, msgs = execute_ok(kc, "idle * 6")
    assert result_text(msgs) == "42"


# ----------------------------------------------------------------- output volume


def test_flood_100k_lines_in_order(kernel):
    km, kc = kernel
    code = 'import "fmt"\nfor i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}'
    msg_id = kc.execute(code, allow_stdin=False)
    msgs = collect_iopub(kc, msg_id, timeout=180)  # read IOPub concurrently with the cell
    reply = get_reply(kc, msg_id, timeout=10)
    assert reply["content"]["status"] == "ok"
    out = stream_text(msgs, "stdout")
    expected = "".join(f"{i}\n" for i in range(100000))
    if out != expected:
        lines = out.splitlines()
        first_bad = next((i for i, x in enumerate(lines) if x != str(i)), len(lines))
        pytest.fail(f"got {len(lines)} lines, first mismatch at line {first_bad}; "
                    f"{len([m for m in msgs if m['msg_type'] == 'stream'])} stream messages")
    assert msgs[-1]["content"]["execution_state"] == "idle"


# ----------------------------------------------------------------- stdin


def test_stdin_round_trip(kernel):
    km, kc = kernel
    msg_id = kc.execute(READ_CELL, allow_stdin=True)
    req = kc.get_stdin_msg(timeout=10)
    assert req["msg_type"] == "input_request"
    assert req["parent_header"]["msg_id"] == msg_id
    assert req["content"]["prompt"] == ""
    assert req["content"]["password"] is False
    kc.input("spargo")
    reply = get_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert stream_text(collect_iopub(kc, msg_id)) == "got spargo\n"


def test_stdin_two_reads(kernel):
    km, kc = kernel
    code = 'import "fmt"\na, b := "", ""\nfmt.Scanln(&a)\nfmt.Scanln(&b)\nfmt.Println(a + "+" + b)'
    msg_id = kc.execute(code, allow_stdin=True)
    for value in ("first", "second"):
        req = kc.get_stdin_msg(timeout=10)
        assert req["msg_type"] == "input_request"
        kc.input(value)
    assert get_reply(kc, msg_id)["content"]["status"] == "ok"
    assert stream_text(collect_iopub(kc, msg_id)) == "first+second\n"


def test_stdin_disallowed_fails_fast(kernel):
    km, kc = kernel
    t0 = time.monotonic()
    reply, msgs = execute(kc, READ_CELL, allow_stdin=False, timeout=10)
    assert time.monotonic() - t0 < 3
    assert reply["content"]["status"] == "error"
    assert "stdin" in reply["content"]["evalue"].lower(), reply["content"]
    errs = [m for m in outputs(msgs) if m["msg_type"] == "error"]
    assert len(errs) == 1 and "stdin" in errs[0]["content"]["evalue"].lower()
    with pytest.raises(Empty):
        kc.get_stdin_msg(timeout=0.3)
    assert result_text(execute_ok(kc, "1 + 1")[1]) == "2"


# ----------------------------------------------------------------- survival


def test_goroutine_panic_and_os_exit_survive(kernel):
    km, kc = kernel
    pid = km.provisioner.pid
    execute_ok(kc, 'import (\n\t"os"\n\t"time"\n)')
    reply, msgs = execute(kc, 'go func() { panic("bg") }()\ntime.Sleep(200 * time.Millisecond)')
    c = reply["content"]
    assert c["status"] == "error"
    assert "bg" in c["evalue"] + "\n".join(c["traceback"]), c
    assert [m["msg_type"] for m in outputs(msgs)] == ["error"]
    reply, msgs = execute_ok(kc, "1 + 1")
    assert result_text(msgs) == "2"

    reply, msgs = execute(kc, "os.Exit(3)")
    assert (reply["content"]["status"], reply["content"]["ename"], reply["content"]["evalue"]) == \
        ("error", "ExitError", "exit status 3")
    assert [m["msg_type"] for m in outputs(msgs)] == ["error"]
    execute_ok(kc, "os.Exit(0)")
    reply, msgs = execute_ok(kc, "2 + 2")
    assert result_text(msgs) == "4"
    assert km.is_alive() and km.provisioner.pid == pid


# ----------------------------------------------------------------- lifecycle


def test_restart_is_fast_and_new_session(kernel):
    km, kc = kernel
    execute_ok(kc, "gone := 1")
    old_session, old_pid = session_of(kc), km.provisioner.pid
    t0 = time.monotonic()
    km.restart_kernel(now=False)
    new_session = wait_for_new_session(kc, old_session, timeout=10)
    elapsed = time.monotonic() - t0
    assert elapsed < 5, f"restart took {elapsed:.2f}s"
    assert new_session != old_session and km.provisioner.pid != old_pid
    reply = get_reply(kc, kc.execute("gone", allow_stdin=False))
    assert reply["content"]["status"] == "error"  # state is gone


def test_iopub_after_restart_same_client(kernel):
    """Clients (jupyter console, qtconsole, Jupyter Server) keep their sockets across a restart:
    once the libzmq SUB has reconnected to the new kernel's PUB, every output must arrive."""
    km, kc = kernel
    old_session = session_of(kc)
    km.restart_kernel(now=False)
    wait_for_new_session(kc, old_session, timeout=10)
    reply, msgs = execute(kc, "6*7", timeout=5)
    assert result_text(msgs) == "42"


def test_shutdown_is_prompt(kernel):
    km, kc = kernel
    pid = km.provisioner.pid
    t0 = time.monotonic()
    km.shutdown_kernel(now=False)
    elapsed = time.monotonic() - t0
    assert elapsed < 3, f"shutdown took {elapsed:.2f}s (kernel did not exit on shutdown_request)"
    assert not km.is_alive()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


@pytest.mark.parametrize("busy", [False, True])
def test_shutdown_request_on_control(kernel, busy):
    km, kc = kernel
    proc = km.provisioner.process
    if busy:
        msg_id = kc.execute("for {}", allow_stdin=False)
        wait_for_execute_input(kc, msg_id)
    req = kc.session.msg("shutdown_request", {"restart": False})
    kc.control_channel.send(req)
    reply = get_reply(kc, req["header"]["msg_id"], timeout=3, channel="control")
    assert reply["msg_type"] == "shutdown_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["restart"] is False
    proc.wait(timeout=3)  # exits by itself, no SIGTERM needed


def test_history_persists_across_restart(kernel):
    km, kc = kernel
    code = f"histMarker{uuid.uuid4().hex[:8]} := 1"
    execute_ok(kc, code)
    hist = get_reply(kc, kc.history(hist_access_type="tail", n=1, raw=True, output=False))
    [[old_sess, _, last]] = hist["content"]["history"]
    assert last == code
    assert Path(os.environ["SPARGO_HISTORY"]).is_file()
    old = session_of(kc)
    km.restart_kernel(now=False)
    wait_for_new_session(kc, old, timeout=15)
    hist = get_reply(kc, kc.history(hist_access_type="tail", n=50, raw=True, output=False))
    entries = hist["content"]["history"]
    assert [old_sess, code] in [[h[0], h[2]] for h in entries], entries


# ----------------------------------------------------------------- complete / inspect / is_complete


def test_complete_counts_code_points(kernel):
    km, kc = kernel
    execute_ok(kc, 'import "fmt"')
    prints = {"Print", "Printf", "Println"}
    for code in ['s := "héllo"; fmt.Pri', 's := "😀é"\nfmt.Pri']:
        c = get_reply(kc, kc.complete(code, cursor_pos=len(code)))["content"]
        assert c["status"] == "ok"
        assert (c["cursor_start"], c["cursor_end"]) == (len(code) - 3, len(code)), (code, c)
        assert set(c["matches"]) == prints
    code = 's := "héllo😀"\nfmt.Pri\nt := "ü"'
    pos = code.index("fmt.Pri") + len("fmt.Pri")
    c = get_reply(kc, kc.complete(code, cursor_pos=pos))["content"]
    assert (c["cursor_start"], c["cursor_end"]) == (pos - 3, pos), c
    assert set(c["matches"]) == prints


def test_complete_user_names(kernel):
    km, kc = kernel
    execute_ok(kc, "myVariable := 1")
    execute_ok(kc, "func myHelper() int { return 2 }")
    for prefix, name in (("myVar", "myVariable"), ("myHel", "myHelper")):
        c = get_reply(kc, kc.complete(prefix))["content"]
        assert name in c["matches"], c
        assert (c["cursor_start"], c["cursor_end"]) == (0, len(prefix))


def test_inspect(kernel):
    km, kc = kernel
    c = get_reply(kc, kc.inspect("fmt.Println"))["content"]
    assert c["status"] == "ok" and c["found"] is True
    assert "func Println" in c["data"]["text/plain"]
    assert isinstance(c["metadata"], dict)
    c = get_reply(kc, kc.inspect("zzNoSuchThing"))["content"]
    assert c["status"] == "ok" and c["found"] is False


def test_is_complete_details(kernel):
    km, kc = kernel
    c = get_reply(kc, kc.is_complete("func f() {"))["content"]
    assert c["status"] == "incomplete" and isinstance(c["indent"], str)
    assert get_reply(kc, kc.is_complete('fmt.Println("x")'))["content"]["status"] == "complete"
    assert get_reply(kc, kc.is_complete("x := )"))["content"]["status"] == "invalid"


# ----------------------------------------------------------------- magics


def test_magics(kernel):
    km, kc = kernel
    text = all_text(execute_ok(kc, "%lsmagic")[1])
    for name in ("%time", "%env", "%help"):
        assert name in text, text
    assert all_text(execute_ok(kc, "%help")[1]).strip()
    execute_ok(kc, "%env SPARGO_TEST_VAR=abc")
    assert "abc" in all_text(execute_ok(kc, "%env SPARGO_TEST_VAR")[1])
    reply, msgs = execute_ok(kc, 'import (\n\t"fmt"\n\t"os"\n)\nfmt.Println(os.Getenv("SPARGO_TEST_VAR"))')
    assert stream_text(msgs) == "abc\n"
    assert "timed\n" in stream_text(execute_ok(kc, '%time fmt.Println("timed")')[1])
    assert "cell timed\n" in stream_text(execute_ok(kc, '%%time\nfmt.Println("cell timed")')[1])
