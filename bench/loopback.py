"""The loopback HTTP server of the per-call benchmark: one precomputed response, written in one send.

Run as `python -m bench.loopback PAYLOAD.json` (its own process, so it never competes with the client
for the GIL). It listens on 127.0.0.1 (an ephemeral port) with one blocking thread per connection
(measured at about a third of the CPU per request of an asyncio server), keeps connections alive,
reads each request just far enough to find its end (headers + Content-Length) and answers with the
same precomputed bytes: status line, headers and body in a single sendall(). It prints {"port": N}
once ready; each "stats" line on stdin gets one JSON line back (requests served, requests that
carried an Authorization header, the request lines seen, and the server's own CPU seconds, so the
benchmark can report what the server costs per request). It exits when stdin closes.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

HOST = "127.0.0.1"
MAX_REQUEST_LINES = 8
NOT_IMPLEMENTED = b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def response_bytes(body: bytes, status: str = "200 OK") -> bytes:
    """A complete keep-alive HTTP/1.1 response with a JSON body and a request ID header, as the vendors'
    gateways shape them."""
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
        self.lock = threading.Lock()

    def count(self, request_line: bytes, signed: bool) -> None:
        line = request_line.decode("latin-1")
        with self.lock:
            self.requests += 1
            self.signed += signed
            if line in self.lines or len(self.lines) < MAX_REQUEST_LINES:
                self.lines[line] += 1

    def snapshot(self) -> dict[str, object]:
        with self.lock:
            return {
                "requests": self.requests,
                "signed": self.signed,
                "cpu_s": time.process_time(),
                "request_lines": dict(self.lines),
            }


def _serve_connection(connection: socket.socket, response: bytes, counters: Counters) -> None:
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with connection:
        while data := connection.recv(65536):
            buffer += data
            while (end := buffer.find(b"\r\n\r\n")) >= 0:
                head = buffer[:end].lower()
                length = 0
                at = head.find(b"\r\ncontent-length:")
                if at >= 0:
                    stop = head.find(b"\r\n", at + 2)
                    length = int(head[at + 17 : stop if stop >= 0 else len(head)])
                elif b"\r\ntransfer-encoding:" in head:  # no client of the benchmark sends chunked bodies
                    connection.sendall(NOT_IMPLEMENTED)
                    return
                if len(buffer) < end + 4 + length:
                    break
                counters.count(buffer[: buffer.find(b"\r\n")], b"\r\nauthorization:" in head)
                connection.sendall(response)
                buffer = buffer[end + 4 + length :]


def _accept(listener: socket.socket, response: bytes, counters: Counters) -> None:
    while True:
        connection, _ = listener.accept()
        threading.Thread(target=_serve_connection, args=(connection, response, counters), daemon=True).start()


def serve(response: bytes) -> None:
    counters = Counters()
    listener = socket.create_server((HOST, 0))
    threading.Thread(target=_accept, args=(listener, response, counters), daemon=True).start()
    print(json.dumps({"port": listener.getsockname()[1]}), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "stats":
            print(json.dumps(counters.snapshot()), flush=True)
        else:
            print(json.dumps({"error": f"unknown command {command!r}"}), flush=True)
    listener.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("payload", type=Path, help="JSON body to answer every request with")
    args = parser.parse_args()
    serve(response_bytes(args.payload.read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
