"""Vendor doc pages saved as HTML → the same tables as text pages (read with BeautifulSoup).

Huawei help-center pages hold each table in a `<table>` headed 参数 / 是否必选 / 参数类型 / 描述 or
Parameter / Mandatory / Type / Description, one `<tr>` per field, enumerated values as `<li>` items of
the description cell, and a `<caption>` ("Table 4 AssessResult") naming a sub-object's table; Tencent
API pages head theirs Parameter Name / Required / Type / Description. Headings, captions, paragraphs and
`<pre>` blocks become text lines (line numbers are those of the HTML source), tables cell rows; then
the text reader's section logic places them.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning
from bs4.element import NavigableString
from drift.documented import Unreadable

from .layouts import CellRow, Item, TableStart, cell_row, header_roles
from .pages import Page, Reader, detect_vendor, finish_fields

_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "li", "dt", "dd", "table", "caption", "title"]


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<table" in text.lower() and "</" in text)


def _cell_text(cell: Tag) -> str:
    """A cell's text with paragraphs, line breaks and list items on lines of their own ("• value: meaning")."""
    parts: list[str] = []
    for node in cell.descendants:
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name in ("br", "p", "div", "ul", "ol"):
            parts.append("\n")
        elif isinstance(node, Tag) and node.name == "li":
            parts.append("\n• ")
    lines = [" ".join(line.split()) for line in "".join(parts).splitlines()]
    return "\n".join(line for line in lines if line)


def _rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _table_items(table: Tag) -> list[Item]:
    rows = _rows(table)
    if not rows:
        return []
    header = [_cell_text(c) for c in rows[0].find_all(["th", "td"], recursive=False)]
    roles = header_roles(header)
    if roles is None:
        return []
    items: list[Item] = [TableStart(table.sourceline or 0, "required" in roles)]
    for tr in rows[1:]:
        cells = [_cell_text(c) for c in tr.find_all(["td", "th"], recursive=False)]
        line = tr.sourceline or 0
        if len(cells) != len(roles):
            items.append(Unreadable(line, " | ".join(cells), f"a row of {len(cells)} cells in a table of "
                                    f"{len(roles)} columns"))  # fmt: skip
            continue
        items.append(cell_row(line, roles, cells))
    return items


def _text_lines(items: list[Item]) -> Iterator[str]:
    """The page as text lines (a table row as "name | required | type | description"), for recognition."""
    for item in items:
        if isinstance(item, tuple):
            yield item[1]
        elif isinstance(item, CellRow):
            cells = [item.name, item.required or "", item.type, " ".join(item.description.split())]
            yield " | ".join(cells)


def _soup(html: str) -> BeautifulSoup:
    """The markup parsed leniently as HTML (an .xml file given by mistake is read the same way, silently)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "html.parser")


def canonical_url(html: str) -> str | None:
    """The page's own address (`<link rel="canonical">`), another name decisions may use for it."""
    link = _soup(html).find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    return href if isinstance(href, str) and href.startswith(("http://", "https://")) else None


def parse_html(name: str, html: str) -> Page:
    soup = _soup(html)
    for hidden in soup.find_all(["script", "style", "nav", "noscript"]):
        hidden.decompose()
    items: list[Item] = []
    for block in soup.find_all(_BLOCKS):
        if block.name != "table" and block.find_parent(["table", "pre"]) is not None:
            continue
        if block.name == "table":
            if block.find_parent("table") is not None:
                continue
            caption = block.find("caption")
            if caption is not None:
                items.append((caption.sourceline or 0, " ".join(caption.get_text(" ").split())))
            items += _table_items(block)
        elif block.name == "pre":
            start = block.sourceline or 0
            items += [(start + n, line) for n, line in enumerate(block.get_text().splitlines())]
        elif block.name in ("li", "p") and block.find_parent("li") is not None:
            continue
        else:
            text = " ".join(block.get_text(" ").split())
            if text:
                items.append((block.sourceline or 0, text))
    page = Page(name, "\n".join(_text_lines(items)), [], vendor=detect_vendor(soup.get_text(" ")))
    Reader(page).run(items)
    page.tables = [t for t in page.tables if t.kept]
    finish_fields(page)
    return page
