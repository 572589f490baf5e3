"""Vendor doc pages saved as HTML → the same tables as text pages (read with BeautifulSoup).

Huawei help-center pages hold each table in a `<table>` headed 参数 / 是否必选 / 参数类型 / 描述 or
Parameter / Mandatory / Type / Description, one `<tr>` per field, enumerated values as `<li>` items of
the description cell, and a `<caption>` ("Table 4 AssessResult") naming a sub-object's table; Tencent
API pages head theirs Parameter Name / Required / Type / Description. Headings, captions, paragraphs and
`<pre>` blocks become text lines (line numbers are those of the HTML source), tables cell rows; then
the text reader's section logic places them.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning
from bs4.element import NavigableString
from drift.documented import Unreadable

from .headings import Context, heading
from .layouts import (
    NAME,
    PRIMITIVE_WORD,
    CellRow,
    Item,
    TableNote,
    TableStart,
    cell_row,
    header_roles,
    refined_roles,
)
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


def _cells(tr: Tag) -> list[str]:
    return [_cell_text(c) for c in tr.find_all(["td", "th"], recursive=False)]


def _table_items(table: Tag, *, captioned: bool) -> list[Item]:
    """A table's rows. Its header row may follow title rows (one cell spanning the table: "Table 3 Response
    body parameters"), read as the caption they are unless the table has one; a row of one cell among the
    fields is a note ("The following fields are returned only when ..."). A table of field rows whose
    header cannot be read is reported, not skipped."""
    rows = _rows(table)
    titles: list[Item] = []
    for header_at in range(min(4, len(rows))):
        tr = rows[header_at]
        cells = _cells(tr)
        if (roles := header_roles(cells)) is not None:
            break
        if len(cells) != 1:
            return _unread_fields(table, rows)
        line = tr.sourceline or 0
        titles.append(TableNote(line, cells[0]) if captioned else (line, cells[0]))
    else:
        return _unread_fields(table, rows)
    roles = refined_roles(roles, [_cells(tr) for tr in rows[header_at + 1 :]])
    items: list[Item] = [*titles, TableStart(table.sourceline or 0, "required" in roles)]
    for tr in rows[header_at + 1 :]:
        cells = _cells(tr)
        line = tr.sourceline or 0
        if len(cells) == 1 and len(roles) > 1:
            items.append(TableNote(line, cells[0]))
            continue
        if len(cells) != len(roles):
            items.append(Unreadable(line, " | ".join(cells), f"a row of {len(cells)} cells in a table of "
                                    f"{len(roles)} columns"))  # fmt: skip
            continue
        items.append(cell_row(line, roles, cells))
    return items


def _unread_fields(table: Tag, rows: list[Tag]) -> list[Item]:
    """A table that is not a field table, or one of fields whose header cannot be read (reported)."""
    for tr in rows[1:]:
        cells = _cells(tr)
        if len(cells) >= 2 and re.fullmatch(NAME, cells[0]) and any(PRIMITIVE_WORD.match(c.split()[0]) for c in
                                                                    cells[1:] if c.split()):  # fmt: skip
            header = " | ".join(_cells(rows[0]))
            return [Unreadable(table.sourceline or 0, header, "a table of fields whose header row cannot be read")]
    return []


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
            before = items[-1] if items else None
            captioned = isinstance(before, tuple) and heading(before[1], Context()) is not None
            items += _table_items(block, captioned=captioned)
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
