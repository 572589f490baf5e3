"""Which operation a page documents, from its content rather than its file name.

Huawei pages give a method and URI ("URI" heading, then "GET /v1/{project_id}/..."); Tencent pages
name the action ("ACTION: DescribeTaskDetail", "X-TC-Action: ...", "The value used for this API: ...",
or the action as the page title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_URI = re.compile(r"\b(GET|POST|PUT|DELETE|PATCH)\s+(?:https?://[^/\s]+)?(/v\d+/[^\s?#\"'()]*)")
_ACTION = re.compile(
    r"^\s*ACTION:\s*(\w+)|X-TC-Action:\s*(\w+)|value used for this API:\s*(\w+)|公共参数，本接口取值：\s*(\w+)", re.M
)


@dataclass(frozen=True)
class Identity:
    """How a page names its operation: an HTTP method and path, or an RPC action."""

    method: str | None = None
    path: str | None = None
    action: str | None = None
    line: int = 0

    def __str__(self) -> str:
        return f"action {self.action}" if self.action else f"{self.method} {self.path}"


def identify(text: str, actions: set[str]) -> Identity | None:
    """The operation the page documents, or None if it names none."""
    lines = text.splitlines()
    for match in _ACTION.finditer(text):
        name = next(g for g in match.groups() if g)
        return Identity(action=name, line=text.count("\n", 0, match.start()) + 1)
    for number, line in enumerate(lines[:5], start=1):
        if line.strip() in actions:
            return Identity(action=line.strip(), line=number)
    uris: list[Identity] = []
    heading_line = -1  # the last "URI" heading; the first URI after it (blank lines aside) is the page's
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        found = _URI.search(line)
        if found:
            identity = Identity(found.group(1), found.group(2).rstrip("/.,;"), line=number)
            between = lines[heading_line : number - 1] if heading_line >= 0 else ["x"]
            if stripped.upper().startswith("URI") or not any(text.strip() for text in between):
                return identity
            uris.append(identity)
        if stripped.upper() in ("URI", "URI:"):
            heading_line = number
    return uris[0] if uris else None


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
