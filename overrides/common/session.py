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
from typing import Any, TypedDict, Unpack

import httpx
from attrs import define, evolve, field

from ...client import Client
from .arguments import is_finite_number, twin_fields
from .calls import DEFAULT_RETRY, CallSettings, known_operations
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


class CallOptions(TypedDict, total=False):
    """What `with_options()` changes for the calls of a copy of a client; every key is optional.

    timeout:     per-request timeout in seconds or httpx.Timeout (None: none)
    max_retries: attempts after the first (0 switches retries off; None keeps the client's)
    retry:       a RetryPolicy; max_retries overrides its own (None keeps the client's)
    """

    timeout: Timeout
    max_retries: int | None
    retry: RetryPolicy | None


def checked_options(options: Mapping[str, Any], accepted: type[Any], call: str) -> None:
    """InvalidArgument naming an option that the TypedDict `accepted` does not know (e.g. a misspelt one),
    listing the ones it does; `call` names the function, e.g. "connect()"."""
    known = set(accepted.__annotations__)  # a TypedDict's: its own keys and those of its bases
    unknown = sorted(set(options) - known)
    if unknown:
        raise InvalidArgument(unknown[0], f"not a {call} option; the options are {', '.join(sorted(known))}")


def _timeout(value: Any) -> httpx.Timeout | None:
    """None (no timeout), an httpx.Timeout, or seconds: a finite number > 0; InvalidArgument otherwise."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if not (is_finite_number(value) and value > 0):
        raise InvalidArgument("timeout", f"expected seconds (a finite number > 0), an httpx.Timeout or None, got "
                                         f"{value!r:.40}")  # fmt: skip
    return httpx.Timeout(value)


_POLICY_FIELDS = ("max_retries", "initial_delay", "max_delay", "max_retry_after")


def _policy(retry: object, max_retries: object) -> RetryPolicy:
    """The RetryPolicy of `retry` (one of another generated package is taken by its fields), with
    `max_retries` (a whole number >= 0) replacing its own when given."""
    if retry is None:
        policy = DEFAULT_RETRY
    elif isinstance(retry, RetryPolicy):
        policy = retry
    elif (fields := twin_fields(retry, "RetryPolicy", _POLICY_FIELDS)) is not None:
        policy = RetryPolicy(*fields)
    else:
        raise InvalidArgument("retry", f"expected a RetryPolicy, got {type(retry).__name__}")
    if max_retries is None:
        return policy
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgument("max_retries", f"must be a whole number >= 0, got {max_retries!r:.40}")
    if max_retries == policy.max_retries:
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

    def with_options(self, **options: Unpack[CallOptions]) -> ApiClient:
        """A copy for some calls: other retries or timeout (CallOptions); the same connections and rate
        limiter. InvalidArgument naming an option that is not one, or a value that cannot work.

        `client.with_options(max_retries=0)` never retries; `timeout=5` gives each request 5 s.
        Closing either closes the connections both use.
        """
        checked_options(options, CallOptions, "with_options()")
        new_timeout = _timeout(options["timeout"]) if "timeout" in options else self._timeout
        policy = _policy(options.get("retry") or self._retry, options.get("max_retries"))
        return evolve(self, retry=policy, timeout=new_timeout, shares=self._shares or self)


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
    """An ApiClient for `base_url` whose requests go through `auth` (and `transport`, when given);
    InvalidArgument naming the first option that cannot work (rate_limits names: the spec's operations)."""
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
        rate_limiter=RateLimiter(rate_limits, operations=known_operations),
    )


def client_options(options: Mapping[str, Any], accepted: type[ClientOptions]) -> dict[str, Any]:
    """The keyword arguments of `build_client` found in a vendor's connect() options; InvalidArgument
    naming an option `accepted` (the vendor's ConnectOptions) does not know, e.g. a misspelt one."""
    checked_options(options, accepted, "connect()")
    keys = ("transport", "max_retries", "retry", "rate_limits")
    found = {key: options[key] for key in keys if key in options}
    found["timeout"] = options.get("timeout", DEFAULT_TIMEOUT)
    return found
