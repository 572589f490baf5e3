"""The vendors' machine-readable definitions → what they document, in the drift model (DocOperation).

Huawei (a dump of huaweicloudsdk<service> made by huawei_dump.py): operations by HTTP method and path,
request attributes by location, models with their `openapi_types` (`int` is an integer of unstated
width), required-ness of request models (`__init__` assigns required attributes unconditionally;
response models mark none, so they state nothing), enum classes, and what the `:param` descriptions
state (enum values, ranges, lengths, defaults: read as on the doc pages). The signer-owned headers
(Authorization, X-Sdk-Date, X-Project-Id, X-Auth-Token, ...) are not part of the request models: the SDK
says nothing about them. Tencent (tccli's api.json): actions with their input and output members (type,
`required`, `output_required`, `value_allowed_null`) and documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docdrift.describe import read_description
from drift.documented import DocField, DocOperation, Source
from specmodel.kinds import Kind

SIGNER_HEADERS = frozenset({"authorization", "x-sdk-date", "x-project-id", "x-auth-token", "x-security-token",
                            "content-type", "host"})  # fmt: skip
_HUAWEI_PRIMITIVES = {"str": Kind("string"), "int": Kind("int"), "float": Kind("number"), "bool": Kind("boolean"),
                      "object": Kind("object"), "date": Kind("string"), "datetime": Kind("string"),
                      "file": Kind("string")}  # fmt: skip
_TENCENT_PRIMITIVES = {"string": Kind("string"), "int64": Kind("long"), "uint64": Kind("long"), "float": Kind("number"),
                       "bool": Kind("boolean"), "datetime_iso": Kind("string", format="date-time"),
                       "datetime": Kind("string", format="date-time"), "date": Kind("string")}  # fmt: skip


@dataclass
class SdkOperation:
    """One operation an SDK defines, as it identifies it and what it documents for it."""

    name: str
    documented: DocOperation
    method: str | None = None
    path: str | None = None
    action: str | None = None

    def __str__(self) -> str:
        return f"{self.action} ({self.name})" if self.action else f"{self.method} {self.path} ({self.name})"


@dataclass
class SdkDefinitions:
    """An SDK's operations; `source` is how decisions name it (the package, or tccli)."""

    source: Source
    label: str
    operations: list[SdkOperation] = field(default_factory=list)
    product: tuple[str, str] | None = None  # Tencent: (service, API version)


# ---------------------------------------------------------------------- Huawei
class _HuaweiModels:
    def __init__(self, models: dict[str, Any]) -> None:
        self.models = models
        self._fields: dict[tuple[str, bool], list[DocField]] = {}

    def kind(self, sdk_type: str) -> tuple[Kind, tuple[str, ...], str | None]:
        """The kind of an SDK type, its enum values (enum classes) and the model it refers to."""
        if match := re.fullmatch(r"list\[(.+)\]", sdk_type):
            item, values, model = self.kind(match.group(1))
            return Kind("array", item=item), values, model
        if sdk_type.startswith("dict("):
            return Kind("object"), (), None
        if sdk_type in _HUAWEI_PRIMITIVES:
            return _HUAWEI_PRIMITIVES[sdk_type], (), None
        model = self.models.get(sdk_type, {})
        if "enum" in model:
            return Kind("string"), tuple(model["enum"]), None
        return Kind("object", ref=sdk_type), (), sdk_type

    def fields(self, model: str, request: bool) -> list[DocField]:
        """The documented fields of a model (the same list for every field that refers to it)."""
        key = (model, request)
        if key not in self._fields:
            self._fields[key] = []
            self._fields[key] += [self.field(f, request) for f in self.models.get(model, {}).get("fields", [])]
        return self._fields[key]

    def field(self, raw: dict[str, Any], request: bool) -> DocField:
        kind, values, model = self.kind(raw["type"])
        row = DocField(raw["name"], kind, raw["required"] if request else None, raw.get("description", ""))
        row.enum = values
        if model is not None:
            row.fields = self.fields(model, request)
        return read_description(row)


def huawei(dump: dict[str, Any]) -> SdkDefinitions:
    models = _HuaweiModels(dump["models"])
    package = dump["package"]
    definitions = SdkDefinitions(Source(package, silent_headers=SIGNER_HEADERS), f"{package} {dump['version']}")
    for raw in dump["operations"]:
        documented = DocOperation(parameters={"path": [], "header": [], "query": []}, body=[], responses_complete=False)
        located = {p["name"]: p for p in raw["parameters"]}
        for placeholder in re.findall(r"\{(\w+)\}", raw["path"]):
            parameter = located.get(placeholder)
            kind = models.kind(parameter["type"])[0] if parameter else None
            documented.parameters["path"].append(DocField(placeholder, kind, True))
        for parameter in raw["parameters"]:
            location = parameter["in"]
            if location in ("header", "query"):
                documented.parameters[location].append(models.field(parameter, request=True))
            elif location == "body":
                _, _, model = models.kind(parameter["type"])
                documented.body = models.fields(model, request=True) if model else []
        headers = {h.lower() for h in raw.get("response_headers", [])}
        response = [f for f in models.fields(raw["response"], request=False) if f.name.lower() not in headers]
        documented.responses[200] = response
        definitions.operations.append(SdkOperation(raw["operation"], documented, raw["method"], raw["path"]))
    return definitions


# ---------------------------------------------------------------------- Tencent
def tencent(api: dict[str, Any], label: str) -> SdkDefinitions:
    objects: dict[str, Any] = api["objects"]
    memo: dict[tuple[str, bool], list[DocField]] = {}

    def members(name: str, output: bool) -> list[DocField]:
        if (name, output) not in memo:
            memo[(name, output)] = []
            memo[(name, output)] += [member(m, output) for m in objects[name]["members"] if not m.get("disabled")]
        return memo[(name, output)]

    def member(raw: dict[str, Any], output: bool) -> DocField:
        inner = raw["member"]
        nested: Callable[[], list[DocField]] | None = None
        if inner in _TENCENT_PRIMITIVES:
            kind = _TENCENT_PRIMITIVES[inner]
        elif inner in objects:
            kind, nested = Kind("object", ref=inner), lambda: members(inner, output)
        else:
            kind = Kind("string")
        if raw["type"] == "list":
            kind = Kind("array", item=kind)
        required = raw.get("output_required") if output else raw.get("required")
        row = DocField(raw["name"], kind, required, raw.get("document", ""))
        row.nullable = raw.get("value_allowed_null") if output else None
        if nested is not None:
            row.fields = nested()
        if inner == "uint64":
            row.minimum = 0
        return read_description(row)

    metadata = api.get("metadata", {})
    product = (str(metadata.get("serviceShortName", "")), str(metadata.get("apiVersion", "")))
    definitions = SdkDefinitions(Source("tccli"), label, product=product)
    for action, spec in sorted(api["actions"].items()):
        documented = DocOperation(body=members(spec["input"], False), responses_complete=False)
        documented.responses[200] = members(spec["output"], True)
        definitions.operations.append(SdkOperation(action, documented, action=action))
    return definitions
