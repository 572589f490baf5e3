"""The fake's gateway limits: request sizes it accepts, and the ASGI middleware that refuses the rest.

Sizes, as the vendors' gateways document them where they do (the coverage table's LIMITS lists each
with its source):
  Huawei API Gateway (APIG error-code table: "Reduce the size of the request body to less than 12 MB",
  "the URI to less than 32 KB", "a single request header less than 32 KB or all request headers less
  than 128 KB"): body 12 MiB → 413 APIG.0201 "Request entity too large."; path and query 32 KiB → 414
  APIG.0201 "Request URI too large."; one header line 32 KiB, all of them 128 KiB → 494 APIG.0201
  "Request headers too large.".
  Tencent Cloud API 3.0 (request structure page: "POST 请求使用签名方法 v3 时最大支持10MB"): body
  10 MiB; the same URI and header sizes as Huawei (undocumented: an assumption); every refusal is an
  HTTP 200 envelope RequestSizeLimitExceeded (a common error code).
  An invalid or repeated Host header is refused as RFC 9112 §3.2 says a server must (400 APIG.0201;
  Tencent: an InvalidParameter envelope), and so is a request with both Content-Length and
  Transfer-Encoding (as nginx, which API gateways run on, does since 1.21.1), its connection then closed.
Inside a JSON body (jsonbody.py; undocumented, the fake's own): nesting depth, items per array, members
per object and characters per string, answered like a body that is too large.

The middleware reads the body (up to the limit) before the services see it and hands it on in one
piece; a body declared larger is refused before it is read (the server discards the rest, so the
connection stays usable). The control plane (its own 1 MiB limit, control.py) and the MetaStudio upload
URLs (OBS stand-ins with their own 64 MiB limit, metastudio/obs.py) are not subject to the body limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi import replaying

MIB = 1 << 20
KIB = 1 << 10
HUAWEI_MAX_BODY = 12 * MIB
TENCENT_MAX_BODY = 10 * MIB
MAX_URI = 32 * KIB
MAX_HEADER_LINE = 32 * KIB
MAX_HEADERS = 128 * KIB
MAX_HEAD = MAX_URI + MAX_HEADERS + 4 * KIB  # what the HTTP server buffers before it gives up on a request head
OFFLOAD_BYTES = 64 * KIB  # larger bodies are checked, parsed and validated in a worker thread
MAX_JSON_DEPTH = 64
MAX_ARRAY_ITEMS = 1_000
MAX_OBJECT_MEMBERS = 1_000
MAX_STRING_CHARS = 64 * KIB
MAX_INTEGER_DIGITS = 4_300  # Python's int() refuses longer digit strings (sys.get_int_max_str_digits())

T = TypeVar("T")

_DIGITS = re.compile(f"[0-9]{{1,{MAX_INTEGER_DIGITS}}}")
_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]*)(?::[0-9]*)?")


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused at the gateway: "body", "uri", "headers", "host" or "framing" (answered,
    then the connection closed), and the details."""

    kind: str
    message: str


def head_refusal(scope: Scope) -> Refusal | None:
    """What is wrong with the request line and headers, or None."""
    uri = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
    if uri > MAX_URI:
        return Refusal("uri", f"the path and query have {uri:,} bytes; at most {MAX_URI:,} are accepted")
    total = 0
    hosts = []
    names = set()
    for name, value in scope["headers"]:
        names.add(name)
        line = len(name) + len(value) + 2
        if line > MAX_HEADER_LINE:
            shown = name[:40].decode("latin-1")
            return Refusal("headers", f"the header {shown} has {line:,} bytes; at most {MAX_HEADER_LINE:,} "
                           "per header are accepted")  # fmt: skip
        total += line
        if name == b"host":
            hosts.append(value)
    if total > MAX_HEADERS:
        return Refusal("headers", f"the headers have {total:,} bytes; at most {MAX_HEADERS:,} are accepted")
    if len(hosts) > 1:
        return Refusal("host", "the request has more than one Host header")
    if b"transfer-encoding" in names and b"content-length" in names:  # a request smuggler's framing
        return Refusal("framing", "the request has both Content-Length and Transfer-Encoding (RFC 9112 §6.1)")
    if hosts and not _HOST.fullmatch(hosts[0].decode("latin-1")):
        return Refusal("host", f"the Host header {hosts[0][:100].decode('latin-1')!r} is not a valid host")
    return None


def _declared_length(scope: Scope) -> int | None:
    """The Content-Length of the request if it declares one that is a number."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            return decimal(value)
    return None


def decimal(text: str | bytes) -> int | None:
    """The whole number that `text` spells in ASCII digits (surrounding whitespace allowed), or None: for
    anything else, including more than MAX_INTEGER_DIGITS digits, which int() would refuse with a
    ValueError. Every digit string a client sends (headers, tokens, parameters) is read through it."""
    stripped = text.decode("latin-1") if isinstance(text, bytes) else text
    stripped = stripped.strip()
    return int(stripped) if _DIGITS.fullmatch(stripped) else None


async def off_loop_if_large(body: bytes, check: Callable[[], T]) -> T:
    """`check()`, which reads `body`: in a worker thread when the body has more than OFFLOAD_BYTES, so that a
    large request does not hold up everyone else's; else at once."""
    if len(body) > OFFLOAD_BYTES:
        return await anyio.to_thread.run_sync(check)
    return check()


# How a refused request is answered: the request and the refusal → the response.
Answer = Callable[[Request, Refusal], Response]


def explained(vendor_message: str, detail: str) -> str:
    """The vendor's message followed by the fake's detail: as a sentence after a full stop ("Request entity too
    large. The body ..."), else after a colon ("Request JSON exception: the body ...")."""
    if vendor_message.endswith("."):
        return f"{vendor_message} {detail[:1].upper()}{detail[1:]}"
    return f"{vendor_message}: {detail}"


class GatewayLimits:
    """ASGI middleware in front of the vendor routes: refuses oversized or malformed requests with
    `answer(path)`'s response, reads the body of the others (up to `max_body(path)`) and passes it on in
    one message (the control plane never reaches it: control.beside() answers it first). Paths starting
    with one of `body_exempt` get the head checks only (their route reads and limits the body itself)."""

    def __init__(self, app: ASGIApp, *, answer: Callable[[str], Answer], max_body: Callable[[str], int],
                 body_exempt: tuple[str, ...]) -> None:  # fmt: skip
        self.app = app
        self.answer = answer
        self.max_body = max_body
        self.body_exempt = body_exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = head_refusal(scope)
        if refusal is None and path.startswith(self.body_exempt):
            await self.app(scope, receive, send)
            return
        if refusal is None:
            body = await _read_body(scope, receive, self.max_body(path))
            if not isinstance(body, Refusal):
                if body is not None:  # None: the client left before its body ended, nobody to answer
                    whole = {"type": "http.request", "body": body, "more_body": False}
                    await self.app(scope, replaying([whole], receive), send)
                return
            refusal = body
        response = self.answer(path)(Request(scope), refusal)
        if refusal.kind == "framing":  # which bytes are the next request is unknowable: close, as RFC 9112 says
            response.headers["connection"] = "close"
        await response(scope, receive, send)


def _body_refusal(size: int, limit: int) -> Refusal:
    return Refusal("body", f"the body has {'more than ' if size > limit else ''}{size:,} bytes; at most "
                   f"{limit:,} are accepted")  # fmt: skip


async def _read_body(scope: Scope, receive: Receive, limit: int) -> bytes | Refusal | None:
    """The whole body; a Refusal once it is declared or read beyond `limit` (the server discards the rest);
    None if the client left before it ended."""
    declared = _declared_length(scope)
    if declared is not None and declared > limit:
        return _body_refusal(declared, limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return _body_refusal(size, limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
