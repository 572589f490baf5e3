"""Our specs as the checks see them: operations, parameters and schemas resolved ($ref, allOf, the
nullable `anyOf [X, null]` form, the Tencent envelope's result member), each field with its kind,
constraints and the decisions that cover it; the API group each spec's operations form, and the
operations of that API a spec deliberately does not define (`x-not-covered`, each with its reason):

    x-not-covered:
      - {operation: ShowVoiceTrainingJob, method: GET, path: /v1/{project_id}/.../jobs/{job_id}, why: ...}
      - {operation: CreateAudioModerationSyncTask, action: CreateAudioModerationSyncTask, why: ...}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

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

    def operations(self) -> list[SpecOperation]:
        """The operations of the spec's paths, in path order (each path's methods in METHODS order)."""
        return [
            SpecOperation(self, item[method]["operationId"], method, route, item[method])
            for route, item in self.document.get("paths", {}).items()
            for method in METHODS
            if method in item
        ]

    def structures_reached(self) -> list[str]:
        """The object components the operations' bodies reach through their fields (not the bodies
        themselves): the data structures a page of this API's structures defines."""
        reached: set[str] = set()
        roots: list[dict[str, Any]] = []
        for op in self.operations():
            roots += [b for b in (op.request_body(), *(s for _, s in op.response_bodies())) if b is not None]

        def walk(node: Any, nested: bool) -> None:
            if isinstance(node, list):
                for item in node:
                    walk(item, nested)
                return
            if not isinstance(node, dict):
                return
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                target = self.resolve(node)
                is_object = target.get("type", "object") == "object" and "properties" in target
                if nested and is_object and name not in reached and "Error" not in target.get("properties", {}):
                    reached.add(name)
                    walk(self.resolve_ref(node), True)
                elif not nested:
                    walk(self.resolve_ref(node), False)
                return
            for key, value in node.items():
                if key in ("examples", "example", "x-decision", "x-note"):
                    continue
                if key in ("anyOf", "oneOf"):  # not the error member of a Tencent envelope
                    value = [m for m in value if "Error" not in self.resolve(m).get("properties", {})]
                walk(value, nested or key == "properties")

        for root in roots:
            walk(root, False)
        return sorted(reached)

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

    def response_bodies(self) -> list[tuple[int, dict[str, Any]]]:
        """(status, JSON body schema) of every response the spec declares with a body."""
        found = []
        for status in self.operation.get("responses", {}):
            if str(status).isdigit() and (schema := self.response_body(int(status))) is not None:
                found.append((int(status), schema))
        return found

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


def path_matches(template: str, path: str) -> int | None:
    """How many literal segments of `template` equal those of `path` (None if the shapes differ)."""
    wanted, given = template.strip("/").split("/"), path.strip("/").split("/")
    if len(wanted) != len(given):
        return None
    score = 0
    for expected, actual in zip(wanted, given, strict=True):
        if expected.startswith("{"):
            continue
        if expected != actual:
            return None
        score += 1
    return score


def product_of(document: dict[str, Any]) -> tuple[str | None, str]:
    """The Tencent service a spec's server names (ams of ams.tencentcloudapi.com) and its API version."""
    servers = document.get("servers", [])
    host = urlparse(servers[0]["url"]).hostname or "" if servers else ""
    service = host.split(".")[0] if host.endswith("tencentcloudapi.com") else None
    return service, str(document.get("info", {}).get("version", ""))


@dataclass(frozen=True)
class NotCovered:
    """An operation of a spec's API that the spec deliberately does not define, and why."""

    doc: SpecDocument
    operation: str
    why: str
    method: str | None = None
    path: str | None = None
    action: str | None = None


def not_covered_entries(document: dict[str, Any]) -> list[dict[str, Any]]:
    entries = document.get("x-not-covered", [])
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def _segments(path: str) -> list[str]:
    """A path's segments after its version, placeholders all alike: /v1/{project_id}/a → ['{}', 'a']."""
    parts = path.strip("/").split("/")
    if parts and parts[0][:1] == "v" and parts[0][1:].isdigit():
        parts = parts[1:]
    return ["{}" if part.startswith("{") else part for part in parts]


def _path_of(entry: NotCovered, path: str) -> bool:
    return entry.path is not None and path_matches(entry.path, path) is not None


class SpecIndex:
    """Every operation of every spec, found by method and path or by action name."""

    def __init__(self, specs: dict[Path, dict[str, Any]]) -> None:
        self.documents = [SpecDocument(path, document) for path, document in specs.items()]
        self.operations: list[SpecOperation] = []
        self.not_covered: list[NotCovered] = []
        for doc in self.documents:
            self.operations += doc.operations()
            for entry in not_covered_entries(doc.document):
                self.not_covered.append(NotCovered(
                    doc, str(entry.get("operation", "")), str(entry.get("why", "")),
                    str(entry["method"]).upper() if entry.get("method") else None, entry.get("path"),
                    entry.get("action"),
                ))  # fmt: skip

    def operation(self, name: str) -> SpecOperation | None:
        """The operation of this name, if exactly one spec defines one."""
        found = [op for op in self.operations if op.operation_id == name]
        return found[0] if len(found) == 1 else None

    def group_of(self, path: str) -> tuple[str, str] | None:
        """(spec file name, group prefix) of the REST API group the path lies in, whatever its version: the
        paths a spec's operations (and its x-not-covered ones) share, less the last shared segment when they
        share more than the project and the service (/v1/{project_id}/voice-training-manage,
        /v3/{project_id}/moderation/audio)."""
        given = _segments(path)
        for doc in self.documents:
            paths = [op.path for op in self.operations if op.doc is doc and not op.rpc]
            paths += [n.path for n in self.not_covered if n.doc is doc and n.path]
            if not paths:
                continue
            shared: list[str] = []
            for parts in zip(*(_segments(p) for p in paths), strict=False):
                if len(set(parts)) != 1:
                    break
                shared.append(parts[0])
            prefix = shared[:-1] if len(shared) > 2 else shared  # never shorter than {project_id}/<service>
            if len(prefix) >= 2 and given[: len(prefix)] == prefix:
                literal = "/".join(s for s in paths[0].strip("/").split("/")[: len(prefix) + 1])
                return doc.path.name, f"/{literal}"
        return None

    def not_covered_for(
        self, method: str | None, path: str | None, action: str | None, service: str | None, version: str | None
    ) -> NotCovered | None:
        """The x-not-covered entry of the operation a page identifies, if a spec lists it."""
        for entry in self.not_covered:
            if action is not None and entry.action == action:
                ours = product_of(entry.doc.document)
                if service in (None, ours[0]) and version in (None, ours[1]):
                    return entry
            elif method and path and entry.method == method and _path_of(entry, path):
                return entry
        return None

    def structures(self, name: str) -> list[tuple[SpecDocument, dict[str, Any]]]:
        """Each spec's component schema called `name` (pages of data structures are compared with these)."""
        return [(doc, schema) for doc in self.documents if (schema := doc.component(name)) is not None]
