"""Regenerate the clients in generated/ from specs/ + overrides/ (one package per spec).

For each spec: validate it (scripts/spec_check.py) → run the pinned openapi-python-client into an
empty temporary folder → route every generated endpoint function through the overrides (see
`_route_endpoint`) and record the models' JSON names (`_wire_names`) → copy the modules of the spec's
override layers (``info.x-client.overrides``) into ``<package>/_overrides/``, each opening with a line
naming its source → export every layer's public names (its ``__all__``; a name in two layers stops
generation) from the package's ``__init__``, reporting the package as their module → write the README
from the layers' README.md sections → add the layers' ``dependencies.txt`` requirements to its
``pyproject.toml`` → replace ``generated/<project>/`` as a whole, so nothing stale survives.

A spec whose inputs (spec, override layers, generator and formatter versions, this script) did not
change since the last run is skipped: their hash is kept in ``generated/<project>/.inputs-sha256``.

Usage:
  python scripts/generate.py [--force] [SPEC ...]   regenerate what changed (everything with --force)
  python scripts/generate.py --check                regenerate into a temporary folder and list every
                                                    file that differs from generated/ (exit 1 if any)
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_check import HTTP_METHODS, ROOT, SpecError, spec_files
from spec_check import load as load_spec
from specmodel.document import SpecDocument

OVERRIDES_DIR = ROOT / "overrides"
GENERATED_DIR = ROOT / "generated"
STAMP = ".inputs-sha256"
DEPENDENCIES = "dependencies.txt"  # a layer's extra runtime requirements, added to pyproject.toml
README = "README.md"  # a layer's section of the package README (string.Template: $package, $project, ...)
PACKAGE_VERSION = "0.1.0"
GENERATED_EXPORTS = ("AuthenticatedClient", "Client")  # what the package root exports of the generated code
COPY_NOTICE = "# Copied from {source} by scripts/generate.py — edit that file, not this copy.\n"
README_HEAD = """\
# $project

A typed Python client for $title.
Generated from `specs/$spec` by openapi-python-client, completed by the hand-written layers $layers
of `overrides/`.

## Install

From a checkout of the repository:

```sh
pip install ./generated/$project
```
"""


@dataclass(frozen=True)
class Target:
    """What one spec generates: a project folder holding one package, with its override layers."""

    spec: Path
    project: str
    package: str
    layers: tuple[str, ...]
    description: str

    @property
    def output(self) -> Path:
        return GENERATED_DIR / self.project


def target_for(spec: Path) -> Target:
    document = load_spec(spec)
    info = document["info"]
    client = info["x-client"]
    layers = tuple(client["overrides"])
    for layer in layers:
        if not (OVERRIDES_DIR / layer / "__init__.py").is_file():
            raise SystemExit(f"{spec.relative_to(ROOT)}: info › x-client › overrides: no layer overrides/{layer}/")
    return Target(spec, client["project"], client["package"], layers, str(info["title"]))


def _layer_files(layer: str) -> list[Path]:
    folder = OVERRIDES_DIR / layer
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def inputs_hash(target: Target) -> str:
    digest = hashlib.sha256()
    parts: list[tuple[str, bytes]] = [
        ("generator", version("openapi-python-client").encode()),
        ("ruff", version("ruff").encode()),
        ("script", Path(__file__).read_bytes()),
        ("spec", target.spec.read_bytes()),
    ]
    for layer in target.layers:
        for path in _layer_files(layer):
            parts.append((str(path.relative_to(ROOT)), path.read_bytes()))
    for name, data in parts:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _generator_config(target: Target, folder: Path) -> Path:
    config = {
        "project_name_override": target.project,
        "package_name_override": target.package,
        "package_version_override": PACKAGE_VERSION,
        "post_hooks": [
            "ruff check . --fix-only --no-cache --quiet",
            "ruff format . --no-cache --quiet",
        ],
    }
    path = folder / "generator-config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
    return path


def _run_generator(target: Target, work: Path) -> Path:
    out = work / target.project
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(target.spec),
        "--meta", "pdm",
        "--config", str(_generator_config(target, work)),
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    if result.returncode != 0 or not (out / target.package / "__init__.py").is_file():
        message = (result.stdout + result.stderr).strip()
        raise SystemExit(f"{target.spec.relative_to(ROOT)}: openapi-python-client failed:\n{message}")
    return out


ENDPOINT_IMPORT = (
    "from ..._overrides.common.arguments import path_segment\n"
    "from ..._overrides.common.calls import Operation, asend, send\n"
)
# What the pinned generator writes in every endpoint module, and what it becomes (each must occur once,
# path parameters once per parameter: a generator that writes them differently stops generation).
SYNC_SEND = ("response = client.get_httpx_client().request(\n        **kwargs,\n    )\n",
             "response = send(client, OPERATION, kwargs)\n")  # fmt: skip
ASYNC_SEND = ("response = await client.get_async_httpx_client().request(**kwargs)\n",
              "response = await asend(client, OPERATION, kwargs)\n")  # fmt: skip
_PATH_PARAMETER = re.compile(r'(\w+)=quote\(str\(\1\), safe=""\)')
_METHOD_AND_URL = re.compile(r'"method": "(\w+)",\n\s*"url": "([^"]*)"')


def _schema_bounds(spec: SpecDocument, schema: Any, path: str, seen: frozenset[str]) -> list[tuple[str, Any, Any]]:
    """(path, minimum, maximum) of every number inside `schema` with a documented bound; the path joins
    JSON member names with "." and marks an array's items with "[]"."""
    if not isinstance(schema, dict):
        return []
    ref = schema.get("$ref")
    if ref in seen:
        return []
    schema = spec.resolve_ref(schema)
    seen = seen | {ref} if isinstance(ref, str) else seen
    found = []
    if schema.get("type") in ("integer", "number") and ("minimum" in schema or "maximum" in schema):
        found.append((path, schema.get("minimum"), schema.get("maximum")))
    for name, member in schema.get("properties", {}).items():
        found += _schema_bounds(spec, member, f"{path}.{name}" if path else name, seen)
    if "items" in schema:
        found += _schema_bounds(spec, schema["items"], f"{path}[]", seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            found += _schema_bounds(spec, part, path, seen)
    return found


def _bounds(spec: SpecDocument, operation: dict[str, Any]) -> tuple[tuple[str, str, Any, Any], ...]:
    """Where the request of `operation` holds a number with a documented minimum or maximum:
    ("params", query parameter, min, max) and ("json", path in the body, min, max)."""
    found = []
    for parameter in operation.get("parameters", []):
        parameter = spec.resolve_ref(parameter)
        if parameter.get("in") == "query":
            found += [("params", parameter["name"], *bound[1:]) for bound in
                      _schema_bounds(spec, parameter.get("schema", {}), parameter["name"], frozenset())]  # fmt: skip
    content = spec.resolve_ref(operation.get("requestBody", {})).get("content", {})
    body = content.get("application/json", {}).get("schema")
    if body is not None:
        found += [("json", *bound) for bound in _schema_bounds(spec, body, "", frozenset())]
    return tuple(found)


def _operations(target: Target) -> dict[tuple[str, str], str]:
    """`Operation(...)` source of every operation of the spec, by (method, path).

    An operation is idempotent — retried after a timeout or a 5xx — if its method is GET, HEAD or
    OPTIONS, or its `x-idempotent` says so (Tencent's reads are POSTs); its `x-requests-per-second`
    is the documented rate limit per action, which the client paces itself to; its `bounds` are the
    documented minimum/maximum of the numbers its request holds, checked before it is sent.
    """
    found = {}
    spec = SpecDocument(target.spec, load_spec(target.spec))
    for path, item in spec.document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            statuses = tuple(sorted(int(code) for code in operation.get("responses", {}) if str(code).isdigit()))
            idempotent = operation.get("x-idempotent", method in ("get", "head", "options"))
            rate = operation.get("x-requests-per-second")
            bounds = _bounds(spec, operation)
            found[(method, path)] = (
                f'Operation(\n    "{operation["operationId"]}",\n    "{method.upper()}",\n    "{path}",\n'
                f"    idempotent={idempotent!r},\n    statuses={statuses!r},\n    requests_per_second={rate!r},\n"
                + (f"    bounds={bounds!r},\n" if bounds else "")
                + ")\n"
            )
    return found


def _replace_once(text: str, old: str, new: str, where: str) -> str:
    if text.count(old) != 1:
        raise SystemExit(f"{where}: expected the generator to write {old.strip()!r} once (generator changed?)")
    return text.replace(old, new)


def _route_endpoint(path: Path, operations: dict[tuple[str, str], str]) -> None:
    """Send one generated endpoint module's requests through the overrides (common.calls): retries,
    rate limits, typed transport errors and logging for every operation, present and future; and pass
    its path parameters through `path_segment`, which refuses values that would change the target
    ("", ".", "..") instead of letting httpx resolve them to another resource."""
    where = str(path.relative_to(path.parents[3]))
    text = path.read_text(encoding="utf-8")
    match = _METHOD_AND_URL.search(text)
    if match is None or (match[1], match[2]) not in operations:
        raise SystemExit(f"{where}: no operation of the spec has this module's method and path")
    text = text.replace("from urllib.parse import quote\n", "")
    text = _replace_once(text, "from ... import errors\n", "from ... import errors\n" + ENDPOINT_IMPORT, where)
    text, routed = _PATH_PARAMETER.subn(r'\1=path_segment("\1", \1)', text)
    if routed != match[2].count("{"):
        raise SystemExit(f"{where}: found {routed} of the path's {match[2].count('{')} parameters (generator changed?)")
    text = _replace_once(text, *SYNC_SEND, where)
    text = _replace_once(text, *ASYNC_SEND, where)
    operation = operations[(match[1], match[2])]
    text = _replace_once(text, "\n\ndef _get_kwargs(", f"\n\nOPERATION = {operation}\n\ndef _get_kwargs(", where)
    path.write_text(text, encoding="utf-8")


def _wire_names(package: Path) -> dict[str, dict[str, str]]:
    """Each generated model's attribute → JSON member name, read from its from_dict (`x = d.pop("Key"...)`,
    then `cls(attr=x)`); a field whose name cannot be found stops generation."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted((package / "models").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            method = next((n for n in getattr(node, "body", []) if getattr(n, "name", None) == "from_dict"), None)
            if not isinstance(node, ast.ClassDef) or not isinstance(method, ast.FunctionDef):
                continue
            keys: dict[str, str] = {}
            for statement in ast.walk(method):
                if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                    for call in ast.walk(statement.value):
                        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                                and call.func.attr == "pop" and isinstance(call.args[0], ast.Constant)):  # fmt: skip
                            keys[statement.targets[0].id] = str(call.args[0].value)
            names: dict[str, str] = {}
            for call in ast.walk(method):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "cls":
                    for keyword in call.keywords:
                        variable = keyword.value.id if isinstance(keyword.value, ast.Name) else ""
                        key = keys.get(variable) or keys.get(f"_{variable}")
                        if keyword.arg is None or key is None:
                            raise SystemExit(f"{path}: {node.name}.{keyword.arg}: no JSON name found in from_dict")
                        names[keyword.arg] = key
            found[node.name] = names
    return found


WIRE_NAMES_MODULE = '''"""The JSON member name of every field of the generated models (attribute → member), read
from the generated from_dict parsers by scripts/generate.py for the overrides' parser (common/parsing.py)."""

WIRE_NAMES: dict[str, dict[str, str]] = {
'''


def _write_wire_names(package: Path) -> None:
    lines = [WIRE_NAMES_MODULE]
    for model, names in _wire_names(package).items():
        lines.append(f'    "{model}": {{\n')
        lines += [f'        "{attr}": "{key}",\n' for attr, key in names.items()]
        lines.append("    },\n")
    lines.append("}\n")
    (package / "_wire_names.py").write_text("".join(lines), encoding="utf-8")


def _layer_all(layer: str) -> list[str]:
    """The layer's ``__all__``, read without importing it (it only imports inside the package)."""
    path = OVERRIDES_DIR / layer / "__init__.py"
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in statement.targets
        ):
            names = [str(n) for n in ast.literal_eval(statement.value)]
            twice = sorted({n for n in names if names.count(n) > 1})
            if twice:
                raise SystemExit(f"overrides/{layer}/__init__.py: __all__ lists {', '.join(twice)} more than once")
            return sorted(names)
    raise SystemExit(f"overrides/{layer}/__init__.py: needs an __all__ listing its public names")


def public_names(target: Target) -> dict[str, list[str]]:
    """Each layer's own public names, in layer order; a name exported by two layers stops generation."""
    owners = dict.fromkeys(GENERATED_EXPORTS, "the generated client (client.py)")
    found: dict[str, list[str]] = {}
    for layer in target.layers:
        found[layer] = _layer_all(layer)
        for name in found[layer]:
            if name in owners:
                raise SystemExit(
                    f"{target.spec.relative_to(ROOT)}: {name} is exported by both {owners[name]} and "
                    f"overrides/{layer}/ (each layer's __all__ lists only the names it defines)"
                )
            owners[name] = f"overrides/{layer}/"
    return found


def _copy_layer(layer: str, destination: Path) -> None:
    """Copy the layer's modules, each opening with a line that names its source; README.md and
    dependencies.txt are read by the generator instead of being copied."""
    for path in _layer_files(layer):
        relative = path.relative_to(OVERRIDES_DIR / layer)
        if relative in (Path(README), Path(DEPENDENCIES)):
            continue
        source = f"overrides/{layer}/{relative.as_posix()}"
        if path.suffix != ".py":
            raise SystemExit(f"{source}: a layer holds Python modules, {README} and {DEPENDENCIES} only")
        copy = destination / layer / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(COPY_NOTICE.format(source=source) + path.read_text(encoding="utf-8"), encoding="utf-8")


def _package_init(docstring: str, exports: dict[str, list[str]]) -> str:
    """The package's __init__: the generated Client classes and each layer's public names."""
    imports = "".join(
        f"from ._overrides.{layer} import (  # hand-written: overrides/{layer}/\n"
        + "".join(f"    {name},\n" for name in names)
        + ")\n"
        for layer, names in exports.items()
        if names
    )
    everything = sorted({*GENERATED_EXPORTS, *(name for names in exports.values() for name in names)})
    listed = "".join(f'    "{name}",\n' for name in everything)
    return (
        f"{docstring}\n\n"
        "from types import FunctionType as _FunctionType\n\n"
        f"from .client import {', '.join(GENERATED_EXPORTS)}\n\n"
        f"{imports}\n"
        f"__all__ = (\n{listed})\n\n"
        "# Exported classes and functions name the package as their module (for reprs, tracebacks and\n"
        "# docs), not the private module that defines them; the generated models exported here (those of\n"
        "# the overrides' signatures) keep theirs, where their annotations resolve.\n"
        "for _name in __all__:\n"
        "    _value = globals()[_name]\n"
        '    if isinstance(_value, type | _FunctionType) and not _value.__module__.startswith(__name__ + ".models."):\n'
        "        _value.__module__ = __name__\n"
        "del _name, _value\n"
    )


def _apply_overrides(target: Target, out: Path) -> None:
    package = out / target.package
    operations = _operations(target)
    for module in sorted((package / "api").rglob("*.py")):
        if module.name != "__init__.py":
            _route_endpoint(module, operations)
    _write_wire_names(package)
    destination = package / "_overrides"
    for layer in target.layers:
        _copy_layer(layer, destination)
    (destination / "__init__.py").write_text(
        f'"""Hand-written overrides, copied from overrides/{{{",".join(target.layers)}}}/ by scripts/generate.py.\n\n'
        "Importing this package applies them; each module's docstring says what it patches and why.\n"
        '"""\n\n'
        f"from .{target.layers[-1]} import install\n\n"
        "install()\n",
        encoding="utf-8",
    )
    init = package / "__init__.py"
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")), clean=False) or target.description
    init.write_text(_package_init(f'"""{docstring}"""', public_names(target)), encoding="utf-8")


def _readme(target: Target) -> str:
    """The package README: install, then the layers' README.md sections, the API's first, common's last."""
    fields = {
        "project": target.project,
        "package": target.package,
        "title": target.description,
        "spec": target.spec.name,
        "layers": ", ".join(target.layers),
    }
    sources = f"overrides/{{{','.join(target.layers)}}}/{README}"
    sections = [f"<!-- Written by scripts/generate.py from {sources}: edit those. -->\n"
                + string.Template(README_HEAD).substitute(fields)]  # fmt: skip
    for layer in reversed(target.layers):
        path = OVERRIDES_DIR / layer / README
        if path.is_file():
            try:
                sections.append(string.Template(path.read_text(encoding="utf-8")).substitute(fields))
            except (KeyError, ValueError) as exc:
                known = ", ".join(f"${name}" for name in fields)
                message = f"placeholder {exc}: known are {known}; $$ is a $"
                raise SystemExit(f"overrides/{layer}/{README}: {message}") from None
    return "\n".join(section.strip("\n") + "\n" for section in sections)


def _layer_dependencies(target: Target) -> list[str]:
    """The requirements listed in the layers' dependencies.txt files (comments and blank lines dropped)."""
    found: list[str] = []
    for layer in target.layers:
        path = OVERRIDES_DIR / layer / DEPENDENCIES
        if path.is_file():
            lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
            found += [line for line in lines if line and line not in found]
    return found


def _add_dependencies(target: Target, out: Path) -> None:
    """Append the layers' requirements to the `dependencies` list of the generated pyproject.toml."""
    extra = _layer_dependencies(target)
    if not extra:
        return
    pyproject = out / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    head, opening, rest = text.partition("dependencies = [\n")
    listed, closing, tail = rest.partition("]\n")
    if not opening or not closing:
        raise SystemExit(f"{pyproject}: no `dependencies = [...]` list to add {', '.join(extra)} to")
    added = "".join(f'    "{requirement}",\n' for requirement in extra)
    pyproject.write_text(head + opening + listed + added + closing + tail, encoding="utf-8")


def build(target: Target, work: Path) -> Path:
    """Generate one project into the folder `work` (created if needed) and return the project folder."""
    work.mkdir(parents=True, exist_ok=True)
    out = _run_generator(target, work)
    _apply_overrides(target, out)
    (out / README).write_text(_readme(target), encoding="utf-8")
    _add_dependencies(target, out)
    (out / STAMP).write_text(inputs_hash(target) + "\n", encoding="utf-8")
    return out


def _files(folder: Path) -> dict[str, bytes]:
    skip = {"__pycache__", ".mypy_cache", ".ruff_cache"}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not skip & set(p.relative_to(folder).parts)
    }


def differences(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between a fresh generation and generated/<project>/ (missing, extra, changed)."""
    label = str(committed.relative_to(ROOT))
    if not committed.is_dir():
        return [f"{label}/ (missing)"]
    expected, actual = _files(fresh), _files(committed)
    found = [f"{label}/{name} (missing from generated/)" for name in expected.keys() - actual.keys()]
    found += [f"{label}/{name} (not produced by the generator)" for name in actual.keys() - expected.keys()]
    found += [
        f"{label}/{name} (content differs)"
        for name in expected.keys() & actual.keys()
        if expected[name] != actual[name]
    ]
    return sorted(found)


def check(targets: list[Target]) -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regen-check-") as tmp:
        for target in targets:
            fresh = build(target, Path(tmp))
            problems += differences(fresh, target.output)
    expected = {t.project for t in targets}
    if GENERATED_DIR.is_dir():
        for folder in sorted(GENERATED_DIR.iterdir()):
            if folder.is_dir() and folder.name not in expected:
                problems.append(f"{folder.relative_to(ROOT)} (no spec in specs/ produces it)")
    if problems:
        print(
            "generated/ is not what specs/ + overrides/ produce; run `make generate` and commit:",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"generated/ matches specs/ + overrides/ ({len(targets)} package(s))")
    return 0


def generate(targets: list[Target], force: bool) -> int:
    GENERATED_DIR.mkdir(exist_ok=True)
    for target in targets:
        started = time.perf_counter()
        stamp = target.output / STAMP
        if not force and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == inputs_hash(target):
            print(f"{target.project}: up to date")
            continue
        with tempfile.TemporaryDirectory(prefix="regen-", dir=GENERATED_DIR) as tmp:
            fresh = build(target, Path(tmp))
            if target.output.exists():
                shutil.rmtree(target.output)
            fresh.rename(target.output)
        print(
            f"{target.project}: generated from {target.spec.relative_to(ROOT)} in {time.perf_counter() - started:.1f}s"
        )
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*", type=Path, help="specs to generate (default: all of specs/)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="regenerate even when the inputs did not change",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if generated/ differs from a fresh generation",
    )
    args = parser.parse_args(argv)
    try:
        targets = [target_for(spec.resolve()) for spec in (args.specs or spec_files())]
    except SpecError as exc:
        print(f"spec error, nothing generated:\n{exc}", file=sys.stderr)
        return 2
    return check(targets) if args.check else generate(targets, args.force)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
