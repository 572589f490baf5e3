"""A requests.Session that signs like our client, so schemathesis's requests reach a checking gateway.

schemathesis sends with `requests`; this auth hands each prepared request to the client's own
AkSkAuth (the code under test) and copies the signature headers back. Only requests whose
Authorization header is the SIGN_ME placeholder are signed: the auth checks of schemathesis remove
or replace that header and must reach the server unsigned.
"""

from __future__ import annotations

import httpx
import requests
from metastudio_client import AkSkAuth, HuaweiCredentials

SIGNATURE_HEADERS = ("Authorization", "X-Sdk-Date", "X-Project-Id", "X-Security-Token")
SIGN_ME = "sign-me"


class _AkSkForRequests(requests.auth.AuthBase):
    def __init__(self, credentials: HuaweiCredentials) -> None:
        self.signer = AkSkAuth(credentials)

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        if prepared.headers.get("Authorization") != SIGN_ME:
            return prepared
        del prepared.headers["Authorization"]
        body = prepared.body or b""
        content = body.encode() if isinstance(body, str) else bytes(body)  # type: ignore[arg-type]
        headers = {name: str(value) for name, value in prepared.headers.items()}
        request = httpx.Request(str(prepared.method), str(prepared.url), headers=headers, content=content)
        self.signer.sign(request)
        prepared.url = str(request.url)
        for name in SIGNATURE_HEADERS:
            if name in request.headers:
                prepared.headers[name] = request.headers[name]
        return prepared


def signed_session(credentials: HuaweiCredentials) -> requests.Session:
    session = requests.Session()
    session.auth = _AkSkForRequests(credentials)
    return session
