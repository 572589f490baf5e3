# Copied from overrides/huawei/signing.py by scripts/generate.py — edit that file, not this copy.
"""AK/SK request signing of Huawei Cloud API Gateway (SDK-HMAC-SHA256), and token auth, as httpx.Auth.

The generator can only add a fixed header (AuthenticatedClient); Huawei APIs need every request
signed. This follows the API signing guide (support.huaweicloud.com/devg-apisign/api-sign-algorithm-00{2..5}):

  CanonicalRequest = method \\n CanonicalURI \\n CanonicalQueryString \\n CanonicalHeaders \\n
                     SignedHeaders \\n hex(sha256(body))
  - CanonicalURI: each path segment percent-encoded (RFC 3986 unreserved characters kept), always
    ending in "/" (the trailing-slash rule: signed with it, sent without it);
  - CanonicalQueryString: name=value pairs percent-encoded the same way, sorted by name (then value),
    "name=" for an empty value;
  - CanonicalHeaders: "name:value\\n" for each signed header, names lower-case and sorted, values trimmed;
  StringToSign = "SDK-HMAC-SHA256" \\n X-Sdk-Date \\n hex(sha256(CanonicalRequest))
  Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b;c>, Signature=hex(hmac_sha256(SK, StringToSign))

Signed headers: host, x-sdk-date, content-type and every x-* header (what a proxy may rewrite, such
as user-agent or accept-encoding, is left out). The query string is re-sent in its canonical form,
so the server sees exactly what was signed. A streamed body is not read into memory to be hashed:
it is signed as ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD``, as Huawei's SDKs do for uploads.
Requests to another origin than the API's — another host (e.g. an OBS upload URL), scheme or port
(common.origins) — are neither signed nor given a token. Works for sync and asyncio clients.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import quote, unquote

import httpx

from ..common.origins import Origin, auth_origin, origin_of
from ..common.secrets import Secret, required_secret
from .credentials import HuaweiCredentials

ALGORITHM = "SDK-HMAC-SHA256"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
HEADER_DATE = "X-Sdk-Date"
HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"


def _encode(text: str) -> str:
    return quote(text, safe="~")  # quote() always keeps A-Z a-z 0-9 _ . - ; with ~ that is RFC 3986 unreserved


def canonical_uri(path: str) -> str:
    """The canonical form of a (percent-encoded) request path: each segment encoded as by _encode."""
    uri = quote(unquote(path), safe="/~")  # one pass over the path, "/" kept as the separator
    return uri if uri.endswith("/") else uri + "/"


def canonical_query_string(pairs: Iterable[tuple[str, str]]) -> str:
    """Sorted, percent-encoded name=value pairs of decoded query parameters."""
    return "&".join(f"{_encode(name)}={_encode(value)}" for name, value in sorted(pairs))


def canonical_request(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    signed_headers: Iterable[str],
    payload_sha256: str,
) -> str:
    """The canonical request; `headers` must be keyed by lower-case name."""
    names = sorted(signed_headers)
    lines = "".join(f"{name}:{headers[name].strip()}\n" for name in names)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query_string(query),
            lines,
            ";".join(names),
            payload_sha256,
        ]
    )


def string_to_sign(canonical: str, sdk_date: str) -> str:
    return f"{ALGORITHM}\n{sdk_date}\n{hashlib.sha256(canonical.encode()).hexdigest()}"


def signature(sk: Secret, text: str) -> str:
    return hmac.new(sk.reveal().encode(), text.encode(), hashlib.sha256).hexdigest()


def authorization_header(ak: str, signed_headers: Iterable[str], signature_hex: str) -> str:
    return f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(sorted(signed_headers))}, Signature={signature_hex}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _is_signed(name: str) -> bool:
    return name in ("host", "content-type") or name.startswith("x-")


class AkSkAuth(httpx.Auth):
    """Sign each request to the origin of `base_url` (every request when it is None) with SDK-HMAC-SHA256."""

    def __init__(
        self,
        credentials: HuaweiCredentials,
        *,
        base_url: str | None = None,
        host: str | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.credentials = credentials
        self.origin: Origin | None = auth_origin("AkSkAuth", base_url, host)
        self._clock = clock

    def __repr__(self) -> str:
        return f"AkSkAuth({self.credentials!r}, origin={self.origin!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.origin is None or origin_of(request.url) == self.origin:
            self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add X-Sdk-Date (unless set), X-Project-Id, X-Security-Token and Authorization to `request`."""
        credentials = self.credentials
        query = request.url.params.multi_items() if request.url.query else []
        if query:
            request.url = request.url.copy_with(query=canonical_query_string(query).encode("ascii"))
        present = set(request.headers.keys())  # lower-case; cheaper than Headers.setdefault's KeyError
        if HEADER_DATE.lower() not in present:
            request.headers[HEADER_DATE] = self._clock().strftime(DATE_FORMAT)
        if credentials.project_id and "x-project-id" not in present:
            request.headers["X-Project-Id"] = credentials.project_id
        if credentials.security_token:
            request.headers["X-Security-Token"] = credentials.security_token.reveal()
        try:
            body_hash = hashlib.sha256(request.content).hexdigest()
        except httpx.RequestNotRead:  # a streamed upload: do not read it whole to hash it
            body_hash = UNSIGNED_PAYLOAD
            if HEADER_CONTENT_SHA256.lower() not in present:
                request.headers[HEADER_CONTENT_SHA256] = UNSIGNED_PAYLOAD
        headers = {name: value for name, value in request.headers.items()}
        signed = sorted(name for name in headers if _is_signed(name))
        payload = headers.get(HEADER_CONTENT_SHA256.lower()) or body_hash
        canonical = canonical_request(request.method, request.url.raw_path.split(b"?")[0].decode("ascii"), query,
                                      headers, signed, payload)  # fmt: skip
        text = string_to_sign(canonical, headers[HEADER_DATE.lower()])
        request.headers["Authorization"] = authorization_header(credentials.ak, signed, signature(credentials.sk, text))


class TokenAuth(httpx.Auth):
    """Send an IAM token in X-Auth-Token (and the project in X-Project-Id) with each request to the origin
    of `base_url` (every request when it is None)."""

    def __init__(
        self,
        token: str | Secret,
        *,
        project_id: str | None = None,
        base_url: str | None = None,
        host: str | None = None,
    ) -> None:
        self.token = required_secret("token", token, header=True, what="the IAM token")  # X-Auth-Token
        self.project_id = project_id
        self.origin: Origin | None = auth_origin("TokenAuth", base_url, host)

    def __repr__(self) -> str:
        return f"TokenAuth(Secret('********'), project_id={self.project_id!r}, origin={self.origin!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.origin is None or origin_of(request.url) == self.origin:
            request.headers["X-Auth-Token"] = self.token.reveal()
            if self.project_id:
                request.headers.setdefault("X-Project-Id", self.project_id)
        yield request
