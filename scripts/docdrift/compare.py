"""Documented fields against the spec, recursively through nested objects → findings.

Kinds of finding: `missing` (documented, not in the spec), `undocumented` (in the spec, not on the
page), `type`, `required`, `enum-added` (documented value the spec lacks), `enum-removed` (spec value
the page no longer lists). A finding on a spec field that carries an `x-decision` note is reported
as decided (the spec records why it differs) and does not count as drift.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .pages import HEADER_LIKE, Page, Row, Table
from .specs import Field, SpecDocument, SpecOperation
from .types import Kind


@dataclass
class Finding:
    kind: str
    where: str
    message: str
    line: int | None = None
    decision: str | None = None

    @property
    def drift(self) -> bool:
        return self.decision is None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "drift": self.drift}


@dataclass
class Comparison:
    """Findings of one page, and how many documented fields were compared."""

    findings: list[Finding] = field(default_factory=list)
    compared: int = 0
    _done: set[int] = field(default_factory=set)

    def add(self, kind: str, where: str, message: str, line: int | None, decision: str | None) -> None:
        self.findings.append(Finding(kind, where, message, line, decision))


def _enum_findings(result: Comparison, where: str, row: Row, spec: Field) -> None:
    documented = row.enum
    if not documented or spec.schema.get("type") not in (None, "string", "integer"):
        return
    specified = [str(v) for v in spec.schema.get("enum", []) if v is not None]
    added = [v for v in documented if v not in specified]
    removed = [v for v in specified if v not in documented] if specified else []
    if added:
        lacks = "not in the spec's enum" if specified else "documented, the spec has no enum"
        result.add("enum-added", where, f"value(s) {', '.join(added)} {lacks}", row.line, spec.decision)
    if removed:
        result.add("enum-removed", where, f"spec value(s) {', '.join(removed)} no longer documented", row.line,
                   spec.decision)  # fmt: skip


def _nested_table(row: Row, page: Page, doc: SpecDocument, schema: dict[str, Any], used: set[int]) -> Table | None:
    """The page's table describing the object behind `row`: by name, else the best-overlapping uncaptioned one."""
    ref = row.kind.ref or (row.kind.item.ref if row.kind.item else None)
    names = {n for n in (ref, row.name) if n}
    for table in page.tables:
        if table.area == "object" and table.name in names:
            return table
    properties = set(doc.properties(schema))
    best: tuple[float, Table] | None = None
    for table in page.tables:
        if table.area == "object" and table.name is None and id(table) not in used:
            overlap = len({r.name for r in table.rows} & properties) / max(1, len(table.rows))
            if overlap >= 0.5 and (best is None or overlap > best[0]):
                best = (overlap, table)
    if best is not None:
        used.add(id(best[1]))
        return best[1]
    return None


def compare_fields(
    result: Comparison,
    where: str,
    rows: list[Row],
    doc: SpecDocument,
    schema: dict[str, Any],
    page: Page,
    *,
    check_required: bool,
    nested: bool = True,
    used: set[int] | None = None,
) -> None:
    """Compare a table's rows with an object schema's properties, then each nested object the page describes."""
    if id(rows) in result._done:  # a table several fields share (e.g. AssessProperty) is compared once
        return
    result._done.add(id(rows))
    used = set() if used is None else used
    fields = doc.properties(schema)
    documented = set()
    for row in rows:
        if row.common:
            continue
        documented.add(row.name)
        place = f"{where} › {row.name}"
        result.compared += 1
        spec = fields.get(row.name)
        if spec is None:
            result.add("missing", place, f"documented ({row.kind}) but not in the spec", row.line, None)
            continue
        _compare_one(result, place, row, spec, doc.kind(spec.schema), check_required)
        target = spec.schema.get("items", {}) if spec.schema.get("type") == "array" else spec.schema
        target = doc.resolve(target)
        if nested and target.get("properties") and (table := _nested_table(row, page, doc, target, used)) is not None:
            compare_fields(result, place, table.rows, doc, target, page, check_required=check_required, used=used)
    for name, spec in fields.items():
        if name not in documented:
            result.add("undocumented", f"{where} › {name}", "in the spec but not on the page", None, spec.decision)


def _compare_one(result: Comparison, place: str, row: Row, spec: Field, kind: Kind, check_required: bool) -> None:
    if not row.kind.compatible(kind):
        result.add("type", place, f"documented as {row.kind}, the spec says {kind}", row.line, spec.decision)
    if check_required and row.required is not None and row.required != spec.required:
        documented = "required" if row.required else "optional"
        specified = "required" if spec.required else "optional"
        result.add("required", place, f"documented {documented}, the spec says {specified}", row.line, spec.decision)
    _enum_findings(result, place, row, spec)


def _compare_parameters(result: Comparison, op: SpecOperation, location: str, tables: list[Table]) -> None:
    if not tables:
        return  # the page says nothing about this kind of parameter
    fields = op.parameters(location)
    documented = set()
    for table in tables:
        for row in table.rows:
            name = row.name.lower() if location == "header" else row.name
            documented.add(name)
            place = f"{location} › {row.name}"
            result.compared += 1
            spec = fields.get(name)
            if spec is None:
                result.add("missing", place, f"documented {location} parameter is not in the spec", row.line, None)
                continue
            _compare_one(result, place, row, spec, op.doc.kind(spec.schema), check_required=True)
    for name, spec in fields.items():
        if name not in documented:
            result.add("undocumented", f"{location} › {name}", "in the spec but not on the page", None, spec.decision)


def _is_header_table(table: Table) -> bool:
    return all(HEADER_LIKE.match(row.name) for row in table.rows)


def compare_operation(page: Page, op: SpecOperation) -> Comparison:
    result = Comparison()
    generic = page.area("request")
    headers = page.area("header") + [t for t in generic if _is_header_table(t)]
    bodies = page.area("body") + [t for t in generic if not _is_header_table(t)]
    if not op.rpc:
        _compare_parameters(result, op, "path", page.area("path"))
        _compare_parameters(result, op, "header", headers)
        _compare_parameters(result, op, "query", page.area("query"))
    body_schema = op.request_body()
    body_rows = [row for table in bodies for row in table.rows]
    if body_rows and body_schema is not None:
        compare_fields(result, "request body", body_rows, op.doc, body_schema, page, check_required=True)
    elif body_rows and any(not row.common for row in body_rows):
        for row in body_rows:
            if not row.common:
                result.add("missing", f"request body › {row.name}", "documented, but the spec has no request body",
                           row.line, None)  # fmt: skip
    for table in page.area("response"):
        status = table.status or 200
        schema = op.response_body(status)
        if schema is None:
            result.add("missing", f"response {status}", "documented response is not in the spec", table.line, None)
            continue
        compare_fields(result, f"response {status}", table.rows, op.doc, schema, page, check_required=False)
    return result


def compare_structure(page: Page, table: Table, doc: SpecDocument, schema: dict[str, Any]) -> Comparison:
    """One table of a data-structures page against the spec's component schema of the same name."""
    result = Comparison()
    compare_fields(result, str(table.name), table.rows, doc, schema, page, check_required=True, nested=False)
    return result
