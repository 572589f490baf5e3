# Copied from overrides/common/compat.py by scripts/generate.py — edit that file, not this copy.
"""Forward compatibility of the generated models: new enum values, nulls, missing fields.

What the generator's parsers do with data a newer server may send, and what this patch does instead
(applied to every model and enum of the package):
- an enum value the spec does not know raises ValueError → the enum's ``_missing_`` returns a
  pseudo-member that keeps the raw value (``is_known()`` tells it from a documented member);
- null in an optional, non-nullable field raises ValueError/TypeError (enums, objects) or is kept
  as a None the type does not allow (strings, numbers) → the field is treated as absent (UNSET);
- a missing required field raises a bare KeyError → ResponseParseError naming model and field.
Unknown fields were already kept in ``additional_properties`` by the generator. Nullable fields
(``nullable: true`` in the spec) keep their None. ``UNSET`` also gets a readable repr, so printed
models say ``UNSET`` instead of ``<...Unset object at 0x...>``.

Caveat: generated union parsers tell enum members apart by their ValueError. The only unions with
an enum member in our specs are nullable ones (`anyOf: [<enum>, null]`), whose parser falls back to
the raw value anyway, so a tolerant enum changes nothing there but the type of an unknown value;
tests/pipeline/test_specs.py pins that no union mixes an enum with another non-null member.
"""

from __future__ import annotations

import enum
import inspect
import re
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, cast

import attrs

from .errors import ResponseParseError

# The generated from_dict reads each field as `<name> = d.pop("<json key>"...)` (or `_<name> = ...`).
_FIELD_READ = re.compile(r'^\s*_?(\w+) = d\.pop\(\s*"((?:[^"\\]|\\.)*)"', re.MULTILINE)


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


def _optional_non_nullable_keys(model: type[Any], from_dict: Callable[..., Any]) -> frozenset[str]:
    """JSON keys whose field is optional (`| Unset`) and does not admit None, read from the generated code."""
    try:
        source = inspect.getsource(from_dict)
    except (OSError, TypeError):  # no source shipped: keep the generator's behaviour
        return frozenset()
    annotations: dict[str, Any] = {}
    for klass in reversed(model.__mro__):
        annotations.update(getattr(klass, "__annotations__", {}))
    keys = set()
    for name, key in _FIELD_READ.findall(source):
        parts = {part.strip() for part in str(annotations.get(name, "")).split("|")}
        if "Unset" in parts and "None" not in parts:
            keys.add(key)
    return frozenset(keys)


def tolerate_nulls(model: type[Any]) -> None:
    original: Callable[..., Any] = model.from_dict.__func__
    droppable: frozenset[str] | None = None

    def from_dict(cls: type[Any], src_dict: Mapping[str, Any]) -> Any:
        nonlocal droppable
        if not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if None in src_dict.values():  # C-speed scan; the filter below still compares by identity
            if droppable is None:
                droppable = _optional_non_nullable_keys(cls, original)
            src_dict = {k: v for k, v in src_dict.items() if not (v is None and k in droppable)}
        try:
            return original(cls, src_dict)
        except KeyError as exc:
            raise ResponseParseError(f"{cls.__name__}: required field {exc.args[0]!r} is missing") from exc

    from_dict.__doc__ = original.__doc__
    model.from_dict = classmethod(from_dict)


def _unset_repr(self: object) -> str:
    return "UNSET"


def install(models: ModuleType, unset_class: type[Any]) -> None:
    unset_class.__repr__ = _unset_repr  # type: ignore[assignment]
    for name in getattr(models, "__all__", ()):
        value = getattr(models, name)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            tolerate_unknown_values(value)
        elif isinstance(value, type) and attrs.has(value) and hasattr(value, "from_dict"):
            tolerate_nulls(value)
