"""Two versions of a spec compared as a user of the generated client sees them.

Breaking: an operation removed or renamed (operationId: the function's module name) or moved to
another method/path; a parameter or request field removed, newly required or retyped; a request
enum value removed; a response field no longer returned, no longer required (it may now be absent),
or retyped; an enum value removed anywhere (the generated enum loses a member); an input whose
accepted values narrowed (int64 → int32, double → float, a format added, a range, length or item
count tightened, null no longer accepted); an output that may now be null. Not breaking: new
operations, new optional inputs, new response fields, new enum values (the overrides parse unknown
values), loosened input requirements, and a change of format, width or range that leaves the
generated Python type as it was, on an output, or widening an input (integer → long: still `int`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specmodel.document import SpecDocument, SpecIndex, SpecOperation
from specmodel.kinds import INTEGERS, Kind

from . import Change


def _enum(doc: SpecDocument, schema: dict[str, Any]) -> list[str]:
    values = doc.resolve(schema).get("enum") or doc.resolve(doc.resolve(schema).get("items", {})).get("enum") or []
    return [str(v) for v in values if v is not None]


def _schema_changes(
    where: str, old_doc: SpecDocument, old: dict[str, Any], new_doc: SpecDocument, new: dict[str, Any],
    *, request: bool, seen: set[tuple[int, int]],
) -> Iterator[Change]:  # fmt: skip
    key = (id(old_doc.resolve(old)), id(new_doc.resolve(new)))
    if key in seen:
        return
    seen.add(key)
    old_kind, new_kind = old_doc.kind(old), new_doc.kind(new)
    if python_type(old_kind) != python_type(new_kind):
        yield Change(True, where, f"type changed from {old_kind} to {new_kind}")
        return
    if str(old_kind) != str(new_kind):
        yield _format_change(where, old_kind, new_kind, request=request)
    yield from _bound_changes(where, old_doc.resolve(old), new_doc.resolve(new), request=request)
    was_null, null_now = old_doc.nullable(old), new_doc.nullable(new)
    if was_null != null_now:  # the generated type gains or loses None
        if request:
            yield Change(was_null, where, "no longer accepts null" if was_null else "now accepts null")
        else:
            yield Change(null_now, where, "may now be null" if null_now else "is no longer null")
    removed = [v for v in _enum(old_doc, old) if v not in _enum(new_doc, new)]
    added = [v for v in _enum(new_doc, new) if v not in _enum(old_doc, old)]
    if removed:
        yield Change(True, where, f"enum value(s) removed: {', '.join(removed)}")
    if added:
        yield Change(False, where, f"enum value(s) added: {', '.join(added)}")
    old_item = old_doc.resolve(old).get("items") if old_kind.name == "array" else None
    new_item = new_doc.resolve(new).get("items") if new_kind.name == "array" else None
    if old_item is not None and new_item is not None:
        yield from _schema_changes(f"{where}[]", old_doc, old_item, new_doc, new_item, request=request, seen=seen)
        return
    old_fields, new_fields = old_doc.properties(old), new_doc.properties(new)
    for name, field in old_fields.items():
        place = f"{where} › {name}"
        if name not in new_fields:
            yield Change(True, place, "request field removed" if request else "response field no longer returned")
            continue
        now = new_fields[name]
        if request and now.required and not field.required:
            yield Change(True, place, "request field is now required")
        if not request and field.required and not now.required:
            yield Change(True, place, "response field is no longer always returned")
        if request and field.required and not now.required:
            yield Change(False, place, "request field is now optional")
        yield from _schema_changes(place, old_doc, field.schema, new_doc, now.schema, request=request, seen=seen)
    for name, field in new_fields.items():
        if name not in old_fields:
            breaking = request and field.required
            what = "required request field" if breaking else "request field" if request else "response field"
            yield Change(breaking, f"{where} › {name}", f"{what} added")


_STRING_TYPES = {"date-time": "datetime.datetime", "date": "datetime.date", "binary": "File", "uuid": "UUID"}
_WIDER = {("integer", "long"), ("number (float)", "number (double)"), ("number (float)", "number"),
          ("number (double)", "number")}  # fmt: skip
# bound → True when a larger value accepts more (a maximum), False when a smaller one does (a minimum)
_BOUNDS = {"minimum": False, "maximum": True, "exclusiveMinimum": False, "exclusiveMaximum": True,
           "minLength": False, "maxLength": True, "minItems": False, "maxItems": True}  # fmt: skip


def python_type(kind: Kind) -> str:
    """The Python type openapi-python-client generates for a kind: every integer width is `int`, every
    number format `float`, a string `str` unless its format is date-time, date, binary or uuid."""
    if kind.name == "array":
        return f"list[{python_type(kind.item) if kind.item else 'Any'}]"
    if kind.name in INTEGERS:
        return "int"
    if kind.name == "string":
        return _STRING_TYPES.get(kind.format or "", "str")
    return {"number": "float", "boolean": "bool"}.get(kind.name, str(kind))


def _format_change(where: str, old: Kind, new: Kind, *, request: bool) -> Change:
    """A format or width change under the same generated type: breaking only where it narrows what an input
    accepts (a response's wider or narrower values still fit the same Python type)."""
    same = f"format changed from {old} to {new} (the generated type stays {python_type(new)}"
    widened = (str(old), str(new)) in _WIDER or (new.format is None and old.format is not None)
    if not request:
        return Change(False, where, f"{same})")
    if widened:
        return Change(False, where, f"{same}; the input accepts more values)")
    return Change(True, where, f"{same}, but the input accepts fewer values)")


def _bound_changes(where: str, old: dict[str, Any], new: dict[str, Any], *, request: bool) -> Iterator[Change]:
    """Ranges, lengths and item counts: tightening an input's is breaking; anything else is compatible."""
    for key, larger_accepts_more in _BOUNDS.items():
        before, after = old.get(key), new.get(key)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        if after is None:
            narrowed = False
        elif before is None:
            narrowed = True
        else:
            narrowed = (after < before) if larger_accepts_more else (after > before)
        before, after = ("none" if v is None else v for v in (before, after))
        if request and narrowed:
            yield Change(True, where, f"{key} changed from {before} to {after}: the input accepts fewer values")
        else:
            effect = (
                "the input accepts more values" if request else "an output's bound; the generated type is unchanged"
            )
            yield Change(False, where, f"{key} changed from {before} to {after} ({effect})")


def _parameter_changes(label: str, old: SpecOperation, new: SpecOperation) -> Iterator[Change]:
    for location in ("path", "query", "header", "cookie"):
        before, after = old.parameters(location), new.parameters(location)
        for name, field in before.items():
            place = f"{label} {location} parameter {name}"
            if name not in after:
                yield Change(True, place, "removed")
                continue
            if after[name].required and not field.required:
                yield Change(True, place, "is now required")
            new_schema = after[name].schema
            yield from _schema_changes(place, old.doc, field.schema, new.doc, new_schema, request=True, seen=set())
        for name, field in after.items():
            if name not in before:
                note = "added (required)" if field.required else "added"
                yield Change(field.required, f"{label} {location} parameter {name}", note)


def operation_changes(old_index: SpecIndex, new_index: SpecIndex) -> Iterator[Change]:
    old_ops = {op.operation_id: op for op in old_index.operations}
    new_ops = {op.operation_id: op for op in new_index.operations}
    new_by_route = {(op.method, op.path): op for op in new_index.operations}
    for operation_id, old in old_ops.items():
        new = new_ops.get(operation_id)
        if new is None:
            twin = new_by_route.get((old.method, old.path))
            message = f"renamed to {twin.operation_id}" if twin else "removed"
            yield Change(True, f"operation {operation_id}", message)
            continue
        label = f"operation {operation_id}"
        if (old.method, old.path) != (new.method, new.path):
            yield Change(True, label, f"moved from {old.method.upper()} {old.path} to {new.method.upper()} {new.path}")
        yield from _parameter_changes(label, old, new)
        old_body, new_body = old.request_body(), new.request_body()
        if old_body is not None and new_body is not None:
            place = f"{label} request body"
            yield from _schema_changes(place, old.doc, old_body, new.doc, new_body, request=True, seen=set())
        elif old_body is not None:
            yield Change(True, f"{label} request body", "removed")
        elif new_body is not None:
            yield Change(True, f"{label} request body", "added")
        for status in sorted({*old.operation.get("responses", {}), *new.operation.get("responses", {})}):
            before, after = old.response_body(int(status)), new.response_body(int(status))
            place = f"{label} response {status}"
            if before is not None and after is not None:
                yield from _schema_changes(place, old.doc, before, new.doc, after, request=False, seen=set())
            elif before is not None:
                yield Change(True, place, "no longer documented")
            elif after is not None:
                yield Change(False, place, "newly documented")
    old_routes = {(op.method, op.path) for op in old_ops.values()}
    for operation_id in sorted(new_ops.keys() - old_ops.keys()):
        if (new_ops[operation_id].method, new_ops[operation_id].path) not in old_routes:  # else reported as a rename
            yield Change(False, f"operation {operation_id}", "added")
