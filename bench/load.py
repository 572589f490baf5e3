"""The fake cloud under load: served by uvicorn on loopback as `make mock` does, driven by loadgen.

The fake runs in its own process (`python -m fakecloud`, auth on, jobs finishing at once) on a free
port. Each API's `load` prepares its mixes there (creating the jobs they read) and returns signed
requests; each mix gets a short warm-up, then one bounded run. Besides requests/s and latency, the
fake's own CPU share (from /proc) shows whether it was CPU-bound, and the generator's that it was not
the limit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import httpx

from . import loadgen
from .apis.case import AK, SECRET_ID, SECRET_KEY, SK, Case
from .processes import ROOT, loopback_env
from .settings import Settings

HOST = "127.0.0.1"
WARMUP_REQUESTS = 50


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def serving_fake(**settings: str) -> Iterator[tuple[str, int]]:
    """The fake cloud on 127.0.0.1:<free port> in a uvicorn process (FAKE_* `settings` on top of the
    defaults below); yields its base URL and pid."""
    port = _free_port()
    env = loopback_env()
    env.update(FAKE_PORT=str(port), FAKE_PROGRESSION="immediate", FAKE_AUTH="on", FAKE_AK=AK, FAKE_SK=SK,
               FAKE_SECRET_ID=SECRET_ID, FAKE_SECRET_KEY=SECRET_KEY, FAKE_RATE_LIMIT="off")  # fmt: skip
    env.update(settings)
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([sys.executable, "-m", "fakecloud"], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=errors)  # fmt: skip
        try:
            _wait_until_listening(process, port, errors)
            yield f"http://{HOST}:{port}", process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, errors: IO[bytes]) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                errors.seek(0)
                text = errors.read().decode("utf-8", "replace")
                raise RuntimeError(f"the fake did not start on port {port}:\n{text[-2000:]}") from None
            time.sleep(0.05)


def raw(request: httpx.Request) -> bytes:
    """The request as HTTP/1.1 bytes, exactly as signed."""
    head = f"{request.method} {request.url.raw_path.decode('ascii')} HTTP/1.1\r\n".encode("ascii")
    headers = b"".join(name + b": " + value + b"\r\n" for name, value in request.headers.raw)
    return head + headers + b"\r\n" + request.read()


def measure(case: Case, settings: Settings) -> dict[str, Any]:
    assert case.load is not None
    results: dict[str, Any] = {}
    with serving_fake() as (url, pid):
        mixes = case.load(url)
        for name, mix in mixes.items():
            requests = [(weight, raw(request)) for weight, _, request in mix]
            loadgen.run(HOST, int(url.rsplit(":", 1)[1]), requests, count=WARMUP_REQUESTS, seconds=5, connections=2)
            cpu = _cpu_seconds(pid)
            result = loadgen.run(HOST, int(url.rsplit(":", 1)[1]), requests, count=settings.load_count,
                                 seconds=settings.load_seconds, connections=settings.load_connections)  # fmt: skip
            after = _cpu_seconds(pid)
            summary = result.summary()
            summary["fake_cpu_share"] = (
                (after - cpu) / result.seconds if cpu is not None and after is not None else None
            )
            summary["mix"] = " + ".join(f"{weight:.0%} {operation}" for weight, operation, _ in mix)
            summary["connections"] = settings.load_connections
            results[name] = summary
    return results
