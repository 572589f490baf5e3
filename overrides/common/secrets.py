"""Secret values that never show: used by every vendor layer for keys, tokens and their identifiers.

The generated client has no notion of credentials. `Secret` keeps a secret inside an object whose
repr(), str(), logs, exception messages and pickles never contain the value; `mask_identifier` shows an
access-key identifier the way the vendors' consoles do (first and last four characters). The generated
request models are attrs classes whose repr() prints every field, so printing or logging a request
body would show a callback seed (the HMAC key of the callback signature); `mask_fields` gives such a
model a repr that masks those fields and leaves the value sent unchanged.
"""

from __future__ import annotations

import hmac
from typing import Any, NoReturn

import attrs

from .errors import InvalidArgument

MASK = "********"


class Secret:
    """A secret string: `reveal()` returns it; every other way of showing it prints a mask."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise InvalidArgument("secret", "must be a non-empty string")
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


def mask_fields(model: type[Any], *names: str) -> None:
    """Give the attrs class `model` a repr() that shows the fields `names` masked when they hold a value."""
    masked = frozenset(names)

    def __repr__(self: Any) -> str:
        shown = []
        for field in attrs.fields(type(self)):
            if field.repr:
                value = getattr(self, field.name)
                text = f"'{MASK}'" if field.name in masked and isinstance(value, str) and value else repr(value)
                shown.append(f"{field.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    model.__repr__ = __repr__  # type: ignore[assignment]
