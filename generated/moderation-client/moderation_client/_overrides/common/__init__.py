# Copied from overrides/common/__init__.py by scripts/generate.py — edit that file, not this copy.
"""Overrides shared by every generated package: typed errors, models that read only what their annotations
say, every call retried, paced, logged and timed out alike, secrets that never show, and the polling
used by the job waiters. A vendor layer installs them with its own error decoder (the shape of error
bodies differs between vendors).

Each layer's `__all__` lists only its own public names; scripts/generate.py exports those of every
layer of a package from the package root."""

from __future__ import annotations

import logging

from ... import _wire_names, api, models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset
from . import calls, compat, parsing, redaction, responses, secrets, timeouts
from .calls import Vendor
from .compat import is_known
from .errors import (
    ApiError,
    AuthenticationError,
    ClientClosed,
    ClientError,
    ConnectFailed,
    ConnectionLost,
    InvalidArgument,
    JobFailed,
    MissingCredentialsError,
    ResponseParseError,
    ResponseTooLarge,
    ServerError,
    ThrottlingError,
    TimedOut,
    TransportError,
    UnexpectedResponse,
    WaitTimeout,
)
from .profiles import CredentialsFileError
from .ratelimit import Limited, RateLimiter, Slot
from .retries import RetryPolicy
from .secrets import Secret
from .session import ApiClient, CallOptions
from .timeouts import DEFAULT_TIMEOUT
from .waiting import Backoff

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "AuthenticationError",
    "Backoff",
    "CallOptions",
    "ClientClosed",
    "ClientError",
    "ConnectFailed",
    "ConnectionLost",
    "CredentialsFileError",
    "InvalidArgument",
    "JobFailed",
    "Limited",
    "MissingCredentialsError",
    "RateLimiter",
    "ResponseParseError",
    "ResponseTooLarge",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "Slot",
    "ThrottlingError",
    "TimedOut",
    "TransportError",
    "UnexpectedResponse",
    "WaitTimeout",
    "is_known",
]

_installed = False


def install(vendor: Vendor) -> None:
    """Apply the shared patches to this package (once)."""
    global _installed
    if _installed:
        return
    _installed = True
    # the standard library's advice for libraries: without it, an application that configured no logging
    # would get our WARNINGs (retries, throttled waits) on stderr through logging.lastResort
    logging.getLogger(__name__.split(".")[0]).addHandler(logging.NullHandler())
    compat.install(models, Unset)
    parsing.install(models, _wire_names.WIRE_NAMES, UNSET)
    secrets.install_reprs(models)
    calls.install(vendor, api)
    redaction.install_log_filter()
    responses.install(api)
    timeouts.install(Client, AuthenticatedClient, ApiClient)
