# Copied from overrides/common/arguments.py by scripts/generate.py — edit that file, not this copy.
"""Arguments the client cannot send become InvalidArgument naming the parameter, before anything is sent.

The generated functions put path parameters into the URL with ``quote(str(value), safe="")``: a job id
of ``.`` or ``..`` stays a dot segment, which httpx resolves away, so ``commit_short_job(".")`` became a
POST to the create endpoint; an empty one names the collection. scripts/generate.py routes every path
parameter of every generated function through `path_segment` instead. What cannot be encoded at all
(text with a lone surrogate, a NaN in a JSON body, a newline in a header) fails in httpx with a bare
UnicodeEncodeError/ValueError/LocalProtocolError; `unsendable` finds the parameter that caused it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from .errors import InvalidArgument

DOT_SEGMENTS = ("", ".", "..")
MAX_SEGMENT = 4096  # characters of a path parameter: gateways refuse far shorter URLs (nginx: 8 KiB lines)


def is_finite_number(value: object) -> bool:
    """True for an int or float (not a bool) that is neither infinite nor NaN."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def twin_fields(value: object, name: str, fields: tuple[str, ...], required: int | None = None) -> list[Any] | None:
    """The `fields` of `value` (None for one it lacks) if it is the class `name` of another generated package
    (each has its own copy of the overrides' classes) with its first `required` fields (all by default) set;
    None otherwise."""
    if type(value).__name__ != name:
        return None
    found: list[Any] = [getattr(value, field, None) for field in fields]
    return None if None in found[: len(fields) if required is None else required] else found


def _text_problem(value: str) -> str | None:
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "is not valid Unicode text (it holds a lone surrogate)"
    return None


def required_text(name: str, value: object) -> str:
    """`value` if it is non-empty text; InvalidArgument naming `name` otherwise (e.g. an id sent in a body)."""
    if not isinstance(value, str) or not value:
        shown = f"{value!r:.40}" if isinstance(value, str) else type(value).__name__
        raise InvalidArgument(name, f"expected non-empty text, got {shown}")
    problem = _text_problem(value)
    if problem:
        raise InvalidArgument(name, problem)
    return value


def path_segment(name: str, value: object) -> str:
    """`value` percent-encoded as one path segment; InvalidArgument naming `name` if it cannot be one."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidArgument(name, f"expected text, got {type(value).__name__}")
    text = str(value)
    if text in DOT_SEGMENTS:
        raise InvalidArgument(name, f"{text!r} cannot be sent as a path segment: it would address another resource")
    problem = _text_problem(text)
    if problem:
        raise InvalidArgument(name, problem)
    if len(text) > MAX_SEGMENT:
        raise InvalidArgument(name, f"is {len(text):,} characters long: at most {MAX_SEGMENT:,} can be sent in a URL")
    return quote(text, safe="")


def _json_problems(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        problem = _text_problem(value)
        if problem:
            yield where, problem
    elif isinstance(value, float) and not math.isfinite(value):
        yield where, f"{value!r} cannot be sent in JSON"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _json_problems(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _json_problems(item, f"{where}[{index}]")
    elif value is not None and not isinstance(value, int | float):
        yield where, f"a {type(value).__name__} cannot be sent in JSON"


def _header_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if not value.isascii():
        return "is not ASCII text, which is all a header can carry"
    if any(c in value for c in "\r\n\0"):
        return "holds a line break or NUL, which would end the header"
    return None


def check_headers(headers: Mapping[str, Any] | None) -> None:
    """InvalidArgument naming the first header whose value cannot be sent (before any transport sees it:
    an in-process one would pass a line break on)."""
    for name, value in (headers or {}).items():
        problem = _header_problem(value)
        if problem:
            raise InvalidArgument(f"header {name}", problem)


Bound = tuple[str, str, float | None, float | None]  # ("json" or "params", path, minimum, maximum)


def _located(value: Any, parts: list[str], shown: str) -> Iterator[tuple[str, Any]]:
    """The values at a bound's path ("User.Level", "Tasks[].Score") in `value`, with their own path."""
    if not parts:
        yield shown, value
        return
    key = parts[0].removesuffix("[]")
    if not isinstance(value, Mapping) or key not in value:
        return
    where = f"{shown}.{key}" if shown else key
    if parts[0].endswith("[]"):
        for index, item in enumerate(value[key] if isinstance(value[key], list) else []):
            yield from _located(item, parts[1:], f"{where}[{index}]")
    else:
        yield from _located(value[key], parts[1:], where)


def check_bounds(bounds: tuple[Bound, ...], kwargs: Mapping[str, Any]) -> None:
    """InvalidArgument naming the first number of the request (by its JSON path in the body, or its
    query parameter) outside the minimum/maximum the spec documents for it, before anything is sent
    (e.g. DescribeTasks' Limit of 0: the service would refuse it, in its own words)."""
    for where, path, least, most in bounds:
        parts = [part for part in path.replace("[]", "[].").split(".") if part]
        for shown, value in _located(kwargs.get(where), parts, ""):
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if least is not None and value < least:
                raise InvalidArgument(shown, f"must be >= {least:g} (the documented minimum), got {value!r:.40}")
            if most is not None and value > most:
                raise InvalidArgument(shown, f"must be <= {most:g} (the documented maximum), got {value!r:.40}")


def unsendable(kwargs: Mapping[str, Any], cause: Exception) -> InvalidArgument:
    """The InvalidArgument for request arguments httpx could not encode (`cause`), naming the culprit."""
    for name, value in (kwargs.get("headers") or {}).items():
        problem = _header_problem(value)
        if problem:
            return InvalidArgument(f"header {name}", problem)
    for name, value in (kwargs.get("params") or {}).items():
        for where, problem in _json_problems(value, f"query parameter {name}"):
            return InvalidArgument(where, problem)
    for where, problem in _json_problems(kwargs.get("json"), "body"):
        return InvalidArgument(where, problem)
    return InvalidArgument("request", f"cannot be sent: {type(cause).__name__}: {str(cause)[:200]}")
