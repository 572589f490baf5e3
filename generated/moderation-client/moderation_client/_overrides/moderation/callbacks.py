# Copied from overrides/moderation/callbacks.py by scripts/generate.py — edit that file, not this copy.
"""Check and read the result notifications Content Moderation POSTs to a job's `callback` URL.

The generated client only sends requests; a callback is a request your server receives, so the
generator has nothing for it. When the job was created with a non-empty `seed`, the notification
carries X-Auth-Signature = HmacSHA256(key=seed, message=create_time + job_id + request_id + seed),
the three values being the fields of the JSON body, concatenated in that order (create page).

Encoding decisions (the page names the algorithm only): strings are UTF-8; the digest is expected
as lower-case hex (what the fake sends), and upper-case hex and Base64 are accepted as well, since
the page does not say. Every candidate is compared in constant time. A body that is not a JSON
object, or lacks one of the three fields as a string, cannot be verified and reads as not authentic.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from ...models import ShowAudioModerationJobResponseBody
from ..common import InvalidArgument, ResponseParseError, Secret
from ..common.responses import load_json

SIGNATURE_HEADER = "X-Auth-Signature"
SIGNED_FIELDS = ("create_time", "job_id", "request_id")

CallbackBody = bytes | bytearray | str | Mapping[str, Any]


def _document(body: CallbackBody) -> Mapping[str, Any] | None:
    if isinstance(body, Mapping):
        return body
    document = load_json(body)  # None for what is not JSON, or nests deeper than the decoder goes
    return document if isinstance(document, dict) else None


def _seed_text(seed: str | Secret) -> str:
    text = seed.reveal() if isinstance(seed, Secret) else seed
    if not text:
        raise InvalidArgument(
            "seed", "must be the non-empty seed the job was created with (without one, no signature is sent)"
        )
    return text


def _digest(document: Mapping[str, Any], seed: str) -> bytes | None:
    values = [document.get(name) for name in SIGNED_FIELDS]
    if not all(isinstance(value, str) for value in values):
        return None
    message = "".join(str(value) for value in values) + seed
    return hmac.new(seed.encode(), message.encode(), hashlib.sha256).digest()


def callback_signature(body: CallbackBody, seed: str | Secret) -> str:
    """The X-Auth-Signature (lower-case hex) the service sends with `body`; InvalidArgument (a ValueError)
    naming `body` if it lacks a field."""
    document = _document(body)
    digest = _digest(document, _seed_text(seed)) if document is not None else None
    if digest is None:
        raise InvalidArgument("body", f"must be a JSON object with string fields {', '.join(SIGNED_FIELDS)}")
    return digest.hex()


def verify_callback_signature(body: CallbackBody, signature_header: str | None, seed: str | Secret) -> bool:
    """True if `signature_header` (the X-Auth-Signature value) is the signature of `body` under `seed`.

    `body` is the raw request body (bytes/str) or its parsed JSON object. Raises InvalidArgument only for
    an empty seed; anything unverifiable (no header, a body without the signed fields) is False.
    """
    key = _seed_text(seed)
    document = _document(body)
    if not signature_header or document is None:
        return False
    digest = _digest(document, key)
    if digest is None:
        return False
    given = signature_header.strip().encode("utf-8", "replace")
    matches = [
        hmac.compare_digest(given.lower(), digest.hex().encode()),
        hmac.compare_digest(given, base64.b64encode(digest)),
    ]
    return any(matches)


def parse_callback(body: CallbackBody) -> ShowAudioModerationJobResponseBody:
    """The notification body as the typed query response; ResponseParseError if it is not one."""
    document = _document(body)
    if document is None:
        raise ResponseParseError("a callback body must be a JSON object")
    try:
        return ShowAudioModerationJobResponseBody.from_dict(document)
    except ResponseParseError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseParseError(f"not an audio moderation job notification: {exc}") from exc
