# Copied from overrides/common/secrets.py by scripts/generate.py — edit that file, not this copy.
"""Secret values that never show: used by every vendor layer for keys, tokens and their identifiers.

The generated client has no notion of credentials. `Secret` keeps a secret inside an object whose
repr(), str(), logs, exception messages and pickles never contain the value; `mask_identifier` shows an
access-key identifier the way the vendors' consoles do (first and last four characters).
"""

from __future__ import annotations

import hmac
from typing import NoReturn

MASK = "********"


class Secret:
    """A secret string: `reveal()` returns it; every other way of showing it prints a mask."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(Secret)

    def __reduce__(self) -> NoReturn:
        raise TypeError("Secret values cannot be pickled")


def as_secret(value: str | Secret | None) -> Secret | None:
    """`value` wrapped in a Secret (None and "" stay None)."""
    if value is None or value == "":
        return None
    return value if isinstance(value, Secret) else Secret(value)


def mask_identifier(identifier: str) -> str:
    """Keep the ends of an access-key identifier visible, as the vendors' consoles do (QTWA***KYUC)."""
    return identifier[:4] + "***" + identifier[-4:] if len(identifier) > 8 else "***"
