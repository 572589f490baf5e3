"""Request headers as the vendors' servers read them: names lower-case, values UTF-8 when they are;
and the raw path the signatures cover.

ASGI servers hand header values over as bytes and Starlette decodes them as latin-1; clients such as
Huawei's SDKs send non-ASCII values as UTF-8 and sign the UTF-8 text, so the gateway and the
validators must read them as UTF-8 (falling back to latin-1 for bytes that are not UTF-8).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


class DecodedHeaders(Mapping[str, str]):
    """Case-insensitive, read-only headers; repeated names are joined with ", " as HTTP allows."""

    def __init__(self, raw: Iterable[tuple[bytes, bytes]]) -> None:
        values: dict[str, str] = {}
        for name, value in raw:
            key = name.decode("latin-1").lower()
            values[key] = f"{values[key]}, {_text(value)}" if key in values else _text(value)
        self._values = values

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def raw_path(scope: Mapping[str, Any]) -> str:
    """The path of a request as it came on the wire (percent-encoding kept), without the query string
    (httpx's ASGI transport puts it in raw_path)."""
    raw: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
    return raw.split(b"?", 1)[0].decode("latin-1")
