"""Vendor doc pages saved as text → tables of documented fields.

Pages come in several forms, often mixed: one table cell per line (blank-line separated), pipe
tables with one cell per line ("cell |"), pipe rows on one line ("name | Yes | String | text"),
space-separated rows ("TaskId Yes String text"), English and Chinese. Pipe and cell-per-line tables
are first turned into one row per field; then one pass reads section headings (path, header, query,
body, response with its status code, named sub-object tables) and rows with their description lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .enums import enum_values
from .types import TYPE_PATTERN, Kind, parse_type

TABLE_START = "\x00table"  # marks where a table begins in normalized lines
NAME = r"[A-Za-z_][\w\-]*(?:\.N)?(?:\.[A-Za-z_][\w\-]*)*"
REQUIRED = {"是": True, "否": False, "yes": True, "no": False, "是/yes": True, "否/no": False, "true": True,
            "false": False, "mandatory": True, "optional": False, "必选": True, "可选": False}  # fmt: skip
_REQ = r"(?:是/Yes|否/No|是|否|Yes|No|True|False|Mandatory|Optional|必选|可选)"
_ROWS = [
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<req>{_REQ})\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s*\|\s*(?P<type>{TYPE_PATTERN})\s*(?:\|\s*required=(?P<req>Yes|No))?\s*(?:\|\s*(?P<desc>.*?))?\s*\|?\s*$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<req>Yes|No|是|否)\s+(?P<type>{TYPE_PATTERN})\b\s*(?P<desc>.*)$"),
    re.compile(rf"^(?P<name>{NAME})\s+(?P<type>{TYPE_PATTERN})(?:(?P<gap>\s+)(?P<desc>.*))?$"),
]  # fmt: skip
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_STATUS = re.compile(r"(?:Status code|状态码)\s*[:：]\s*(\d{3})", re.IGNORECASE)
_TABLE_CAPTION = re.compile(r"^(?:Table|表)\s*\d+\s*(?P<rest>.+)$", re.IGNORECASE)
_STRUCTURE = re.compile(r"^===\s*(?P<name>[A-Za-z_]\w*)\s*===")
_OBJECT_CAPTION = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+object\b(?!\s*\|)")
_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("response", re.compile(
        r"Response body parameters|响应\s*Body\s*参数|Response Parameters|响应参数|Output Parameters|输出参数", re.I
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
    r"|Status Codes?|状态码|Error Codes?|错误码|Feedback|SDK)\s*$",
    re.I,
)
HEADER_LIKE = re.compile(r"^(?:X-[\w\-]+|Authorization|Content-Type|Host)$", re.I)
_HEADER_WORDS = {"parameter", "parameter name", "参数", "名称", "name"}
_TYPE_WORDS = {"type", "参数类型", "类型"}
_REQUIRED_WORDS = {"mandatory", "required", "是否必选", "必选"}
_DESCRIPTION_WORDS = {"description", "描述", "说明"}


@dataclass
class Row:
    """One documented field: name, kind, required-ness (None when the table has no such column)."""

    name: str
    kind: Kind
    required: bool | None
    description: str
    line: int

    @property
    def enum(self) -> tuple[str, ...]:
        """Enumerated values of a scalar field (an object's description may list its members' values)."""
        scalar = self.kind.name not in ("object", "array") or (
            self.kind.item is not None and self.kind.item.ref is None
        )
        return enum_values(self.description) if scalar else ()

    @property
    def common(self) -> bool:
        """A Tencent common parameter (Action, Version, Region) listed among an action's inputs."""
        return "Common Params" in self.description or "公共参数" in self.description


@dataclass
class Table:
    """Rows of one table and where they belong: area path/header/query/body/request/response/object."""

    area: str
    line: int
    status: int | None = None
    name: str | None = None
    rows: list[Row] = field(default_factory=list)


@dataclass
class Page:
    path: Path
    text: str
    tables: list[Table]

    def area(self, *areas: str, status: int | None = None) -> list[Table]:
        return [t for t in self.tables if t.area in areas and (status is None or t.status == status)]


@dataclass
class _Context:
    area: str | None = None
    status: int | None = None
    name: str | None = None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _cells_to_rows(header: list[str], cells: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Rows "name | req | type | desc" from a table's header and its cells (each may span lines)."""
    lowered = [h.strip().lower() for h in header]
    if not any(h in _TYPE_WORDS for h in lowered) or not any(h in _HEADER_WORDS for h in lowered):
        return
    width = len(header)
    for start in range(0, len(cells) - width + 1, width):
        row = cells[start : start + width]
        values = {lowered[i]: row[i][1] for i in range(width)}
        name = next((v for k, v in values.items() if k in _HEADER_WORDS), "")
        kind = next((v for k, v in values.items() if k in _TYPE_WORDS), "")
        required = next((v for k, v in values.items() if k in _REQUIRED_WORDS), None)
        description = next((v for k, v in values.items() if k in _DESCRIPTION_WORDS), "")
        first, *rest = (description or "").splitlines() or [""]
        cells_text = [name.strip(), *([required.strip()] if required is not None else []), " ".join(kind.split())]
        yield row[0][0], " | ".join([*cells_text, first.strip()])
        for extra in rest:
            yield row[0][0], f"    {extra}"


def _pipe_tables(lines: list[str]) -> tuple[dict[int, list[tuple[int, str]]], set[int]]:
    """Pipe tables with one cell per line ("cell |"): rows keyed by their first line, lines consumed."""
    replaced: dict[int, list[tuple[int, str]]] = {}
    consumed: set[int] = set()
    headers: list[tuple[int, int, list[str]]] = []  # (first header line, separator line, header cells)
    for index, line in enumerate(lines):
        if not _SEPARATOR.match(line.strip()):
            continue
        width = len(line.strip().strip("|").split("|"))
        header: list[str] = []
        cursor = index - 1
        while (
            cursor >= 0 and len(header) < width and lines[cursor].strip().endswith("|") and lines[cursor].strip() != "|"
        ):
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
        replaced[start] = [(start + 1, TABLE_START), *_cells_to_rows(header, cells)]
        consumed.update(range(start, cursor))
    return replaced, consumed


def _paragraph_tables(lines: list[str]) -> tuple[dict[int, list[tuple[int, str]]], set[int]]:
    """Tables with one cell per blank-line separated paragraph (Parameter / Mandatory / Type / Description)."""
    paragraphs: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.strip():
            if index > 0 and lines[index - 1].strip() and paragraphs:
                paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + "\n" + line.strip())
            else:
                paragraphs.append((index, line.strip()))
    replaced: dict[int, list[tuple[int, str]]] = {}
    consumed: set[int] = set()
    position = 0
    while position < len(paragraphs):
        words = [p[1].lower() for p in paragraphs[position : position + 4]]
        if not (words and words[0] in _HEADER_WORDS):
            position += 1
            continue
        width = 4 if len(words) > 1 and words[1] in _REQUIRED_WORDS else 3
        header = [p[1] for p in paragraphs[position : position + width]]
        if [h.lower() for h in header][-1] not in _DESCRIPTION_WORDS or header[width - 2].lower() not in _TYPE_WORDS:
            position += 1
            continue
        rows: list[tuple[int, str]] = []
        cursor = position + width
        current: list[str] | None = None
        while cursor < len(paragraphs):
            line_index, text = paragraphs[cursor]
            is_row = re.fullmatch(NAME, text) and cursor + width - 2 < len(paragraphs)
            if is_row:
                required = paragraphs[cursor + 1][1] if width == 4 else None
                kind = paragraphs[cursor + width - 2][1]
                is_row = parse_type(kind) is not None and (required is None or required.lower() in REQUIRED)
            if is_row:
                cells = [text, *([required] if width == 4 and required else []), " ".join(kind.split())]
                current = [" | ".join(cells) + " | "]
                rows.append((line_index + 1, current[0]))
                cursor += width - 1
                continue
            if _heading(text, _Context()) is not None:
                break
            if current is not None:
                for extra in text.splitlines():
                    rows.append((line_index + 1, f"    {extra}"))
            cursor += 1
        first_line = paragraphs[position][0]
        last_line = paragraphs[cursor - 1][0] if cursor > position else first_line
        while last_line + 1 < len(lines) and lines[last_line + 1].strip():
            last_line += 1
        replaced[first_line] = [(first_line + 1, TABLE_START), *rows]
        consumed.update(range(first_line, last_line + 1))
        position = cursor
    return replaced, consumed


def _normalized(lines: list[str]) -> list[tuple[int, str]]:
    """(source line number, text) with pipe and paragraph tables turned into one-line rows."""
    pipe_rows, pipe_lines = _pipe_tables(lines)
    rest = [line if index not in pipe_lines else "" for index, line in enumerate(lines)]
    paragraph_rows, paragraph_lines = _paragraph_tables(rest)
    out: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if index in pipe_rows:
            out += pipe_rows[index]
        elif index in paragraph_rows:
            out += paragraph_rows[index]
        if index not in pipe_lines and index not in paragraph_lines:
            out.append((index + 1, line))
    return out


def _match_row(text: str) -> re.Match[str] | None:
    stripped = text.strip()
    for number, pattern in enumerate(_ROWS):
        match = pattern.match(stripped)
        if match is None:
            continue
        if number == 3:
            kind = match["type"]
            bare_structure = parse_type(kind) is not None and kind.lower() not in _PRIMITIVE_WORDS and " " not in kind
            if bare_structure and match["desc"] and len(match["gap"] or "") < 2:
                continue
            if match["name"].lower() in _HEADER_WORDS | {"error", "status"} and bare_structure:
                continue
        return match
    return None


_PRIMITIVE_WORDS = {
    "string",
    "integer",
    "int",
    "long",
    "float",
    "double",
    "number",
    "boolean",
    "bool",
    "object",
    "json",
}


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
                leading = re.match(r"^(\d{3})\b", stripped)
                code = int(status.group(1)) if status else int(leading.group(1)) if leading else None
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
    if match := _OBJECT_CAPTION.match(stripped):
        return _Context("object", None, match["name"])
    if _CLOSERS.match(stripped):
        return _Context(None)
    return None


def parse_page(path: Path, text: str) -> Page:
    lines = text.splitlines()
    tables: list[Table] = []
    context = _Context()
    table: Table | None = None
    row: Row | None = None
    row_indent = 0
    tables_in_context = 0
    for number, raw in _normalized(lines):
        if raw == TABLE_START:
            if table is not None:
                table = row = None
            continue
        if row is not None and raw.strip() and _indent(raw) > row_indent:
            row.description += "\n" + raw.strip()  # deeper than its row: a description line, whatever it says
            continue
        heading = _heading(raw, context)
        match = _match_row(raw) if context.area is not None else None
        if heading is not None and (match is None or "|" not in raw):
            context, table, row, tables_in_context = heading, None, None, 0
            continue
        if match is not None:
            kind = parse_type(match["type"])
            if kind is None:
                continue
            required_text = (match.groupdict().get("req") or "").lower()
            if table is None:
                area, name = context.area or "request", context.name
                if tables_in_context and area in ("response", "body"):
                    area, name = "object", None  # an uncaptioned table after the first: a sub-object's fields
                table = Table(area, number, context.status, name)
                tables.append(table)
                tables_in_context += 1
            name = match["name"].removesuffix(".N")
            row = Row(name, kind, REQUIRED.get(required_text), (match["desc"] or "").strip(), number)
            table.rows.append(row)
            row_indent = _indent(raw)
            continue
        if row is not None and raw.strip():
            if _indent(raw) < row_indent:
                row = table = None
                continue
            row.description += "\n" + raw.strip()  # same indentation: pages that do not indent descriptions
    return Page(path, text, [t for t in tables if t.rows])
