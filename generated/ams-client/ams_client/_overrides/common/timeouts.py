# Copied from overrides/common/timeouts.py by scripts/generate.py — edit that file, not this copy.
"""A default timeout for the generated clients.

The generated ``Client``/``AuthenticatedClient`` pass ``timeout=None`` to httpx: a dead server hangs
the caller forever. This patch makes DEFAULT_TIMEOUT the default; an explicit ``timeout=`` (even
None) is still honoured.
"""

from __future__ import annotations

import functools
from typing import Any

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def _with_default_timeout(original: Any) -> Any:
    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        original(self, *args, **kwargs)

    return __init__


def install(*client_classes: type[Any]) -> None:
    for client_class in client_classes:
        client_class.__init__ = _with_default_timeout(client_class.__init__)
