"""The pages to check: files (text or saved HTML), folders of them (recursively, any file name, symbolic links
followed) and http(s):// URLs, fetched with httpx. Every entry becomes a PageInput: its text, or the problem
that keeps it from being read (named, never raised: one bad entry does not hide the others' results).

Text is decoded by its byte-order mark (UTF-8, UTF-16, UTF-32), else by the charset the server declares or
the page's own `<meta charset>` / `http-equiv` declaration, else as UTF-8; a page that declares nothing and
is not UTF-8 (a Chinese page a zh-CN editor saved as GBK) is read in the charset charset-normalizer detects,
with a note. A page declared as a Latin single-byte charset whose bytes are valid UTF-8 with non-ASCII
characters is UTF-8 mis-declared (the mojibake a browser would show): it is read as UTF-8, with a note.
Pages larger than MAX_PAGE_BYTES are refused, and a fetch must finish within its deadline (a server that
trickles bytes is cut off)."""

from __future__ import annotations

import codecs
import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import charset_normalizer
import httpx

TIMEOUT = httpx.Timeout(30.0)  # per connect / read
FETCH_DEADLINE = 60.0  # seconds for a whole fetch, however the server trickles
MAX_PAGE_BYTES = 10 * 1024 * 1024  # the vendors' largest API reference pages are well under 1 MB
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]  # fmt: skip
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_LATIN = {"iso-8859-1", "latin-1", "latin1", "l1", "iso8859-1", "cp1252", "windows-1252", "us-ascii", "ascii"}


class UnusableInput(Exception):
    """A whole run that cannot start (no entries at all)."""


@dataclass(frozen=True)
class PageInput:
    name: str  # the path or URL, as reported
    text: str = ""
    aliases: tuple[str, ...] = ()  # more names decisions may use for the page (its URL after redirects)
    problem: str | None = None  # why the page cannot be read (its text is then empty)
    notes: tuple[str, ...] = ()  # how it was read, where that is worth saying (a mis-declared charset)
    skipped: str | None = None  # why a folder entry was not read, though nothing is wrong (a link cycle)


def page_inputs(
    entries: list[str], client: httpx.Client | None = None, *, deadline: float = FETCH_DEADLINE
) -> Iterator[PageInput]:
    if not entries:
        raise UnusableInput("no doc pages given")
    for entry in entries:
        if entry.startswith(("http://", "https://")):
            yield _fetch(entry, client, deadline)
            continue
        path = Path(entry)
        if path.is_dir():
            found = list(_walk(path))
            if not found:
                yield PageInput(entry, problem="no doc pages found (an empty folder, or only hidden files)")
            for item in found:
                yield item if isinstance(item, PageInput) else read_file(item)
        elif path.exists() or path.is_symlink():
            yield read_file(path)
        else:
            yield PageInput(entry, problem="no such file or folder")


def _walk(folder: Path) -> Iterator[Path | PageInput]:
    """Every file under `folder`, hidden names skipped, symbolic links to folders followed once (a link to a
    folder being walked or to one above the given folder is a cycle, one to a folder already walked a
    repeat: neither is followed, each is listed as skipped)."""
    seen: set[tuple[int, int]] = set()
    try:
        above = {(i.st_dev, i.st_ino) for i in (p.stat() for p in (folder.resolve(), *folder.resolve().parents))}
    except OSError:
        above = set()

    def walk(current: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Path | PageInput]:
        key = _identity(current)
        if key is None:
            return
        seen.add(key)
        try:
            children = sorted(current.iterdir())
        except OSError as exc:
            yield PageInput(str(current), problem=f"folder cannot be read ({exc.strerror})")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir():
                target = _identity(child)
                if target in above or target in ancestors or target == key:
                    yield PageInput(str(child), skipped="symbolic link to an ancestor skipped (cycle)")
                elif target in seen:
                    yield PageInput(str(child), skipped="symbolic link to a folder already read skipped (repeat)")
                else:
                    yield from walk(child, ancestors | {key})
            else:
                yield child

    yield from walk(folder, frozenset())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def read_file(path: Path) -> PageInput:
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        target = os.readlink(path) if path.is_symlink() else None
        why = f"a broken symbolic link (to {target})" if target is not None else "no such file"
        return PageInput(name, problem=why)
    except OSError as exc:
        return PageInput(name, problem=f"cannot be read ({exc.strerror})")
    if not stat.S_ISREG(info.st_mode):
        return PageInput(name, problem="not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_PAGE_BYTES:
        return PageInput(name, problem=_too_large(info.st_size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return PageInput(name, problem=f"cannot be read ({exc.strerror})")
    return decoded(name, data)


def _too_large(size: int) -> str:
    return f"{size / 1e6:.1f} MB, larger than a doc page can be ({MAX_PAGE_BYTES // (1024 * 1024)} MB at most)"


def _fetch(url: str, client: httpx.Client | None, deadline: float) -> PageInput:
    owned = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    started = time.monotonic()
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                why = f"cannot be fetched (HTTP {response.status_code} {response.reason_phrase})"
                return PageInput(url, problem=why)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_PAGE_BYTES:
                    return PageInput(url, problem=f"cannot be fetched: {_too_large(size)}")
                if time.monotonic() - started > deadline:
                    why = f"cannot be fetched: not complete after {deadline:g} s ({size} bytes received)"
                    return PageInput(url, problem=why)
            final = str(response.url)
            page = decoded(url, b"".join(chunks), response.charset_encoding)
    except httpx.HTTPError as exc:
        return PageInput(url, problem=f"cannot be fetched ({type(exc).__name__}: {exc})")
    finally:
        if owned:
            client.close()
    return replace(page, aliases=(final,) if final != url else ())


def decoded(name: str, data: bytes, declared: str | None = None) -> PageInput:
    """The page's text, decoded as described in the module docstring, or the problem."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return PageInput(name, data.decode(encoding).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                return PageInput(name, problem=f"not {encoding.upper()} text, though it starts with its byte-order "
                                 f"mark ({exc.reason} at byte {exc.start})")  # fmt: skip
    if b"\x00" in data[:4096]:
        return PageInput(name, problem="binary file, not a page saved as text or HTML")
    if declared is None and (meta := _META_CHARSET.search(data[:4096])):
        declared = meta.group(1).decode("ascii")
    encoding = (declared or "utf-8").strip().lower()
    try:
        codecs.lookup(encoding)
    except LookupError:
        try:
            return PageInput(name, data.decode("utf-8"), notes=(f"declares the unknown charset {encoding!r}; read "
                             "as UTF-8",))  # fmt: skip
        except UnicodeDecodeError:
            return PageInput(name, problem=f"declares the unknown charset {encoding!r} and is not UTF-8 either")
    if codecs.lookup(encoding).name in {codecs.lookup(n).name for n in _LATIN} and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return PageInput(name, text, notes=(f"declared {encoding} but its bytes are UTF-8: read as UTF-8",))
    try:
        return PageInput(name, data.decode(encoding))
    except UnicodeDecodeError as exc:
        if declared is None and (detected := charset_normalizer.from_bytes(data).best()) is not None:
            note = f"declares no charset and is not UTF-8: read as {detected.encoding} (detected)"
            return PageInput(name, str(detected), notes=(note,))
        shown = "UTF-8" if encoding == "utf-8" else encoding
        return PageInput(name, problem=f"not {shown} text ({exc.reason} at byte {exc.start})")
