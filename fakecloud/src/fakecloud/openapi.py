"""The specs the fake serves, and request validation against them, compiled once per operation.

`Specs` reads the OpenAPI documents: by default the copies packaged with the fake (`fakecloud/specs/`,
built from the repository's specs/ and checked identical by `make test`), so an installed fake never
reads a repository; or a folder of `<name>.yaml` files (tests use one to serve a changed spec).

The fake answers invalid input the way the cloud does (a vendor-shaped 400, or for Tencent an error
envelope whose code depends on the kind of problem), so it needs the list of problems, not an
exception: `OperationValidator.issues()` gives each with the JSON-schema keyword that failed and the
dotted place (``Tasks.0.Input``). A service knows the operation a request calls (its route, or for
RPC-style APIs the spec's pseudo-path ``/<Action>`` of a ``POST /``) and asks `RequestValidator` for
that operation's validator: built on first use from the spec — every parameter's and the JSON body's
schema compiled into a JSON-schema validator (openapi-schema-validator's OAS 3.0 write validator and
format checker, as openapi-core uses), the parameters' styles and types read once — and reused for
every request, so validating costs microseconds instead of resolving the spec again each time.
Parameters are read as OpenAPI 3.0 serialises them: path and header values (style simple), query
values (style form), cast to the schema's type (integer, number, boolean, arrays of them); a spec using
what the fake cannot read (cookie or `content` parameters, object-valued ones) is refused when the
operation is compiled, naming it. Security is checked by the gateway modules, not here.

`members()` describes which members each object of the body declares (through $ref and allOf/anyOf/
oneOf), for the services that refuse (Tencent's UnknownParameter) or drop (Huawei) the others.
"""

from __future__ import annotations

import itertools
import re
import reprlib
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs

import yaml
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS30WriteValidator
from starlette.requests import Request

from .headers import DecodedHeaders
from .limits import decimal


class Specs:
    """The OpenAPI documents the fake serves, by name ("metastudio" for `metastudio.yaml`), parsed once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder: Traversable = resources.files(__package__) / "specs" if folder is None else folder
        self._documents: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Specs({str(self.folder)!r})"

    def document(self, name: str) -> dict[str, Any]:
        """The spec `name` as a dict (shared: callers must not modify it). FileNotFoundError if absent."""
        with self._lock:
            if name not in self._documents:
                text = (self.folder / f"{name}.yaml").read_text(encoding="utf-8")
                self._documents[name] = yaml.safe_load(text)
            return self._documents[name]

    def names(self) -> list[str]:
        return sorted(
            entry.name.removesuffix(".yaml") for entry in self.folder.iterdir() if entry.name.endswith(".yaml")
        )


PACKAGED = Specs()
FORMAT_CHECKER = OAS30WriteValidator.FORMAT_CHECKER
MAX_SHAPE_DEPTH = 32  # a recursive schema is checked this deep; below, any member is accepted


class Validator(Protocol):
    """A compiled JSON-schema validator (jsonschema's): the errors of a value, each with `message`,
    `absolute_path` and `validator` (the keyword that failed)."""

    def iter_errors(self, instance: Any) -> Iterable[Any]: ...


@dataclass(frozen=True)
class Issue:
    """One problem: the JSON-schema keyword that failed ("required", "type", "enum", ...; "invalid"
    when there is none), the dotted place of the value ("" for the whole body), what is wrong with it,
    and all of that as one text."""

    keyword: str
    where: str
    message: str
    text: str


MAX_ISSUES = 10  # problems reported per value
MAX_SHOWN = 200  # characters of a value shown in a message, about
_SHOWN = reprlib.Repr()  # keyword arguments only from Python 3.12
_SHOWN.maxlevel, _SHOWN.maxdict, _SHOWN.maxlist, _SHOWN.maxstring, _SHOWN.maxother, _SHOWN.maxlong = 3, 4, 4, 60, 60, 60
_REQUIRED = re.compile(r"^'(.+)' is a required property$")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _message(detail: Any) -> str:
    """jsonschema's message, with the value it shows (`repr`) cut to about MAX_SHOWN characters: an error
    never echoes a whole 10 MB body back."""
    message = str(detail.message)
    if len(message) <= MAX_SHOWN:
        return message
    return message.replace(repr(detail.instance), _SHOWN.repr(detail.instance), 1)


def _schema_errors(prefix: str, name: str | None, validator: Validator, value: Any) -> list[Issue]:
    """The first MAX_ISSUES problems of `value` (a value of 1,000 bad items is not 1,000 messages)."""
    found = []
    for detail in itertools.islice(validator.iter_errors(value), MAX_ISSUES):
        path = [str(p) for p in detail.absolute_path]
        keyword = str(detail.validator)
        message = _message(detail)
        missing = _REQUIRED.match(message) if keyword == "required" else None
        where = ".".join([*([name] if name else []), *path, *([missing[1]] if missing else [])])
        text = f"{prefix}{' › ' + ' › '.join(path) if path else ''}: {message}"
        found.append(Issue(keyword, where, message, text))
    return found


def _compile(schema: SchemaPath) -> Validator:
    with schema.resolve() as resolved:
        validator: Validator = OAS30WriteValidator(resolved.contents, _resolver=resolved.resolver,
                                                   format_checker=FORMAT_CHECKER)  # fmt: skip
    return validator


def _alternatives(schema: SchemaPath, depth: int = 0) -> Iterator[SchemaPath]:
    """The schema and, recursively, the members of its allOf, anyOf and oneOf."""
    yield schema
    if depth < MAX_SHAPE_DEPTH:
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for member in schema / keyword:
                    yield from _alternatives(member, depth + 1)


def _type_of(schema: SchemaPath) -> str:
    """The `type` of a schema, looked up through allOf/anyOf/oneOf ("" if it has none)."""
    for alternative in _alternatives(schema):
        if "type" in alternative:
            return str((alternative / "type").read_value())
    return ""


class CastError(ValueError):
    pass


def _cast(kind: str, text: str) -> Any:
    """A parameter's text as the schema's primitive type (strings and untyped values stay text)."""
    if kind == "integer":
        number = decimal(text.removeprefix("-").removeprefix("+")) if _INTEGER.fullmatch(text) else None
        if number is None:
            raise CastError(f"Failed to cast value to integer type: {text}")
        return -number if text.startswith("-") else number
    if kind == "number":
        if not _NUMBER.fullmatch(text) or float(text) in (float("inf"), float("-inf")):
            raise CastError(f"Failed to cast value to number type: {text}")
        return float(text)
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise CastError(f"Failed to cast value to boolean type: {text}")
        return text.lower() == "true"
    return text


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation as the fake reads it: where, its name, whether it is required, its type
    (and its items' for arrays), whether a query array is exploded, and its compiled schema."""

    location: str
    name: str
    required: bool
    kind: str
    item_kind: str
    explode: bool
    allow_empty: bool
    validator: Validator = field(repr=False)

    @classmethod
    def compile(cls, operation: str, spec: SchemaPath) -> Parameter:
        name, location = str((spec / "name").read_value()), str((spec / "in").read_value())
        where = f"{operation}: {location} parameter {name}"
        if location not in ("path", "query", "header"):
            raise NotImplementedError(f"{where}: the fake reads path, query and header parameters only")
        if "schema" not in spec:
            raise NotImplementedError(f"{where}: the fake reads parameters with a schema, not `content`")
        schema = spec / "schema"
        kind = _type_of(schema)
        item_kind = _type_of(schema / "items") if kind == "array" and "items" in schema else ""
        if kind == "object" or item_kind in ("object", "array"):
            raise NotImplementedError(f"{where}: the fake does not read object-valued parameters")
        style = str((spec / "style").read_value()) if "style" in spec else ("form" if location == "query" else "simple")
        explode = bool((spec / "explode").read_value()) if "explode" in spec else style == "form"
        if style not in ("simple", "form"):
            raise NotImplementedError(f"{where}: the fake reads styles simple and form, not {style}")
        required = bool((spec / "required").read_value()) if "required" in spec else False
        allow_empty = bool((spec / "allowEmptyValue").read_value()) if "allowEmptyValue" in spec else False
        return cls(location, name, required, kind, item_kind, explode, allow_empty, _compile(schema))

    def value(self, texts: list[str]) -> Any:
        """The parameter's value from the texts sent for it (one for path and header parameters)."""
        if self.kind != "array":
            return _cast(self.kind, texts[0])
        items = texts if self.location == "query" and self.explode else texts[0].split(",")
        return [_cast(self.item_kind, item) for item in items]


@dataclass(frozen=True)
class Members:
    """The members an object of a body may have: by name, each with its own Members (None: a value the
    fake does not look into); `open` when the schema accepts others too (additionalProperties). For an
    array, `items` describes its elements."""

    properties: Mapping[str, Members | None] | None = None
    open: bool = True
    items: Members | None = None

    @classmethod
    def of(cls, schema: SchemaPath, depth: int = 0) -> Members | None:
        if depth > MAX_SHAPE_DEPTH:
            return None
        properties: dict[str, Members | None] = {}
        declared = open_ = False
        items: Members | None = None
        for alternative in _alternatives(schema):
            if "properties" in alternative:
                declared = True
                for name in (alternative / "properties").str_keys():
                    if name not in properties:
                        properties[str(name)] = cls.of(alternative / "properties" / name, depth + 1)
            if "additionalProperties" in alternative:
                open_ = open_ or (alternative / "additionalProperties").read_value() is not False
            if "items" in alternative and items is None:
                items = cls.of(alternative / "items", depth + 1)
        if not declared and items is None:
            return None
        return cls(properties if declared else None, open_ or not declared, items)

    def unknown(self, value: Any) -> str | None:
        """The dotted place of the first member of `value` (in document order) that its schema does not
        declare, or None. Values are walked without recursion."""
        pending: list[tuple[Members, Any, str]] = [(self, value, "")]
        while pending:
            members, item, place = pending.pop()
            children: list[tuple[Members, Any, str]] = []
            if isinstance(item, dict) and members.properties is not None:
                for name, member in item.items():
                    if name not in members.properties:
                        if not members.open:
                            return f"{place}{name}"
                        continue
                    inner = members.properties[name]
                    if inner is not None:
                        children.append((inner, member, f"{place}{name}."))
            elif isinstance(item, list) and members.items is not None:
                children = [(members.items, element, f"{place}{index}.") for index, element in enumerate(item)]
            pending.extend(reversed(children))
        return None

    def declared(self, value: Any) -> Any:
        """`value` without the members its schema does not declare (a copy where something is dropped)."""
        if isinstance(value, dict) and self.properties is not None:
            kept = {}
            for name, member in value.items():
                if name in self.properties:
                    inner = self.properties[name]
                    kept[name] = inner.declared(member) if inner is not None else member
                elif self.open:
                    kept[name] = member
            return kept
        if isinstance(value, list) and self.items is not None:
            return [self.items.declared(element) for element in value]
        return value


@dataclass(frozen=True)
class Body:
    """The request body of an operation: required or not, and a compiled schema per media type."""

    required: bool
    media_types: Mapping[str, Validator]
    members: Members | None

    def validator_for(self, content_type: str) -> Validator | None:
        mimetype = content_type.split(";")[0].strip().lower()
        if mimetype in self.media_types:
            return self.media_types[mimetype]
        for pattern, validator in self.media_types.items():
            kind, _, subtype = pattern.partition("/")
            if pattern == "*/*" or (subtype == "*" and mimetype.partition("/")[0] == kind):
                return validator
        return None


class OperationValidator:
    """The compiled validation of one operation (see the module docstring)."""

    def __init__(self, name: str, path_item: SchemaPath, operation: SchemaPath) -> None:
        self.name = name
        seen: dict[tuple[str, str], Parameter] = {}
        for source in (operation, path_item):  # the operation's parameters override the path item's
            for spec in source / "parameters" if "parameters" in source else ():
                parameter = Parameter.compile(name, spec)
                key = parameter.name.lower() if parameter.location == "header" else parameter.name
                seen.setdefault((parameter.location, key), parameter)
        self.parameters = tuple(seen.values())
        self.body: Body | None = None
        if "requestBody" in operation:
            request_body = operation / "requestBody"
            content = request_body / "content"
            media_types = {str(m).lower(): _compile(content / m / "schema") for m in content.str_keys()
                           if "schema" in content / m}  # fmt: skip
            json_schema = next((content / m / "schema" for m in content.str_keys() if "json" in str(m).lower()
                                and "schema" in content / m), None)  # fmt: skip
            required = bool((request_body / "required").read_value()) if "required" in request_body else False
            self.body = Body(required, media_types, Members.of(json_schema) if json_schema is not None else None)

    @property
    def members(self) -> Members | None:
        """The members the JSON body declares (None: no JSON body, or one the fake does not look into)."""
        return self.body.members if self.body is not None else None

    def issues(self, request: Request, path_params: Mapping[str, str], body: bytes, document: Any) -> list[Issue]:
        """The problems of `request` as a call of this operation: its parameters (path ones from
        `path_params`) and its body, `document` being the parsed JSON of the non-empty `body`."""
        found = self._parameter_issues(request, path_params)
        if self.body is not None:
            found += self._body_issues(request.headers.get("content-type", ""), body, document)
        return found

    def _parameter_issues(self, request: Request, path_params: Mapping[str, str]) -> list[Issue]:
        if not self.parameters:
            return []
        headers = DecodedHeaders(request.scope["headers"])
        query: dict[str, list[str]] | None = None
        found: list[Issue] = []
        for parameter in self.parameters:
            texts: list[str] = []
            if parameter.location == "header":
                if parameter.name in headers:
                    texts = [headers[parameter.name]]
            elif parameter.location == "path":
                if parameter.name in path_params:
                    texts = [path_params[parameter.name]]
            else:
                if query is None:
                    query = parse_qs(request.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                texts = query.get(parameter.name, [])
            prefix = f"{parameter.location} parameter {parameter.name}"
            if not texts:
                if parameter.required:
                    message = f"Missing required {parameter.location} parameter: {parameter.name}"
                    found.append(Issue("required", parameter.name, message, f"{prefix}: {message}"))
                continue
            if parameter.location == "query" and texts == [""] and not parameter.allow_empty:
                message = f"Value of {parameter.name} query parameter cannot be empty"
                found.append(Issue("invalid", parameter.name, message, f"{prefix}: {message}"))
                continue
            try:
                value = parameter.value(texts)
            except CastError as exc:
                found.append(Issue("type", parameter.name, str(exc), f"{prefix}: {exc}"))
                continue
            found += _schema_errors(prefix, parameter.name, parameter.validator, value)
        return found

    def _body_issues(self, content_type: str, body: bytes, document: Any) -> list[Issue]:
        assert self.body is not None
        if not body:
            if self.body.required:
                return [Issue("required", "", "Missing required request body", "Missing required request body")]
            return []
        validator = self.body.validator_for(content_type)
        if validator is None:
            mimetype = content_type.split(";")[0].strip()
            message = (f"Content for the following mimetype not found: {mimetype}. "
                       f"Valid mimetypes: {sorted(self.body.media_types)}")  # fmt: skip
            return [Issue("invalid", "", message, message)]
        return _schema_errors("body", None, validator, document)


class RequestValidator:
    """The validation of one spec document's operations, each compiled on first use (thread-safe)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._root = SchemaPath.from_dict(spec)
        self._operations: dict[tuple[str, str], OperationValidator] = {}
        self._lock = threading.Lock()

    def operation(self, method: str, path: str) -> OperationValidator:
        """The validator of the operation `method` `path` (the spec's path template); KeyError if none."""
        key = (method.lower(), path)
        compiled = self._operations.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._operations.get(key)
                if compiled is None:
                    paths = self._root / "paths"
                    if path not in paths or key[0] not in paths / path:
                        raise KeyError(f"{method.upper()} {path}")
                    name = f"{method.upper()} {path}"
                    compiled = self._operations[key] = OperationValidator(name, paths / path, paths / path / key[0])
        return compiled
