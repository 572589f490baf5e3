"""The TC3-HMAC-SHA256 check of Tencent Cloud API 3.0, as the fake performs it.

Written from the "Signature v3" page independently of the client's signer (overrides/tencent/signing.py),
so that a canonicalisation mistake cannot hide by being made on both sides. The signature is
recomputed over whichever headers the client listed in SignedHeaders (content-type and host at least),
so any correct client passes, Tencent's own SDKs included. The canonical request is the page's:
  CanonicalQueryString  "" for a POST (the page: "POST 固定为空字符串"), the query string for a GET;
  HashedRequestPayload  hex(sha256(body)); with `X-TC-Content-SHA256: UNSIGNED-PAYLOAD` (the SDKs'
                        ClientProfile.unsignedPayload = True) hex(sha256("UNSIGNED-PAYLOAD")) instead,
                        as their abstract_client computes it: the literal is hashed, not signed as is.
Failures carry the common error codes:
  AuthFailure.InvalidAuthorization  no Authorization, not TC3-HMAC-SHA256, bad scope or SignedHeaders
  MissingParameter / InvalidParameter  X-TC-Timestamp absent / not an integer
  AuthFailure.SignatureExpire       X-TC-Timestamp more than 5 minutes off the server's clock
  AuthFailure.SecretIdNotFound      an unknown SecretId
  AuthFailure.SignatureFailure      the credential date is not the UTC date of the timestamp, or the
                                    signature does not match (wrong key, tampered request)
  AuthFailure.TokenFailure          the fake plays temporary credentials (its settings' tc_token) and
                                    the request's X-TC-Token is missing or another
Without a configured token the key pair is a permanent key ("长期密钥不需要 Token", the common
parameters page): an X-TC-Token is then only checked as part of the signature when the client signed it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ..limits import decimal

MAX_SKEW_SECONDS = 300
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
SIGNATURE_FAILURE = "The provided credentials could not be validated. Please check your signature is correct."
_AUTHORIZATION = re.compile(
    r"^TC3-HMAC-SHA256\s+Credential=(?P<id>[^/\s]+)/(?P<date>[^/\s]+)/(?P<service>[^/\s]+)/(?P<end>[^,\s]+),"
    r"\s*SignedHeaders=(?P<signed>[^,\s]+),\s*Signature=(?P<sig>[0-9a-f]{64})$"
)


@dataclass(frozen=True)
class SignedRequest:
    """The parts of an HTTP request TC3 signs: method, raw path and query as received, headers, body."""

    method: str
    raw_path: str
    raw_query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes


class GatewayError(Exception):
    """The request was refused; `code` and the message are what the envelope tells the client."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def expected_signature(
    request: SignedRequest,
    signed: Sequence[str],
    secret_key: str,
    timestamp: str,
    date: str,
    service: str,
) -> str:
    """The hex signature a client holding `secret_key` computes for `request`."""
    headers = "".join(f"{name}:{request.headers[name].strip().lower()}\n" for name in signed)
    unsigned = request.headers.get("x-tc-content-sha256", "").strip() == UNSIGNED_PAYLOAD
    payload = hashlib.sha256(UNSIGNED_PAYLOAD.encode() if unsigned else request.body).hexdigest()
    query = "" if request.method.upper() == "POST" else request.raw_query
    canonical = "\n".join([request.method.upper(), request.raw_path, query, headers, ";".join(signed), payload])
    scope = f"{date}/{service}/tc3_request"
    text = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    key = _hmac(_hmac(_hmac(f"TC3{secret_key}".encode(), date), service), "tc3_request")
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def credential_service(authorization: str) -> str | None:
    """The service named in an Authorization header's credential scope, if it is TC3."""
    match = _AUTHORIZATION.match(authorization.strip())
    return match["service"] if match else None


def _timestamp(request: SignedRequest) -> tuple[str, int]:
    """X-TC-Timestamp as sent (it is signed as text) and as a number."""
    text = request.headers.get("x-tc-timestamp", "").strip()
    if not text:
        raise GatewayError("MissingParameter", "The request is missing a required parameter `X-TC-Timestamp`.")
    timestamp = decimal(text)
    if timestamp is None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise GatewayError("InvalidParameter", f"X-TC-Timestamp must be a Unix timestamp in seconds, got {shown!r}.")
    return text, timestamp


def authenticate(
    request: SignedRequest, *, secret_id: str, secret_key: str, service: str, now: float, token: str | None = None
) -> None:
    """Raise GatewayError unless `request` carries a valid TC3 signature by `secret_id` for `service` (and,
    when `token` is given, that X-TC-Token)."""
    match = _AUTHORIZATION.match(request.headers.get("authorization", "").strip())
    if match is None:
        raise GatewayError("AuthFailure.InvalidAuthorization",
                           "The Authorization header is missing or not a TC3-HMAC-SHA256 signature.")  # fmt: skip
    text, timestamp = _timestamp(request)
    if abs(now - timestamp) > MAX_SKEW_SECONDS:
        raise GatewayError(
            "AuthFailure.SignatureExpire",
            f"Signature expired: X-TC-Timestamp {timestamp} differs from the server time {int(now)} by more than "
            "five minutes.",
        )
    if not hmac.compare_digest(match["id"].encode("utf-8"), secret_id.encode("utf-8")):
        raise GatewayError("AuthFailure.SecretIdNotFound",
                           "The SecretId is not found, please ensure that your SecretId is correct.")  # fmt: skip
    if match["end"] != "tc3_request" or match["service"] != service:
        raise GatewayError("AuthFailure.InvalidAuthorization",
                           f"The credential scope must be <date>/{service}/tc3_request.")  # fmt: skip
    if match["date"] != datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d"):
        message = "The date in Credential is not the UTC date of X-TC-Timestamp. " + SIGNATURE_FAILURE
        raise GatewayError("AuthFailure.SignatureFailure", message)
    signed = match["signed"].split(";")
    if (not {"content-type", "host"} <= set(signed) or signed != sorted(signed)
            or any(name != name.lower() or name not in request.headers for name in signed)):  # fmt: skip
        raise GatewayError(
            "AuthFailure.InvalidAuthorization",
            "SignedHeaders must list headers present in the request, in lower case and sorted, content-type and "
            "host among them.",
        )
    expected = expected_signature(request, signed, secret_key, text, match["date"], service)
    if not hmac.compare_digest(expected.encode(), match["sig"].encode()):
        raise GatewayError("AuthFailure.SignatureFailure", SIGNATURE_FAILURE)
    sent = request.headers.get("x-tc-token", "").strip()
    if token is not None and not hmac.compare_digest(sent.encode("utf-8"), token.encode("utf-8")):
        raise GatewayError("AuthFailure.TokenFailure", "The X-TC-Token is missing or not the token of this SecretId.")
