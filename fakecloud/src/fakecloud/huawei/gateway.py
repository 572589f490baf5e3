"""The Huawei API gateway's authentication, as the fake performs it: AK/SK signatures and IAM tokens.

Written from the signing guide independently of the client's signer (overrides/huawei/signing.py),
so that a canonicalisation mistake cannot hide by being made on both sides. The signature is
recomputed over whichever headers the client listed in SignedHeaders, so any correct client passes,
Huawei's own SDKs included, with either HMAC algorithm they offer (SDK-HMAC-SHA256, the default, and
SDK-HMAC-SM3; not their ECDSA/SM2 ones, whose keys are derived from the SK). Failures are 401 with an
APIG.0301-style body, as the real gateway sends.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import parse_qsl, quote, unquote

MAX_SKEW = timedelta(minutes=15)


@dataclass(frozen=True)
class Algorithm:
    """A signing algorithm: its name in Authorization and the string to sign, its hash (of the body, the
    canonical request and inside the HMAC) and the header that may carry the body's hash instead."""

    name: str
    hash: Callable[[], Any]
    content_header: str


ALGORITHMS = {a.name: a for a in (
    Algorithm("SDK-HMAC-SHA256", hashlib.sha256, "x-sdk-content-sha256"),
    # the official SDKs' HttpConfig.signing_algorithm = HMAC_SM3 (GB/T 32905); OpenSSL provides SM3
    *([Algorithm("SDK-HMAC-SM3", partial(hashlib.new, "sm3"), "x-sdk-content-sm3")]
      if "sm3" in hashlib.algorithms_available else []),
)}  # fmt: skip
_AUTHORIZATION = re.compile(
    r"^(?P<algorithm>SDK-HMAC-[A-Z0-9]+)\s+Access=(?P<ak>[^,\s]+),\s*SignedHeaders=(?P<signed>[^,\s]+),"
    r"\s*Signature=(?P<sig>[0-9a-fA-F]+)$"
)


@dataclass(frozen=True)
class GatewayRequest:
    """The parts of an HTTP request the gateway signs: raw path and query as received, headers, body."""

    method: str
    raw_path: str
    raw_query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes


class AuthFailure(Exception):
    """Authentication failed; the message is what the gateway tells the client."""

    code = "APIG.0301"


def _pct(text: str) -> str:
    return quote(text, safe="-_.~")


def _canonical_path(raw_path: str) -> str:
    path = "/".join(_pct(part) for part in unquote(raw_path).split("/"))
    return path if path.endswith("/") else f"{path}/"


def _canonical_query(raw_query: str) -> str:
    pairs = sorted(parse_qsl(raw_query, keep_blank_values=True))
    return "&".join(f"{_pct(k)}={_pct(v)}" for k, v in pairs)


def _hex(algorithm: Algorithm, data: bytes) -> str:
    digest = algorithm.hash()
    digest.update(data)
    return str(digest.hexdigest())


def expected_signature(
    request: GatewayRequest, signed: Sequence[str], sk: str, algorithm: Algorithm = ALGORITHMS["SDK-HMAC-SHA256"]
) -> str:
    headers = "".join(f"{name}:{request.headers[name].strip()}\n" for name in signed)
    payload = request.headers.get(algorithm.content_header) or _hex(algorithm, request.body)
    canonical = "\n".join(
        [request.method.upper(), _canonical_path(request.raw_path), _canonical_query(request.raw_query),
         headers, ";".join(signed), payload]
    )  # fmt: skip
    text = f"{algorithm.name}\n{request.headers['x-sdk-date']}\n{_hex(algorithm, canonical.encode('utf-8'))}"
    return hmac.new(sk.encode("utf-8"), text.encode("utf-8"), algorithm.hash).hexdigest()


def check_signature(request: GatewayRequest, ak: str, sk: str, now: datetime | None = None) -> None:
    """Raise AuthFailure unless `request` carries a valid SDK-HMAC-SHA256 (or SDK-HMAC-SM3) signature by
    `ak`/`sk`."""
    match = _AUTHORIZATION.match(request.headers.get("authorization", "").strip())
    algorithm = ALGORITHMS.get(match["algorithm"]) if match is not None else None
    if match is None or algorithm is None:
        raise AuthFailure("Incorrect IAM authentication information: Authorization header is not "
                          f"{' or '.join(ALGORITHMS)}")  # fmt: skip
    if not hmac.compare_digest(match["ak"].encode("utf-8"), ak.encode("utf-8")):
        raise AuthFailure("Incorrect IAM authentication information: the access key does not exist")
    signed = match["signed"].split(";")
    if "x-sdk-date" not in signed:
        raise AuthFailure("Incorrect IAM authentication information: X-Sdk-Date must be a signed header")
    missing = [name for name in signed if name not in request.headers]
    if missing or signed != sorted(signed) or any(name != name.lower() for name in signed):
        raise AuthFailure(
            "Incorrect IAM authentication information: SignedHeaders must list present headers in lower case, "
            f"sorted (missing: {', '.join(missing) or 'none'})"
        )
    try:
        date = datetime.strptime(request.headers["x-sdk-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise AuthFailure("Incorrect IAM authentication information: X-Sdk-Date is not YYYYMMDDTHHMMSSZ") from None
    if abs((now or datetime.now(UTC)) - date) > MAX_SKEW:
        raise AuthFailure("Incorrect IAM authentication information: X-Sdk-Date is more than 15 minutes off")
    expected = expected_signature(request, signed, sk, algorithm)
    if not hmac.compare_digest(expected.encode(), match["sig"].lower().encode()):
        raise AuthFailure("Incorrect IAM authentication information: verify aksk signature fail")


def authenticate(
    request: GatewayRequest,
    *,
    ak: str,
    sk: str,
    token: str,
    security_token: str | None = None,
    now: datetime | None = None,
) -> None:
    """AK/SK when an Authorization header is present (with `security_token`: temporary AK/SK, which must
    come with that X-Security-Token), else the IAM token; raise AuthFailure otherwise."""
    if "authorization" in request.headers:
        check_signature(request, ak, sk, now)
        sent = request.headers.get("x-security-token", "").strip()
        if security_token is not None and not hmac.compare_digest(sent.encode(), security_token.encode()):
            raise AuthFailure("Incorrect IAM authentication information: verify security token fail")
    elif "x-auth-token" in request.headers:
        if not hmac.compare_digest(request.headers["x-auth-token"].encode(), token.encode()):
            raise AuthFailure("Incorrect IAM authentication information: verify token fail")
    else:
        raise AuthFailure("Incorrect IAM authentication information: no Authorization or X-Auth-Token header")
