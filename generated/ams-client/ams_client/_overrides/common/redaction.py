# Copied from overrides/common/redaction.py by scripts/generate.py — edit that file, not this copy.
"""Requests without their secrets, for the exceptions that keep them and for log lines.

An httpx exception and the response an ApiError keeps both hold the request as it was sent: signed,
with the IAM or STS token, the callback seed (or a phone number) in the body, and for uploads the
pre-signed URL whose query is a credential. Before an error leaves the client, `redact` replaces that
request with a copy that masks the headers in SECRET_HEADERS and the body members in SECRET_MEMBERS,
and drops the URL's query (a pre-signed URL's is its signature; the APIs' own queries are not worth
telling them apart);
`describe` is the same request as one line ("PUT https://bucket.obs.example.com/voice.zip"), for
messages and logs. httpx itself logs every request's full URL at INFO under the "httpx" logger;
`install_log_filter` masks there the query of URLs that carry a signature or token (pre-signed URLs),
leaving every other URL as httpx logs it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from typing import Any

import httpx

MASK = "********"
# The Authorization signature can be replayed for minutes (15 for Huawei's gateway, 5 for TC3).
SECRET_HEADERS = frozenset({"authorization", "x-auth-token", "x-security-token", "x-tc-token"})
# Compared case-insensitively: the callback HMAC key (Huawei seed, Tencent Seed), and personal data: a phone
# number (MetaStudio's voice-training tasks).
SECRET_MEMBERS = frozenset({"seed", "phone"})
_SIGNED_QUERY = re.compile(r"(?i)(signature|token|credential|accesskeyid|security|sig=|policy)")
_REDACTED = "redacted"  # request extension marking a copy made here (redacting it again changes nothing)


def describe(request: httpx.Request) -> str:
    """ "METHOD scheme://host/path", without the query."""
    return f"{request.method} {request.url.copy_with(query=None)}"


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


def redact(request: httpx.Request) -> httpx.Request:
    """A copy of `request` with secret headers and body members masked and without the URL's query."""
    if request.extensions.get(_REDACTED):
        return request
    headers = [(name, MASK if name.lower() in SECRET_HEADERS else value)
               for name, value in request.headers.items() if name.lower() != "content-length"]  # fmt: skip
    return httpx.Request(
        request.method,
        request.url.copy_with(query=None),
        headers=headers,
        content=_body(request),
        extensions={_REDACTED: True},
    )


def redact_response(response: httpx.Response | None) -> httpx.Response | None:
    """`response`, its request replaced by a redacted copy."""
    if response is not None:
        with contextlib.suppress(RuntimeError):  # a response built without a request has none to redact
            response.request = redact(response.request)
    return response


class _SignedQueryFilter(logging.Filter):
    """Masks the query of pre-signed URLs among a log record's arguments (httpx logs URLs as httpx.URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) and a.query for a in record.args):
            record.args = tuple(_masked_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


def without_signed_query(text: str) -> str:
    """`text` with its query masked if it is a URL whose query carries a signature or token (a pre-signed
    URL); any other text as it is."""
    if not text.startswith(("https://", "http://")) or "?" not in text:
        return text
    base, _, query = text.partition("?")
    return f"{base}?{MASK}" if _SIGNED_QUERY.search(query) else text


def _masked_url(url: httpx.URL) -> httpx.URL | str:
    if not _SIGNED_QUERY.search(url.query.decode("ascii", "replace")):
        return url
    return f"{url.copy_with(query=None)}?{MASK}"


def install_log_filter() -> None:
    """Mask pre-signed queries in httpx's own request log (once per process)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _SignedQueryFilter) for f in httpx_logger.filters):
        httpx_logger.addFilter(_SignedQueryFilter())
