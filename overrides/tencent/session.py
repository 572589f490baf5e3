"""Build a generated Client that talks to a Tencent Cloud API: credentials, TC3 signing and timeout set.

The generated Client knows nothing of Tencent auth and has no timeout. `tencent_client` resolves the
credentials (arguments first, then the TENCENTCLOUD_* variables) and the optional region, and installs
the TC3 auth (pseudo-path rewrite + signature) limited to the API host.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ...client import Client
from ..common import DEFAULT_TIMEOUT
from .credentials import TencentCredentials, region_from_env
from .signing import Tc3Auth


def tencent_client(
    base_url: str,
    *,
    service: str,
    version: str,
    credentials: TencentCredentials | None = None,
    region: str | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
    clock: Callable[[], float] = time.time,
) -> Client:
    """A Client for `base_url` whose requests are rewritten to `POST /` and signed for `service`/`version`."""
    creds = credentials or TencentCredentials.from_env(environ)
    auth = Tc3Auth(
        creds,
        service=service,
        version=version,
        region=region or region_from_env(environ),
        host=httpx.URL(base_url).host,
        clock=clock,
    )
    httpx_args: dict[str, Any] = {"auth": auth}
    if transport is not None:
        httpx_args["transport"] = transport
    timeout_value = timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return Client(base_url=base_url, timeout=timeout_value, httpx_args=httpx_args)
