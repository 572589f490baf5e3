"""Build a generated Client that talks to a Tencent Cloud API: credentials, TC3 signing and timeout set.

The generated Client knows nothing of Tencent auth and has no timeout. `tencent_client` resolves the
credentials (arguments first, then the TENCENTCLOUD_* variables, then the profile file: see
credentials.py) and the optional region, and installs
the TC3 auth (pseudo-path rewrite + signature) limited to the API host; `connect_client` does the same
for the options of an API's `connect()` (ConnectOptions, the same shape as the Huawei services').
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Unpack

import httpx

from ...client import Client
from ..common.session import ClientOptions, build_client, client_options
from .credentials import TencentCredentials, region_from_env
from .signing import Tc3Auth


def tencent_client(
    base_url: str,
    *,
    service: str,
    version: str,
    credentials: TencentCredentials | None = None,
    region: str | None = None,
    environ: Mapping[str, str] | None = None,
    clock: Callable[[], float] = time.time,
    **client: Any,
) -> Client:
    """A Client for `base_url` whose requests are rewritten to `POST /` and signed for `service`/`version`;
    `client` are the options of every vendor (timeout, transport, max_retries, retry, rate_limits)."""
    creds = credentials or TencentCredentials.find(environ)
    auth = Tc3Auth(
        creds,
        service=service,
        version=version,
        region=region or region_from_env(environ),
        host=httpx.URL(base_url).host,
        clock=clock,
    )
    return build_client(base_url, auth, **client)


class ConnectOptions(ClientOptions, total=False):
    """How a Tencent Cloud API's `connect()` reaches and authenticates to it; every key is optional.

    credentials: SecretId/SecretKey (default: the TENCENTCLOUD_* variables, else the profile file)
    region:      the X-TC-Region to send (default: TENCENTCLOUD_REGION; many APIs, AMS among them, need none)
    language:    language of the error messages, "zh-CN" or "en-US" (X-TC-Language; default: the
                 service's, zh-CN); the facade sends it with each call
    and those of every vendor (common.session.ClientOptions): base_url (instead of the API's
    endpoint), timeout (seconds or httpx.Timeout; default DEFAULT_TIMEOUT), transport, max_retries,
    retry and rate_limits (default: the documented limits of the spec's operations).
    """

    credentials: TencentCredentials | None
    region: str | None
    language: str | None


def connect_client(service: str, version: str, endpoint: str, **options: Unpack[ConnectOptions]) -> Client:
    """`tencent_client` for `base_url`, or for the API's `endpoint` when no base URL is given."""
    return tencent_client(
        options.get("base_url") or endpoint,
        service=service,
        version=version,
        credentials=options.get("credentials"),
        region=options.get("region"),
        **client_options(options),
    )
