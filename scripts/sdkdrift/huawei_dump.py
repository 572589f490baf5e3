"""Dump a Huawei Cloud Python SDK's operations and models as JSON (runs inside the SDK's environment,
e.g. .venv-bench: it imports only the standard library and the SDK).

Usage: python huawei_dump.py PACKAGE:VERSION [...]      e.g. huaweicloudsdkmetastudio:v1

For each operation of the client (its `_<operation>_http_info` classmethod, called with a request whose
every attribute is set to a marker): method, path, where each request attribute goes (path, query,
header, body) and the response model; for each model reached: its fields (JSON name, SDK type from
`openapi_types`, required when `__init__` assigns it unconditionally, the `:param` description) or, for
an enum class, its values.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
import textwrap
from importlib.metadata import version as installed_version
from typing import Any

_TYPE_NAMES = re.compile(r"[A-Za-z_]\w*")
_BUILTIN = {"str", "int", "float", "bool", "object", "list", "dict", "date", "datetime", "file"}


def _camel(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def _required(cls: type) -> set[str]:
    """Attributes `__init__` assigns whatever the arguments (the generator's mark of a required field)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(vars(cls)["__init__"])))
    except (KeyError, OSError, TypeError, SyntaxError):
        return set()
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    found = set()
    for statement in function.body:
        if not isinstance(statement, ast.Assign) or not isinstance(statement.value, ast.Name):
            continue  # assignments under `if x is not None:` are the optional attributes
        target = statement.targets[0]
        if isinstance(target, ast.Attribute) and target.attr == statement.value.id and not target.attr.startswith("_"):
            found.add(target.attr)
    return found


def _descriptions(cls: type) -> dict[str, str]:
    doc = inspect.getdoc(vars(cls).get("__init__")) or ""
    found: dict[str, str] = {}
    for match in re.finditer(r":param (\w+):(.*?)(?=\n\s*:(?:param|type) |\Z)", doc, re.S):
        found[match.group(1)] = " ".join(match.group(2).split())
    return found


def _enum_values(cls: type) -> list[str] | None:
    if getattr(cls, "openapi_types", None) != {}:
        return None
    values = [v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str)]
    return values or None


class Dumper:
    def __init__(self, package: str, api_version: str) -> None:
        self.package = package
        self.models_module = importlib.import_module(f"{package}.{api_version}.model")
        self.module = importlib.import_module(f"{package}.{api_version}")
        self.models: dict[str, Any] = {}

    def model(self, name: str) -> None:
        if name in self.models or name in _BUILTIN:
            return
        cls = getattr(self.models_module, name, None) or getattr(self.module, name, None)
        if cls is None:
            self.models[name] = {"missing": True}
            return
        values = _enum_values(cls)
        if values is not None:
            self.models[name] = {"enum": values}
            return
        required, descriptions = _required(cls), _descriptions(cls)
        fields = []
        for attribute, sdk_type in cls.openapi_types.items():
            fields.append({
                "attribute": attribute, "name": cls.attribute_map.get(attribute, attribute), "type": sdk_type,
                "required": attribute in required, "description": descriptions.get(attribute, ""),
            })  # fmt: skip
        self.models[name] = {"fields": fields}
        for field in fields:
            for referenced in _TYPE_NAMES.findall(field["type"]):
                self.model(referenced)

    def operations(self) -> list[dict[str, Any]]:
        client = next(
            obj for name, obj in vars(self.module).items()
            if inspect.isclass(obj) and name.endswith("Client") and not name.endswith("AsyncClient")
        )  # fmt: skip
        found = []
        for name in sorted(vars(client)):
            match = re.fullmatch(r"_(\w+)_http_info", name)
            if match is None:
                continue
            operation = match.group(1)
            request_class = getattr(self.models_module, _camel(operation) + "Request", None)
            if request_class is None:
                continue
            request = request_class()
            for attribute in request_class.attribute_map:
                setattr(request, attribute, f"@{attribute}")
            info = getattr(client, name)(request)
            where = {"path": list(info["path_params"].values()), "query": [v for _, v in info["query_params"]],
                     "header": list(info["header_params"].values())}  # fmt: skip
            located = {str(v)[1:]: location for location, values in where.items() for v in values}
            parameters = []
            for attribute, sdk_type in request_class.openapi_types.items():
                location = located.get(attribute, "body" if attribute == "body" else None)
                parameters.append({"attribute": attribute, "name": request_class.attribute_map[attribute],
                                   "type": sdk_type, "in": location})  # fmt: skip
                for referenced in _TYPE_NAMES.findall(sdk_type):
                    self.model(referenced)
            required, descriptions = _required(request_class), _descriptions(request_class)
            for parameter in parameters:
                parameter["required"] = parameter["attribute"] in required
                parameter["description"] = descriptions.get(parameter["attribute"], "")
            self.model(info["response_type"])
            found.append({
                "operation": operation, "method": info["method"], "path": info["resource_path"],
                "parameters": parameters, "response": info["response_type"],
                "response_headers": list(info.get("response_headers", [])),
            })  # fmt: skip
        return found


def dump(spec: str) -> dict[str, Any]:
    package, api_version = spec.split(":")
    dumper = Dumper(package, api_version)
    operations = dumper.operations()
    return {"package": package, "version": installed_version(package), "api_version": api_version,
            "operations": operations, "models": dumper.models}  # fmt: skip


if __name__ == "__main__":
    json.dump([dump(spec) for spec in sys.argv[1:]], sys.stdout, ensure_ascii=False)
