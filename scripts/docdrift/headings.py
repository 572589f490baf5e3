"""Section headings of vendor doc pages → where the tables under them belong: path, header, query, body
or a generic request table, a response with its status code ("Status code: 200", "Response (200)",
"状态码: 400"), or a named sub-object's table ("Table 4 AssessResult", "owner object", "=== Owner ===");
and the lines that end a table (numbered chapter titles, examples, an example request without a
heading above it, status and error code tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_STATUS = re.compile(r"(?:Status code|状态码)\s*[:：]\s*(\d{3})", re.IGNORECASE)
_TABLE_CAPTION = re.compile(r"^(?:Table|表)\s*\d+\s*(?P<rest>.+)$", re.IGNORECASE)
_STRUCTURE = re.compile(r"^===\s*(?P<name>[A-Za-z_]\w*)\s*===")
_OBJECT_CAPTION = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+object\s*[:：]?\s*$")
_REMARKED_CAPTION = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+object\s+[(（][^|]*[)）]\s*$")  # unindented only

_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("response", re.compile(
        r"Response body parameters|响应\s*Body\s*参数|Response Parameters|响应参数|Output Parameters|输出参数"
        r"|^Response\s*\(?\d{3}\)?(?:\s|$)|^响应\s*\(?\d{3}\)?",
        re.I,
    )),
    ("path", re.compile(r"Path Parameters|路径参数", re.I)),
    ("query", re.compile(r"Query Parameters|Query\s*参数|查询参数", re.I)),
    ("header", re.compile(r"header parameters|Header\s*参数", re.I)),
    ("body", re.compile(r"Request body parameters|请求\s*Body\s*参数|Input Parameters|输入参数", re.I)),
    ("request", re.compile(r"^(?:Request Parameters|请求参数)\b", re.I)),
    ("path", re.compile(r"^(?:(?:Request|HTTP)\s+|请求\s*)?URIs?\b", re.I)),
]  # fmt: skip
# Headings that end the parameter tables: examples, status and error code tables, a numbered chapter of
# those. Only whole headings: "Example value: ...", "示例值：...", "示例：见下表" (a colon: a description line)
# and "1. The audio is too short." (a numbered paragraph) are not headings.
_CHAPTER = (
    r"(?:API Description|Examples?|Example\s*\d+\b[^:：]{0,60}|Developer Resources|Error Codes?|Status Codes?|SDK"
    r"|Sample Code|API Explorer|Input Example|Output Example|Request Examples?|Response Examples?|Examples? Requests?"
    r"|Examples? Responses?|接口描述|示例|示例\s*\d+[^:：]{0,40}|请求示例|响应示例|开发者资源|错误码|状态码"
    r"|输入示例|输出示例)"
)
_CLOSERS = re.compile(
    rf"^(?:\d+\.\s*)?{_CHAPTER}(?:\s*/\s*[^:：]{{1,40}})?(?:\s*[(（][^)）]*[)）])?\s*$|^(?:Feedback|SDK)\s*$", re.I
)
# An example request after the last table, with or without a heading above it.
HTTP_EXAMPLE = re.compile(
    r"^(?:(?:GET|POST|PUT|DELETE|PATCH)\s+\S+\s+HTTP/\d(?:\.\d)?|(?:Host|X-TC-Action|X-TC-Version)\s*:\s*\S+"
    r"|<(?:Common request parameters|公共请求参数)>|\{\s*(?:\"[^\"]+\"\s*:.*)?)$",
    re.I,
)


_LONGEST = 200  # no heading is longer: a longer line is prose


@dataclass
class Context:
    area: str | None = None
    status: int | None = None
    name: str | None = None


def heading(text: str, context: Context) -> Context | None:
    """The context a heading line opens, or None if the line is not a heading."""
    stripped = text.strip()
    if not stripped or len(stripped) > _LONGEST:
        return None
    if match := _STRUCTURE.match(stripped):
        return Context("object", None, match["name"])
    status = _STATUS.search(stripped)
    caption = _TABLE_CAPTION.match(stripped)
    candidate = caption["rest"] if caption else re.sub(r"^\d+\.\s*", "", stripped)
    for area, pattern in _SECTIONS:
        found = pattern.search(candidate)
        if found and found.start() < 30 and len(stripped) < 140:
            if area == "response":
                code = _status_in(stripped, status)
                if code is None and context.area == "response":
                    code = context.status
                return Context("response", code or 200)
            return Context(area)
    if status and len(stripped) < 60:
        return Context("response", int(status.group(1)))
    if caption:
        name = caption["rest"].split()[0].strip("()（）")
        if re.fullmatch(r"[A-Za-z_]\w*", name):
            return Context("object", None, name)
    if match := _OBJECT_CAPTION.match(stripped) or (_REMARKED_CAPTION.match(text) if text[:1].strip() else None):
        return Context("object", None, match["name"])
    if _CLOSERS.match(stripped) or HTTP_EXAMPLE.match(stripped):
        return Context(None)
    return None


def _status_in(heading: str, status: re.Match[str] | None) -> int | None:
    if status:
        return int(status.group(1))
    found = re.search(r"(?:^|[\s(（])(\d{3})(?:[\s)）:：]|$)", heading)
    return int(found.group(1)) if found else None
