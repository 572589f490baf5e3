"""The specs the fake serves, and request validation against them (openapi-core) in plain words.

`Specs` reads the OpenAPI documents: by default the copies packaged with the fake (`fakecloud/specs/`,
built from the repository's specs/ and checked identical by `make test`), so an installed fake never
reads a repository; or a folder of `<name>.yaml` files (tests use one to serve a changed spec).

The fake answers invalid input the way the cloud does (a vendor-shaped 400, or for Tencent an error
envelope whose code depends on the kind of problem), so it needs the list of problems, not an
exception: `problems()` as text, `issues()` with the JSON-schema keyword that failed and the dotted
place (``Tasks.0.Input``). RPC-style APIs validate against an operation other than the request's
own path (the spec's pseudo-path ``/<Action>`` for a ``POST /``): pass it as `path`. Security is
checked by the gateway modules, not here.
"""

from __future__ import annotations

import copy
import re
import threading
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.validation.request.validators import V30RequestBodyValidator, V30RequestParametersValidator
from starlette.requests import Request

from .headers import DecodedHeaders


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


_KEPT_ENCODED = str.maketrans({";": "%3B", "\n": "%0A", "\r": "%0D", "\t": "%09"})


class _OpenAPIRequest(StarletteOpenAPIRequest):
    """Headers read as UTF-8 (see headers.py); the path as the ASGI scope has it, with a lone ";" kept
    encoded, which openapi-core would otherwise read as an empty matrix parameter, and tab, CR and LF too,
    which urllib deletes from the URL openapi-core matches (Starlette's `url.path` as well) and which
    would otherwise leave an empty parameter. `path` replaces the request's own path (validation as
    another operation)."""

    def __init__(self, request: Request, body: bytes, path: str | None = None) -> None:
        super().__init__(request, body)
        self.parameters.header = DecodedHeaders(request.scope["headers"])
        self._path = path

    @property
    def path(self) -> str:
        return str(self._path or self.request.scope["path"]).translate(_KEPT_ENCODED)


@dataclass(frozen=True)
class Issue:
    """One problem: the JSON-schema keyword that failed ("required", "type", "enum", ...; "invalid"
    when openapi-core gives none), the dotted place of the value ("" for the whole body), what is
    wrong with it, and all of that as one text."""

    keyword: str
    where: str
    message: str
    text: str


_REQUIRED = re.compile(r"^'(.+)' is a required property$")


class RequestValidator:
    """Parameter and body validation of one spec document, with `servers` set to "/" so any host matches."""

    def __init__(self, spec: dict[str, Any]) -> None:
        document = copy.deepcopy(spec)
        document["servers"] = [{"url": "/"}]
        self._spec = OpenAPI.from_dict(document).spec
        self._parameters = V30RequestParametersValidator(self._spec)
        self._body = V30RequestBodyValidator(self._spec)

    def problems(self, request: Request, body: bytes, path: str | None = None) -> list[str]:
        """Human-readable problems of the request; empty when it is valid."""
        return [issue.text for issue in self.issues(request, body, path)]

    def issues(self, request: Request, body: bytes, path: str | None = None) -> list[Issue]:
        """The problems of the request (validated as the operation at `path` if given); empty when valid."""
        openapi_request = _OpenAPIRequest(request, body, path)
        found: list[Issue] = []
        for validator in (self._parameters, self._body):
            for error in validator.iter_errors(openapi_request):
                found.extend(_describe(error))
        return found


def _describe(error: BaseException) -> list[Issue]:
    cause = error.__cause__
    details = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    name = getattr(error, "name", None) or getattr(cause, "name", None)
    prefix = f"{getattr(error, 'location', '')} parameter {name}".strip() if name else "body"
    if details:
        return [_issue(prefix, name, detail) for detail in details]
    message = str(cause or error)
    keyword = "required" if type(error).__name__.startswith("Missing") else "invalid"
    return [Issue(keyword, name or "", message, f"{prefix}: {message}" if name else message)]


def _issue(prefix: str, name: str | None, detail: Any) -> Issue:
    path = [str(p) for p in getattr(detail, "absolute_path", ())]
    keyword = str(getattr(detail, "validator", "invalid"))
    missing = _REQUIRED.match(detail.message) if keyword == "required" else None
    where = ".".join([*([name] if name else []), *path, *([missing[1]] if missing else [])])
    text = f"{prefix}{' › ' + ' › '.join(path) if path else ''}: {detail.message}"
    return Issue(keyword, where, detail.message, text)
