"""Which operations a page documents, and of which product, from its content rather than its file name.

Huawei pages declare a method and URI ("URI" heading, then "GET /v1/{project_id}/..."; a page that covers
several operations lists several URIs under its "URI"/"URIs" heading; a query template
"?language={language}" is not part of the path). A URI that appears elsewhere (in prose, an example) is
only mentioned. Tencent pages name the action ("ACTION: DescribeTaskDetail", "The value used for this
API: ...", "公共参数，本接口取值：..." with full- or half-width punctuation, or the action as the page
title; "X-TC-Action: ..." of an example request only mentions it) and the product: the domain ("Domain
name for API request: ams.tencentcloudapi.com", "接口请求域名", "Endpoint", "Host") and the API Version
("2020-12-29"). Pages also name their operation: in their address (".../ShowShortJob.html") and their
title ("提交短任务 - CommitShortJob"), or through our x-doc-sources entry of the same title.

`resolve` matches all that against our specs:
- a declared URI that is one of our operations: that operation is compared with the page;
- a page named after one of our operations whose declared method or URI differs from the spec: the
  operation is compared, and the changed method/URI is drift; so is a page at the address of one of our
  Tencent actions (fetched from it, or a saved copy listing it) that now documents another product or
  version of that action (a title alone does not tell AMS's DescribeTaskDetail from Video Moderation's);
- a declared URI in one of our API groups (the paths our operations share, whatever the version), or a
  Tencent action of our product and version, that is not an operation of our specs: drift ("an operation
  of our API the spec does not define"), unless the spec lists it under `x-not-covered` with its reason;
- two separate URI blocks (or two actions) of different operations: two pages in one file, unusable;
- a URI only mentioned in prose: the page is compared with that operation only when its tables document
  that operation's parameters (a guide that mentions a URI next to an unrelated table is not ours);
- anything else (another service, product or version) is not covered, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drift.documented import Unreadable
from specmodel.document import NotCovered, SpecIndex, SpecOperation, path_matches, product_of

from .identity import title_lines

_URI = re.compile(
    r"\b(?P<method>GET|POST|PUT|DELETE|PATCH)\s+(?:https?://[^/\s]+)?(?P<path>/v\d+/[^\s?#\"'()`]*)"
    r"(?P<query>\?[A-Za-z_][\w.\-]*=[^\s#\"'()`]*)?(?P<tail>\S?)"
)
_ACTION = re.compile(
    r"^\s*ACTION:\s*(?P<a>[A-Z]\w+)|value used for this API:\s*(?P<b>[A-Z]\w+)"
    r"|公共参数\s*[，,]\s*本接口取值\s*[：:]\s*(?P<c>[A-Z]\w+)",
    re.M,
)
_URI_HEADING = re.compile(r"(?:(?:request|http)\s+|请求\s*)?URIs?(?:\s+(?:format|template)|\s*格式)?", re.I)
# A path segment that is a value, not a name: a hex or numeric id, a UUID (an example request's URL)
_LITERAL_ID = re.compile(r"[0-9a-f]{16,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d+", re.I)
_EXAMPLE_ACTION = re.compile(r"X-TC-Action:\s*([A-Z]\w+)")
_DOMAIN = re.compile(
    r"(?:Domain name for API request|接口请求域名|Endpoint|Host|域名)\s*[:：]?\s*(?:https?://)?"
    r"(?P<service>[a-z][a-z0-9-]*)(?:\.[a-z0-9-]+)?\.tencentcloudapi\.com",
    re.I,
)
_VERSION = re.compile(
    r"(?:\bVersion\b[^\n]{0,80}?|本接口取值\s*[：:]\s*|X-TC-Version\s*:\s*)(?P<version>\d{4}-\d{2}-\d{2})", re.I
)
_TITLE_PRODUCT = re.compile(r"(?:Tencent Cloud|腾讯云)\s+(?P<service>[A-Z]{2,8})\s+(?P<version>\d{4}-\d{2}-\d{2})")
_OPERATION_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+(?![A-Za-z0-9])")
_ADDRESS_NAME = re.compile(r"/([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)\.(?:html?|md)\b")


@dataclass(frozen=True)
class Identity:
    """How a page names an operation: an HTTP method and path, or an RPC action of a product version.
    `declared`: under the page's URI heading (or its action line); otherwise only mentioned."""

    method: str | None = None
    path: str | None = None
    action: str | None = None
    service: str | None = None
    version: str | None = None
    line: int = 0
    declared: bool = True

    def __str__(self) -> str:
        if self.action:
            product = " ".join(p for p in (self.service, self.version) if p)
            return f"action {self.action}" + (f" ({product})" if product else "")
        return f"{self.method} {self.path}"


@dataclass
class Recognition:
    """What a page says of the operations it documents."""

    declared: list[Identity] = field(default_factory=list)
    mentioned: list[Identity] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # operation name → where the page names it
    unreadable: list[Unreadable] = field(default_factory=list)  # URI lines that cannot be read
    blocks: list[list[Identity]] = field(default_factory=list)  # separate URI blocks (or actions)


def identify(text: str, addresses: tuple[str, ...] = ()) -> Recognition:
    """What the page declares, mentions and is named after (see the module docstring)."""
    found = Recognition(names=_names(text, addresses))
    action = _tencent(text)
    if action is not None:
        found.blocks = [[action]]
        (found.declared if action.declared else found.mentioned).append(action)
        actions = {a for m in _ACTION.finditer(text) if (a := next(g for g in m.groups() if g))}
        if len(actions) > 1:
            found.blocks = [[Identity(action=a, service=action.service, version=action.version)] for a in actions]
        return found
    _huawei(text, found)
    return found


def _names(text: str, addresses: tuple[str, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for address in addresses:
        for name in _ADDRESS_NAME.findall(address):
            names.setdefault(name, f"its address {address}")
    for title in title_lines(text):
        for name in _OPERATION_NAME.findall(title):
            names.setdefault(name, f"its title {title[:80]!r}")
    return names


def _tencent(text: str) -> Identity | None:
    lines = text.splitlines()
    name, line, declared = None, 0, True
    if match := _ACTION.search(text):
        name, line = next(g for g in match.groups() if g), text.count("\n", 0, match.start()) + 1
    tencent = re.search(r"tencentcloudapi\.com|Common Params|公共参数", text, re.I)
    if name is None and tencent:
        for number, title in enumerate(lines[:5], start=1):
            if re.fullmatch(_OPERATION_NAME, title.strip()):
                name, line = title.strip(), number
                break
    if name is None and (match := _EXAMPLE_ACTION.search(text)):
        name, line, declared = match.group(1), text.count("\n", 0, match.start()) + 1, False
    if name is None:
        return None
    service, version = tencent_product(text)
    return Identity(action=name, service=service, version=version, line=line, declared=declared)


def tencent_product(text: str) -> tuple[str | None, str | None]:
    """The product (service, version) a Tencent page states, if any."""
    service = found["service"].lower() if (found := _DOMAIN.search(text)) else None
    version = found["version"] if (found := _VERSION.search(text)) else None
    if title := _TITLE_PRODUCT.search(text):
        service, version = service or title["service"].lower(), version or title["version"]
    return service, version


def example_url(path: str) -> bool:
    """A concrete URL (an example request's: `/v1/3f09.../short-jobs/26f0...`), not a URI template: it names
    no {parameter} and has a segment that is a literal id."""
    return "{" not in path and any(_LITERAL_ID.fullmatch(segment) for segment in path.strip("/").split("/"))


def _huawei(text: str, found: Recognition) -> None:
    """URI blocks: a "URI"/"URIs" heading and the URI lines right under it (the first after blank lines at
    most; then until a blank line, or a line that is neither a URI nor a remark wrapped from the one above),
    or a "URI: GET ..." line; every other URI is mentioned."""
    block: list[Identity] | None = None
    blank_since = False
    previous_indent = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if _URI_HEADING.fullmatch(stripped.rstrip(":：").strip()):
            block, blank_since = [], False
            found.blocks.append(block)
            continue
        match = _URI.search(line)
        if match is not None and example_url(match["path"]):
            match = None  # an example request's URL with literal ids documents no URI template
        heading_line = stripped.upper().startswith("URI") and match is not None
        if block is not None and not stripped:
            blank_since = bool(block)
            continue
        if match is None:
            indent = len(line) - len(line.lstrip())
            if block is not None and (not block or not indent > previous_indent):
                block = None  # a "URI" heading is followed by its URIs (a field named "uri" is not)
            continue
        previous_indent = len(line) - len(line.lstrip())
        in_block = block is not None and not blank_since
        identity = Identity(match["method"], match["path"].rstrip("/.,;"), line=number,
                            declared=in_block or heading_line)  # fmt: skip
        incomplete = match["tail"] in ("?", "*") or match["path"].endswith("/")
        if incomplete and identity.declared:
            found.unreadable.append(Unreadable(number, stripped, "the URI is incomplete on the page (not compared)"))
            continue
        if heading_line:
            found.blocks.append([identity])
            found.declared.append(identity)
            block = None
        elif in_block and block is not None:
            block.append(identity)
            found.declared.append(identity)
        else:
            block = None
            if not incomplete:
                found.mentioned.append(identity)
    found.blocks = [b for b in found.blocks if b]


# ---------------------------------------------------------------------- against our specs
@dataclass
class Subject:
    """An operation of ours the page is compared with, how the page identifies it, and what differs in
    that identification (its method or URI), if anything."""

    op: SpecOperation
    identity: Identity | None
    changed: str | None = None
    kind: str = "uri"  # what changed: the method/URI, or (an RPC action's) the product or version

    def __str__(self) -> str:
        return f"{self.op.doc.path.name} {self.op.operation_id}" + (f" ({self.identity})" if self.identity else "")


@dataclass
class Resolution:
    subjects: list[Subject] = field(default_factory=list)
    undefined: list[str] = field(default_factory=list)  # drift: operations of our API the specs lack
    listed: list[str] = field(default_factory=list)  # operations of our API our specs list as not covered
    reasons: list[str] = field(default_factory=list)  # why the rest is not ours
    mentioned: list[Subject] = field(default_factory=list)  # operations the page only mentions
    several_pages: str | None = None  # why the file seems to hold several pages


def resolve(found: Recognition, index: SpecIndex, at_address: dict[str, str] | None = None) -> Resolution:
    """`at_address`: our operations documented at an address the page has itself (operation → address)."""
    at_address = at_address or {}
    result = Resolution()
    if len({tuple((i.method, i.path, i.action) for i in block) for block in found.blocks}) > 1:
        shown = "; ".join(", ".join(f"{i} (line {i.line})" for i in block) for block in found.blocks)
        result.several_pages = f"documents separate operations under separate headings: {shown}: two pages in one file?"
        return result
    # Names identify REST operations; an RPC action is ours only with its product and version (Tencent's
    # DescribeTaskDetail is also Video Moderation's, or another vendor's).
    named = {name: where for name, where in found.names.items() if (op := index.operation(name)) and not op.rpc}
    matched: set[str] = set()
    unmatched: list[Identity] = []
    for identity in found.declared:
        op = _match(identity, index)
        if op is not None:
            result.subjects.append(Subject(op, identity))
            matched.add(op.operation_id)
        else:
            unmatched.append(identity)
    loose = [name for name in named if name not in matched]
    if len(found.declared) == 1 and len(result.subjects) == 1 and loose and len(named) == 1:
        # a page named after one operation whose URI is another's: the method or URI changed
        subject, name = result.subjects[0], loose[0]
        op = index.operation(name)
        assert op is not None
        result.subjects = [Subject(op, subject.identity, _changed(op, subject.identity, named[name]))]
        return result
    for identity in unmatched:
        if len(loose) == 1 and len(unmatched) == 1 and not identity.action:
            op = index.operation(loose[0])
            assert op is not None
            result.subjects.append(Subject(op, identity, _changed(op, identity, named[loose[0]])))
            continue
        op = index.operation(identity.action) if identity.action in at_address else None
        if op is not None and op.rpc:  # our page (its own address) now documents another product or version
            service, version = product_of(op.doc.document)
            changed = (
                f"the page (its address {at_address[op.operation_id]}) documents {identity}; the spec has "
                f"{service} {version}"
            )
            result.subjects.append(Subject(op, identity, changed, kind="product"))
            continue
        _undefined_or_foreign(identity, index, result)
    if not found.declared and named and not found.mentioned:
        for name, where in named.items():
            op = index.operation(name)
            assert op is not None
            result.subjects.append(Subject(op, None, f"the page ({where}) states no method and URI for it"))
    if not found.declared:
        for identity in found.mentioned:
            op = _match(identity, index)
            if op is not None:
                result.mentioned.append(Subject(op, identity))
            else:
                result.reasons.append(f"mentions {identity} (line {identity.line}), not an operation of our specs")
    result.reasons = list(dict.fromkeys(result.reasons))
    result.subjects = _distinct(result.subjects)
    result.mentioned = _distinct(result.mentioned)
    return result


def _distinct(subjects: list[Subject]) -> list[Subject]:
    """One subject per operation: a page that names the same operation twice documents it once (the first
    identification, a declared URI before a mention, is kept)."""
    seen: dict[str, Subject] = {}
    for subject in subjects:
        seen.setdefault(subject.op.operation_id, subject)
    return list(seen.values())


def _changed(op: SpecOperation, identity: Identity | None, where: str) -> str:
    said = f"{identity.method} {identity.path}" if identity else "no method and URI"
    return f"the page ({where}) documents it as {said}; the spec has {op.method.upper()} {op.path}"


def _match(identity: Identity, index: SpecIndex) -> SpecOperation | None:
    if identity.action:
        if identity.service is None and identity.version is None:
            return None  # not known to be of our product
        for op in index.operations:
            if op.rpc and op.operation_id == identity.action and _same_product(identity, op):
                return op
        return None
    best: tuple[int, SpecOperation] | None = None
    for op in index.operations:
        score = path_matches(op.path, identity.path or "") if op.method.upper() == identity.method else None
        if score is not None and not op.rpc and (best is None or score > best[0]):
            best = (score, op)
    return best[1] if best else None


def _same_product(identity: Identity, op: SpecOperation) -> bool:
    service, version = product_of(op.doc.document)
    return identity.service in (None, service) and identity.version in (None, version)


def _undefined_or_foreign(identity: Identity, index: SpecIndex, result: Resolution) -> None:
    listed = index.not_covered_for(identity.method, identity.path, identity.action, identity.service,
                                   identity.version)  # fmt: skip
    if listed is not None:
        result.listed.append(_listed(listed, identity))
        return
    if identity.action:
        if identity.service is None and identity.version is None:
            result.reasons.append(f"{identity} names neither its product's domain nor its API Version")
            return
        ours = [op for op in index.operations if op.rpc and _same_product(identity, op)]
        if ours and identity.service and identity.version:
            spec = ours[0].doc.path.name
            result.undefined.append(f"{identity} is an action of our product ({spec}) that the spec does not "
                                    "define: add it, or list it under x-not-covered with the reason")  # fmt: skip
            return
        others = [op for op in index.operations if op.rpc and op.operation_id == identity.action]
        if others:
            service, version = product_of(others[0].doc.document)
            result.reasons.append(f"{identity} is another product or version than our {service} {version}")
        else:
            result.reasons.append(f"{identity} is not an operation of our specs")
        return
    group = index.group_of(identity.path or "")
    if group is not None:
        spec, prefix = group
        result.undefined.append(
            f"{identity} (line {identity.line}) is in our API group {prefix} ({spec}) but the spec does not "
            "define it: add it, or list it under x-not-covered with the reason"
        )
        return
    result.reasons.append(f"{identity} is not an operation of our specs")


def _listed(entry: NotCovered, identity: Identity) -> str:
    return f"{identity}: {entry.operation} is not covered by {entry.doc.path.name} (x-not-covered: {entry.why})"
