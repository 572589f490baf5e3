"""The pages to check: files (text or saved HTML), folders of them (recursively, any file name) and
http(s):// URLs, fetched with httpx. Anything that cannot be read raises UnusableInput naming it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

TIMEOUT = httpx.Timeout(30.0)


class UnusableInput(Exception):
    """A folder, file or URL the check cannot read."""


@dataclass(frozen=True)
class PageInput:
    name: str  # the path or URL, as reported
    text: str
    aliases: tuple[str, ...] = ()  # more names decisions may use for the page (its URL after redirects)


def page_inputs(entries: list[str], client: httpx.Client | None = None) -> Iterator[PageInput]:
    found = False
    for entry in entries:
        if entry.startswith(("http://", "https://")):
            found = True
            yield _fetch(entry, client)
            continue
        path = Path(entry)
        if not path.exists():
            raise UnusableInput(f"{entry}: no such file or folder")
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if file.name.startswith("."):
                continue
            found = True
            yield PageInput(str(file), _decode(str(file), file.read_bytes()))
    if not found:
        raise UnusableInput(f"{', '.join(entries)}: no doc pages found")


def _fetch(url: str, client: httpx.Client | None) -> PageInput:
    owned = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        raise UnusableInput(f"{url}: cannot be fetched ({type(exc).__name__}: {exc})") from None
    finally:
        if owned:
            client.close()
    if response.status_code != 200:
        raise UnusableInput(f"{url}: cannot be fetched (HTTP {response.status_code} {response.reason_phrase})")
    final = str(response.url)
    return PageInput(url, _decode(url, response.content, response.encoding), (final,) if final != url else ())


def _decode(name: str, data: bytes, encoding: str | None = None) -> str:
    if b"\x00" in data[:4096]:
        raise UnusableInput(f"{name}: binary file, not a page saved as text or HTML")
    try:
        return data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError) as exc:
        reason = f"{exc.reason} at byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise UnusableInput(f"{name}: not {encoding or 'UTF-8'} text ({reason})") from None
