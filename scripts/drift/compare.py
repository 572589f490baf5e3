"""What a source documents against the spec, recursively through nested objects → findings.

Every property the source states is compared: presence (`missing`: documented, not in the spec;
`undocumented`: in the spec, not documented), `type` (with integer width and number format),
`required`, `nullable`, `enum` (values added to or removed from the spec's, of scalars and of array
items), `minimum`/`maximum`, `minLength`/`maxLength`, an array's `minItems`/`maxItems` and `default`.
A difference is `decided` when a decision on the spec field (its own, its component's, or for
required/nullable its object's) names this source and pins the value the source documents; a decision
that names the source (or the known page the source is a copy of) and pins this property with another
value is `stale`, and so is one that excuses no difference on the source at all (for a property the
source states): one finding per pin, saying what it pinned and what the source says now.
Drift and stale findings fail the check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from specmodel.decisions import Decision, same_value
from specmodel.document import Field, SpecDocument, SpecOperation
from specmodel.kinds import INTEGERS, Kind

from .documented import DocField, DocObject, DocOperation, Source, Unreadable

DRIFT, DECIDED, STALE = "drift", "decided", "stale"
_FINDING_KEY = {"missing": "present", "undocumented": "present", "enum-added": "enum", "enum-removed": "enum"}


@dataclass
class Finding:
    kind: str
    where: str
    message: str
    line: int | None = None
    status: str = DRIFT
    decision: str | None = None

    @property
    def drift(self) -> bool:
        return self.status != DECIDED

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "drift": self.drift}


@dataclass
class Comparison:
    """Findings of one source, how many documented fields were compared, what could not be read, and
    notes on what was documented too thinly to compare."""

    findings: list[Finding] = field(default_factory=list)
    compared: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Difference:
    key: str  # the decision key it concerns: type, required, enum, ..., present
    kind: str
    message: str
    stated: Any  # what the source documents for `key`


def _mutual(pinned: Kind | None, stated: Any) -> bool:
    return (
        isinstance(stated, Kind)
        and pinned is not None
        and pinned.implemented_by(stated)
        and (stated.implemented_by(pinned))
    )


class Comparer:
    """Compares one source with the specs; `finish()` adds the stale decisions and unplaced tables."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.result = Comparison()
        # pin → (decision, field that reached it, what the source says there now: {key: value})
        self._reached: dict[tuple[object, str], tuple[Decision, str, dict[str, Any]]] = {}
        self._settled: set[tuple[object, str]] = set()
        self._done: set[int] = set()
        self._used_objects: set[int] = set()
        self._referenced: set[str] = set()

    # ------------------------------------------------------------------ entry points
    def operation(self, documented: DocOperation, op: SpecOperation) -> None:
        """Everything the source documents of the operation against the spec, and everything the spec has
        that the source does not document (a location, the body, a response: each field undocumented)."""
        self._done = set()  # a page documenting several operations has its tables compared for each
        if not op.rpc:
            for location in ("path", "header", "query"):
                self._parameters(op, location, documented.parameters.get(location, []))
        body_schema = op.request_body()
        body = [f for f in documented.body or [] if not f.common]
        if body_schema is not None:
            self._fields("request body", body, op.doc, body_schema)
        elif body:
            for row in body:
                self._add("missing", f"request body › {row.name}", "documented, but the spec has no request body",
                          row.line)  # fmt: skip
        for status, fields in sorted(documented.responses.items()):
            schema = op.response_body(status)
            if fields is None:
                continue
            if schema is None:
                if fields or op.operation.get("responses", {}).get(str(status)) is None:
                    self._add("missing", f"response {status}", "documented response is not in the spec",
                              fields[0].line if fields else None)  # fmt: skip
                continue
            self._fields(f"response {status}", fields, op.doc, schema)
        for status, schema in op.response_bodies():
            decisions, where = op.doc.decisions(schema), f"response {status}"
            stated = status in documented.responses
            if not stated and (documented.responses_complete or 200 <= status < 300):
                self._absent(where, decisions, "the spec's response is not documented here")
            else:
                self._reach(decisions, ("present",), where)

    def structure(self, table: DocObject, doc: SpecDocument, schema: dict[str, Any]) -> None:
        """One documented structure against the spec's component schema of the same name."""
        self._used_objects.add(id(table))
        self._fields(str(table.name), table.fields, doc, schema, nested=False)

    def structure_presence(self, name: str, doc: SpecDocument, *, documented: bool) -> None:
        """A structure of the spec on a page of structures: present, or undocumented unless pinned absent."""
        decisions = doc.decisions({"$ref": f"#/components/schemas/{name}"})
        if documented:
            self._reach(decisions, ("present",), name)
        else:
            self._absent(name, decisions, "a structure of the spec this page does not define")

    def page_finding(self, kind: str, where: str, message: str, line: int | None) -> None:
        """Drift the source shows as a whole (an operation's changed method or URI, one the spec lacks)."""
        self._add(kind, where, message, line)

    def drain(self) -> Comparison:
        """What was found since the last drain (a source with several operations reports them apart)."""
        taken, self.result = self.result, Comparison()
        return taken

    def finish(self, *, unplaced_tables: bool = True) -> Comparison:
        for (identity, key), (decision, where, now) in self._reached.items():
            if (identity, key) not in self._settled:
                message = f"{repinned(decision, key, now.get(key))}, as the spec has it: drop or re-pin the decision"
                self._add("stale", where, message, None, STALE, str(decision))
        if unplaced_tables:
            for table in self.source.objects:
                if id(table) in self._used_objects:
                    continue
                names = ", ".join(f.name for f in table.fields[:6])
                if table.name is None:
                    self._add(
                        "unmatched table",
                        f"table at line {table.line}",
                        f"an uncaptioned table ({names}) matches no object of the spec",
                        table.line,
                    )
                elif table.name not in self._referenced:
                    self._add(
                        "unmatched table",
                        f"table {table.name}",
                        f"describes an object ({names}) that no documented field refers to",
                        table.line,
                    )
        return self.result

    # ------------------------------------------------------------------ fields
    def _parameters(self, op: SpecOperation, location: str, rows: list[DocField]) -> None:
        fields = op.parameters(location)
        documented = set()
        for row in rows:
            name = row.name.lower() if location == "header" else row.name
            documented.add(name)
            place = f"{location} › {row.name}"
            self.result.compared += 1
            spec = fields.get(name)
            if spec is None:
                self._add("missing", place, f"documented {location} parameter is not in the spec", row.line)
                continue
            self._compare(place, row, spec, op.doc, ())
        for name, spec in fields.items():
            silent = location == "header" and name in self.source.silent_headers
            if name not in documented and not silent and name not in self.source.unread:
                self._absent(f"{location} › {name}", spec.decisions)

    def _fields(
        self, where: str, rows: list[DocField], doc: SpecDocument, schema: dict[str, Any], *, nested: bool = True
    ) -> None:
        """A table's rows against an object schema's properties, then each nested object the source describes."""
        if id(rows) in self._done:  # a table several fields share (e.g. AssessProperty) is compared once
            return
        self._done.add(id(rows))
        fields = doc.properties(schema)
        object_decisions = doc.decisions(schema)
        self._reach(object_decisions, None, where, lists=True)
        documented = set()
        for row in rows:
            if row.common:
                continue
            documented.add(row.name)
            if row.kind is not None and (row.kind.ref or row.kind.item):
                self._referenced.update(n for n in (row.kind.ref, row.kind.item and row.kind.item.ref) if n)
            self._referenced.add(row.name)
            place = f"{where} › {row.name}"
            self.result.compared += 1
            spec = fields.get(row.name)
            if spec is None:
                self._add("missing", place, f"documented ({row.kind or 'no type'}) but not in the spec", row.line)
                continue
            context = (object_decisions, rows)
            self._compare(place, row, spec, doc, context)
            if nested:
                self._nested(place, row, spec, doc)
        for name, spec in fields.items():
            if name not in documented and name not in self.source.unread:  # an unread row is reported as such
                self._absent(f"{where} › {name}", spec.decisions)

    def _nested(self, place: str, row: DocField, spec: Field, doc: SpecDocument) -> None:
        target = spec.schema.get("items", {}) if spec.schema.get("type") == "array" else spec.schema
        resolved = doc.resolve(target)
        properties = set(resolved.get("properties", {}))
        table = self._nested_table(row, properties)
        structured = row.kind is not None and "object" in (row.kind.name, row.kind.item and row.kind.item.name)
        if table is None:
            if properties and structured:
                self.result.notes.append(f"{place}: no table describes its fields (not compared)")
            return
        if properties:
            self._fields(place, table, doc, target)
        elif table and resolved.get("type", "object") == "object":
            names = ", ".join(f.name for f in table[:6])
            self._add("missing", place, f"the source documents its fields ({names}); the spec declares none", row.line)

    def _nested_table(self, row: DocField, properties: set[str]) -> list[DocField] | None:
        if row.fields is not None:
            return row.fields
        ref = row.kind.ref or (row.kind.item.ref if row.kind and row.kind.item else None) if row.kind else None
        names = {n for n in (ref, row.name) if n}
        for table in self.source.objects:
            if table.name is not None and table.name in names:
                self._used_objects.add(id(table))
                return table.fields
        best: tuple[float, DocObject] | None = None
        for table in self.source.objects:
            if table.name is None and id(table) not in self._used_objects and properties:
                overlap = len({f.name for f in table.fields} & properties) / max(1, len(table.fields))
                if overlap >= 0.5 and (best is None or overlap > best[0]):
                    best = (overlap, table)
        if best is not None:
            self._used_objects.add(id(best[1]))
            return best[1].fields
        return None

    # ------------------------------------------------------------------ one field
    def _compare(
        self, place: str, row: DocField, spec: Field, doc: SpecDocument, context: tuple[Any, ...] | tuple[()]
    ) -> None:
        kind = doc.kind(spec.schema)
        self._reach(spec.decisions, None, place, now=_stated(row))
        differences = list(self._differences(row, spec, kind, doc))
        object_decisions: tuple[Decision, ...] = context[0] if context else ()
        siblings: list[DocField] = context[1] if context else []
        stale: set[tuple[object, str]] = set()
        for difference in differences:
            listed = None
            if difference.key in ("required", "nullable") and siblings:  # what an object-level pin lists
                listed = sorted(s.name for s in siblings if getattr(s, difference.key) and not s.common)
            status, decision = self._judge(difference, spec.decisions, object_decisions, listed)
            if status == STALE and decision is not None:  # one finding per pin, against what it pinned
                if (decision.key, difference.key) not in stale:
                    stale.add((decision.key, difference.key))
                    now = listed if listed is not None and isinstance(decision.documented[difference.key], list) else (
                        difference.stated)  # fmt: skip
                    message = repinned(decision, difference.key, now)
                    self._add(difference.kind, place, message, row.line, STALE, str(decision))
                continue
            self._add(difference.kind, place, difference.message, row.line, status, str(decision) if decision else None)

    def _differences(self, row: DocField, spec: Field, kind: Kind, doc: SpecDocument) -> Iterable[_Difference]:
        if row.kind is not None and not row.kind.implemented_by(kind):
            yield _Difference("type", "type", f"documented as {row.kind}, the spec says {kind}", row.kind)
        if row.required is not None and row.required != spec.required:
            said, says = ("required" if row.required else "optional"), ("required" if spec.required else "optional")
            yield _Difference("required", "required", f"documented {said}, the spec says {says}", row.required)
        if row.nullable is not None and row.nullable != spec.nullable:
            said = "may be null" if row.nullable else "never null"
            says = "nullable" if spec.nullable else "not nullable"
            yield _Difference("nullable", "nullable", f"documented {said}, the spec says {says}", row.nullable)
        yield from self._enum_differences(row, spec, kind, doc)
        scalar = kind.item if kind.name == "array" and kind.item else kind
        bounds = doc.resolve(spec.schema.get("items", {})) if kind.name == "array" else spec.schema
        if scalar.name in (*INTEGERS, "number"):
            for key, stated in (("minimum", row.minimum), ("maximum", row.maximum)):
                yield from _bound(key, stated, bounds.get(key))
        if scalar.name == "string":
            for key, stated in (("minLength", row.min_length), ("maxLength", row.max_length)):
                yield from _bound(key, stated, bounds.get(key))
        if kind.name == "array":
            for key, stated in (("minItems", row.min_items), ("maxItems", row.max_items)):
                yield from _bound(key, stated, spec.schema.get(key))
        if row.default is not None:
            spec_default = spec.default if spec.has_default else None
            if spec_default is None or not same_value(spec_default, row.default):
                says = f"the spec says {spec_default!r}" if spec_default is not None else "the spec has none"
                yield _Difference("default", "default", f"documented default {row.default!r}, {says}", row.default)

    def _enum_differences(self, row: DocField, spec: Field, kind: Kind, doc: SpecDocument) -> Iterable[_Difference]:
        scalar = kind.item if kind.name == "array" and kind.item else kind
        if row.enum_cut or scalar.name not in ("string", *INTEGERS):
            return
        specified = doc.enum(spec.schema)
        if not row.enum:
            if specified and self.source.lists_values:
                yield _Difference("enum", "enum-removed", f"spec value(s) {', '.join(specified)} not listed: the "
                                  "source documents the field without values", [])  # fmt: skip
            return
        documented = list(row.enum)
        if not specified and scalar.name in INTEGERS:
            bounds = doc.resolve(spec.schema.get("items", {})) if kind.name == "array" else spec.schema
            low, high = bounds.get("minimum"), bounds.get("maximum")
            if low is not None and high is not None and high - low < 1000:
                specified = [str(v) for v in range(int(low), int(high) + 1)]
        added = [v for v in documented if v not in specified]
        removed = [v for v in specified if v not in documented] if specified else []
        if added:
            lacks = "not in the spec's enum" if specified else "documented, the spec has no enum"
            yield _Difference("enum", "enum-added", f"value(s) {', '.join(added)} {lacks}", documented)
        if removed:
            yield _Difference("enum", "enum-removed", f"spec value(s) {', '.join(removed)} no longer documented",
                              documented)  # fmt: skip

    def _absent(
        self, place: str, decisions: tuple[Decision, ...], message: str = "in the spec but not documented here"
    ) -> None:
        """Something of the spec (a field, response or structure) the source does not document: undocumented,
        unless a decision pins it absent for this source."""
        self._reach(decisions, ("present",), place)
        difference = _Difference("present", "undocumented", message, False)
        status, decision = self._judge(difference, decisions, (), None)
        self._add("undocumented", place, message, None, status, str(decision) if decision else None)

    # ------------------------------------------------------------------ decisions
    def _applies(self, decision: Decision) -> bool:
        return any(self.source.is_named_by(s) for s in decision.sources)

    def _reach(
        self,
        decisions: Iterable[Decision],
        keys: tuple[str, ...] | None,
        where: str,
        *,
        lists: bool = False,
        now: dict[str, Any] | None = None,
    ) -> None:
        """Note the pins a compared field brings into play on this source: `lists` selects the object-level
        required/nullable lists (reached by the object's table), otherwise the field-level pins; `now`: what
        the source says there (for a pin that turns out stale)."""
        for decision in decisions:
            if not self._applies(decision):
                continue
            for key, value in decision.documented.items():
                object_level = isinstance(value, list) and key in ("required", "nullable")
                unstated = now is not None and now.get(key) is None  # the source says nothing of it: no test
                if object_level == lists and (keys is None or key in keys) and not unstated:
                    self._reached.setdefault((decision.key, key), (decision, where, now or {}))

    def _judge(
        self,
        difference: _Difference,
        field_decisions: Iterable[Decision],
        object_decisions: Iterable[Decision],
        listed: list[str] | None,
    ) -> tuple[str, Decision | None]:
        key = difference.key
        candidates: list[Decision] = []
        for decision in (*field_decisions, *object_decisions):
            if not self._applies(decision) or not decision.pins(key):
                continue
            object_level = isinstance(decision.documented[key], list) and key in ("required", "nullable")
            if object_level and decision not in object_decisions:
                continue
            candidates.append(decision)
            if object_level:
                matched = listed is not None and sorted(map(str, decision.documented[key])) == listed
            else:
                matched = self._matches(decision, key, difference.stated)
            if matched:
                self._settled.add((decision.key, key))
                return DECIDED, decision
        for decision in candidates:
            self._settled.add((decision.key, key))
        return (STALE, candidates[0]) if candidates else (DRIFT, None)

    @staticmethod
    def _matches(decision: Decision, key: str, stated: Any) -> bool:
        pinned = decision.documented[key]
        if key == "type":
            return _mutual(decision.pinned_kind(), stated)
        if key == "present":
            return pinned is False and stated is False
        return stated is not None and same_value(pinned, stated)

    def _add(
        self,
        kind: str,
        where: str,
        message: str,
        line: int | None,
        status: str = DRIFT,
        decision: str | None = None,
    ) -> None:
        self.result.findings.append(Finding(kind, where, message, line, status, decision))


def _stated(row: DocField) -> dict[str, Any]:
    """What a documented field states, by decision key."""
    return {"type": row.kind, "required": row.required, "nullable": row.nullable, "enum": list(row.enum),
            "minimum": row.minimum, "maximum": row.maximum, "minLength": row.min_length, "maxLength": row.max_length,
            "minItems": row.min_items, "maxItems": row.max_items, "default": row.default, "present": True,
            **({"enum": None} if row.enum_cut or not row.scalar else {})}  # fmt: skip


def repinned(decision: Decision, key: str, now: Any) -> str:
    """ "x-decision pinned X; the page now says Y": a stale pin against what the source says now (for value
    lists, what it adds to and drops from the pinned list)."""
    on = f" (on {decision.place})" if decision.place else ""
    pinned = decision.documented[key]
    if key == "enum" and isinstance(now, list | tuple):
        pinned_values, now_values = [str(v) for v in pinned], [str(v) for v in now]
        changes = [f"{what} {', '.join(values)}" for what, values in (
            ("adds", [v for v in now_values if v not in pinned_values]),
            ("drops", [v for v in pinned_values if v not in now_values])) if values]  # fmt: skip
        delta = f" ({'; '.join(changes)})" if changes else ""
        return f"x-decision{on} pinned enum {_values(pinned_values)}; the source now says {_values(now_values)}{delta}"
    if key == "present":
        return f"x-decision{on} pinned present: false; the source now documents it"
    said = "nothing" if now is None else _shown(now)
    return f"x-decision{on} pinned {key}: {_shown(pinned)}; the source now says {said}"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list | tuple):
        return f"[{', '.join(map(str, value))}]"
    return str(value)


def _values(values: list[str]) -> str:
    shown = ", ".join(values) if len(values) <= 6 else f"{', '.join(values[:3])}, ... {values[-1]}"
    return f"[{shown}] ({len(values)} values)" if len(values) > 6 else f"[{shown}]"


def _bound(key: str, stated: float | None, specified: Any) -> Iterable[_Difference]:
    if stated is None or (specified is not None and float(specified) == float(stated)):
        return
    says = f"the spec says {specified}" if specified is not None else "the spec has none"
    yield _Difference(key, key, f"documented {key} {stated:g}, {says}", stated)
