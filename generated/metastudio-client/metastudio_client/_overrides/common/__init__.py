# Copied from overrides/common/__init__.py by scripts/generate.py — edit that file, not this copy.
"""Overrides shared by every generated package: typed errors, forward-compatible models, a default
timeout, secrets that never show, and the polling used by the job waiters. A vendor layer installs
them with its own error decoder (the shape of error bodies differs between vendors).

Each layer's `__all__` lists only its own public names; scripts/generate.py exports those of every
layer of a package from the package root."""

from __future__ import annotations

from ... import api, models
from ...client import AuthenticatedClient, Client
from ...types import Unset
from . import compat, responses, timeouts
from .compat import is_known
from .errors import (
    ApiError,
    AuthenticationError,
    ClientError,
    JobFailed,
    MissingCredentialsError,
    ResponseParseError,
    UnexpectedResponse,
    WaitTimeout,
)
from .responses import ErrorDecoder
from .secrets import Secret
from .timeouts import DEFAULT_TIMEOUT
from .waiting import Backoff

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiError",
    "AuthenticationError",
    "Backoff",
    "ClientError",
    "JobFailed",
    "MissingCredentialsError",
    "ResponseParseError",
    "Secret",
    "UnexpectedResponse",
    "WaitTimeout",
    "is_known",
]

_installed = False


def install(decode_error: ErrorDecoder) -> None:
    """Apply the shared patches to this package (once)."""
    global _installed
    if _installed:
        return
    _installed = True
    compat.install(models, Unset)
    responses.install(api, decode_error)
    timeouts.install(Client, AuthenticatedClient)
