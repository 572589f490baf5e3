"""One client of the per-call benchmark, in its own process: `python -m bench.worker API CLIENT URL`.

CLIENT is one of KINDS. The worker builds the client, makes one call and checks that the parsed result
holds the whole payload (for the official SDK: less the members its models lack, `Case.official_lacks`),
prints {"ready": ..., "checked_values": N} (N: the payload values it found); then each "run N" line
on stdin makes N calls back to back and prints their wall and CPU seconds. Only the standard library
is imported here, so the same module runs in .venv (raw httpx, our clients) and in .venv-bench (the
official SDK).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from .apis import get
from .apis.case import AsyncCall, Case, SyncCall

# The loopback floor, raw httpx (the floor of a Python HTTP client), ours, the official SDK.
KINDS = ("socket", "raw-sync", "ours-sync", "raw-async", "ours-async", "official-sync")


class SyncRunner:
    def __init__(self, call: SyncCall) -> None:
        self.call = call

    def once(self) -> object:
        return self.call()

    def run(self, count: int) -> float:
        call = self.call
        started = time.perf_counter()
        for _ in range(count):
            call()
        return time.perf_counter() - started


class AsyncRunner:
    """Every batch runs on the same event loop, so the client's connection pool survives between them."""

    def __init__(self, call: AsyncCall) -> None:
        self.call = call
        self.loop = asyncio.new_event_loop()

    def once(self) -> object:
        return self.loop.run_until_complete(self.call())

    async def _batch(self, count: int) -> float:
        call = self.call
        started = time.perf_counter()
        for _ in range(count):
            await call()
        return time.perf_counter() - started

    def run(self, count: int) -> float:
        return self.loop.run_until_complete(self._batch(count))


def _body(case: Case) -> bytes | None:
    return None if case.request_json is None else json.dumps(case.request_json).encode()


def socket_call(case: Case, url: str) -> SyncCall:
    """The floor: a precomputed request on a kept-alive socket, the response read by Content-Length."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    connection = socket.create_connection((host, port))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    body = _body(case) or b""
    request = (f"{case.method} {case.path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: {len(body)}\r\n"
               "Content-Type: application/json\r\n\r\n").encode() + body  # fmt: skip

    def call() -> bytes:
        connection.sendall(request)
        data = b""
        while (end := data.find(b"\r\n\r\n")) < 0:
            data += connection.recv(65536)
        head = data[:end].lower()
        at = head.index(b"content-length:") + 15
        stop = head.find(b"\r\n", at)
        length = int(head[at : stop if stop >= 0 else len(head)])
        while len(data) < end + 4 + length:
            data += connection.recv(65536)
        return data[end + 4 : end + 4 + length]

    return call


def raw_sync(case: Case, url: str) -> SyncCall:
    import httpx

    client, body = httpx.Client(base_url=url), case.request_json
    if body is None:
        return lambda: client.request(case.method, case.path).json()
    return lambda: client.request(case.method, case.path, json=body).json()


def raw_async(case: Case, url: str) -> AsyncCall:
    import httpx

    client, body = httpx.AsyncClient(base_url=url), case.request_json

    async def call() -> object:
        if body is None:
            return (await client.request(case.method, case.path)).json()
        return (await client.request(case.method, case.path, json=body)).json()

    return call


SYNC: dict[str, Callable[[Case, str], SyncCall]] = {
    "socket": socket_call,
    "raw-sync": raw_sync,
    "ours-sync": lambda case, url: case.ours_sync(url),
    "official-sync": lambda case, url: case.official(url),
}
ASYNC: dict[str, Callable[[Case, str], AsyncCall]] = {
    "raw-async": raw_async,
    "ours-async": lambda case, url: case.ours_async(url),
}


def runner(case: Case, kind: str, url: str) -> SyncRunner | AsyncRunner:
    if kind in SYNC:
        return SyncRunner(SYNC[kind](case, url))
    return AsyncRunner(ASYNC[kind](case, url))


def _reply(value: dict[str, object]) -> None:
    print(json.dumps(value), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("api")
    parser.add_argument("client", choices=KINDS)
    parser.add_argument("url")
    args = parser.parse_args()
    case = get(args.api)
    try:
        client = runner(case, args.client, args.url)
        result = client.once()
        lacking = case.official_lacks if args.client == "official-sync" else ()
        checked = case.check(json.loads(result) if isinstance(result, bytes) else result, lacking=lacking)
    except Exception as exc:  # tell the driver why, then stop
        _reply({"error": f"{args.client}: {type(exc).__name__}: {exc}"})
        return 1
    _reply({"ready": True, "python": sys.version.split()[0], "checked_values": checked})
    for line in sys.stdin:
        command, _, count = line.strip().partition(" ")
        if command != "run" or not count.isdigit():
            _reply({"error": f"unknown command {line.strip()!r}"})
            continue
        cpu = time.process_time()
        wall = client.run(int(count))
        _reply({"seconds": wall, "cpu_seconds": time.process_time() - cpu})
    return 0


if __name__ == "__main__":
    sys.exit(main())
