# Copied from overrides/common/errors.py by scripts/generate.py — edit that file, not this copy.
"""Typed exceptions raised by the overrides instead of the generator's untyped results.

The generated functions return an error model (or None) for error statuses and crash on odd ones;
with the overrides every failure is one of these exceptions. None of them ever carries a secret.
"""

from __future__ import annotations

from typing import Any

import httpx


class ClientError(Exception):
    """Base class of every error raised by this client."""


class ApiError(ClientError):
    """The service answered with an error: HTTP status, vendor error code and message, request id."""

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


class UnexpectedResponse(ApiError):
    """A status or body the spec does not document (e.g. HTTP 520 from a proxy, an HTML error page)."""


class ResponseParseError(ClientError, ValueError):
    """A documented response could not be read into its model (e.g. a required field is missing).

    Subclasses ValueError so the generator's union parsing still treats it as "not this member".
    """

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.response = response
        super().__init__(message)


class MissingCredentialsError(ClientError):
    """No credentials were given and the environment variables that would supply them are unset."""


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
