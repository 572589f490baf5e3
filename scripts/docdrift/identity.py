"""Which page a page is, whatever file name it was saved under or whichever address it was fetched from.

A page's addresses are the URLs it has or names for itself: the URL it was fetched from (and after
redirects), its `<link rel="canonical">`, the source URLs a saved copy lists in its head ("SOURCES:",
"DOC PAGES:", ...), and the `x-doc-sources` URL of our spec whose title is the page's title (a copy that
names no URL, such as the seed pages, is matched to its x-doc-sources entry by its title). Two pages with
an address in common are the same page: decisions pinned for one (by file name or URL) apply to the
other. The known pages are the vendor pages beside the checkout (../shared/seeds, ../shared/docs), the
ones decisions name by file name; where several of them share the page's address (a full copy and a
partial one that complements it), the page is the one whose text is closest to its own. A page with no
address at all (its title line dropped, saved without its URL) is the known page that documents the same
operations of ours (method + URI, or action of our product and version), the closest in text if several do.

A page's title lines (a "TITLE:" line, or its first lines; an HTML page's <title> and <h1>) also name
the operation a page documents: "提交短任务 - CommitShortJob", "DescribeTaskDetail".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from specmodel.decisions import source_key
from specmodel.document import SpecIndex

from .normalize import page_text

SHARED = Path(__file__).resolve().parents[3] / "shared"
KNOWN_PAGE_FOLDERS = (SHARED / "seeds", SHARED / "docs")
_URL = re.compile(r"https?://[^\s)\]>'\"，。;；]+")
_HEAD_LINES = 15
_TITLE_LINES = 4
SAME_PAGE_SIMILARITY = 0.6  # share of lines in common for a page without addresses to be a known page


def title_lines(text: str) -> list[str]:
    """The lines that title a page: its TITLE: line (with its continuation lines), else its first lines."""
    lines = text.splitlines()
    for number, line in enumerate(lines[:_HEAD_LINES]):
        if line.startswith("TITLE:"):
            title = [line.removeprefix("TITLE:").strip()]
            title += [more.strip() for more in lines[number + 1 : number + 3] if more[:1].isspace() and more.strip()]
            return [" ".join(title)]
    return [line.strip() for line in lines if line.strip()][:_TITLE_LINES]


def listed_addresses(text: str) -> list[str]:
    """The source URLs a saved copy lists in its head (its first lines)."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    return [url.rstrip(".,") for url in _URL.findall(head)]


def known_page_files(folders: tuple[Path, ...] = KNOWN_PAGE_FOLDERS) -> list[Path]:
    """The known pages: every file of the folders that exist, hidden names skipped."""
    return [
        path
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*"))
        if path.is_file() and not path.name.startswith(".")
    ]


def _plain_title(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Titles:
    """The x-doc-sources entries of our specs by title (the address a page with that title has) and by
    address (the operations documented there)."""

    by_title: dict[str, set[str]] = field(default_factory=dict)
    by_address: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, index: SpecIndex) -> Titles:
        titles = cls()
        for op in index.operations:
            for entry in op.operation.get("x-doc-sources", []):
                if isinstance(entry, dict) and entry.get("title") and entry.get("url"):
                    titles.by_title.setdefault(_plain_title(str(entry["title"])), set()).add(str(entry["url"]))
                if isinstance(entry, dict) and entry.get("url"):
                    titles.by_address.setdefault(source_key(str(entry["url"])), set()).add(op.operation_id)
        return titles

    def addresses(self, titles: list[str]) -> set[str]:
        return {url for title in titles for url in self.by_title.get(_plain_title(title), ())}

    def operations_at(self, text: str, own: tuple[str, ...]) -> dict[str, str]:
        """Our operations documented at an address the page has itself (fetched from, canonical link,
        listed in a saved copy's head; not one its title suggests), with that address."""
        return {operation: url for url in (*own, *listed_addresses(text))
                for operation in self.by_address.get(source_key(url), ())}  # fmt: skip


def page_addresses(text: str, own: tuple[str, ...], titles: Titles) -> frozenset[str]:
    """Every address the page has (see the module docstring), without trailing slashes."""
    urls = {*own, *listed_addresses(text), *titles.addresses(title_lines(text))}
    return frozenset(url.rstrip("/") for url in urls)


@dataclass
class KnownPages:
    """The known pages (../shared) by file name, with their addresses."""

    addresses: dict[str, frozenset[str]] = field(default_factory=dict)
    lines: dict[str, list[str]] = field(default_factory=dict)
    operations: dict[str, frozenset[str]] = field(default_factory=dict)  # the operations of ours each documents

    @classmethod
    def of(
        cls,
        titles: Titles,
        folders: tuple[Path, ...] = KNOWN_PAGE_FOLDERS,
        operations_of: Callable[[str, frozenset[str]], frozenset[str]] | None = None,
    ) -> KnownPages:
        """`operations_of(text, addresses)`: the operations of ours a page documents (its method + URI, or
        its action of our product and version)."""
        known = cls()
        for path in known_page_files(folders):
            text = page_text(path.read_text(encoding="utf-8", errors="replace"))
            canonical = re.findall(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", text)
            addresses = page_addresses(text, tuple(canonical), titles)
            known.addresses[path.name] = frozenset(source_key(a) for a in addresses)
            known.lines[path.name] = _comparable(text)
            if operations_of is not None:
                known.operations[path.name] = operations_of(text, addresses)
        return known

    def name_for(self, addresses: frozenset[str], text: str, operations: frozenset[str] = frozenset()) -> str | None:
        """The known page that is the page with these addresses and this text, if any; a page with no address
        in common with any (no title, no URL) is the known page that documents the same operations of ours."""
        keys = {source_key(a) for a in addresses}
        candidates = sorted(name for name, theirs in self.addresses.items() if theirs & keys)
        lines = _comparable(text)
        similarity = {}
        if not candidates and operations:  # the same operations, and mostly the same lines (not another locale)
            for name in sorted(n for n, theirs in self.operations.items() if theirs == operations):
                similarity[name] = SequenceMatcher(None, lines, self.lines[name], False).ratio()
            candidates = [name for name, ratio in similarity.items() if ratio >= SAME_PAGE_SIMILARITY]
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        return max(
            candidates, key=lambda n: similarity.get(n) or SequenceMatcher(None, lines, self.lines[n], False).ratio()
        )


def _comparable(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
