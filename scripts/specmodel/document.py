"""Our specs as the checks see them: operations, parameters and schemas resolved ($ref, allOf, the
nullable `anyOf [X, null]` form, the Tencent envelope's result member), each field with its kind,
constraints and the decisions that cover it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decisions import Decision, decisions_at
from .kinds import Kind

METHODS = ("get", "put", "post", "delete", "patch")
_NO_DEFAULT = object()


@dataclass(frozen=True)
class Field:
    """A spec field: its schema (resolved), whether it is required and nullable, and the decisions that
    cover it (its own, its component's and, for an array, its items')."""

    schema: dict[str, Any]
    required: bool
    nullable: bool = False
    decisions: tuple[Decision, ...] = ()
    default: Any = field(default=_NO_DEFAULT, compare=False)

    @property
    def has_default(self) -> bool:
        return self.default is not _NO_DEFAULT


class SpecDocument:
    """One spec file, with the schema resolution the comparisons need."""

    def __init__(self, path: Path, document: dict[str, Any]) -> None:
        self.path = path
        self.document = document
        self._decisions: dict[int, list[Decision]] = {}  # per node: the same Decision objects on every visit

    def resolve_ref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema with refs followed, allOf merged and anyOf/oneOf narrowed to its data member."""
        schema = self.resolve_ref(schema)
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                for key, value in self.resolve(part).items():
                    if key == "properties":
                        merged["properties"] = {**value, **merged.get("properties", {})}
                    elif key == "required":
                        merged["required"] = sorted({*merged.get("required", []), *value})
                    else:
                        merged.setdefault(key, value)
            return merged
        for union in ("anyOf", "oneOf"):
            if union in schema:
                members = [self.resolve(m) for m in schema[union]]
                data = [m for m in members if m.get("enum") != [None] and "Error" not in m.get("properties", {})]
                if data:
                    return {**{k: v for k, v in schema.items() if k != union}, **data[-1]}
        return schema

    def nullable(self, schema: dict[str, Any]) -> bool:
        """Does the schema admit null (`nullable: true`, or a union with a null member)?"""
        node = self.resolve_ref(schema)
        if node.get("nullable") is True:
            return True
        members = [self.resolve_ref(m) for key in ("anyOf", "oneOf", "allOf") for m in node.get(key, [])]
        return any(m.get("enum") == [None] or (m.get("nullable") is True and "type" not in m) for m in members)

    def decisions(self, schema: dict[str, Any]) -> tuple[Decision, ...]:
        """The decisions on the schema, the components it refers to (allOf/anyOf members) and its items."""
        found: list[Decision] = []
        seen: set[int] = set()

        def walk(node: dict[str, Any], place: str) -> None:
            if id(node) in seen or not isinstance(node, dict):
                return
            seen.add(id(node))
            found.extend(self._at(node, place))
            if "$ref" in node:
                walk(self.resolve_ref(node), node["$ref"].removeprefix("#/").replace("/", " › "))
            for key in ("allOf", "anyOf", "oneOf"):
                for member in node.get(key, []):
                    walk(member, place)
            if isinstance(node.get("items"), dict):
                walk(node["items"], f"{place} › items")

        walk(schema, "")
        return tuple(found)

    def _at(self, node: dict[str, Any], place: str) -> list[Decision]:
        if id(node) not in self._decisions:
            self._decisions[id(node)] = decisions_at(node, place)
        return self._decisions[id(node)]

    def field(
        self, raw: dict[str, Any], required: bool, *, holder: dict[str, Any] | None = None, holder_place: str = ""
    ) -> Field:
        """The field of a property (or parameter) schema; `holder` is a parameter object around it."""
        resolved = self.resolve(raw)
        decisions = (*(self._at(holder, holder_place) if holder else ()), *self.decisions(raw))
        default = raw.get("default", resolved.get("default", _NO_DEFAULT))
        return Field(resolved, required, self.nullable(raw), decisions, default)

    def properties(self, schema: dict[str, Any]) -> dict[str, Field]:
        resolved = self.resolve(schema)
        required = set(resolved.get("required", []))
        return {name: self.field(raw, name in required) for name, raw in resolved.get("properties", {}).items()}

    def kind(self, schema: dict[str, Any]) -> Kind:
        resolved = self.resolve(schema)
        kind = resolved.get("type", "object" if "properties" in resolved else "string")
        if kind == "integer":
            return Kind("long" if resolved.get("format") == "int64" else "integer")
        if kind == "array":
            return Kind("array", item=self.kind(resolved.get("items", {})))
        if kind in ("number", "string"):
            return Kind(kind, format=resolved.get("format"))
        return Kind(kind)

    def enum(self, schema: dict[str, Any]) -> list[str]:
        """The enum of a scalar schema, or of an array's items."""
        resolved = self.resolve(schema)
        values = resolved.get("enum") or self.resolve(resolved.get("items", {})).get("enum") or []
        return [str(v) for v in values if v is not None]

    def component(self, name: str) -> dict[str, Any] | None:
        schemas: dict[str, dict[str, Any]] = self.document.get("components", {}).get("schemas", {})
        return schemas.get(name)


@dataclass
class SpecOperation:
    doc: SpecDocument
    operation_id: str
    method: str
    path: str
    operation: dict[str, Any]

    @property
    def rpc(self) -> bool:
        """A Tencent-style action modelled as the pseudo-path /<Action>."""
        return self.path == f"/{self.operation_id}"

    def parameters(self, location: str) -> dict[str, Field]:
        found: dict[str, Field] = {}
        declared = self.doc.document["paths"][self.path].get("parameters", []) + self.operation.get("parameters", [])
        for raw in declared:
            parameter = self.doc.resolve_ref(raw)
            if parameter["in"] != location:
                continue
            key = parameter["name"].lower() if location == "header" else parameter["name"]
            schema = parameter.get("schema", {})
            place = raw["$ref"].removeprefix("#/").replace("/", " › ") if "$ref" in raw else ""
            found[key] = self.doc.field(schema, bool(parameter.get("required")), holder=parameter, holder_place=place)
        return found

    def request_body(self) -> dict[str, Any] | None:
        body = self.operation.get("requestBody")
        return None if body is None else self._json_schema(self.doc.resolve_ref(body))

    def response_body(self, status: int) -> dict[str, Any] | None:
        response = self.operation.get("responses", {}).get(str(status))
        if response is None:
            return None
        schema = self._json_schema(self.doc.resolve_ref(response))
        if schema is not None and self.rpc:
            envelope = self.doc.resolve(schema).get("properties", {}).get("Response")
            return envelope if envelope is not None else schema
        return schema

    def _json_schema(self, holder: dict[str, Any]) -> dict[str, Any] | None:
        media = holder.get("content", {}).get("application/json")
        return media["schema"] if media and "schema" in media else None


class SpecIndex:
    """Every operation of every spec, found by method and path or by action name."""

    def __init__(self, specs: dict[Path, dict[str, Any]]) -> None:
        self.documents = [SpecDocument(path, document) for path, document in specs.items()]
        self.operations: list[SpecOperation] = []
        for doc in self.documents:
            for route, item in doc.document.get("paths", {}).items():
                for method in METHODS:
                    if method in item:
                        operation = item[method]
                        self.operations.append(SpecOperation(doc, operation["operationId"], method, route, operation))

    def structures(self, name: str) -> list[tuple[SpecDocument, dict[str, Any]]]:
        """Each spec's component schema called `name` (pages of data structures are compared with these)."""
        return [(doc, schema) for doc in self.documents if (schema := doc.component(name)) is not None]
