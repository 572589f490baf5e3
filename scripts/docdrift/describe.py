"""Enumerated values out of a field's description, in the ways vendor pages write them:

• CREATING: The task is being created.          (bullets, one value a line)
block:包含敏感信息,不通过                          (value:meaning lines, Chinese pages)
FEMALE: 女性 | MALE: 是男性                        (inline, separated by " | ")
取值：**FINISH**（任务已完成）、**PENDING** ...    (bold values after 取值/返回值/Valid values)
"""

from __future__ import annotations

import re

_LINE_VALUE = re.compile(r"^\s*(?:[•·*\-]\s*)?(?P<value>[A-Za-z][A-Za-z0-9_\-]*)\s*[:：]\s*(?P<meaning>\S.*)?$")
_BOLD_INTRO = re.compile(r"(?:取值|返回值|可选值|Valid values|Returned values|Values)\s*(?:为|是|如下)?\s*[:：]?", re.I)
_BOLD = re.compile(r"\*\*\s*([A-Za-z][A-Za-z0-9_\-]*)\s*\*\*|<strong>\s*([A-Za-z][A-Za-z0-9_\-]*)\s*</strong>")
_STOPWORDS = {
    "note", "notes", "example", "examples", "en", "zh", "http", "https", "url", "value", "values",
    "range", "format", "type", "description", "see", "sources", "source", "status", "title", "uri", "request",
    "response", "input", "output", "returned", "valid", "warning", "caution", "tip", "e.g", "i.e", "mandatory",
}  # fmt: skip


def enum_values(description: str) -> tuple[str, ...]:
    """Values the description enumerates, in order, without duplicates; empty if it enumerates none."""
    text = re.sub(r"</?p>|<br\s*/?>", "\n", description)
    found: list[str] = []
    for line in text.splitlines():
        for part in line.split(" | "):
            match = _LINE_VALUE.match(part)
            if match and match["value"].lower() not in _STOPWORDS and match["meaning"] is not None:
                found.append(match["value"])
    for intro in _BOLD_INTRO.finditer(text):
        tail = text[intro.end() :].split("\n\n")[0]
        found += [a or b for a, b in _BOLD.findall(tail)]
    return tuple(dict.fromkeys(found))
