"""Vendor doc pages saved as text → tables of documented fields.

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
from collections.abc import Iterator
from dataclasses import dataclass, field

from drift.documented import DocField, DocObject, DocOperation, Source, Unreadable
from specmodel.kinds import TYPE_PATTERN, Kind, parse_type

from .describe import describe

NAME = r"[A-Za-z_][\w\-]*(?:\.N)?(?:\.[A-Za-z_][\w\-]*)*"
REQUIRED = {"是": True, "否": False, "yes": True, "no": False, "是/yes": True, "否/no": False, "true": True,
            "false": False, "mandatory": True, "optional": False, "必选": True, "可选": False, "必填": True,
            "选填": False, "required": True}  # fmt: skip
_REQ = r"(?:是/Yes|否/No|是|否|Yes|No|True|False|Mandatory|Optional|必选|可选|必填|选填)"
_ROWS = [
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<req>{_REQ})?\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*required=(?P<req>Yes|No))?\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<req>Yes|No|是|否)\s+(?P<type>{TYPE_PATTERN})\b\s*(?P<desc>.*)$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<type>{TYPE_PATTERN})(?:(?P<gap>\s+)(?P<desc>.*))?$"),
]  # fmt: skip
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_STATUS = re.compile(r"(?:Status code|状态码)\s*[:：]\s*(\d{3})", re.IGNORECASE)
_TABLE_CAPTION = re.compile(r"^(?:Table|表)\s*\d+\s*(?P<rest>.+)$", re.IGNORECASE)
_STRUCTURE = re.compile(r"^===\s*(?P<name>[A-Za-z_]\w*)\s*===")
_OBJECT_CAPTION = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+object\s*[:：]?\s*$")
_REMARKED_CAPTION = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+object\s+[(（][^|]*[)）]\s*$")  # unindented only
# Compact renderings of a table on one line: "路径参数: project_id(是, String), job_id(是, String, 任务id。)",
# "Headers: X-Auth-Token(否) | Authorization(否, AK/SK时必选)"; "400: error_code / error_msg"; and a sub-object's
# rows after its name, "segment_url: audio_uploading_url Array of strings 音频上传的地址。"
_INLINE_ITEM = re.compile(rf"(?P<name>{NAME})\s*[(（](?P<inside>[^()（）]*)[)）]")
_INLINE_INTRO = re.compile(r"^(?P<intro>[^:：|()（）]{1,60}?)\s*[:：]\s*(?P<rest>.+)$")
_STATUS_FIELDS = re.compile(rf"^(?P<status>\d{{3}})\s*[:：]\s*(?P<names>{NAME}(?:\s*/\s*{NAME})+)\s*$")
_CAPTIONED_ROW = re.compile(rf"^(?P<indent>\s*)(?P<name>{NAME})\s*[:：](?P<gap>\s+)(?P<row>\S.*)$")
_INLINE_SECTIONS = {"path": "path", "headers": "header", "header": "header", "query": "query", "body": "body"}
_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("response", re.compile(
        r"Response body parameters|响应\s*Body\s*参数|Response Parameters|响应参数|Output Parameters|输出参数"
        r"|^Response\s*\(?\d{3}\)?(?:\s|$)|^响应\s*\(?\d{3}\)?",
        re.I,
    )),
    ("path", re.compile(r"Path Parameters|路径参数", re.I)),
    ("query", re.compile(r"Query Parameters|Query\s*参数|查询参数", re.I)),
    ("header", re.compile(r"header parameters|Header\s*参数", re.I)),
    ("body", re.compile(r"Request body parameters|请求\s*Body\s*参数|Input Parameters|输入参数", re.I)),
    ("request", re.compile(r"^(?:Request Parameters|请求参数)\b", re.I)),
    ("path", re.compile(r"^URI\b")),
]  # fmt: skip
_CLOSERS = re.compile(
    r"^(?:\d+\.\s+\S.{0,70}|Examples?(?: Requests?| Responses?)?|Example\d*\s.{0,60}|示例.{0,40}|请求示例|响应示例"
    r"|Status Codes?|状态码|Error Codes?|错误码|Feedback|SDK|Input Example|Output Example)\s*$",
    re.I,
)
# An example request after the last table, with or without a heading above it.
_HTTP_EXAMPLE = re.compile(
    r"^(?:(?:GET|POST|PUT|DELETE|PATCH)\s+\S+\s+HTTP/\d(?:\.\d)?|(?:Host|X-TC-Action|X-TC-Version)\s*:\s*\S+"
    r"|<(?:Common request parameters|公共请求参数)>|\{\s*(?:\"[^\"]+\"\s*:.*)?)$",
    re.I,
)
HEADER_LIKE = re.compile(r"^(?:X-[\w\-]+|Authorization|Content-Type|Host)$", re.I)
_ROLES = {
    "name": {"parameter", "parameter name", "参数", "参数名", "参数名称", "名称", "name", "field", "字段"},
    "required": {"mandatory", "required", "是否必选", "必选", "是否必填", "必填"},
    "type": {"type", "参数类型", "类型", "data type", "数据类型"},
    "description": {"description", "描述", "说明", "参数说明"},
}
_SPACE_HEADER = re.compile(
    r"^(?:Parameter Name|Parameter|参数名称|参数名|参数)\s+(?P<req>(?:Required|Mandatory|必选|是否必选)\s+)?"
    r"(?:Type|类型|参数类型)\s+(?:Description|描述|说明)$",
    re.I,
)
_PRIMITIVE_WORD = re.compile(r"^(?:String|Integer|Int|Long|Float|Double|Boolean|Bool|Object|Array|Number)$", re.I)
_PRIMITIVE_WORDS = {"string", "integer", "int", "long", "float", "double", "number", "boolean", "bool", "object",
                    "json"}  # fmt: skip
_TENCENT = re.compile(r"tencentcloud|腾讯云|Common Params|公共参数|X-TC-", re.I)


@dataclass
class Table:
    """Rows of one table and where they belong: area path/header/query/body/request/response/object."""

    area: str
    line: int
    status: int | None = None
    name: str | None = None
    rows: list[DocField] = field(default_factory=list)


@dataclass
class Page:
    name: str
    text: str
    tables: list[Table]
    unreadable: list[Unreadable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    vendor: str = "huawei"

    def area(self, *areas: str, status: int | None = None) -> list[Table]:
        return [t for t in self.tables if t.area in areas and (status is None or t.status == status)]

    def operation(self) -> DocOperation:
        """The page's tables as one operation's documentation (a generic "Request Parameters" table is the
        headers when every row is a header, else the body)."""
        generic = self.area("request")
        headers = self.area("header") + [t for t in generic if all(HEADER_LIKE.match(r.name) for r in t.rows)]
        bodies = self.area("body") + [t for t in generic if t not in headers]
        documented = DocOperation()
        for location, tables in (("path", self.area("path")), ("header", headers), ("query", self.area("query"))):
            if tables:
                documented.parameters[location] = [row for table in tables for row in table.rows]
        if bodies:
            documented.body = [row for table in bodies for row in table.rows]
        for table in self.area("response"):
            documented.responses.setdefault(table.status or 200, []).extend(table.rows)  # type: ignore[union-attr]
        return documented

    def source(self, *aliases: str) -> Source:
        objects = [DocObject(t.name, t.rows, t.line, t.status) for t in self.area("object")]
        return Source(self.name, aliases, objects)


@dataclass
class _Context:
    area: str | None = None
    status: int | None = None
    name: str | None = None


@dataclass
class TableStart:
    """Where a table with a header begins; `required_column` says whether the header has one."""

    line: int
    required_column: bool


@dataclass
class CellRow:
    """A row of a table with a header, cell by cell (`required` None: the header has no such column)."""

    line: int
    name: str
    required: str | None
    type: str
    description: str


Item = tuple[int, str] | TableStart | CellRow | Unreadable


def detect_vendor(text: str) -> str:
    return "tencent" if _TENCENT.search(text) else "huawei"


def header_roles(cells: list[str]) -> list[str | None] | None:
    """The role of each header cell (name, required, type, description), or None if not a field table."""
    roles = [next((role for role, words in _ROLES.items() if c.strip().lower() in words), None) for c in cells]
    return roles if "name" in roles and "type" in roles else None


def cell_row(line: int, roles: list[str | None], cells: list[str]) -> CellRow:
    values: dict[str, str] = {}
    for role, cell in zip(roles, cells, strict=False):
        if role is not None:
            values[role] = cell
    required = values.get("required") if "required" in roles else None
    return CellRow(
        line, values.get("name", "").strip(), required, values.get("type", ""), values.get("description", "")
    )


# ---------------------------------------------------------------------- tables with a header
def _one_line_pipe_tables(lines: list[str]) -> tuple[dict[int, list[Item]], set[int]]:
    """Header row "Parameter Name | Required | Type | Description |", then one row per line; lines without
    pipes continue the previous row's description."""
    replaced: dict[int, list[Item]] = {}
    consumed: set[int] = set()
    index = 0
    while index < len(lines):
        cells = _pipe_cells(lines[index])
        roles = header_roles(cells) if len(cells) >= 2 else None
        if roles is None:
            index += 1
            continue
        start, items = index, list[Item]([TableStart(index + 1, "required" in roles)])
        cursor = index + 1
        rows: list[CellRow] = []
        while cursor < len(lines):
            text = lines[cursor].strip()
            if _SEPARATOR.match(text) or not text:
                cursor += 1
                continue
            row_cells = _pipe_cells(lines[cursor]) if "|" in text else []
            if len(row_cells) >= 2 and header_roles(row_cells) is not None:
                break
            if len(row_cells) >= 2:
                if len(row_cells) > len(roles) and roles[-1] == "description":
                    row_cells = [*row_cells[: len(roles) - 1], " | ".join(row_cells[len(roles) - 1 :])]
                if len(row_cells) < len(roles) - (1 if roles[-1] == "description" else 0):
                    items.append(Unreadable(cursor + 1, text, f"a row of {len(row_cells)} cells in a table of "
                                            f"{len(roles)} columns"))  # fmt: skip
                else:
                    rows.append(cell_row(cursor + 1, roles, row_cells))
                    items.append(rows[-1])
            elif rows and _heading(text, _Context()) is None and not _HTTP_EXAMPLE.match(text):
                rows[-1].description += "\n" + text
            else:
                break
            cursor += 1
        if rows or len(items) > 1:
            replaced[start] = items
            consumed.update(range(start, cursor))
        index = max(cursor, index + 1)
    return replaced, consumed


def _pipe_cells(line: str) -> list[str]:
    text = line.strip()
    if text.count("|") < 2:
        return []
    text = text.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in text.split("|")]


def _cells(header: list[str], start: int, cells: list[tuple[int, str]]) -> Iterator[Item]:
    """Rows from a cell-per-line table's header and its cells (each cell may span lines)."""
    roles = header_roles(header)
    if roles is None:
        return
    yield TableStart(start, "required" in roles)
    width = len(header)
    for start in range(0, len(cells), width):
        row = cells[start : start + width]
        if len(row) < width:
            text = " | ".join(c for _, c in row)
            yield Unreadable(row[0][0], text, f"a row of {len(row)} cells in a table of {width} columns")
            continue
        yield cell_row(row[0][0], roles, [c for _, c in row])


def _pipe_tables(lines: list[str]) -> tuple[dict[int, list[Item]], set[int]]:
    """Pipe tables with one cell per line ("cell |"): rows keyed by their first line, lines consumed."""
    replaced: dict[int, list[Item]] = {}
    consumed: set[int] = set()
    headers: list[tuple[int, int, list[str]]] = []  # (first header line, separator line, header cells)
    for index, line in enumerate(lines):
        if not _SEPARATOR.match(line.strip()):
            continue
        width = len(line.strip().strip("|").split("|"))
        header: list[str] = []
        cursor = index - 1
        while cursor >= 0 and len(header) < width and lines[cursor].strip().endswith("|"):
            if lines[cursor].strip() == "|" or lines[cursor].strip().count("|") > 1:
                break
            header.insert(0, lines[cursor].strip()[:-1].strip())
            cursor -= 1
        if len(header) == width:
            headers.append((cursor if cursor >= 0 and lines[cursor].strip() == "|" else cursor + 1, index, header))
    for number, (start, index, header) in enumerate(headers):
        width = len(header)
        stop = headers[number + 1][0] if number + 1 < len(headers) else len(lines)
        cells: list[tuple[int, str]] = []
        pending: list[str] = []
        pending_line = -1
        cursor = index + 1
        while cursor < stop:
            text = lines[cursor].strip()
            at_boundary = not pending and len(cells) % width == 0
            if at_boundary and text != "|" and not text.endswith("|"):
                break
            if text == "|" and not pending:
                if len(cells) % width != 0:
                    cells.append((cursor + 1, ""))
                cursor += 1
                continue
            if not pending:
                pending_line = cursor + 1
            if text.endswith("|"):
                pending.append(text[:-1].rstrip())
                cells.append((pending_line, "\n".join(pending).strip()))
                pending = []
            else:
                pending.append(text)
            cursor += 1
        replaced[start] = list(_cells(header, start + 1, cells))
        consumed.update(range(start, cursor))
    return replaced, consumed


def _paragraph_tables(lines: list[str]) -> tuple[dict[int, list[Item]], set[int]]:
    """Tables with one cell per blank-line separated paragraph (Parameter / Mandatory / Type / Description)."""
    paragraphs: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.strip():
            if index > 0 and lines[index - 1].strip() and paragraphs:
                paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + "\n" + line.strip())
            else:
                paragraphs.append((index, line.strip()))
    replaced: dict[int, list[Item]] = {}
    consumed: set[int] = set()
    position = 0
    while position < len(paragraphs):
        words = [p[1].lower() for p in paragraphs[position : position + 4]]
        if not (words and words[0] in _ROLES["name"]):
            position += 1
            continue
        width = 4 if len(words) > 1 and words[1] in _ROLES["required"] else 3
        header = [p[1] for p in paragraphs[position : position + width]]
        roles = header_roles(header)
        if roles is None or roles[-1] != "description" or roles[width - 2] != "type":
            position += 1
            continue
        items: list[Item] = [TableStart(paragraphs[position][0] + 1, width == 4)]
        cursor = position + width
        current: CellRow | None = None
        while cursor < len(paragraphs):
            line_index, text = paragraphs[cursor]
            row = _paragraph_row(paragraphs, cursor, width)
            if row is not None:
                current, used = row
                items.append(current)
                cursor += used
                continue
            if _heading(text, _Context()) is not None:
                break
            if re.fullmatch(NAME, text) and cursor + 1 < len(paragraphs) and _looks_typed(paragraphs, cursor, width):
                cells = [p[1] for p in paragraphs[cursor : cursor + width - 1]]
                required_ok = width == 3 or cells[1].lower() in REQUIRED
                why = (
                    f"type {cells[-1]!r} cannot be read"
                    if required_ok
                    else f"required-ness {cells[1]!r} cannot be read"
                )
                items.append(Unreadable(line_index + 1, " | ".join(cells), why))
                current = None
            elif current is not None:
                current.description += "\n" + text
            cursor += 1
        first_line = paragraphs[position][0]
        last_line = paragraphs[cursor - 1][0] if cursor > position else first_line
        while last_line + 1 < len(lines) and lines[last_line + 1].strip():
            last_line += 1
        replaced[first_line] = items
        consumed.update(range(first_line, last_line + 1))
        position = cursor
    return replaced, consumed


def _paragraph_row(paragraphs: list[tuple[int, str]], cursor: int, width: int) -> tuple[CellRow, int] | None:
    """The row starting at paragraph `cursor` and how many paragraphs its name/required/type cells take
    (a blank required cell leaves no paragraph of its own)."""
    line_index, text = paragraphs[cursor]
    if not re.fullmatch(NAME, text) or cursor + width - 2 >= len(paragraphs):
        return None
    if width == 3:
        kind = paragraphs[cursor + 1][1]
        return (CellRow(line_index + 1, text, None, kind, ""), 2) if parse_type(kind) else None
    required, kind = paragraphs[cursor + 1][1], paragraphs[cursor + 2][1]
    if required.lower() in REQUIRED and parse_type(kind):
        return CellRow(line_index + 1, text, required, kind, ""), 3
    if parse_type(required) and required.lower() not in REQUIRED and _PRIMITIVE_WORD.match(required.split()[0]):
        return CellRow(line_index + 1, text, "", required, ""), 2
    return None


def _looks_typed(paragraphs: list[tuple[int, str]], cursor: int, width: int) -> bool:
    """A name paragraph followed by a required-ness cell or a type word: a row that failed to read."""
    following = [p[1] for p in paragraphs[cursor + 1 : cursor + width - 1]]
    first = following[0].split()[0] if following and following[0].split() else ""
    return following[0].lower() in REQUIRED or bool(_PRIMITIVE_WORD.match(first)) if following else False


def _normalized(lines: list[str]) -> list[Item]:
    """(source line number, text) lines, with the tables that have a header turned into cell rows."""
    one_line_rows, one_line_lines = _one_line_pipe_tables(lines)
    rest = [line if index not in one_line_lines else "" for index, line in enumerate(lines)]
    pipe_rows, pipe_lines = _pipe_tables(rest)
    rest = [line if index not in pipe_lines else "" for index, line in enumerate(rest)]
    paragraph_rows, paragraph_lines = _paragraph_tables(rest)
    out: list[Item] = []
    consumed = one_line_lines | pipe_lines | paragraph_lines
    for index, line in enumerate(lines):
        for rows in (one_line_rows, pipe_rows, paragraph_rows):
            out += rows.get(index, [])
        if index not in consumed:
            out.append((index + 1, line))
    return out


# ---------------------------------------------------------------------- headings and rows
def _match_row(text: str) -> re.Match[str] | None:
    stripped = text.strip()
    for number, pattern in enumerate(_ROWS):
        match = pattern.match(stripped)
        if match is None:
            continue
        if match["name"].lower() in _ROLES["name"] and match["type"].lower() in _ROLES["type"]:
            return None  # a header row
        if number == 3:
            kind = match["type"]
            bare_structure = parse_type(kind) is not None and kind.lower() not in _PRIMITIVE_WORDS and " " not in kind
            if bare_structure and match["desc"] and len(match["gap"] or "") < 2:
                continue
            if match["name"].lower() in _ROLES["name"] | {"error", "status"} and bare_structure:
                continue
        return match
    return None


def _row_like(text: str) -> bool:
    """A line shaped like a field row (a name, then cells or a type word) that no row pattern reads."""
    stripped = text.strip()
    if re.match(rf"^{NAME}\s*\|", stripped) and stripped.count("|") >= 2:
        return True
    tokens = stripped.split()
    return (
        bool(re.fullmatch(NAME, tokens[0]) if tokens else False)
        and any(_PRIMITIVE_WORD.match(t.strip("|,")) for t in tokens[1:4])
        and not re.match(r"^[A-Z][a-z]+\s+[a-z]", stripped)
    )


def _heading(text: str, context: _Context) -> _Context | None:
    """The context a heading line opens, or None if the line is not a heading."""
    stripped = text.strip()
    if not stripped:
        return None
    if match := _STRUCTURE.match(stripped):
        return _Context("object", None, match["name"])
    status = _STATUS.search(stripped)
    caption = _TABLE_CAPTION.match(stripped)
    candidate = caption["rest"] if caption else re.sub(r"^\d+\.\s*", "", stripped)
    for area, pattern in _SECTIONS:
        found = pattern.search(candidate)
        if found and found.start() < 30 and len(stripped) < 140:
            if area == "response":
                code = _status_in(stripped, status)
                if code is None and context.area == "response":
                    code = context.status
                return _Context("response", code or 200)
            return _Context(area)
    if status and len(stripped) < 60:
        return _Context("response", int(status.group(1)))
    if caption:
        name = caption["rest"].split()[0].strip("()（）")
        if re.fullmatch(r"[A-Za-z_]\w*", name):
            return _Context("object", None, name)
    if match := _OBJECT_CAPTION.match(stripped) or (_REMARKED_CAPTION.match(text) if text[:1].strip() else None):
        return _Context("object", None, match["name"])
    if _CLOSERS.match(stripped) or _HTTP_EXAMPLE.match(stripped):
        return _Context(None)
    return None


def _status_in(heading: str, status: re.Match[str] | None) -> int | None:
    if status:
        return int(status.group(1))
    found = re.search(r"(?:^|[\s(（])(\d{3})(?:[\s)）:：]|$)", heading)
    return int(found.group(1)) if found else None


class Reader:
    """One pass over a page's normalized lines, building its tables."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.context = _Context()
        self.table: Table | None = None
        self.row: DocField | None = None
        self.row_indent = 0
        self.tables_in_context = 0
        self.space_header: bool | None = None  # inside a space-separated table: has a required column?
        self.blank_required = 0

    def run(self, items: list[Item]) -> None:
        for item in items:
            if isinstance(item, TableStart):
                self._close()
                self.table = self._open(item.line, None if self.context.area else item.required_column)
            elif isinstance(item, CellRow):
                self._cell(item)
            elif isinstance(item, Unreadable):
                self.page.unreadable.append(item)
            else:
                self._line(*item)
        self._close()

    def _close(self) -> None:
        if self.table is not None and self.blank_required:
            self.page.notes.append(f"table at line {self.table.line}: required-ness left blank on "
                                   f"{self.blank_required} row(s), not compared")  # fmt: skip
        self.table = self.row = None
        self.blank_required = 0

    def _open(self, line: int, required_column: bool | None) -> Table:
        area, name = self.context.area, self.context.name
        status = self.context.status
        if area is None:  # no heading above: a table with a required column documents a request
            area, status = ("request", None) if required_column or required_column is None else ("response", 200)
        elif self.tables_in_context and area in ("response", "body"):
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
            if cell.required.strip().lower() not in REQUIRED:
                self._unreadable(cell.line, cell, f"required-ness {cell.required.strip()!r} cannot be read")
                return
            required = REQUIRED[cell.required.strip().lower()]
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
        self.page.unreadable.append(Unreadable(line, text, why))
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
            and not _HTTP_EXAMPLE.match(raw.strip())
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
        heading = _heading(raw, self.context)
        match = _match_row(raw) if self.context.area is not None or self.space_header is not None else None
        if heading is not None and (match is None or "|" not in raw):
            self._close()
            self.context, self.tables_in_context, self.space_header = heading, 0, None
            return
        if match is not None:
            self._row(number, raw, match)
            return
        in_table = self.table is not None or self.context.area is not None
        if in_table and raw.strip() and _row_like(raw) and (self.row is None or _indent(raw) <= self.row_indent):
            self.page.unreadable.append(Unreadable(number, raw, "looks like a field row but cannot be read"))
            self.row = None
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
            self._close()
            self.context, self.tables_in_context, self.space_header = (
                _Context("response", int(found["status"])),
                0,
                None,
            )
            self.table = self._open(number, None)
            for name in re.split(r"\s*/\s*", found["names"]):
                self.table.rows.append(self._field(name, None, None, "", number))
            self.table = self.row = None
            return True
        items = _inline_items(stripped)
        if items is not None:
            intro, fields = items
            heading = _heading(intro, self.context) or (
                _Context(_INLINE_SECTIONS[intro.lower()]) if intro.lower() in _INLINE_SECTIONS else None
            )
            if heading is None and self.table is None:
                return False
            if heading is not None:
                self._close()
                self.context, self.tables_in_context, self.space_header = heading, 0, None
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
            self._close()
            self.context, self.tables_in_context = _Context("object", None, captioned["name"]), 0
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
            self.page.unreadable.append(Unreadable(number, raw, f"type {match['type']!r} cannot be read"))
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
    """Read each row's description into its documented properties (enum values only for scalars)."""
    for table in page.tables:
        for row in table.rows:
            described = describe(row.description)
            kind = row.kind
            scalar = kind is not None and (
                kind.name not in ("object", "array") or (kind.item is not None and kind.item.name != "object")
            )
            row.enum = described.enum if scalar else ()
            row.minimum, row.maximum = described.minimum, described.maximum
            row.min_length, row.max_length = described.min_length, described.max_length
            row.default, row.nullable = described.default, described.nullable


def parse_text(name: str, text: str) -> Page:
    page = Page(name, text, [], vendor=detect_vendor(text))
    Reader(page).run(_normalized(_join_compact_lines(text.splitlines())))
    page.tables = [t for t in page.tables if t.rows]
    finish_fields(page)
    return page
