"""Vendor doc pages saved as text → tables of documented fields (tables with a header row are first
turned into cell rows by layouts.py; headings are read by headings.py).

Pages come in several forms, often mixed: one table cell per line (blank-line separated, or ending in
"cell |"), pipe rows on one line under a header row ("Parameter Name | Required | Type | Description |",
as tencentcloud.com renders them, with or without a heading above), space-separated rows under a
header ("Parameter Name Required Type Description"), and rows without a header ("TaskId Yes String
text", "name | Type | required=No"); English and Chinese. Tables with a header become cell rows first;
then one pass reads section headings (path, header, query, body, response with its status code, named
sub-object tables), rows and their description lines. A table without a heading above is placed by its
header: with a required column it documents a request, without one a response.

Every row is read or reported: a cell row whose type or required-ness cannot be read, and a line in a
table that looks like a row but is not one, become `Unreadable` entries (line and text); a blank
required-ness cell leaves required-ness unstated (noted, not compared).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drift.documented import DocField, DocObject, DocOperation, Source, Unreadable
from specmodel.kinds import TYPE_PATTERN, Kind, parse_type

from .describe import read_description
from .headings import HTTP_EXAMPLE, Context, heading
from .layouts import (
    NAME,
    PRIMITIVE_WORD,
    PRIMITIVE_WORDS,
    REQUIRED,
    CellRow,
    Item,
    TableNote,
    TableStart,
    normalized,
    required_of,
    role_of,
)
from .normalize import page_text, plain_cell

_REQ = r"(?:是/Yes|否/No|是|否|Yes|No|True|False|Mandatory|Optional|必选|可选|必填|选填)"
_ROWS = [
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<req>{_REQ})?\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*required=(?P<req>Yes|No))?\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<req>Yes|No|是|否)\s+(?P<type>{TYPE_PATTERN})\b\s*(?P<desc>.*)$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<type>{TYPE_PATTERN})(?:(?P<gap>\s+)(?P<desc>.*))?$"),
]  # fmt: skip
# Compact renderings of a table on one line: "路径参数: project_id(是, String), job_id(是, String, 任务id。)",
# "Headers: X-Auth-Token(否) | Authorization(否, AK/SK时必选)"; "400: error_code / error_msg"; and a sub-object's
# rows after its name, "segment_url: audio_uploading_url Array of strings 音频上传的地址。"
_INLINE_ITEM = re.compile(rf"(?P<name>{NAME})\s*[(（](?P<inside>[^()（）]*)[)）]")
_INLINE_INTRO = re.compile(r"^(?P<intro>[^:：|()（）]{1,60}?)\s*[:：]\s*(?P<rest>.+)$")
_STATUS_FIELDS = re.compile(rf"^(?P<status>\d{{3}})\s*[:：]\s*(?P<names>{NAME}(?:\s*/\s*{NAME})+)\s*$")
# A table written on one line after its heading: "响应参数 400: error_code String 错误码。 error_msg String 错误描述。",
# "状态码 200 OK (no body).  状态码 400 表4: error_code String ..."; each row starts with a name and a type word,
# at the start or after the previous row's sentence (or a gap of spaces).
_ROW_START = rf"{NAME}\s+(?:Array of \w+|String|Integer|Int|Long|Float|Double|Number|Boolean|Bool|Object|JSON)(?=\s|$)"
_ONE_LINE_TABLE = re.compile(rf"^(?P<intro>.*?)[:：]\s*(?P<rows>{_ROW_START}.*)$")
_ROW_BOUNDARY = re.compile(rf"(?:(?<=[。.;；])\s*|\s{{2,}})(?={_ROW_START})")
# After a row's sentence, a snake_case name and a capitalised word: a row whose type cannot be read.
_ROW_LIKE_SENTENCE = re.compile(r"(?:(?<=[。.;；])\s*|\s{2,})(?P<row>[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s+[A-Z]\w*)(?=\s|$)")
_CAPTIONED_ROW = re.compile(rf"^(?P<indent>\s*)(?P<name>{NAME})\s*[:：](?P<gap>\s+)(?P<row>\S.*)$")
_INLINE_SECTIONS = {"path": "path", "headers": "header", "header": "header", "query": "query", "body": "body"}
# An HTTP header's name: hyphenated capitalised words (X-Auth-Token, Accept-Language, Content-Type) or one of
# the one-word request headers.
HEADER_LIKE = re.compile(r"^(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|Authorization|Host|Accept|Cookie|Date)$")
_SPACE_HEADER = re.compile(
    r"^(?:Parameter Name|Parameter|参数名称|参数名|参数)\s+(?P<req>(?:Required|Mandatory|必选|是否必选)\s+)?"
    r"(?:Type|类型|参数类型)\s+(?:Description|描述|说明)$",
    re.I,
)
_TENCENT = re.compile(r"tencentcloud|腾讯云|Common Params|公共参数|X-TC-", re.I)


@dataclass
class Table:
    """Rows of one table and where they belong: area path/header/query/body/request/response/object."""

    area: str
    line: int
    status: int | None = None
    name: str | None = None
    rows: list[DocField] = field(default_factory=list)
    headed: bool = False  # opened by a header row (or a named object's caption): kept even when empty

    @property
    def kept(self) -> bool:
        """Rows, or a header or caption that promised them (a table whose every row was removed documents
        that its fields are gone; an empty table of nothing is no table)."""
        return bool(self.rows) or self.headed


@dataclass
class Page:
    name: str
    text: str
    tables: list[Table]
    unreadable: list[Unreadable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    vendor: str = "huawei"
    stray: list[Unreadable] = field(default_factory=list)  # rows outside any table: unreadable on our pages

    def area(self, *areas: str, status: int | None = None) -> list[Table]:
        return [t for t in self.tables if t.area in areas and (status is None or t.status == status)]

    def operation(self) -> DocOperation:
        """The page's tables as one operation's documentation (the rows of a generic "Request Parameters"
        table named like HTTP headers are headers, the others the body)."""
        generic = [row for table in self.area("request") for row in table.rows]
        documented = DocOperation()
        for location in ("path", "header", "query"):
            rows = [row for table in self.area(location) for row in table.rows]
            rows += [row for row in generic if HEADER_LIKE.match(row.name)] if location == "header" else []
            if rows or self.area(location):
                documented.parameters[location] = rows
        body = [row for table in self.area("body") for row in table.rows]
        body += [row for row in generic if not HEADER_LIKE.match(row.name)]
        if body or self.area("body"):
            documented.body = body
        for table in self.area("response"):
            documented.responses.setdefault(table.status or 200, []).extend(table.rows)  # type: ignore[union-attr]
        return documented

    def source(self, *aliases: str, same_as: tuple[str, ...] = ()) -> Source:
        objects = [DocObject(t.name, t.rows, t.line, t.status) for t in self.area("object")]
        unread = frozenset(u.name for u in self.unreadable if u.name)
        return Source(self.name, aliases, objects, lists_values=True, same_as=same_as, unread=unread)


def detect_vendor(text: str) -> str:
    return "tencent" if _TENCENT.search(text) else "huawei"


def _match_row(text: str, *, in_table: bool = False) -> re.Match[str] | None:
    """The row a line is (name, required-ness, type, description), or None. A name and a bare structure
    name with text after one space ("Foo Bar baz") is prose, unless the gap is a tab (a browser's copy of
    a table) or the line is in a table with a header and reads "Name StructureName description"."""
    stripped = text.strip().removeprefix("|").strip()  # a markdown row's leading pipe
    for number, pattern in enumerate(_ROWS):
        match = pattern.match(stripped)
        if match is None:
            continue
        if role_of(match["name"]) == "name" and role_of(match["type"]) == "type":
            return None  # a header row
        if number == 3:
            kind = match["type"]
            bare_structure = parse_type(kind) is not None and kind.lower() not in PRIMITIVE_WORDS and " " not in kind
            cell_gap = "\t" in (match["gap"] or "") or len(match["gap"] or "") >= 2
            structure_cell = in_table and (
                kind == match["name"] or re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+", kind)
            )
            if bare_structure and match["desc"] and not (cell_gap or structure_cell):
                continue
            if (role_of(match["name"]) == "name" or match["name"].lower() in ("error", "status")) and bare_structure:
                continue
        return match
    return None


_STRAY_ROW = re.compile(
    rf"^(?P<name>{NAME})\s+(?:(?:Yes|No|是|否|Mandatory|Optional)\s+)?"
    r"(?:String|Integer|Long|Float|Double|Boolean|Array of \w+|\w+ object)(?:\s|$)"
)


def _stray_row(text: str) -> bool:
    """A field row where no table is: a row of a table whose header the reader did not recognise
    ("| job_type | Yes | String | ... |", "job_type Yes String ...")."""
    cells = [plain_cell(c) for c in text.strip().strip("|").split("|")]
    if len(cells) >= 3:
        return bool(re.fullmatch(NAME, cells[0])) and any(PRIMITIVE_WORD.match(c) for c in cells[1:3])
    return bool(_STRAY_ROW.match(text.strip()))


def _typed(match: re.Match[str]) -> bool:
    """A row whose type cell is a type word ("Example String An example."), not a bare capitalised name
    that a heading also has ("Response Parameters"): a row, whatever its name reads like."""
    kind = match["type"]
    return kind.lower() in PRIMITIVE_WORDS or " " in kind


def _row_like(text: str) -> bool:
    """A line shaped like a field row (a name, then cells or a type word) that no row pattern reads."""
    stripped = text.strip().removeprefix("|").strip()
    if re.match(rf"^{NAME}\s*\|", stripped) and stripped.count("|") >= 2:
        return True
    tokens = stripped.split()
    return (
        bool(re.fullmatch(NAME, tokens[0]) if tokens else False)
        and any(PRIMITIVE_WORD.match(t.strip("|,")) for t in tokens[1:4])
        and not re.match(r"^[A-Z][a-z]+\s+[a-z]", stripped)
    )


class Reader:
    """One pass over a page's normalized lines, building its tables."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.context = Context()
        self.table: Table | None = None
        self.row: DocField | None = None
        self.row_indent = 0
        self.tables_in_context = 0
        self.space_header: bool | None = None  # inside a space-separated table: has a required column?
        self.blank_required = 0
        self.caption: Table | None = None  # a named object's table, opened by its caption, awaiting its rows

    def run(self, items: list[Item]) -> None:
        for item in items:
            if isinstance(item, TableStart):
                self._close()
                self.table = self._open(item.line, None if self.context.area else item.required_column)
                self.table.headed = True
            elif isinstance(item, CellRow):
                self._cell(item)
            elif isinstance(item, Unreadable):
                self.page.unreadable.append(item)
            elif isinstance(item, TableNote):
                self.page.notes.append(f"line {item.line}: a note in the table, not a field: {item.text[:80]!r}")
            else:
                self._line(*item)
        self._close()

    def _close(self) -> None:
        if self.table is not None and self.blank_required:
            self.page.notes.append(f"table at line {self.table.line}: required-ness left blank on "
                                   f"{self.blank_required} row(s), not compared")  # fmt: skip
        self.table = self.row = None
        self.blank_required = 0

    def _enter(self, context: Context, line: int) -> None:
        """A heading: the tables that follow belong to its context (a named object's table is opened by its
        caption, so that a caption whose rows were all removed still documents an empty object)."""
        self._close()
        self.context, self.tables_in_context, self.space_header = context, 0, None
        self.caption = None
        if context.area == "object" and context.name:
            self.caption = Table("object", line, None, context.name, headed=True)
            self.page.tables.append(self.caption)

    def _open(self, line: int, required_column: bool | None) -> Table:
        if self.caption is not None:
            table, self.caption = self.caption, None
            self.tables_in_context += 1
            return table
        area, name = self.context.area, self.context.name
        status = self.context.status
        if area is None:  # no heading above: a table with a required column documents a request
            area, status = ("request", None) if required_column or required_column is None else ("response", 200)
        elif self.tables_in_context and area in ("response", "body", "object"):
            area, name = "object", None  # an uncaptioned table after the first: a sub-object's fields
        table = Table(area, line, status, name)
        self.page.tables.append(table)
        self.tables_in_context += 1
        return table

    def _cell(self, cell: CellRow) -> None:
        if self.table is None:
            self.table = self._open(cell.line, cell.required is not None)
        required: bool | None = None
        if cell.required is not None and cell.required.strip():
            required = required_of(cell.required)
            if required is None:
                self._unreadable(cell.line, cell, f"required-ness {cell.required.strip()!r} cannot be read")
                return
        elif cell.required is not None:
            self.blank_required += 1
        kind = parse_type(cell.type, bare_structures=self.page.vendor == "tencent")
        if not re.fullmatch(NAME, cell.name) or kind is None:
            why = f"type {cell.type.strip()!r} cannot be read" if kind is None else "not a field name"
            self._unreadable(cell.line, cell, why)
            return
        self.row = self._field(cell.name, kind, required, cell.description, cell.line)
        self.table.rows.append(self.row)
        self.row_indent = 0

    def _unreadable(self, line: int, cell: CellRow, why: str) -> None:
        text = " | ".join(x for x in (cell.name, cell.required or "", cell.type) if x is not None)
        name = cell.name if re.fullmatch(NAME, cell.name) else None
        self.page.unreadable.append(Unreadable(line, text, why, name))
        self.row = None

    def _field(self, name: str, kind: Kind | None, required: bool | None, description: str, line: int) -> DocField:
        if self.page.vendor == "tencent" and kind is not None:
            kind = kind.with_unstated_width()
        row = DocField(name.removesuffix(".N"), kind, required, description.strip(), line)
        row.common = "Common Params" in description or "公共参数" in description
        return row

    def _line(self, number: int, raw: str) -> None:
        if (
            self.row is not None
            and raw.strip()
            and _indent(raw) > self.row_indent
            and not HTTP_EXAMPLE.match(raw.strip())
        ):
            self.row.description += "\n" + raw.strip()  # deeper than its row: a description line
            return
        if self._compact(number, raw):
            return
        if match := _SPACE_HEADER.match(raw.strip()):
            self._close()
            self.space_header = match["req"] is not None
            self.table = self._open(number, self.space_header)
            return
        opened = heading(raw, self.context)
        in_table = self.space_header is not None
        match = _match_row(raw, in_table=in_table) if self.context.area is not None or in_table else None
        caption = opened is not None and opened.area == "object"  # "segments object (remark)": not a row
        if opened is not None and (match is None or ("|" not in raw and (caption or not _typed(match)))):
            self._enter(opened, number)
            return
        if match is not None:
            self._row(number, raw, match)
            return
        in_table = self.table is not None or self.context.area is not None
        if in_table and raw.strip() and _row_like(raw) and (self.row is None or _indent(raw) <= self.row_indent):
            self.page.unreadable.append(Unreadable(number, raw, "looks like a field row but cannot be read"))
            self.row = None
            return
        if not in_table and self.row is None and _stray_row(raw):
            self.page.stray.append(Unreadable(number, raw, "a field row outside any table the reader knows"))
            return
        if self.row is not None and raw.strip():
            if _indent(raw) < self.row_indent:
                self.row = self.table = None
                return
            self.row.description += "\n" + raw.strip()  # same indentation: pages that do not indent descriptions

    def _compact(self, number: int, raw: str) -> bool:
        """Read a compact one-line table (see _INLINE_ITEM); False if the line is none."""
        stripped = raw.strip()
        if found := _STATUS_FIELDS.match(stripped):
            self._enter(Context("response", int(found["status"])), number)
            self.table = self._open(number, None)
            for name in re.split(r"\s*/\s*", found["names"]):
                self.table.rows.append(self._field(name, None, None, "", number))
            self.table = self.row = None
            return True
        if (one_line := _ONE_LINE_TABLE.match(stripped)) and (opened := _one_line_heading(one_line["intro"])):
            self._enter(opened, number)
            self.table = self._open(number, None)
            for segment in _ROW_BOUNDARY.split(one_line["rows"]):
                if (row := _match_row(segment)) is None:
                    self.page.unreadable.append(Unreadable(number, segment, "a row of a one-line table cannot be read"))
                else:
                    self._row(number, segment, row)
                for like in _ROW_LIKE_SENTENCE.finditer(segment):
                    why = "looks like a row of a one-line table but its type cannot be read"
                    self.page.unreadable.append(Unreadable(number, like["row"], why))
            self.row = None
            return True
        items = _inline_items(stripped)
        if items is not None:
            intro, fields = items
            opened = heading(intro, self.context) or (
                Context(_INLINE_SECTIONS[intro.lower()]) if intro.lower() in _INLINE_SECTIONS else None
            )
            if opened is None and self.table is None:
                return False
            if opened is not None:
                self._enter(opened, number)
                self.table = self._open(number, None)
            assert self.table is not None
            for name, inside in fields:
                self.table.rows.append(self._inline_field(name, inside, number))
            self.row = None
            return True
        captioned = _CAPTIONED_ROW.match(raw)
        if captioned and self.context.area is not None and (row := _match_row(captioned["row"])) is not None:
            if captioned["name"].lower() in _STOPWORD_CAPTIONS:
                return False
            self._enter(Context("object", None, captioned["name"]), number)
            self._row(number, raw, row)
            self.row_indent = len(captioned["indent"]) + len(captioned["name"]) + 1 + len(captioned["gap"])
            return True
        return False

    def _inline_field(self, name: str, inside: str, line: int) -> DocField:
        parts = [p.strip() for p in re.split(r"[,，]", inside, maxsplit=2)]
        required = next((REQUIRED[p.lower()] for p in parts[:2] if p.lower() in REQUIRED), None)
        kind = next((k for p in parts[:2] if (k := parse_type(p.split(":")[0].strip())) and p[:1].isupper()), None)
        description = inside
        return self._field(name, kind, required, description, line)

    def _row(self, number: int, raw: str, match: re.Match[str]) -> None:
        kind = parse_type(match["type"], bare_structures=self.page.vendor == "tencent")
        if kind is None:
            why = f"type {match['type']!r} cannot be read"
            self.page.unreadable.append(Unreadable(number, raw, why, match["name"]))
            self.row = None
            return
        required_text = (match.groupdict().get("req") or "").lower()
        if self.space_header is True and not required_text:
            self.page.unreadable.append(Unreadable(number, raw, "a row without the table's required-ness cell"))
            return
        if self.table is None:
            self.table = self._open(number, None)
        self.row = self._field(match["name"], kind, REQUIRED.get(required_text), match["desc"] or "", number)
        self.table.rows.append(self.row)
        self.row_indent = _indent(raw)


def _one_line_heading(intro: str) -> Context | None:
    """The heading before a one-line table ("响应参数 400", "Response (400)"), or None; a response's status
    is the last one the heading names ("响应参数: 状态码 200 OK (no body).  状态码 400 表4": 400)."""
    if _match_row(intro) is not None or (opened := heading(intro, Context())) is None or opened.area is None:
        return None
    statuses = re.findall(r"(?<![\d.])(\d{3})(?![\d.])", intro)
    return Context("response", int(statuses[-1])) if opened.area == "response" and statuses else opened


_STOPWORD_CAPTIONS = {"note", "notes", "example", "uri", "url", "title", "status", "sources", "source"}


def _inline_items(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The intro and (name, parenthesised cells) items of a compact table line, or None."""
    found = _INLINE_INTRO.match(text)
    if found is None:
        return None
    rest, items, position = found["rest"].strip().rstrip(",，|").rstrip(), [], 0
    while position < len(rest):
        item = _INLINE_ITEM.match(rest, position)
        if item is None:
            return None
        items.append((item["name"], item["inside"]))
        separator = re.match(r"\s*[,，|]\s*|\s*$", rest[item.end() :])
        position = item.end() + (separator.end() if separator else 0)
        if separator is None or (not separator.group().strip() and position < len(rest)):
            return None
    return (found["intro"].strip(), items) if items else None


def _join_compact_lines(lines: list[str]) -> list[str]:
    """A compact table line wrapped after a comma continues on the deeper-indented lines below it."""
    joined = list(lines)
    for index, line in enumerate(joined):
        if not line.rstrip().endswith((",", "，", "|")) or not _INLINE_INTRO.match(line.strip()):
            continue
        cursor = index + 1
        while cursor < len(joined) and _indent(joined[cursor]) > _indent(line) and joined[cursor].strip():
            joined[index] = joined[index].rstrip() + " " + joined[cursor].strip()
            joined[cursor] = ""
            if not joined[index].rstrip().endswith((",", "，", "|")):
                break
            cursor += 1
    return joined


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def finish_fields(page: Page) -> None:
    """Read each row's description into its documented properties. A table that notes "may return null" on
    some of its fields (Tencent renders the note for exactly the fields that may be null) documents the
    others as never null; a table without the note says nothing of nullability."""
    for table in page.tables:
        for row in table.rows:
            read_description(row)
        if any(row.nullable for row in table.rows):
            for row in table.rows:
                row.nullable = bool(row.nullable)


def parse_text(name: str, text: str) -> Page:
    text = page_text(text)
    page = Page(name, text, [], vendor=detect_vendor(text))
    Reader(page).run(normalized(_join_compact_lines(text.splitlines())))
    page.tables = [t for t in page.tables if t.kept]
    finish_fields(page)
    return page
