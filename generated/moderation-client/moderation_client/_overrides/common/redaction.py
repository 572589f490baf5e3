# Copied from overrides/common/redaction.py by scripts/generate.py — edit that file, not this copy.
"""Requests without their secrets, for the exceptions that keep them and for log lines.

An httpx exception and the response an ApiError keeps both hold the request as it was sent: signed,
with the IAM or STS token, the callback seed in the body, and for uploads the pre-signed URL whose
query is a credential. Before an error leaves the client, `redact` replaces that request with a copy
that masks the headers in SECRET_HEADERS and the body members in SECRET_MEMBERS, and drops the query
of URLs that are not the API's (pre-signed upload URLs); `describe` is the same request as one line
("PUT https://bucket.obs.example.com/voice.zip"), for messages and logs.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx

MASK = "********"
# The Authorization signature can be replayed for minutes (15 for Huawei's gateway, 5 for TC3).
SECRET_HEADERS = frozenset({"authorization", "x-auth-token", "x-security-token", "x-tc-token"})
SECRET_MEMBERS = frozenset({"seed"})  # compared case-insensitively: the callback HMAC key (Huawei seed, Tencent Seed)
_REDACTED = "redacted"  # request extension marking a copy made here (redacting it again changes nothing)


def describe(request: httpx.Request, *, keep_query: bool = False) -> str:
    """ "METHOD scheme://host/path", the query left out unless `keep_query`."""
    url = request.url if keep_query else request.url.copy_with(query=None)
    return f"{request.method} {url}"


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: MASK if str(k).lower() in SECRET_MEMBERS else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


def _body(request: httpx.Request) -> bytes:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed upload: nothing kept
        return b""
    if not content:
        return b""
    try:
        return json.dumps(_masked(json.loads(content)), ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # not JSON: it cannot be told what is secret in it
        return b"<body not kept>"


def redact(request: httpx.Request, *, keep_query: bool = True) -> httpx.Request:
    """A copy of `request` with secret headers and body members masked, the query dropped unless `keep_query`."""
    if request.extensions.get(_REDACTED):
        return request
    headers = [(name, MASK if name.lower() in SECRET_HEADERS else value)
               for name, value in request.headers.items() if name.lower() != "content-length"]  # fmt: skip
    url = request.url if keep_query else request.url.copy_with(query=None)
    return httpx.Request(request.method, url, headers=headers, content=_body(request), extensions={_REDACTED: True})


def redact_response(response: httpx.Response | None, *, keep_query: bool = True) -> httpx.Response | None:
    """`response`, its request replaced by a redacted copy."""
    if response is not None:
        with contextlib.suppress(RuntimeError):  # a response built without a request has none to redact
            response.request = redact(response.request, keep_query=keep_query)
    return response
