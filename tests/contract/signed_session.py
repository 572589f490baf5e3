"""A requests.Session that signs like our clients, so schemathesis's requests reach a checking gateway.

schemathesis sends with `requests`; this auth hands each prepared request to a client's own signer
(the code under test, e.g. `AkSkAuth(credentials).sign` of the package whose contract is tested)
and copies the signature headers back. Only requests whose Authorization header is the SIGN_ME
placeholder are signed: the auth checks of schemathesis remove or replace that header and must
reach the server unsigned.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import requests

SIGNATURE_HEADERS = ("Authorization", "X-Sdk-Date", "X-Project-Id", "X-Security-Token")
SIGN_ME = "sign-me"

Signer = Callable[[httpx.Request], None]


class _SignForRequests(requests.auth.AuthBase):
    def __init__(self, sign: Signer) -> None:
        self.sign = sign

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        if prepared.headers.get("Authorization") != SIGN_ME:
            return prepared
        del prepared.headers["Authorization"]
        body = prepared.body or b""
        content = body.encode() if isinstance(body, str) else body
        if not isinstance(content, bytes):
            raise TypeError("the contract tests only send in-memory bodies")
        headers = {
            name: value if isinstance(value, str) else value.decode() for name, value in prepared.headers.items()
        }
        request = httpx.Request(str(prepared.method), str(prepared.url), headers=headers, content=content)
        self.sign(request)
        prepared.url = str(request.url)
        for name in SIGNATURE_HEADERS:
            if name in request.headers:
                prepared.headers[name] = request.headers[name]
        return prepared


def signed_session(sign: Signer) -> requests.Session:
    session = requests.Session()
    session.auth = _SignForRequests(sign)
    return session
