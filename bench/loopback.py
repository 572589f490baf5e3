"""The loopback HTTP server of the per-call benchmark: one precomputed response, written in one send.

Run as `python -m bench.loopback PAYLOAD.json` (its own process, so it never competes with the client
for the GIL). It listens on 127.0.0.1 (an ephemeral port), keeps connections alive, reads each request
just far enough to find its end (headers + Content-Length) and answers with the same precomputed
bytes: status line, headers and body in a single transport.write(). It prints {"port": N} once ready;
each "stats" line on stdin gets one JSON line back (requests served, requests that carried an
Authorization header, the request lines seen, and the server's own CPU seconds, so the benchmark can
report what the server costs per request). It exits when stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

HOST = "127.0.0.1"
MAX_REQUEST_LINES = 8


def response_bytes(body: bytes, status: str = "200 OK") -> bytes:
    """A complete keep-alive HTTP/1.1 response with a JSON body, as Huawei's gateway shapes it."""
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json;charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"X-Request-Id: {uuid.uuid4().hex}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


class Counters:
    def __init__(self) -> None:
        self.requests = 0
        self.signed = 0
        self.lines: Counter[str] = Counter()

    def snapshot(self) -> dict[str, object]:
        return {
            "requests": self.requests,
            "signed": self.signed,
            "cpu_s": time.process_time(),
            "request_lines": dict(self.lines),
        }


class _Connection(asyncio.Protocol):
    def __init__(self, response: bytes, counters: Counters) -> None:
        self.response = response
        self.counters = counters
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            head = buffer[:end].lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            elif b"\r\ntransfer-encoding:" in head:  # no client of the benchmark sends chunked bodies
                assert self.transport is not None
                self.transport.write(b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                self.transport.close()
                return
            if len(buffer) < end + 4 + length:
                break
            self._answer(buffer[: buffer.find(b"\r\n")], b"\r\nauthorization:" in head)
            buffer = buffer[end + 4 + length :]
        self.buffer = buffer

    def _answer(self, request_line: bytes, signed: bool) -> None:
        counters = self.counters
        counters.requests += 1
        counters.signed += signed
        line = request_line.decode("latin-1")
        if line in counters.lines or len(counters.lines) < MAX_REQUEST_LINES:
            counters.lines[line] += 1
        assert self.transport is not None
        self.transport.write(self.response)


async def serve(response: bytes) -> None:
    loop = asyncio.get_running_loop()
    counters = Counters()
    server = await loop.create_server(lambda: _Connection(response, counters), HOST, 0)
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": port}), flush=True)
    async with server:
        while command := (await loop.run_in_executor(None, sys.stdin.readline)).strip():
            if command == "stats":
                print(json.dumps(counters.snapshot()), flush=True)
            else:
                print(json.dumps({"error": f"unknown command {command!r}"}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("payload", type=Path, help="JSON body to answer every request with")
    args = parser.parse_args()
    asyncio.run(serve(response_bytes(args.payload.read_bytes())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
