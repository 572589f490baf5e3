"""Load and validate the hand-written OpenAPI specs in specs/.

Errors name the spec file and the place in it: ``specs/x.yaml:123:5: paths › /a › get: message``.
Used by scripts/generate.py before generation and by the test suite.

Usage: python scripts/spec_check.py [SPEC ...]   (default: every specs/*.yaml)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docdrift.identity import KNOWN_PAGE_FOLDERS, known_page_files, listed_addresses
from specmodel.decisions import KnownSources, record_problems, source_key
from specmodel.document import METHODS

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The extensions the client generator reads from an operation, and what each must hold.
OPERATION_EXTENSIONS = {
    "x-idempotent": "true or false: the operation may be sent again after a timeout or 5xx (default: GET/HEAD/OPTIONS)",
    "x-requests-per-second": "the documented rate limit per client and action, a number > 0",
}


@dataclass(frozen=True)
class SpecProblem:
    """One problem in a spec, located by file, line and JSON path."""

    file: Path
    line: int | None
    column: int | None
    path: tuple[str | int, ...]
    message: str

    def __str__(self) -> str:
        where = _display(self.file)
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        place = " › ".join(str(p) for p in self.path) or "(document root)"
        return f"{where}: {place}: {self.message}"


class SpecError(Exception):
    """A spec could not be loaded or is not valid OpenAPI."""

    def __init__(self, problems: Sequence[SpecProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def spec_files() -> list[Path]:
    """Every spec, in a stable order."""
    return sorted(SPECS_DIR.glob("*.yaml"))


def load(path: Path, known: KnownSources | None = None) -> dict[str, Any]:
    """Parse a spec and validate it; raise SpecError naming the file and place on failure. With `known`,
    decisions must name sources that exist (`make validate`)."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise SpecError([SpecProblem(path, line, column, (), f"YAML syntax error: {exc}")]) from exc
    if not isinstance(document, dict):
        raise SpecError([SpecProblem(path, 1, 1, (), "a spec must be a YAML mapping")])
    problems = list(_problems(path, document, node, known))
    if problems:
        raise SpecError(problems)
    return document


def _problems(
    path: Path, document: dict[str, Any], node: yaml.Node, known: KnownSources | None = None
) -> Iterator[SpecProblem]:
    version = str(document.get("openapi", ""))
    validator_class = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    validator = validator_class(document)
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    try:
        errors = list(validator.iter_errors())
    except Exception as exc:  # the validator itself can trip over very malformed input
        yield SpecProblem(path, None, None, (), f"not valid OpenAPI ({type(exc).__name__}: {exc})")
        return
    for error in errors:
        where = tuple(getattr(error, "absolute_path", ()) or ())
        key = (where, error.message)
        if key in seen:
            continue
        seen.add(key)
        line, column = _locate(node, where)
        yield SpecProblem(path, line, column, where, error.message)
    for where, message in _annotation_problems(document, (), known):
        line, column = _locate(node, where)
        yield SpecProblem(path, line, column, where, message)
    for where, message in _not_covered_problems(document):
        line, column = _locate(node, where)
        yield SpecProblem(path, line, column, where, message)
    client = document.get("info", {}).get("x-client")
    if not isinstance(client, dict) or not {"package", "project", "overrides"} <= client.keys():
        line, column = _locate(node, ("info",))
        yield SpecProblem(
            path,
            line,
            column,
            ("info", "x-client"),
            "needs a mapping with keys package, project and overrides",
        )
    yield from _extension_problems(path, document, node)


def _extension_problems(path: Path, document: dict[str, Any], node: yaml.Node) -> Iterator[SpecProblem]:
    paths = document.get("paths")
    for route, item in paths.items() if isinstance(paths, dict) else ():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            idempotent = operation.get("x-idempotent", False)
            rate = operation.get("x-requests-per-second", 1)
            for name, valid in (("x-idempotent", isinstance(idempotent, bool)),
                                ("x-requests-per-second", isinstance(rate, int | float) and not isinstance(rate, bool)
                                 and rate > 0)):  # fmt: skip
                if not valid:
                    where = ("paths", route, method, name)
                    line, column = _locate(node, where)
                    yield SpecProblem(path, line, column, where, f"must be {OPERATION_EXTENSIONS[name]}")


_SCHEMA_KEYS = ("schema", "items", "additionalProperties", "not")


def _role(where: tuple[str | int, ...]) -> str | None:
    """What the node at `where` is for the checks: a schema, a parameter, or neither."""
    if where[-1:] and where[-1] in _SCHEMA_KEYS:
        return "schema"
    if len(where) >= 2 and (
        where[-2] in ("properties", "allOf", "anyOf", "oneOf") or where[-3:-1] == ("components", "schemas")
    ):
        return "schema"
    if len(where) >= 2 and (where[-2] == "parameters" or where[-3:-1] == ("components", "parameters")):
        return "parameter"
    return None


def _annotation_problems(
    node: Any, where: tuple[str | int, ...], known: KnownSources | None = None
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """x-decision records that pin nothing or sit where no comparison reaches them, and malformed x-notes."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _annotation_problems(item, (*where, index), known)
        return
    if not isinstance(node, dict):
        return
    if "x-note" in node:
        note = node["x-note"]
        if not (isinstance(note, str) or (isinstance(note, list) and all(isinstance(n, str) for n in note))):
            yield (*where, "x-note"), "an x-note is a text (or a list of texts)"
    if "x-decision" in node:
        role = _role(where)
        records = node["x-decision"] if isinstance(node["x-decision"], list) else [node["x-decision"]]
        if role is None:
            yield (
                (*where, "x-decision"),
                ("a decision must sit on a schema, property or parameter a check compares; use x-note for a note"),
            )
        on_object = role == "schema" and (node.get("type") == "object" or "properties" in node)
        for index, record in enumerate(records):
            place = (*where, "x-decision", index) if isinstance(node["x-decision"], list) else (*where, "x-decision")
            for problem in record_problems(record, on_object=on_object):
                yield place, problem
            sources = record.get("source") if isinstance(record, dict) and known is not None else None
            for named in [sources] if isinstance(sources, str) else sources if isinstance(sources, list) else []:
                if known is not None and isinstance(named, str) and (wrong := known.problem(named)):
                    yield place, f"source {wrong}: a decision naming it never applies"
    for key, value in node.items():
        if key not in ("x-decision", "x-note", "example", "examples"):
            yield from _annotation_problems(value, (*where, key), known)


def _not_covered_problems(document: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """x-not-covered: a list of {operation, why, method + path (REST) or action (RPC)}, none of them an
    operation the spec defines."""
    entries = document.get("x-not-covered")
    if entries is None:
        return
    if not isinstance(entries, list):
        yield ("x-not-covered",), "a list of {operation, why, method + path or action}"
        return
    defined = {(m.upper(), p) for p, item in document.get("paths", {}).items() for m in item if m in METHODS}
    names = {item[m].get("operationId") for item in document.get("paths", {}).values() for m in item if m in METHODS}
    for number, entry in enumerate(entries):
        where: tuple[str | int, ...] = ("x-not-covered", number)
        if not isinstance(entry, dict):
            yield where, "an entry is a mapping {operation, why, method + path or action}"
            continue
        unknown = set(entry) - {"operation", "why", "method", "path", "action"}
        if unknown:
            yield where, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}"
        if not isinstance(entry.get("operation"), str) or not entry["operation"].strip():
            yield where, "`operation` must name the operation (its operationId or action)"
        if not isinstance(entry.get("why"), str) or not entry["why"].strip():
            yield where, "`why` must say why the spec does not define it"
        rest = isinstance(entry.get("method"), str) and isinstance(entry.get("path"), str)
        if rest == isinstance(entry.get("action"), str):
            yield where, "give either `method` and `path` (a REST operation) or `action` (an RPC action)"
        if entry.get("operation") in names or (rest and (str(entry["method"]).upper(), entry["path"]) in defined):
            yield where, f"{entry.get('operation')} is defined in paths: remove it from x-not-covered"


def _locate(node: yaml.Node, where: Sequence[str | int]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the deepest node of `where` that exists in the YAML tree."""
    current = node
    for step in where:
        child: yaml.Node | None = None
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if key.value == str(step):
                    child = value
                    break
        elif isinstance(current, yaml.SequenceNode) and isinstance(step, int) and step < len(current.value):
            child = current.value[step]
        if child is None:
            break
        current = child
    return current.start_mark.line + 1, current.start_mark.column + 1


def known_sources(specs: Sequence[Path]) -> KnownSources:
    """The sources decisions may name: the pages beside the checkout (../shared/seeds, ../shared/docs: not
    checked when they are not there), the URLs of x-doc-sources and of those pages, the SDKs."""
    files: set[str] | None = None
    urls: set[str] = set()
    if any(folder.is_dir() for folder in KNOWN_PAGE_FOLDERS):
        files = set()
        for page in known_page_files():
            files.add(page.name)
            urls.update(listed_addresses(page.read_text(encoding="utf-8", errors="replace")))
    for spec in specs:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        urls.update(str(e["url"]) for e in _doc_sources(document) if isinstance(e, dict) and e.get("url"))
    return KnownSources(frozenset(files) if files is not None else None, frozenset(map(source_key, urls)))


def _doc_sources(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-doc-sources" and isinstance(value, list):
                yield from value
            else:
                yield from _doc_sources(value)
    elif isinstance(node, list):
        for item in node:
            yield from _doc_sources(item)


def main(argv: Sequence[str]) -> int:
    paths = [Path(a) for a in argv] or spec_files()
    known = known_sources(sorted({*paths, *spec_files()}))
    failed = False
    for path in paths:
        try:
            load(path, known)
        except SpecError as exc:
            failed = True
            print(exc, file=sys.stderr)
        else:
            print(f"{_display(path)}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
