"""Request bodies read as the vendors' JSON parsers read them, within the fake's size limits.

`parse(body)` is the only way a request body becomes a Python value in the fake (vendor routes and the
control plane), so that nothing a client sends can crash a handler, poison stored state or cost more
than a bounded amount of work:
  - the body must be UTF-8 (RFC 8259 §8.1); no byte-order mark, no UTF-16/32 (which Python's json would
    otherwise detect), no encoded surrogates;
  - JSON text only: NaN, Infinity and -Infinity are refused, and so is a number beyond the double range
    (1e999, or an integer of more than 309 digits): neither can be answered back in JSON;
  - a string holding a lone surrogate (an escaped "\\udcff" without its pair) is not Unicode text: it
    cannot be stored and answered back as UTF-8, so it is refused instead of accepted and then failing
    every read that shows it (decided here; RFC 8259 §8.2 leaves the behaviour open);
  - duplicate member names: the last one wins, as in Jackson's and Go's default parsers (the control
    plane, the fake's own API, asks for `unique_keys` instead: a name given twice is InvalidJson);
  - limits (limits.py): nesting depth, items per array, members per object, characters per string.
InvalidJson says what is wrong with the text; TooLarge which limit a value exceeds (its `where` is the
dotted place, "" for the whole body). Callers answer each in their vendor's shape.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .limits import MAX_ARRAY_ITEMS, MAX_JSON_DEPTH, MAX_OBJECT_MEMBERS, MAX_STRING_CHARS

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class BodyError(ValueError):
    """A request body the fake refuses; the message says why."""


class InvalidJson(BodyError):
    """The body is not UTF-8 JSON text the vendors' parsers accept."""


class TooLarge(BodyError):
    """A value of the body exceeds one of the limits; `where` is its dotted place ("" for the body)."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where


def _refuse_constant(name: str) -> Any:
    raise InvalidJson(f"{name} is not a JSON value")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise InvalidJson(f"the number {text[:40]} is out of the range of a double")
    return value


def _integer(text: str) -> int:
    """An integer no larger than a double's range (so never beyond int()'s digit limit either)."""
    if math.isinf(float(text)):
        raise InvalidJson(f"the number {text[:40]}... is out of the range of a double")
    return int(text)


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) < len(pairs):
        names = [name for name, _ in pairs]
        raise InvalidJson(f"the key {next(n for n in names if names.count(n) > 1)!r} is given twice")
    return members


def parse(body: bytes, *, unique_keys: bool = False) -> Any:
    """The JSON value of `body`; InvalidJson or TooLarge otherwise (see the module docstring)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidJson(f"the body is not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite, parse_int=_integer,
                           object_pairs_hook=_unique if unique_keys else None)  # fmt: skip
    except RecursionError:
        raise InvalidJson(f"the body is nested more than {MAX_JSON_DEPTH} levels deep") from None
    except InvalidJson:
        raise
    except ValueError as exc:  # JSONDecodeError
        raise InvalidJson(str(exc)) from None
    check(value)
    return value


def _place(path: tuple[str | int, ...]) -> str:
    """The dotted place of a value, as shown in messages: at most 120 characters, surrogates escaped."""
    place = ".".join(str(part) for part in path)
    place = place if len(place) <= 120 else place[:117] + "..."
    return place.encode("utf-8", "backslashreplace").decode("utf-8")


def check(value: Any) -> None:
    """Raise TooLarge or InvalidJson if `value` (a parsed body) breaks a limit or holds a lone surrogate.
    Iterative, so that no nesting a parser accepted can exhaust the stack here."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if len(path) >= MAX_JSON_DEPTH:  # the body itself is level 1
            raise InvalidJson(f"the body is nested more than {MAX_JSON_DEPTH} levels deep (at `{_place(path)}`)")
        if isinstance(item, str):
            _check_string(item, path)
        elif isinstance(item, list):
            if len(item) > MAX_ARRAY_ITEMS:
                raise TooLarge(f"the array `{_place(path) or 'body'}` has {len(item):,} items; at most "
                               f"{MAX_ARRAY_ITEMS:,} are accepted", _place(path))  # fmt: skip
            stack.extend((element, (*path, index)) for index, element in enumerate(item))
        elif isinstance(item, dict):
            if len(item) > MAX_OBJECT_MEMBERS:
                raise TooLarge(f"the object `{_place(path) or 'body'}` has {len(item):,} members; at most "
                               f"{MAX_OBJECT_MEMBERS:,} are accepted", _place(path))  # fmt: skip
            for key, member in item.items():
                _check_string(key, (*path, key))
                stack.append((member, (*path, key)))


def _check_string(text: str, path: tuple[str | int, ...]) -> None:
    if len(text) > MAX_STRING_CHARS:
        raise TooLarge(f"the string at `{_place(path) or 'body'}` has {len(text):,} characters; at most "
                       f"{MAX_STRING_CHARS:,} are accepted", _place(path))  # fmt: skip
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        raise InvalidJson(f"the string at `{_place(path) or 'body'}` holds a lone surrogate "
                          f"(\\u{ord(surrogate[0]):04x}), which is not a Unicode character")  # fmt: skip
