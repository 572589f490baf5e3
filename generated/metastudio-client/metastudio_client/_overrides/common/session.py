# Copied from overrides/common/session.py by scripts/generate.py — edit that file, not this copy.
"""What every vendor's `connect()` options share, and the generated Client built from them.

The generated Client knows nothing of auth, takes a transport only through `httpx_args`, and wants an
httpx.Timeout (not seconds). Each vendor layer's session module resolves its credentials into an
httpx.Auth and builds its client with `build_client`; its ConnectOptions extend ClientOptions with the
vendor's own keys, so every package's `connect()` takes these three the same way.
"""

from __future__ import annotations

from typing import Any, TypedDict

import httpx

from ...client import Client
from .timeouts import DEFAULT_TIMEOUT

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


class ClientOptions(TypedDict, total=False):
    """The `connect()` options of every vendor; every key is optional.

    base_url:  an endpoint to call instead of the API's (a proxy, a fake)
    timeout:   per-request timeout in seconds or httpx.Timeout (default DEFAULT_TIMEOUT; None: none)
    transport: an httpx transport (sync, async or both), e.g. an in-process fake
    """

    base_url: str | None
    timeout: httpx.Timeout | float | None
    transport: Transport | None


def build_client(
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    transport: Transport | None = None,
) -> Client:
    """A generated Client for `base_url` whose requests go through `auth` (and `transport`, when given)."""
    httpx_args: dict[str, Any] = {"auth": auth}
    if transport is not None:
        httpx_args["transport"] = transport
    timeout_value = timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return Client(base_url=base_url, timeout=timeout_value, httpx_args=httpx_args)
