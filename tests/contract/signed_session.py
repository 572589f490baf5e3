"""A requests.Session that signs like our clients, so schemathesis's requests reach a checking gateway.

schemathesis sends with `requests`; this auth hands each prepared request, as an httpx.Request, to a
signer of the client under test (Huawei's AkSkAuth.sign; for Tencent the Tc3Auth flow, which also
rewrites the spec's pseudo-path `POST /<Action>` to `POST /` + X-TC-Action) and copies URL and headers
back. Only requests whose Authorization header is the SIGN_ME placeholder are signed: the auth checks
of schemathesis remove or replace that header and must reach the server unsigned.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import requests

SIGN_ME = "sign-me"
NOT_COPIED = frozenset({"host", "content-length"})  # set by httpx.Request itself, and by requests when sending

Signer = Callable[[httpx.Request], object]


class _SignedBy(requests.auth.AuthBase):
    def __init__(self, sign: Signer) -> None:
        self.sign = sign

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        if prepared.headers.get("Authorization") != SIGN_ME:
            return prepared
        del prepared.headers["Authorization"]
        body = prepared.body or b""
        content = body.encode() if isinstance(body, str) else bytes(body)  # type: ignore[arg-type]
        headers = {name: str(value) for name, value in prepared.headers.items()}
        request = httpx.Request(str(prepared.method), str(prepared.url), headers=headers, content=content)
        self.sign(request)
        prepared.url = str(request.url)
        for name, value in request.headers.items():
            if name.lower() not in NOT_COPIED:
                prepared.headers[name] = value
        return prepared


def signed_session(sign: Signer) -> requests.Session:
    """A session whose SIGN_ME requests are signed by `sign` (it modifies the httpx.Request in place)."""
    session = requests.Session()
    session.auth = _SignedBy(sign)
    return session
