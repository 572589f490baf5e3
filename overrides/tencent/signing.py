"""TC3-HMAC-SHA256 signing of Tencent Cloud API 3.0 as an httpx.Auth, with the RPC rewrite of pseudo-paths.

The generator can only add a fixed header; Tencent APIs need every request signed, and they are RPC:
one `POST /` per product naming the action in a header. Our specs model each action as a pseudo-path
`POST /<Action>` so that every action gets its own generated function. For requests to the API host
this auth therefore
  1. rewrites `POST .../<Action>` to `POST .../` with `X-TC-Action: <Action>` (a request that already
     names its action in X-TC-Action is left alone; another method is rewritten the same way, so that
     the endpoint, not a missing path, answers it);
  2. adds X-TC-Version, X-TC-Timestamp (unless set), X-TC-Region (when one is configured) and, for
     temporary credentials, X-TC-Token;
  3. signs it as the "Signature v3" page says (cloud.tencent.com/document/api/213/30654):

  CanonicalRequest = method \\n CanonicalURI \\n CanonicalQueryString \\n CanonicalHeaders \\n
                     SignedHeaders \\n hex(sha256(body))
  - CanonicalURI: the path as sent ("/" for API 3.0); CanonicalQueryString: the query as sent for a GET,
    always "" for a POST (the page: "POST 固定为空字符串"), even if the caller added a query;
  - CanonicalHeaders: "name:value\\n" per signed header, name and value lower-case and trimmed, sorted
    by name; signed: content-type, host and x-tc-action, as in the page's current example;
  - a request the caller gave `X-TC-Content-SHA256: UNSIGNED-PAYLOAD` (the official SDKs'
    ClientProfile.unsignedPayload = True, for large bodies) signs hex(sha256("UNSIGNED-PAYLOAD")) instead
    of the body's hash, as their abstract_client does;
  StringToSign = "TC3-HMAC-SHA256" \\n X-TC-Timestamp \\n <date>/<service>/tc3_request \\n hex(sha256(CanonicalRequest))
    with <date> the UTC date (YYYY-MM-DD) of X-TC-Timestamp and <service> the product, e.g. ams;
  key = HMAC-SHA256 chain "TC3" + SecretKey → date → service → "tc3_request";
  Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request,
                 SignedHeaders=<a;b;c>, Signature=hex(hmac_sha256(key, StringToSign))

The body is signed byte for byte as it is sent (httpx reads it before the flow runs). Requests to any
other host are neither rewritten nor signed. Works for sync and asyncio clients.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from datetime import UTC, datetime

import httpx

from ..common.secrets import Secret
from .credentials import TencentCredentials

ALGORITHM = "TC3-HMAC-SHA256"
TERMINATOR = "tc3_request"
SIGNED_HEADERS = ("content-type", "host", "x-tc-action")
DEFAULT_CONTENT_TYPE = "application/json"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
_UNSIGNED_PAYLOAD_SHA256 = hashlib.sha256(UNSIGNED_PAYLOAD.encode()).hexdigest()
_ACTION = re.compile(rb"^[A-Z][A-Za-z0-9]*$")


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def utc_date(timestamp: int) -> str:
    """The credential-scope date of a Unix timestamp: its UTC date, whatever the local time zone."""
    return _utc_day(timestamp // 86400)  # Unix time has no leap seconds: every UTC day is 86400 s


@functools.lru_cache(maxsize=4)
def _utc_day(day: int) -> str:
    return datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%d")


def credential_scope(timestamp: int, service: str) -> str:
    return f"{utc_date(timestamp)}/{service}/{TERMINATOR}"


def canonical_request(
    method: str,
    uri: str,
    query: str,
    headers: Mapping[str, str],
    signed_headers: Iterable[str],
    payload_sha256: str,
) -> str:
    """The canonical request; `headers` must be keyed by lower-case name."""
    names = sorted(signed_headers)
    lines = "".join(f"{name}:{headers[name].strip().lower()}\n" for name in names)
    return "\n".join([method.upper(), uri, query, lines, ";".join(names), payload_sha256])


def string_to_sign(timestamp: int, service: str, canonical: str) -> str:
    return f"{ALGORITHM}\n{timestamp}\n{credential_scope(timestamp, service)}\n{_sha256_hex(canonical.encode('utf-8'))}"


def signing_key(secret_key: Secret, date: str, service: str) -> bytes:
    """SecretSigning of the page: HMAC chain over the date, the service and "tc3_request"."""
    secret_date = _hmac(("TC3" + secret_key.reveal()).encode("utf-8"), date)
    return _hmac(_hmac(secret_date, service), TERMINATOR)


def signature(secret_key: Secret, timestamp: int, service: str, canonical: str) -> str:
    key = signing_key(secret_key, utc_date(timestamp), service)
    return hmac.new(key, string_to_sign(timestamp, service, canonical).encode("utf-8"), hashlib.sha256).hexdigest()


def authorization_header(secret_id: str, timestamp: int, service: str, signed_headers: Iterable[str], sig: str) -> str:
    return (
        f"{ALGORITHM} Credential={secret_id}/{credential_scope(timestamp, service)}, "
        f"SignedHeaders={';'.join(sorted(signed_headers))}, Signature={sig}"
    )


def rewrite_pseudo_path(request: httpx.Request) -> None:
    """`POST .../<Action>` → `POST .../` with X-TC-Action; a path not ending in an action name is left alone."""
    if "X-TC-Action" in request.headers:
        return
    path, separator, query = request.url.raw_path.partition(b"?")
    parent, _, action = path.rpartition(b"/")
    if _ACTION.match(action):
        request.url = request.url.copy_with(raw_path=parent + b"/" + separator + query)
        request.headers["X-TC-Action"] = action.decode("ascii")


class Tc3Auth(httpx.Auth):
    """Rewrite and sign each request to `host` (every request when host is None) with TC3-HMAC-SHA256."""

    requires_request_body = True

    def __init__(
        self,
        credentials: TencentCredentials,
        *,
        service: str,
        version: str,
        region: str | None = None,
        host: str | None = None,
        signed_headers: Sequence[str] = SIGNED_HEADERS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not {"content-type", "host"} <= set(signed_headers):
            raise ValueError("TC3 requires content-type and host among the signed headers")
        self.credentials = credentials
        self.service = service
        self.version = version
        self.region = region
        self.host = host
        self.signed_headers = tuple(name.lower() for name in signed_headers)
        self._clock = clock
        self._key: tuple[str, bytes] | None = None  # (UTC date, its signing key)

    def __repr__(self) -> str:
        return (
            f"Tc3Auth({self.credentials!r}, service={self.service!r}, version={self.version!r}, "
            f"region={self.region!r}, host={self.host!r})"
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.host is None or request.url.host == self.host:
            rewrite_pseudo_path(request)
            self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add the X-TC-* common headers (unless set) and Authorization to an already rewritten request."""
        credentials = self.credentials
        present = set(request.headers.keys())  # lower-case; cheaper than Headers.setdefault's KeyError
        if "content-type" not in present:
            request.headers["Content-Type"] = DEFAULT_CONTENT_TYPE
        if "x-tc-version" not in present:
            request.headers["X-TC-Version"] = self.version
        if "x-tc-timestamp" not in present:
            request.headers["X-TC-Timestamp"] = str(int(self._clock()))
        if self.region and "x-tc-region" not in present:
            request.headers["X-TC-Region"] = self.region
        if credentials.token is not None:
            request.headers["X-TC-Token"] = credentials.token.reveal()
        headers = dict(request.headers.items())
        timestamp = int(headers["x-tc-timestamp"])
        signed = sorted(name for name in self.signed_headers if name in headers)
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        query = "" if request.method.upper() == "POST" else query
        unsigned = headers.get("x-tc-content-sha256", "").strip() == UNSIGNED_PAYLOAD
        payload = _UNSIGNED_PAYLOAD_SHA256 if unsigned else _sha256_hex(request.content)
        canonical = canonical_request(request.method, path, query, headers, signed, payload)
        text = string_to_sign(timestamp, self.service, canonical)
        sig = hmac.new(self._key_of(utc_date(timestamp)), text.encode("utf-8"), hashlib.sha256).hexdigest()
        request.headers["Authorization"] = authorization_header(credentials.secret_id, timestamp, self.service,
                                                                signed, sig)  # fmt: skip

    def _key_of(self, date: str) -> bytes:
        """The signing key of a UTC date, derived once per day (three HMACs saved per call)."""
        if self._key is None or self._key[0] != date:
            self._key = (date, signing_key(self.credentials.secret_key, date, self.service))
        return self._key[1]
