"""Types on one comparable scale, for spec schemas and for what a vendor documents.

Names: string, integer (32 bits), long (64 bits), int (an integer of unstated width: a Tencent page's
"Integer", a Python SDK's `int`), number (`format` float or double when stated), boolean, object
(`ref` names its structure when known) and array (`item` is the items' kind).

`parse_type` reads the vendors' type expressions: Huawei pages write String, Integer, Long, Float,
Double, Boolean, "X object", "Array of X objects", "Array of strings"; Tencent pages String, Integer,
Float, Boolean, "Array of X" and bare structure names (TaskLabel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches

INTEGERS = ("integer", "long", "int")
_PRIMITIVES = {
    "string": "string", "str": "string", "integer": "integer", "int": "integer", "int32": "integer",
    "long": "long", "int64": "long", "float": "number", "double": "number", "number": "number",
    "boolean": "boolean", "bool": "boolean", "object": "object", "json": "object",
}  # fmt: skip
_ARRAY = re.compile(r"^(?:array of|list of)\s+(?P<item>.+?)(?:\s+objects?)?$", re.IGNORECASE)
_OBJECT = re.compile(r"^(?P<name>[A-Za-z_][\w]*)\s+object$", re.IGNORECASE)
_STRUCT = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
TYPE_PATTERN = (
    r"(?:Array of [A-Za-z_][\w]*(?: objects?)?|List of [A-Za-z_]\w*|[A-Za-z_]\w* object|"
    r"(?i:String|Integer|Int|Long|Float|Double|Number|Boolean|Bool|Object|JSON)\b|[A-Z][A-Za-z0-9_]*)"
)


@dataclass(frozen=True)
class Kind:
    name: str
    ref: str | None = None
    item: Kind | None = None
    format: str | None = None

    def __str__(self) -> str:
        if self.name == "array":
            return f"array of {self.item}" if self.item is not None else "array"
        detail = self.ref or self.format
        return f"{self.name} ({detail})" if detail else self.name

    def implemented_by(self, spec: Kind) -> bool:
        """Does the spec's kind implement this documented kind (the same type, and the same width or
        format where both state one)?"""
        if self.name == "array" or spec.name == "array":
            if self.name != spec.name:
                return False
            return self.item is None or spec.item is None or self.item.implemented_by(spec.item)
        if self.name == "int" or spec.name == "int":
            return self.name in INTEGERS and spec.name in INTEGERS
        if self.name != spec.name:
            return False
        if self.name == "number":
            return self.format is None or spec.format is None or self.format == spec.format
        return True

    def with_unstated_width(self) -> Kind:
        """The same kind with "integer" read as an integer of unstated width (Tencent's Integer)."""
        if self.name == "integer":
            return Kind("int")
        if self.name == "array" and self.item is not None:
            return Kind("array", item=self.item.with_unstated_width())
        return self


def parse_type(text: str, *, bare_structures: bool = True) -> Kind | None:
    """The kind of a vendor type expression, or None if `text` is not one. A bare capitalised name is a
    structure (Tencent's TaskLabel) only with `bare_structures`, and never a misspelt primitive ("Strnig")."""
    value = " ".join(text.strip().split())
    if not value:
        return None
    lowered = value.lower()
    if lowered in _PRIMITIVES:
        name = _PRIMITIVES[lowered]
        return Kind(name, format=lowered if name == "number" and lowered != "number" else None)
    if match := _ARRAY.match(value):
        item = match["item"]
        if item.lower() in ("strings", "string"):
            return Kind("array", item=Kind("string"))
        if item.lower() in ("integers", "longs"):
            return Kind("array", item=Kind("integer" if item.lower() == "integers" else "long"))
        inner = parse_type(item, bare_structures=True) or Kind("object", ref=item)
        if inner.name != "object":
            return Kind("array", item=inner)
        return Kind("array", item=Kind("object", ref=inner.ref or item))
    if match := _OBJECT.match(value):
        return Kind("object", ref=match["name"])
    if bare_structures and _STRUCT.match(value) and not get_close_matches(lowered, _PRIMITIVES, n=1, cutoff=0.75):
        return Kind("object", ref=value)
    return None
