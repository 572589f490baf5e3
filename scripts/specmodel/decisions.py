"""Decisions: where a spec deliberately departs from what a vendor source documents, pinned.

    x-decision:
      why: Seconds since the epoch; the page's Long range 1~2147483647 only fits seconds.
      source: 000_d6c3820d8e5e102a.txt        # a page's file name or URL, or an SDK: see SDK_SOURCES
      documented: {type: Long, required: true}

`x-decision` is one such record or a list of them (one per page when a field is compared against
several pages; `source` may also list several sources that document the same). `documented` records
what the source said when the decision was made, in OpenAPI's terms: `type` (the vendor's type
expression: Long, Integer, String, Array of strings, TaskLabel, ...), `required`, `enum` (`[]`: the
source documents the field without values), `minimum`, `maximum`, `minLength`, `maxLength`, `minItems`,
`maxItems`, `default`, `nullable`, or `present: false` (the source does not document the field, response or structure).
`make validate` checks that every source exists (KnownSources): a known page, a page URL, an SDK.
On an object schema, `required` and `nullable` may be lists: the names of the fields the source
documents as required (nullable). A decision excuses exactly the differences
it pins, for the sources it names, and nothing else; when the source no longer documents the pinned
value, the decision is stale. Notes that excuse no comparison are `x-note`s.

A decision sits on a schema, a property or a parameter (on a shared component it applies to every
field that refers to the component, for what it pins and the sources it names).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from .kinds import Kind, parse_type

SDK_SOURCES = ("huaweicloudsdkmetastudio", "huaweicloudsdkmoderation", "tccli")
_SCALARS = (str, int, float, bool)
PINNABLE: dict[str, str] = {
    "type": "a vendor type expression (Long, String, Array of strings, ...)",
    "required": "true/false (on an object schema: the list of documented-required fields)",
    "enum": "the list of documented values ([]: the source documents the field without values)",
    "minimum": "a number",
    "maximum": "a number",
    "minLength": "an integer",
    "maxLength": "an integer",
    "minItems": "an integer (an array's number of items)",
    "maxItems": "an integer (an array's number of items)",
    "default": "the documented default value",
    "nullable": "true/false (on an object schema: the list of documented-nullable fields)",
    "present": "false: the source does not document the field",
}


@dataclass(frozen=True)
class KnownSources:
    """What a decision's `source` may name: a known page's file name (None: the pages are not at hand, not
    checked), a page URL (by source_key), or one of the SDKs."""

    files: frozenset[str] | None
    urls: frozenset[str]

    def problem(self, source: str) -> str | None:
        """Why a source names nothing that can exist (a misspelt name would never apply), or None."""
        if source.startswith(("http://", "https://")):
            if source_key(source) in self.urls:
                return None
            return f"{source!r} is no page URL of x-doc-sources or of the known pages"
        if source in SDK_SOURCES:
            return None
        if source.startswith(("huaweicloudsdk", "tencentcloud", "tccli")) or "." not in source:
            close = get_close_matches(source, SDK_SOURCES, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            return f"{source!r} is no SDK of the checks ({', '.join(SDK_SOURCES)}){hint}"
        if self.files is None or source_key(source) in self.files:
            return None
        close = get_close_matches(source_key(source), sorted(self.files), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return f"{source!r} is no known page (../shared/seeds, ../shared/docs){hint}"


def source_key(source: str) -> str:
    """How a source is named for matching: a URL without its scheme, a leading "www.", its fragment and a
    trailing slash (the host in lower case); a file by its name."""
    if source.startswith(("http://", "https://")):
        parts = urlsplit(source)
        host = parts.netloc.lower().removeprefix("www.")
        return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")
    return PurePosixPath(source.replace("\\", "/")).name or source


@dataclass(frozen=True)
class Decision:
    why: str
    sources: tuple[str, ...]
    documented: Mapping[str, Any]
    place: str

    @property
    def key(self) -> tuple[str, tuple[str, ...], str]:
        """The same decision, however the schema that carries it was reached (a $ref, a merged allOf, ...)."""
        return self.why, self.sources, repr(sorted(self.documented.items(), key=lambda item: str(item[0])))

    def names(self, source: str) -> bool:
        return source_key(source) in {source_key(s) for s in self.sources}

    def pins(self, key: str) -> bool:
        return key in self.documented

    def pinned_kind(self) -> Kind | None:
        value = self.documented.get("type")
        return parse_type(str(value)) if value is not None else None

    def __str__(self) -> str:
        return " ".join(self.why.split())


def decisions_at(node: Mapping[str, Any], place: str) -> list[Decision]:
    """The decisions a spec node carries (none if it carries no valid one: the validator reports those)."""
    raw = node.get("x-decision")
    records = raw if isinstance(raw, list) else [raw] if raw is not None else []
    found = []
    for record in records:
        if isinstance(record, Mapping) and not list(record_problems(record, on_object=True)):
            sources = record["source"]
            sources = (sources,) if isinstance(sources, str) else tuple(sources)
            found.append(Decision(str(record["why"]), sources, dict(record["documented"]), place))
    return found


def record_problems(record: Any, *, on_object: bool = False) -> Iterator[str]:
    """What is wrong with one decision record (nothing for a well-formed one)."""
    if not isinstance(record, Mapping):
        yield "a decision is a mapping {why, source, documented} (or a list of them); use x-note for a plain note"
        return
    unknown = set(record) - {"why", "source", "documented"}
    if unknown:
        yield f"unknown key(s) {', '.join(sorted(map(str, unknown)))}: a decision has why, source and documented"
    if not isinstance(record.get("why"), str) or not record["why"].strip():
        yield "`why` must say why the spec departs from the source"
    source = record.get("source")
    if not (isinstance(source, str) and source.strip()) and not (
        isinstance(source, list) and source and all(isinstance(s, str) and s.strip() for s in source)
    ):
        yield "`source` must name the page (file name or URL) or SDK the decision was pinned against"
    documented = record.get("documented")
    if not isinstance(documented, Mapping) or not documented:
        yield "pins nothing: `documented` must record what the source documents (type, required, enum, ...)"
        return
    for key, value in documented.items():
        if key not in PINNABLE:
            yield f"documented.{key}: not a property a source documents (one of {', '.join(PINNABLE)})"
        elif problem := _value_problem(str(key), value, on_object):
            yield f"documented.{key}: {problem}"


def _value_problem(key: str, value: Any, on_object: bool) -> str | None:
    expected = PINNABLE[key]
    if key == "type":
        return None if isinstance(value, str) and parse_type(value) else f"expected {expected}"
    if key in ("required", "nullable"):
        names = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if isinstance(value, bool) or (on_object and names) else f"expected {expected}"
    if key == "enum":
        ok = isinstance(value, list) and all(isinstance(v, _SCALARS) for v in value)
        return None if ok else f"expected {expected}"
    if key in ("minimum", "maximum"):
        return None if isinstance(value, int | float) and not isinstance(value, bool) else f"expected {expected}"
    if key in ("minLength", "maxLength", "minItems", "maxItems"):
        return None if isinstance(value, int) and not isinstance(value, bool) else f"expected {expected}"
    if key == "default":
        return None if isinstance(value, _SCALARS) else f"expected {expected}"
    return None if value is False else f"expected {expected}"


def same_values(pinned: Sequence[Any], documented: Sequence[Any]) -> bool:
    """Enum values compared as sets of their text (YAML may have read `1` or `true`)."""
    return {_text(v) for v in pinned} == {_text(v) for v in documented}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def same_value(pinned: Any, documented: Any) -> bool:
    if isinstance(pinned, list) or isinstance(documented, list | tuple | set | frozenset):
        return (
            isinstance(pinned, list)
            and isinstance(documented, list | tuple | set | frozenset)
            and same_values(pinned, list(documented))
        )
    return _text(pinned).lower() == _text(documented).lower()
