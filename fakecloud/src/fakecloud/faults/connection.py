"""Connection faults: a dropped connection, a reset connection, a truncated body.

On a served fake (server.py) each request's ASGI scope carries the connection it came on
(`scope["extensions"][EXTENSION]`, a `SocketConnection`), and the faults really happen on the socket:

  drop      the server closes the connection (FIN) before any response byte; httpx raises
            `httpx.RemoteProtocolError("Server disconnected without sending a response.")`
  reset     the server resets the connection (RST, SO_LINGER 0) before any response byte; httpx raises
            `httpx.ReadError("[Errno 104] Connection reset by peer")`
  truncate  the service acts, then the server sends the status line, the headers (Content-Length of the
            whole body) and the first half of the body, and closes; httpx raises
            `httpx.RemoteProtocolError("peer closed connection without sending complete message body
            (received N bytes, expected M)")`. An answer without a body has no half to send: the server
            closes before the status line, and httpx raises what it raises for `drop`.

In-process there is no socket: the fault raises `ConnectionFault` out of the ASGI app, and the
in-process transport (transport.py) raises the same httpx exception, with the message a sync client gets
over a socket, instead (httpx's asyncio backend gives some of them an empty message over a socket).
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

EXTENSION = "fakecloud.connection"
Kind = Literal["drop", "reset", "truncate"]
KINDS: tuple[Kind, ...] = ("drop", "reset", "truncate")


class ConnectionFault(Exception):
    """Raised by the ASGI app in-process, where no socket can be dropped: what should have happened."""

    def __init__(self, kind: Kind, received: int = 0, expected: int = 0) -> None:
        super().__init__(f"{kind} the connection (received {received} of {expected} body bytes)")
        self.kind, self.received, self.expected = kind, received, expected


class SocketConnection:
    """The connection a served request came on (uvicorn's asyncio transport)."""

    def __init__(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport
        self._waiting = False
        self._stopping = False

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Around a request's injected delay: a server that stops meanwhile (or has begun to) closes the
        connection (FIN, no answer), which ends the wait as a client's disconnect would."""
        self._waiting = True
        try:
            if self._stopping:
                self.close()
            yield
        finally:
            self._waiting = False

    def stop(self) -> None:
        """The server is stopping: cut off a request waiting out an injected delay."""
        self._stopping = True
        if self._waiting:
            self.close()

    def close(self) -> None:
        """Close after what was written so far (FIN)."""
        self._transport.close()

    def reset(self) -> None:
        """Reset the connection at once (RST): linger on with a zero timeout, then abort."""
        sock = self._transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        if isinstance(self._transport, asyncio.WriteTransport):
            self._transport.abort()
        else:
            self._transport.close()
