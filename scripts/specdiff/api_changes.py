"""The public API of a generated package, read statically (no import), and its changes.

Public: every module whose path has no part starting with "_" (the overrides live in `_overrides`
but their public names are re-exported by the package root, which is compared through `__all__`),
their public functions with parameters, public classes with their annotated attributes (the attrs
fields of models, whose constructor needs those without a default) and members (enum values).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import Change


@dataclass
class PublicApi:
    modules: set[str] = field(default_factory=set)
    functions: dict[str, dict[str, bool]] = field(default_factory=dict)  # name → {parameter: required}
    classes: dict[str, dict[str, tuple[str, bool]]] = field(default_factory=dict)  # name → {attr: (type, required)}
    exports: set[str] = field(default_factory=set)


def _parameters(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, bool]:
    args = node.args
    positional = args.posonlyargs + args.args
    required = len(positional) - len(args.defaults)
    found = {arg.arg: index < required for index, arg in enumerate(positional) if arg.arg not in ("self", "cls")}
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        found[arg.arg] = default is None
    return found


def _members(node: ast.ClassDef) -> dict[str, tuple[str, bool]]:
    members: dict[str, tuple[str, bool]] = {}
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and not item.target.id.startswith("_"):
            members[item.target.id] = (ast.unparse(item.annotation), item.value is None)
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    members[target.id] = (f"= {ast.unparse(item.value)}", False)
        elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_"):
            members[f"{item.name}()"] = ("method", False)
    return members


def public_api(package: Path) -> PublicApi:
    api = PublicApi()
    if not package.is_dir():
        return api
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if any(part.startswith("_") and part != "__init__" for part in parts):
            continue
        module = ".".join(p for p in parts if p != "__init__")
        api.modules.add(module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                api.functions[f"{module}.{node.name}"] = _parameters(node)
            elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                api.classes[f"{module}.{node.name}"] = _members(node)
            elif (
                isinstance(node, ast.Assign)
                and module == parts[0]
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            ):
                api.exports = {str(v) for v in ast.literal_eval(node.value)}
    return api


def api_changes(old: PublicApi, new: PublicApi) -> Iterator[Change]:
    for module in sorted(old.modules - new.modules):
        yield Change(True, f"module {module}", "removed")
    for module in sorted(new.modules - old.modules):
        yield Change(False, f"module {module}", "added")
    for name in sorted(old.exports - new.exports):
        yield Change(True, f"export {name}", "no longer exported by the package root")
    for name in sorted(new.exports - old.exports):
        yield Change(False, f"export {name}", "added to the package root")
    for name, before in sorted(old.functions.items()):
        after = new.functions.get(name)
        if after is None:
            yield Change(True, f"function {name}", "removed")
            continue
        for parameter in before.keys() - after.keys():
            yield Change(True, f"function {name}", f"parameter {parameter} removed")
        for parameter, required in after.items():
            if required and not before.get(parameter, False):
                yield Change(True, f"function {name}", f"parameter {parameter} is now required")
            elif parameter not in before:
                yield Change(False, f"function {name}", f"optional parameter {parameter} added")
    for name in sorted(new.functions.keys() - old.functions.keys()):
        yield Change(False, f"function {name}", "added")
    for name, before_members in sorted(old.classes.items()):
        after_members = new.classes.get(name)
        if after_members is None:
            yield Change(True, f"class {name}", "removed")
            continue
        for member, (kind, _) in sorted(before_members.items()):
            if member not in after_members:
                yield Change(True, f"class {name}", f"{member} removed")
            elif after_members[member][0] != kind:
                yield Change(True, f"class {name}", f"{member} changed from {kind} to {after_members[member][0]}")
        for member, (_, required) in sorted(after_members.items()):
            if member not in before_members:
                yield Change(required, f"class {name}", f"{member} added" + (" (required field)" if required else ""))
    for name in sorted(new.classes.keys() - old.classes.keys()):
        yield Change(False, f"class {name}", "added")
