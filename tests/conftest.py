"""Shared test harness for the spargo kernel acceptance tests.

A session-scoped autouse fixture builds and installs the kernel (``bash install.sh``)
into a private temporary Jupyter data dir before any test (including the
unittest-based ``jupyter_kernel_test`` suite, whose ``setUpClass`` runs after
session fixtures) starts a kernel.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty
from typing import Any, Iterator

import pytest
from jupyter_client.blocking.client import BlockingKernelClient
from jupyter_client.manager import KernelManager

REPO_ROOT = Path(__file__).resolve().parent.parent
KERNEL_NAME = "spargo"
INSTALL_TIMEOUT = 900  # a cold Go build of yaegi + stdlib symbols takes a while


def pytest_configure(config: pytest.Config) -> None:
    # Harmless if pytest-timeout is installed (it registers the same marker).
    config.addinivalue_line("markers", "timeout(seconds): per-test timeout (pytest-timeout)")


def _install_kernel(tmp: Path) -> None:
    os.environ["JUPYTER_DATA_DIR"] = str(tmp / "jupyter")
    os.environ["JUPYTER_RUNTIME_DIR"] = str(tmp / "jupyter" / "runtime")
    os.environ["SPARGO_HISTORY"] = str(tmp / "history.jsonl")
    os.environ["JUPYTER_PLATFORM_DIRS"] = "1"
    env = dict(os.environ)
    # install.sh installs the papermill translator "into the current python":
    # make sure `python`, `python3` and `pip` resolve to the interpreter running pytest.
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["PYTHON"] = sys.executable
    try:
        proc = subprocess.run(
            ["bash", "install.sh"],
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"`bash install.sh` timed out after {INSTALL_TIMEOUT}s\n{e.stdout}\n{e.stderr}",
                    pytrace=False)
    if proc.returncode != 0:
        pytest.fail(
            f"`bash install.sh` failed with exit code {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout[-5000:]}\n--- stderr ---\n{proc.stderr[-5000:]}",
            pytrace=False,
        )
    spec_dir = tmp / "jupyter" / "kernels" / KERNEL_NAME
    if not (spec_dir / "kernel.json").is_file():
        pytest.fail(f"install.sh succeeded but {spec_dir}/kernel.json does not exist\n"
                    f"--- stdout ---\n{proc.stdout[-3000:]}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def spargo_installed() -> Iterator[Path]:
    """Build + install the kernel into a private JUPYTER_DATA_DIR; yields the temp dir."""
    tmp = Path(tempfile.mkdtemp(prefix="spargo-tests-"))
    saved = {k: os.environ.get(k) for k in
             ("JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "SPARGO_HISTORY", "JUPYTER_PLATFORM_DIRS")}
    try:
        _install_kernel(tmp)
        yield tmp
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- kernels


@contextlib.contextmanager
def start_kernel(
    interrupt_mode: str | None = None, kernel_name: str = KERNEL_NAME
) -> Iterator[tuple[KernelManager, BlockingKernelClient]]:
    """Start a kernel (optionally forcing the kernelspec's interrupt_mode) and shut it down after."""
    km = KernelManager(kernel_name=kernel_name)
    if interrupt_mode is not None:
        km.kernel_spec.interrupt_mode = interrupt_mode
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=30)
        drain(kc)
        yield km, kc
    finally:
        kc.stop_channels()
        with contextlib.suppress(Exception):
            if km.has_kernel:
                km.shutdown_kernel(now=True)


@pytest.fixture
def kernel() -> Iterator[tuple[KernelManager, BlockingKernelClient]]:
    """A fresh spargo kernel for one test: (km, kc)."""
    with start_kernel() as (km, kc):
        yield km, kc


# --------------------------------------------------------------------------- messages


def drain(kc: BlockingKernelClient, timeout: float = 0.2) -> None:
    """Discard whatever is pending on shell and IOPub."""
    for get in (kc.get_shell_msg, kc.get_iopub_msg):
        while True:
            try:
                get(timeout=timeout)
            except Empty:
                break


def check_msg_shape(msg: dict[str, Any]) -> None:
    """Invariants every message must satisfy (Go nil maps/slices must not become JSON null)."""
    assert isinstance(msg["header"], dict) and msg["header"].get("msg_type"), msg
    assert str(msg["header"].get("version", "")).startswith("5."), msg["header"]
    assert isinstance(msg["parent_header"], dict), msg
    assert isinstance(msg["metadata"], dict), f"metadata must be an object: {msg}"
    assert isinstance(msg["content"], dict), msg
    c = msg["content"]
    if msg["msg_type"] in ("display_data", "execute_result", "update_display_data"):
        assert isinstance(c.get("data"), dict), f"data must be an object: {msg}"
        assert isinstance(c.get("metadata"), dict), f"content.metadata must be an object: {msg}"
    if msg["msg_type"] == "error" or c.get("status") == "error":
        assert isinstance(c.get("traceback"), list), f"traceback must be a list: {msg}"
        assert all(isinstance(t, str) for t in c["traceback"]), msg
        assert isinstance(c.get("ename"), str) and isinstance(c.get("evalue"), str), msg


def get_reply(kc: BlockingKernelClient, msg_id: str, timeout: float = 15,
              channel: str = "shell") -> dict[str, Any]:
    """Wait for the reply to msg_id on shell (or control), skipping unrelated replies."""
    get = kc.get_shell_msg if channel == "shell" else kc.control_channel.get_msg
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no {channel} reply to {msg_id} within {timeout}s")
        try:
            msg = get(timeout=remaining)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            check_msg_shape(msg)
            return msg


def collect_iopub(kc: BlockingKernelClient, msg_id: str, timeout: float = 15) -> list[dict[str, Any]]:
    """IOPub messages whose parent is msg_id, up to and including status idle."""
    msgs: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            types = [m["msg_type"] for m in msgs]
            raise TimeoutError(f"no idle for {msg_id} within {timeout}s; got {types}")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        check_msg_shape(msg)
        msgs.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return msgs


def outputs(msgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The output messages (everything except status and execute_input)."""
    return [m for m in msgs if m["msg_type"] not in ("status", "execute_input")]


def stream_text(msgs: list[dict[str, Any]], name: str = "stdout") -> str:
    return "".join(m["content"]["text"] for m in msgs
                   if m["msg_type"] == "stream" and m["content"]["name"] == name)


def execute(kc: BlockingKernelClient, code: str, timeout: float = 15,
            **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Execute code and return (reply, iopub messages up to idle).

    allow_stdin defaults to False so that a stray read can never hang a test.
    """
    kwargs.setdefault("allow_stdin", False)
    msg_id = kc.execute(code, **kwargs)
    reply = get_reply(kc, msg_id, timeout=timeout)
    msgs = collect_iopub(kc, msg_id, timeout=timeout)
    return reply, msgs


def execute_ok(kc: BlockingKernelClient, code: str, **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    reply, msgs = execute(kc, code, **kwargs)
    assert reply["content"]["status"] == "ok", (code, reply["content"], outputs(msgs))
    return reply, msgs


def result_text(msgs: list[dict[str, Any]]) -> str | None:
    """text/plain of the (single) execute_result, or None."""
    results = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert len(results) <= 1, results
    return results[0]["content"]["data"]["text/plain"] if results else None
