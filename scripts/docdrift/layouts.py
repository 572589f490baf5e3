"""Tables with a header row → cell rows, in the layouts the vendors render them as text: one cell per
line ending in "cell |" under a `---|---|` separator (Huawei), one cell per blank-line separated
paragraph (Parameter / Mandatory / Type / Description, where a blank required-ness cell leaves no
paragraph), and one row per line under a header row ("Parameter Name | Required | Type | Description |",
tencentcloud.com; also markdown tables). A row with too few cells is reported as unreadable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import get_close_matches

from drift.documented import Unreadable
from specmodel.kinds import parse_type

from .headings import HTTP_EXAMPLE, Context, heading
from .normalize import header_word, plain_cell

NAME = r"[A-Za-z_][\w\-]*(?:\.N)?(?:\.[A-Za-z_][\w\-]*)*"
REQUIRED = {"是": True, "否": False, "yes": True, "no": False, "是/yes": True, "否/no": False, "true": True,
            "false": False, "mandatory": True, "optional": False, "必选": True, "可选": False, "必填": True,
            "选填": False, "required": True, "y": True, "n": False, "✓": True, "✔": True, "✗": False, "✘": False,
            "×": False}  # fmt: skip
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# A header cell's role, by kind rather than by exact wording: "Parameter", "Param", "Parameter name", "参数名称";
# "Mandatory", "Is Mandatory", "Mandatory/Optional", "是否必选"; "Type", "Data Type", "Parameter Type",
# "Value Type", "参数类型"; "Description", "Desc.", "Remarks", "说明" (markup and trailing colons aside).
_DESCRIPTION_WORDS = (
    r"desc|descriptions?|remarks?|comments?|meaning|explanation|notes?|描述|说明|备注|含义|参数说明|参数描述"
)
_NAME_WORDS = r"(?:parameters?|params?|fields?|names?|keys?|properties|property|attributes?|members?)(?: names?)?"
_ROLE_PATTERNS = [
    ("required", re.compile(r"mandatory|required|optional|必选|必填|选填|可选|是否必")),
    ("type", re.compile(r"(?:^| )type$|类型$")),
    ("description", re.compile(rf"^(?:{_DESCRIPTION_WORDS})$")),
    ("name", re.compile(rf"^{_NAME_WORDS}$|^(?:参数|参数名|参数名称|名称|字段|字段名|字段名称|成员|属性)$")),
]
PRIMITIVE_WORD = re.compile(r"^(?:String|Integer|Int|Long|Float|Double|Boolean|Bool|Object|Array|Number)$", re.I)
PRIMITIVE_WORDS = {"string", "integer", "int", "long", "float", "double", "number", "boolean", "bool", "object",
                    "json"}  # fmt: skip
_TYPE_WORDS = sorted(PRIMITIVE_WORDS | {"array", "timestamp", "list", "map", "date", "datetime"})


def role_of(cell: str) -> str | None:
    """The role of a header cell (name, required, type, description), or None (an Example column, ...)."""
    word = header_word(cell)
    return next((role for role, pattern in _ROLE_PATTERNS if pattern.search(word)), None)


def required_of(cell: str) -> bool | None:
    """A required-ness cell read (None if it is not one: blank, or a word of no known meaning)."""
    return REQUIRED.get(header_word(cell))


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


@dataclass
class TableNote:
    """A note inside a table (a row of one cell across it): not a field."""

    line: int
    text: str


Item = tuple[int, str] | TableStart | CellRow | TableNote | Unreadable


def header_roles(cells: list[str]) -> list[str | None] | None:
    """The role of each header cell (name, required, type, description; the first cell of each role), or
    None if the cells are not a field table's header (it needs a name and a type column)."""
    roles: list[str | None] = []
    for cell in cells:
        role = role_of(cell)
        roles.append(role if role not in roles else None)
    return roles if "name" in roles and "type" in roles else None


def refined_roles(roles: list[str | None], rows: list[list[str]]) -> list[str | None]:
    """Roles of the columns a header word did not say, read from their cells: a column of required-ness
    words (Yes/No, 是/否) is the required column, one of type expressions the type column."""
    refined = list(roles)
    for column, role in enumerate(roles):
        cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
        if role is not None or not cells:
            continue
        if "required" not in refined and all(required_of(c) is not None for c in cells):
            refined[column] = "required"
        elif "type" not in refined and all(parse_type(plain_cell(c)) for c in cells):
            refined[column] = "type"
    return refined


def cell_row(line: int, roles: list[str | None], cells: list[str]) -> CellRow:
    values: dict[str, str] = {}
    for role, cell in zip(roles, cells, strict=False):
        if role is not None:
            values[role] = cell
    required = values.get("required") if "required" in roles else None
    return CellRow(
        line,
        plain_cell(values.get("name", "")),
        required,
        plain_cell(values.get("type", "")),
        values.get("description", ""),
    )


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
        following = [_pipe_cells(line) for line in lines[index + 1 : index + 200] if line.count("|") >= 2]
        roles = refined_roles(roles, [c for c in following if not _SEPARATOR.match("|".join(c))])
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
            elif rows and heading(text, Context()) is None and not HTTP_EXAMPLE.match(text):
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
    parts: list[tuple[int, list[str]]] = []  # lines gathered per paragraph (joined once: linear in the page)
    for index, line in enumerate(lines):
        if line.strip():
            if index > 0 and lines[index - 1].strip() and parts:
                parts[-1][1].append(line.strip())
            else:
                parts.append((index, [line.strip()]))
    paragraphs = [(index, "\n".join(texts)) for index, texts in parts]
    replaced: dict[int, list[Item]] = {}
    consumed: set[int] = set()
    position = 0
    while position < len(paragraphs):
        width = _paragraph_header(paragraphs, position)
        if width is None:
            position += 1
            continue
        items: list[Item] = [TableStart(paragraphs[position][0] + 1, width == 4)]
        cursor = position + width
        current: CellRow | None = None
        while cursor < len(paragraphs) and _paragraph_header(paragraphs, cursor) is None:
            line_index, text = paragraphs[cursor]
            row = _paragraph_row(paragraphs, cursor, width)
            if row is not None:
                current, used = row
                items.append(current)
                cursor += used
                continue
            if heading(text, Context()) is not None:
                break
            if re.fullmatch(NAME, text) and cursor + 1 < len(paragraphs) and _looks_typed(paragraphs, cursor, width):
                cells = [p[1] for p in paragraphs[cursor : cursor + width - 1]]
                required_ok = width == 3 or required_of(cells[1]) is not None
                if required_ok:
                    why = f"type {cells[-1]!r} cannot be read"
                elif type_like(cells[1]):  # a blank required-ness cell, then a type that cannot be read
                    why = f"type {cells[1]!r} cannot be read"
                else:
                    why = f"required-ness {cells[1]!r} cannot be read"
                items.append(Unreadable(line_index + 1, " | ".join(cells), why, cells[0]))
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


def _paragraph_header(paragraphs: list[tuple[int, str]], position: int) -> int | None:
    """The width of the table header starting at paragraph `position` (3 or 4 cells), or None."""
    first = [role_of(p[1]) if "\n" not in p[1] else None for p in paragraphs[position : position + 4]]
    if not (first and first[0] == "name"):
        return None
    width = 4 if len(first) > 1 and first[1] == "required" else 3
    roles = header_roles([p[1] for p in paragraphs[position : position + width]])
    return width if roles is not None and roles[-1] == "description" and roles[width - 2] == "type" else None


def _paragraph_row(paragraphs: list[tuple[int, str]], cursor: int, width: int) -> tuple[CellRow, int] | None:
    """The row starting at paragraph `cursor` and how many paragraphs its name/required/type cells take
    (a blank required cell leaves no paragraph of its own)."""
    line_index, text = paragraphs[cursor][0], plain_cell(paragraphs[cursor][1])
    if not re.fullmatch(NAME, text) or cursor + width - 2 >= len(paragraphs):
        return None
    if width == 3:
        kind = paragraphs[cursor + 1][1]
        return (CellRow(line_index + 1, text, None, kind, ""), 2) if parse_type(kind) else None
    required, kind = paragraphs[cursor + 1][1], paragraphs[cursor + 2][1]
    if required_of(required) is not None and parse_type(plain_cell(kind)):
        return CellRow(line_index + 1, text, required, plain_cell(kind), ""), 3
    if parse_type(required) and required_of(required) is None and PRIMITIVE_WORD.match(required.split()[0]):
        return CellRow(line_index + 1, text, "", required, ""), 2
    return None


def _looks_typed(paragraphs: list[tuple[int, str]], cursor: int, width: int) -> bool:
    """A name paragraph followed by a required-ness cell or a type word (or a misspelt one: `Strnig`): a
    row that failed to read."""
    following = [p[1] for p in paragraphs[cursor + 1 : cursor + width - 1]]
    return required_of(following[0]) is not None or type_like(following[0]) if following else False


def type_like(cell: str) -> bool:
    """A type cell, read or not: its first word is a type word, or a misspelling of one (`Strnig`, `Arry
    of strings`, `Interger`) in a short cell (a type, not a sentence)."""
    words = cell.split()
    first = words[0].strip("()[]<>,.") if words else ""
    if PRIMITIVE_WORD.match(first):
        return True
    short = len(words) <= 4 and len(cell) <= 40
    return short and bool(get_close_matches(first.lower(), _TYPE_WORDS, n=1, cutoff=0.75))


def normalized(lines: list[str]) -> list[Item]:
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
