"""Typed exceptions raised by the overrides instead of the generator's untyped results and httpx's own errors.

The generated functions return an error model (or None) for error statuses, crash on odd ones and let
httpx's exceptions through; with the overrides every failure is one of these exceptions. None of them
ever carries a secret: the requests they keep are redacted (common.redaction).

Which failures a retry may cure lives here, with the classes (common.calls reads it):
- `retry_safe`: the request surely was not carried out — it was never sent (ConnectFailed) or the
  service refused it before doing anything (ThrottlingError) — so any operation may be sent again;
- `transient`: a later attempt may succeed (5xx, timeouts, a dropped connection, throttling), but the
  request may have been carried out, so only idempotent operations (reads) are sent again.
The error a call finally raises says how many attempts were made, and for an operation that is not
idempotent whether it may have been carried out anyway (`outcome_unknown`: the job may exist).
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Sequence
from typing import Any

import httpx

_DELAY_SECONDS = re.compile(r"[0-9]+")
RETRY_STATUSES = frozenset({500, 502, 503, 504})  # server errors a later attempt may not meet
THROTTLING_STATUSES = frozenset({429})


class ClientError(Exception):
    """Base class of every error raised by this client.

    attempts:        how many times the request was sent (set on the error a call finally raises)
    operation:       the API operation that failed (e.g. "ShowShortJob"), when known
    outcome_unknown: True when the operation is not idempotent and may have been carried out despite
                     the error (e.g. a create that timed out: the job may exist)
    created_ids:     ids of the jobs or tasks a batch helper created before this error (e.g. `moderate`)
    """

    attempts: int = 1
    operation: str | None = None
    outcome_unknown: bool = False
    created_ids: tuple[str, ...] = ()

    @property
    def retry_safe(self) -> bool:
        """True if the request surely was not carried out: sending it again is safe for any operation."""
        return False

    @property
    def transient(self) -> bool:
        """True if a later attempt may succeed (idempotent operations are retried on it)."""
        return self.retry_safe

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle (multiprocessing, ProcessPoolExecutor) with every field: the default rebuilds an
        exception as `cls(*args)`, which keyword-only fields (ApiError's) cannot go through. The
        `__cause__` (httpx's exception, whose request is not redacted) is left behind, as pickle does."""
        return _restore, (type(self), self.args), self.__dict__

    def __str__(self) -> str:
        text = super().__str__()
        if self.attempts > 1:
            text += f" (after {self.attempts} attempts)"
        if self.outcome_unknown:
            text += (
                f"; {self.operation or 'the request'} may have been carried out despite this error "
                "(e.g. the job may exist): check before repeating it"
            )
        if any(job_id not in text for job_id in self.created_ids):  # unless the message names them all
            text += f"; {len(self.created_ids)} created before this error: see .created_ids"
        return text


def _restore(cls: type[ClientError], args: tuple[Any, ...]) -> ClientError:
    """An unpickled error: its fields come back from its pickled __dict__ (see ClientError.__reduce__)."""
    error = cls.__new__(cls)
    error.args = args
    return error


class ClientClosed(ClientError):
    """The client was closed (close(), or the end of its with-block): connect() a new one."""


class InvalidArgument(ClientError, ValueError):
    """An argument the client cannot send (e.g. a path parameter "..", text that is not valid Unicode);
    `parameter` names it."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter}: {problem}")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A Retry-After header value (delay-seconds or an HTTP-date) as seconds from now; None if absent or
    unreadable. A date in the past gives 0. delay-seconds are ASCII digits only (RFC 9110 §10.2.3: DIGIT
    is 0-9; str.isdigit() would take "¹" or "٣", which float() then refuses)."""
    if not value:
        return None
    text = value.strip()
    if _DELAY_SECONDS.fullmatch(text):
        return float(text)  # beyond a float's range: inf, longer than any max_retry_after
    if not text.isascii():  # an HTTP-date is ASCII too; int() in the date parser would read "٣" as 3
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # an HTTP-date is always GMT
        return None
    seconds = moment.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


class ApiError(ClientError):
    """The service answered with an error: HTTP status, vendor error code and message, request id.

    `retry_after` is the answer's Retry-After in seconds (None without one); `response` the answer,
    whose request is redacted.
    """

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None,
        error_msg: str | None,
        request_id: str | None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.response = response
        self.retry_after = retry_after_seconds(response.headers.get("Retry-After")) if response is not None else None
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.status_code}"
        if self.error_code:
            text += f" {self.error_code}"
        if self.error_msg:
            text += f": {self.error_msg}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(ApiError):
    """The gateway refused the credentials or the signature (HTTP 401/403)."""


class ThrottlingError(ApiError):
    """Too many requests (HTTP 429, Huawei's gateway APIG.0308, Tencent RequestLimitExceeded*): the request
    was refused before anything was done, so it is retried for every operation (after `retry_after`)."""

    @property
    def retry_safe(self) -> bool:
        return True


class ServerError(ApiError):
    """The service (or a gateway or proxy in front of it) failed: HTTP 5xx. Reads are retried on 500, 502,
    503 and 504; a create, commit or cancel may have been carried out."""

    @property
    def transient(self) -> bool:
        return self.status_code in RETRY_STATUSES


class UnexpectedResponse(ApiError):
    """A status or body the spec does not document (e.g. HTTP 201 where 200 is documented, a 3xx, an HTML
    page, an error envelope that is not an object)."""


class ResponseParseError(ClientError, ValueError):
    """A documented response could not be read into its model: not JSON, nested too deep, a required field
    missing or null, a value of the wrong type. The message names the field path (e.g.
    ``Response.AudioSegments[0].Result.Suggestion``).
    """

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.response = response
        super().__init__(message)


class ResponseTooLarge(ResponseParseError):
    """The answer's body, decoded, was larger than `limit` bytes (common.calls.MAX_ANSWER_BYTES): reading
    stopped there and the connection was closed (e.g. a compressed bomb, or a proxy's endless page)."""

    def __init__(self, message: str, *, limit: int) -> None:
        self.limit = limit
        super().__init__(message)


class TransportError(ClientError):
    """No answer came back: the httpx exception is the `__cause__`; `request` is "METHOD URL" without the
    URL's query (which may hold a pre-signed signature)."""

    def __init__(self, message: str, *, request: str | None = None) -> None:
        self.request = request
        super().__init__(f"{request}: {message}" if request else message)


class ConnectFailed(TransportError):
    """No connection could be made (refused, DNS, TLS, connect or pool timeout, proxy): nothing was sent."""

    @property
    def retry_safe(self) -> bool:
        return True


class TimedOut(TransportError):
    """The request was sent (perhaps only in part) but no answer came in time (read or write timeout)."""

    @property
    def transient(self) -> bool:
        return True


class ConnectionLost(TransportError):
    """The connection broke after the request started (reset, closed early, truncated or malformed answer)."""

    @property
    def transient(self) -> bool:
        return True


class MissingCredentialsError(ClientError):
    """No credentials were given and none were found where the vendor's own tools look for them (the
    environment, the credentials file), or a credentials file cannot be used; the message says where."""


class WaitTimeout(ClientError):
    """A waiter hit its deadline before the job reached a terminal state; `last` is the last status seen."""

    def __init__(self, message: str, *, last: Any) -> None:
        self.last = last
        super().__init__(message)


class JobFailed(ClientError):
    """A job ended in a failure state; `job` is its last status, `code`/`reason` what the service said."""

    def __init__(self, message: str, *, job: Any, code: str | None, reason: str | None) -> None:
        self.job = job
        self.code = code
        self.reason = reason
        super().__init__(message)


def with_created_ids(error: ClientError, created: Sequence[str]) -> ClientError:
    """`error`, carrying the ids a batch helper created before it (kept if it already carries more)."""
    if len(created) > len(error.created_ids):
        error.created_ids = tuple(created)
    return error
