"""Our specs seen the way the doc pages describe them: operations, parameters, and schemas resolved
($ref, allOf, the nullable `anyOf [X, null]` form, and the Tencent envelope's result member)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .recognize import Identity, path_matches
from .types import Kind

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Field:
    """A spec field: its schema (resolved), whether it is required, and the decision note covering it."""

    schema: dict[str, Any]
    required: bool
    decision: str | None


class SpecDocument:
    """One spec file, with the schema resolution the comparison needs."""

    def __init__(self, path: Path, document: dict[str, Any]) -> None:
        self.path = path
        self.document = document

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

    def properties(self, schema: dict[str, Any]) -> dict[str, Field]:
        resolved = self.resolve(schema)
        required = set(resolved.get("required", []))
        fields = {}
        for name, raw in resolved.get("properties", {}).items():
            target = self.resolve(raw)
            fields[name] = Field(target, name in required, raw.get("x-decision") or target.get("x-decision"))
        return fields

    def kind(self, schema: dict[str, Any]) -> Kind:
        resolved = self.resolve(schema)
        kind = resolved.get("type", "object" if "properties" in resolved else "string")
        if kind == "integer":
            return Kind("long" if resolved.get("format") == "int64" else "integer")
        if kind == "array":
            return Kind("array", item=self.kind(resolved.get("items", {})))
        return Kind(kind)

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
            schema = parameter.get("schema", {})
            decision = parameter.get("x-decision") or self.doc.resolve(schema).get("x-decision")
            key = parameter["name"].lower() if location == "header" else parameter["name"]
            found[key] = Field(self.doc.resolve(schema), bool(parameter.get("required")), decision)
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
            envelope = self.doc.properties(schema).get("Response")
            return envelope.schema if envelope else schema
        return schema

    def _json_schema(self, holder: dict[str, Any]) -> dict[str, Any] | None:
        media = holder.get("content", {}).get("application/json")
        return self.doc.resolve(media["schema"]) if media and "schema" in media else None


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

    @property
    def actions(self) -> set[str]:
        return {op.operation_id for op in self.operations if op.rpc}

    def find(self, identity: Identity) -> SpecOperation | None:
        if identity.action:
            return next((op for op in self.operations if op.rpc and op.operation_id == identity.action), None)
        best: tuple[int, SpecOperation] | None = None
        for op in self.operations:
            score = path_matches(op.path, identity.path or "") if op.method.upper() == identity.method else None
            if score is not None and (best is None or score > best[0]):
                best = (score, op)
        return best[1] if best else None

    def structures(self, name: str) -> list[tuple[SpecDocument, dict[str, Any]]]:
        """Each spec's component schema called `name` (pages of data structures are compared with these)."""
        return [(doc, schema) for doc in self.documents if (schema := doc.component(name)) is not None]
