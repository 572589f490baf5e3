"""Which operations a page documents, and of which product, from its content rather than its file name.

Huawei pages give a method and URI ("URI" heading, then "GET /v1/{project_id}/..."; a page that covers
several operations lists several URIs under its "URI"/"URIs" heading). Tencent pages name the action
("ACTION: DescribeTaskDetail", "X-TC-Action: ...", "The value used for this API: ...", "公共参数，本接口取值：
..." with full- or half-width punctuation, or the action as the page title) and the product: the
domain ("Domain name for API request: ams.tencentcloudapi.com", "接口请求域名", "Endpoint", "Host") and
the API Version ("2020-12-29"). A Tencent page of another product or version is not ours, whatever
its action is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from drift.documented import Unreadable
from specmodel.document import SpecIndex, SpecOperation

_URI = re.compile(r"\b(GET|POST|PUT|DELETE|PATCH)\s+(?:https?://[^/\s]+)?(/v\d+/[^\s?#\"'()`]*)(\S?)")
_ACTION = re.compile(
    r"^\s*ACTION:\s*([A-Z]\w+)|X-TC-Action:\s*([A-Z]\w+)|value used for this API:\s*([A-Z]\w+)"
    r"|公共参数\s*[，,]\s*本接口取值\s*[：:]\s*([A-Z]\w+)",
    re.M,
)
_DOMAIN = re.compile(
    r"(?:Domain name for API request|接口请求域名|Endpoint|Host|域名)\s*[:：]?\s*(?:https?://)?"
    r"(?P<service>[a-z][a-z0-9-]*)(?:\.[a-z0-9-]+)?\.tencentcloudapi\.com",
    re.I,
)
_VERSION = re.compile(
    r"(?:\bVersion\b[^\n]{0,80}?|本接口取值\s*[：:]\s*|X-TC-Version\s*:\s*)(?P<version>\d{4}-\d{2}-\d{2})", re.I
)
_TITLE_PRODUCT = re.compile(r"(?:Tencent Cloud|腾讯云)\s+(?P<service>[A-Z]{2,8})\s+(?P<version>\d{4}-\d{2}-\d{2})")
_TITLE_ACTION = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$")


@dataclass(frozen=True)
class Identity:
    """How a page names an operation: an HTTP method and path, or an RPC action of a product version."""

    method: str | None = None
    path: str | None = None
    action: str | None = None
    service: str | None = None
    version: str | None = None
    line: int = 0

    def __str__(self) -> str:
        if self.action:
            product = " ".join(p for p in (self.service, self.version) if p)
            return f"action {self.action}" + (f" ({product})" if product else "")
        return f"{self.method} {self.path}"


def identify(text: str) -> tuple[list[Identity], list[Unreadable]]:
    """The operations the page documents (none if it names none), and URI lines it could not read."""
    action = _tencent(text)
    if action is not None:
        return [action], []
    return _huawei(text)


def _tencent(text: str) -> Identity | None:
    lines = text.splitlines()
    name, line = None, 0
    for match in _ACTION.finditer(text):
        name, line = next(g for g in match.groups() if g), text.count("\n", 0, match.start()) + 1
        break
    tencent = re.search(r"tencentcloudapi\.com|Common Params|公共参数", text, re.I)
    if name is None and tencent:
        for number, title in enumerate(lines[:5], start=1):
            if _TITLE_ACTION.match(title.strip()):
                name, line = title.strip(), number
                break
    if name is None:
        return None
    service, version = tencent_product(text)
    return Identity(action=name, service=service, version=version, line=line)


def tencent_product(text: str) -> tuple[str | None, str | None]:
    """The product (service, version) a Tencent page of data structures states, if any."""
    service = found["service"].lower() if (found := _DOMAIN.search(text)) else None
    version = found["version"] if (found := _VERSION.search(text)) else None
    if title := _TITLE_PRODUCT.search(text):
        service, version = service or title["service"].lower(), version or title["version"]
    return service, version


def _huawei(text: str) -> tuple[list[Identity], list[Unreadable]]:
    lines = text.splitlines()
    listed: list[Identity] = []
    unreadable: list[Unreadable] = []
    first: Identity | None = None
    heading_line = -1  # the last "URI"/"URIs" heading: the URI lines right after it are the page's
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.upper().rstrip(":") in ("URI", "URIS"):
            heading_line, listed = number, []
            continue
        found = _URI.search(line)
        in_block = heading_line >= 0 and (not listed or _uri_block_continues(lines, heading_line, number))
        if found:
            identity = Identity(found.group(1), found.group(2).rstrip("/.,;"), line=number)
            incomplete = found.group(3) in ("?", "*") or found.group(2).endswith("/")
            if incomplete and (in_block or stripped.upper().startswith("URI")):
                unreadable.append(Unreadable(number, stripped, "the URI is incomplete on the page (not compared)"))
                continue
            if stripped.upper().startswith("URI"):
                return [identity], unreadable
            if in_block:
                listed.append(identity)
                continue
            if listed:
                return listed, unreadable
            first = first or identity
        elif listed and stripped and not _continuation(lines, number):
            return listed, unreadable
    if listed:
        return listed, unreadable
    return ([first] if first else []), unreadable


def _uri_block_continues(lines: list[str], heading: int, number: int) -> bool:
    """Is line `number` still in the block of URI lines under the heading (blank lines end it)?"""
    return all(lines[i - 1].strip() for i in range(heading + 1, number))


def _continuation(lines: list[str], number: int) -> bool:
    """A line indented deeper than the URI line above it (a remark wrapped onto the next line)."""
    line = lines[number - 1]
    previous = next((lines[i] for i in range(number - 2, -1, -1) if lines[i].strip()), "")
    return len(line) - len(line.lstrip()) > len(previous) - len(previous.lstrip())


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


def operations_for(identity: Identity, index: SpecIndex) -> tuple[list[SpecOperation], str | None]:
    """The spec operations a page identity documents, or none and why not."""
    if identity.action:
        if identity.service is None and identity.version is None:
            return [], f"{identity} names neither its product's domain nor its API Version"
        candidates = [op for op in index.operations if op.rpc and op.operation_id == identity.action]
        matched = []
        for op in candidates:
            service, version = product_of(op.doc.document)
            if (identity.service in (None, service)) and (identity.version in (None, version)):
                matched.append(op)
        if matched:
            return matched, None
        if candidates:
            service, version = product_of(candidates[0].doc.document)
            return [], f"{identity} is another product or version than our {service} {version}"
        return [], f"{identity} is not an operation of our specs"
    best: tuple[int, SpecOperation] | None = None
    for op in index.operations:
        score = path_matches(op.path, identity.path or "") if op.method.upper() == identity.method else None
        if score is not None and not op.rpc and (best is None or score > best[0]):
            best = (score, op)
    return ([best[1]], None) if best else ([], f"{identity} is not an operation of our specs")
