# Copied from overrides/common/session.py by scripts/generate.py — edit that file, not this copy.
"""What every vendor's `connect()` options share, and the client built from them (`ApiClient`).

The generated Client knows nothing of auth, retries or rate limits, takes a transport only through
`httpx_args`, and wants an httpx.Timeout (not seconds). Each vendor layer's session module resolves
its credentials into an httpx.Auth and builds its client with `build_client`; its ConnectOptions
extend ClientOptions with the vendor's own keys, so every package's `connect()` takes these the same
way. `ApiClient` is the generated Client plus the settings common.calls applies to every call, and
`with_options()`, which returns a copy with other settings that shares the connection pools (and the
rate limiter) of the client it was made from, as the Stainless SDKs do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx
from attrs import define, evolve, field

from ...client import Client
from .calls import DEFAULT_RETRY, CallSettings
from .errors import InvalidArgument
from .ratelimit import RateLimiter
from .retries import RetryPolicy
from .timeouts import DEFAULT_TIMEOUT

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport
Timeout = httpx.Timeout | float | None


class ClientOptions(TypedDict, total=False):
    """The `connect()` options of every vendor; every key is optional.

    base_url:    an endpoint to call instead of the API's (a proxy, a fake)
    timeout:     per-request timeout in seconds or httpx.Timeout (default DEFAULT_TIMEOUT; None: none)
    transport:   an httpx transport (sync, async or both), e.g. an in-process fake
    max_retries: attempts after the first for a call that failed in a way a retry may cure (default 2;
                 0 switches retries off); see RetryPolicy
    retry:       a RetryPolicy (backoff and Retry-After limits too); max_retries overrides its own
    rate_limits: requests per second by operation name, "*" for all others, None for no limit;
                 operations not named keep their documented limit (see RateLimiter)
    """

    base_url: str | None
    timeout: Timeout
    transport: Transport | None
    max_retries: int
    retry: RetryPolicy
    rate_limits: Mapping[str, float | None] | None


def _timeout(value: Timeout) -> httpx.Timeout | None:
    return value if value is None or isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _policy(retry: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise InvalidArgument("retry", f"expected a RetryPolicy, got {type(retry).__name__}")
    policy = retry if retry is not None else DEFAULT_RETRY
    if max_retries is None or max_retries == policy.max_retries:
        return policy
    return RetryPolicy(max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after)


@define
class ApiClient(Client):
    """The generated Client with the settings of its calls: retries, rate limits and a timeout.

    Pass it to the generated functions as `client=`, or use it through a facade; `with_options()`
    gives a copy with other settings sharing this client's connections and rate limiter.
    """

    _retry: RetryPolicy = field(default=DEFAULT_RETRY, kw_only=True, alias="retry")
    _rate_limiter: RateLimiter | None = field(factory=RateLimiter, kw_only=True, alias="rate_limiter")
    _shares: Client | None = field(default=None, kw_only=True, alias="shares")

    @property
    def call_settings(self) -> CallSettings:
        """What common.calls applies to this client's calls (a copy sends its own timeout with each request)."""
        timeout = self._timeout if self._shares is not None else httpx.USE_CLIENT_DEFAULT
        return CallSettings(self._retry, self._rate_limiter, timeout)

    def get_httpx_client(self) -> httpx.Client:
        return self._shares.get_httpx_client() if self._shares is not None else super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._shares is not None:
            return self._shares.get_async_httpx_client()
        return super().get_async_httpx_client()

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        timeout: Timeout | Any = httpx.USE_CLIENT_DEFAULT,
    ) -> ApiClient:
        """A copy for some calls: other retries or timeout; the same connections and rate limiter.

        `client.with_options(max_retries=0)` never retries; `timeout=5` gives each request 5 s.
        Closing either closes the connections both use.
        """
        new_timeout = self._timeout if timeout is httpx.USE_CLIENT_DEFAULT else _timeout(timeout)
        return evolve(self, retry=_policy(retry or self._retry, max_retries), timeout=new_timeout,
                      shares=self._shares or self)  # fmt: skip


def build_client(
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: Timeout = DEFAULT_TIMEOUT,
    transport: Transport | None = None,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    rate_limits: Mapping[str, float | None] | None = None,
) -> ApiClient:
    """An ApiClient for `base_url` whose requests go through `auth` (and `transport`, when given)."""
    httpx_args: dict[str, Any] = {"auth": auth}
    if transport is not None:
        if not isinstance(transport, httpx.BaseTransport | httpx.AsyncBaseTransport):
            raise InvalidArgument("transport", f"expected an httpx transport, got {type(transport).__name__}")
        httpx_args["transport"] = transport
    return ApiClient(
        base_url=base_url,
        timeout=_timeout(timeout),
        httpx_args=httpx_args,
        retry=_policy(retry, max_retries),
        rate_limiter=RateLimiter(rate_limits),
    )


def client_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of `build_client` found in a vendor's connect() options."""
    keys = ("transport", "max_retries", "retry", "rate_limits")
    found = {key: options[key] for key in keys if key in options}
    found["timeout"] = options.get("timeout", DEFAULT_TIMEOUT)
    return found
