# Copied from overrides/common/compat.py by scripts/generate.py — edit that file, not this copy.
"""Forward compatibility of the generated enums: a value only a newer server knows still parses.

The generated enums raise ValueError for a value the spec does not list. This patch gives every enum
of the package a ``_missing_`` that returns a pseudo-member keeping the raw value (of the enum's own
type: text for text enums); ``is_known()`` tells it from a documented member. How nulls, missing
fields and unknown fields are read is common.parsing's business. ``UNSET`` also gets a readable repr,
so printed models say ``UNSET`` instead of ``<...Unset object at 0x...>``.
"""

from __future__ import annotations

import enum
from types import ModuleType
from typing import Any, cast


def is_known(value: enum.Enum) -> bool:
    """True if `value` is a member the spec documents, False for a value only a newer server knows."""
    return any(value is member for member in type(value))


def _missing_(cls: type[enum.Enum], value: object) -> enum.Enum | None:
    data_type: type[Any] = cls._member_type_  # type: ignore[attr-defined]
    if data_type is object or not isinstance(value, data_type) or isinstance(value, bool):
        return None
    pseudo = cast(enum.Enum, data_type.__new__(cls, value))  # type: ignore[arg-type]
    pseudo._name_ = str(value)
    pseudo._value_ = value
    return pseudo


def tolerate_unknown_values(enum_class: type[enum.Enum]) -> None:
    enum_class._missing_ = classmethod(_missing_)  # type: ignore[assignment]


def _unset_repr(self: object) -> str:
    return "UNSET"


def install(models: ModuleType, unset_class: type[Any]) -> None:
    unset_class.__repr__ = _unset_repr  # type: ignore[assignment]
    for name in getattr(models, "__all__", ()):
        value = getattr(models, name)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            tolerate_unknown_values(value)
