# Copied from overrides/common/parsing.py by scripts/generate.py — edit that file, not this copy.
"""Reading JSON into the generated models and back: a parsed value is always what its annotation says.

The generated ``from_dict`` parsers trust the JSON: a number where the spec says text stays a number,
a union falls back to the raw JSON when no member fits (one null item in a list of models leaves the
whole list as raw dicts, which then crash ``to_dict()`` and the report helpers), a required field
that comes back null is kept as None. `install` replaces every model's ``from_dict`` and ``to_dict``
with ones driven by the model's attrs fields, their annotations and their JSON names (the package's
``_wire_names.py``, which scripts/generate.py reads from the generated parsers). One rule per kind:

==================  ===========================  ==================================================
annotation          accepted                     converted (nothing is lost); anything else raises
==================  ===========================  ==================================================
str                 text                         a number (not a boolean) → its decimal text
int                 an integer                   an integral float (5.0 → 5), an integer's text ("5")
float               a number                     an integer → float, a finite decimal's text ("0.0")
bool                true / false                 —
enum                its members' JSON type       a value a newer server added → a pseudo-member
                                                 (``is_known()`` is False); text enums read a
                                                 number as its decimal text, as str does
datetime, date      ISO 8601 text                —
model               an object                    —
list[X]             an array                     each item by X's rule; a null item stays None
union of models     an object                    the member with the most required fields that
                                                 reads it (the most specific first)
Any, dict, extras   any JSON ≤ MAX_DEPTH deep     — (extras: members the spec does not name, kept in
                                                 ``additional_properties``)
==================  ===========================  ==================================================

Text must be valid Unicode (JSON can escape a lone surrogate, which could neither be printed nor sent
back). For every field: missing → UNSET if optional, an error if required; null → None if the spec
says nullable, UNSET if optional (a newer server may send null for "absent"), an error if required.
Everything else raises ResponseParseError naming the JSON path from the model read, e.g.
``DescribeTaskDetailResponse: Response.AudioSegments[0].Result.Suggestion: expected text, got an object``.
``to_dict`` writes back what ``from_dict`` read (None items included) and what callers built.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import attrs

from .errors import ResponseParseError

MAX_DEPTH = 100  # JSON kept as it came (Any, extras) nests at most this deep: deeper cannot even be printed
_MISSING: Any = object()
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")

Convert = Callable[[Any], Any]


class _Problem(Exception):
    """A value that does not fit; `path` grows (innermost first) as the error rises through the models."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str] = []

    def within(self, step: str) -> _Problem:
        self.path.append(step)
        return self

    def where(self) -> str:
        return "".join(step if step.startswith("[") else f".{step}" for step in reversed(self.path)).lstrip(".")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, dict):
        return "an object"
    return "an array" if isinstance(value, list) else type(value).__name__


def _valid_text(value: str) -> str:
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Problem("text that is not valid Unicode (a lone surrogate)") from None
    return value


def _text(value: Any) -> str:
    if type(value) is str:
        return _valid_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return repr(value) if isinstance(value, float) else str(value)
    raise _Problem(f"expected text, got {_kind(value)}")


def _integer(value: Any) -> int:
    if type(value) is int:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value):
        return int(value)
    raise _Problem(f"expected an integer, got {_kind(value)}")


def _number(value: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return number
    raise _Problem(f"expected a number, got {_kind(value)}")


def _boolean(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _Problem(f"expected true or false, got {_kind(value)}")


def _depth_checked(value: Any, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise _Problem(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, dict):
        for item in value.values():
            if isinstance(item, dict | list):
                _depth_checked(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                _depth_checked(item, depth + 1)
    elif isinstance(value, str):
        _valid_text(value)
    return value


def _json_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return _depth_checked(value)  # type: ignore[no-any-return]
    raise _Problem(f"expected an object, got {_kind(value)}")


def _iso(parse: Callable[[str], Any], what: str) -> Convert:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            try:
                return parse(value)
            except ValueError:
                pass
        raise _Problem(f"expected {what}, got {_kind(value)}")

    return convert


_datetime = _iso(datetime.datetime.fromisoformat, "an ISO 8601 date and time")
_date = _iso(datetime.date.fromisoformat, "an ISO 8601 date")


def _enum(enum_class: type[enum.Enum]) -> Convert:
    member_type = getattr(enum_class, "_member_type_", object)
    read: Convert = _text if issubclass(member_type, str) else _integer if issubclass(member_type, int) else _any

    def convert(value: Any) -> enum.Enum:
        try:
            return enum_class(read(value))
        except (_Problem, ValueError):
            raise _Problem(f"expected a {enum_class.__name__} value, got {_kind(value)}") from None

    return convert


def _any(value: Any) -> Any:
    return _depth_checked(value) if isinstance(value, dict | list | str) else value


def _list(item: Convert) -> Convert:
    def convert(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _Problem(f"expected an array, got {_kind(value)}")
        items: list[Any] = []
        for index, raw in enumerate(value):
            if raw is None:
                items.append(None)
                continue
            try:
                items.append(item(raw))
            except _Problem as problem:
                raise problem.within(f"[{index}]") from None
        return items

    return convert


def _mapping(item: Convert) -> Convert:
    def convert(value: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise _Problem(f"expected an object, got {_kind(value)}")
        converted = {}
        for key, raw in value.items():
            try:
                converted[key] = None if raw is None else item(raw)
            except _Problem as problem:
                raise problem.within(key) from None
        return converted

    return convert


class _Field(NamedTuple):
    attr: str
    key: str
    convert: Convert
    optional: bool  # may be absent (UNSET)
    nullable: bool  # null is a value (None)


class _Plan(NamedTuple):
    fields: tuple[_Field, ...]
    keys: frozenset[str]
    required: int


class _Models:
    """The package's models: how to read and write each, compiled on first use."""

    def __init__(self, namespace: Mapping[str, Any], wire_names: Mapping[str, Mapping[str, str]], unset: Any) -> None:
        self.namespace = dict(namespace)
        self.wire_names = wire_names
        self.unset = type(unset)
        self.unset_value = unset  # absent fields are UNSET, not the attrs default (which may be the spec's default)
        self.plans: dict[type, _Plan] = {}

    def plan(self, model: type) -> _Plan:
        plan = self.plans.get(model)
        if plan is None:
            plan = self.plans[model] = self._compile(model)
        return plan

    def _compile(self, model: type) -> _Plan:
        module = sys.modules[model.__module__]
        hints = typing.get_type_hints(model, globalns={**self.namespace, **vars(module)})
        names = self.wire_names.get(model.__name__, {})
        fields = []
        for field in attrs.fields(model):
            if not field.init:
                continue
            members = _members(hints[field.name])
            optional = self.unset in members
            nullable = type(None) in members
            rest = [m for m in members if m is not self.unset and m is not type(None)]
            key = names.get(field.name)
            if key is None:
                raise TypeError(f"{model.__name__}.{field.name}: no JSON name in _wire_names.py (regenerate)")
            fields.append(_Field(field.name, key, self.converter(rest), optional, nullable))
        return _Plan(tuple(fields), frozenset(f.key for f in fields), sum(not f.optional for f in fields))

    def converter(self, members: list[Any]) -> Convert:
        if len(members) != 1:
            models = [m for m in members if isinstance(m, type) and attrs.has(m)]
            if len(models) != len(members) or not models:
                raise TypeError(f"no parsing rule for a union of {members}")
            return self._union(models)
        hint = members[0]
        simple: dict[Any, Convert] = {
            str: _text, int: _integer, float: _number, bool: _boolean, Any: _any, object: _any,
            datetime.datetime: _datetime, datetime.date: _date,
        }  # fmt: skip
        if hint in simple:
            return simple[hint]
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin is list:
            return _list(self.converter([m for m in _members(args[0]) if m is not type(None)]))
        if origin is dict:
            return _json_object if args[1] is Any else _mapping(self.converter(_members(args[1])))
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return _enum(hint)
        if isinstance(hint, type) and attrs.has(hint):
            return lambda value: self.read(hint, value)
        raise TypeError(f"no parsing rule for {hint!r}")

    def _union(self, models: list[type]) -> Convert:
        cache: list[tuple[type, ...]] = []

        def convert(value: Any) -> Any:
            if not cache:  # sorted on first use: the members' plans may not exist before
                cache.append(tuple(sorted(models, key=lambda m: -self.plan(m).required)))  # stable for ties
            problems = []
            for model in cache[0]:
                try:
                    return self.read(model, value)
                except _Problem as problem:
                    problems.append(f"{model.__name__} ({problem.where() or 'value'}: {problem.message})")
            raise _Problem(f"fits none of {', '.join(problems)}")

        return convert

    def read(self, model: type, data: Any) -> Any:
        if type(data) is not dict:
            if not isinstance(data, Mapping):
                raise _Problem(f"expected an object, got {_kind(data)}")
            data = dict(data)
        plan = self.plan(model)
        values: dict[str, Any] = {}
        found = 0
        unset = self.unset_value
        for field in plan.fields:
            raw = data.get(field.key, _MISSING)
            if raw is _MISSING:
                if not field.optional:
                    raise _Problem("required, but missing").within(field.key)
                values[field.attr] = unset
                continue
            found += 1
            if raw is None:
                if field.nullable:
                    values[field.attr] = None
                elif field.optional:
                    values[field.attr] = unset
                else:
                    raise _Problem("required, but null").within(field.key)
                continue
            try:
                values[field.attr] = field.convert(raw)
            except _Problem as problem:
                raise problem.within(field.key) from None
        instance = model(**values)
        if found < len(data):
            extras = {key: value for key, value in data.items() if key not in plan.keys}
            for key, value in extras.items():
                try:
                    _any(value)
                except _Problem as problem:
                    raise problem.within(key) from None
            instance.additional_properties = extras
        return instance

    def write(self, instance: Any) -> dict[str, Any]:
        document = dict(instance.additional_properties)
        unset = self.unset
        for field in self.plan(type(instance)).fields:
            value = getattr(instance, field.attr)
            if not isinstance(value, unset):
                document[field.key] = _to_json(value)
        return document


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return list(typing.get_args(hint))
    return [hint]


def _to_json(value: Any) -> Any:
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def install(models: types.ModuleType, wire_names: Mapping[str, Mapping[str, str]], unset: Any) -> None:
    """Replace from_dict and to_dict of every model of the package (`unset`: the package's UNSET)."""
    registry = _Models(vars(models), wire_names, unset)
    for name in getattr(models, "__all__", ()):
        model = getattr(models, name)
        if isinstance(model, type) and attrs.has(model) and hasattr(model, "from_dict"):
            _replace(model, registry)


def _replace(model: type, registry: _Models) -> None:
    def from_dict(cls: type[Any], src_dict: Mapping[str, Any]) -> Any:
        try:
            return registry.read(cls, src_dict)
        except _Problem as problem:
            where = problem.where()
            raise ResponseParseError(f"{cls.__name__}: {where + ': ' if where else ''}{problem.message}") from None
        except RecursionError:
            raise ResponseParseError(f"{cls.__name__}: nested too deep") from None

    def to_dict(self: Any) -> dict[str, Any]:
        return registry.write(self)

    from_dict.__doc__ = f"A {model.__name__} read from its JSON object; ResponseParseError naming the field otherwise."
    to_dict.__doc__ = f"The JSON object of this {model.__name__} (members the spec does not name included)."
    model.from_dict = classmethod(from_dict)  # type: ignore[attr-defined]
    model.to_dict = to_dict  # type: ignore[attr-defined]
