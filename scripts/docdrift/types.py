"""Vendor type expressions → comparable kinds.

Huawei pages write String, Integer, Long, Float, Boolean, "X object", "Array of X objects",
"Array of strings"; Tencent pages write String, Integer, Float, Boolean, "Array of X" and bare
structure names (TaskLabel). OpenAPI kinds are compared on the same scale: string, integer (long
when int64), number, boolean, object, array of <kind>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRIMITIVES = {
    "string": "string", "str": "string", "integer": "integer", "int": "integer", "int32": "integer",
    "long": "long", "int64": "long", "float": "number", "double": "number", "number": "number",
    "boolean": "boolean", "bool": "boolean", "object": "object", "json": "object",
}  # fmt: skip
_ARRAY = re.compile(r"^(?:array of|list of)\s+(?P<item>.+?)(?:\s+objects?)?$", re.IGNORECASE)
_OBJECT = re.compile(r"^(?P<name>[A-Za-z_][\w]*)\s+object$", re.IGNORECASE)
_STRUCT = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
TYPE_PATTERN = (
    r"(?:Array of [A-Za-z_][\w]*(?: objects?)?|List of [A-Za-z_]\w*|[A-Za-z_]\w* object|"
    r"String|Integer|Int|Long|Float|Double|Number|Boolean|Bool|Object|JSON|[A-Z][A-Za-z0-9_]*)"
)


@dataclass(frozen=True)
class Kind:
    """A documented or specified type: `name` is string/integer/long/number/boolean/object/array;
    `ref` names the structure of an object (or of an array's items), `item` is the array's item kind."""

    name: str
    ref: str | None = None
    item: Kind | None = None

    def __str__(self) -> str:
        if self.name == "array" and self.item is not None:
            return f"array of {self.item}"
        return f"{self.name} ({self.ref})" if self.ref else self.name

    def compatible(self, spec: Kind) -> bool:
        """Does the spec's kind implement this documented kind?"""
        if self.name == "array" or spec.name == "array":
            if self.name != spec.name:
                return False
            return self.item is None or spec.item is None or self.item.compatible(spec.item)
        if self.name == "long":
            return spec.name == "long"
        if self.name == "integer":
            return spec.name in ("integer", "long")
        return self.name == spec.name


def parse_type(text: str) -> Kind | None:
    """The kind of a vendor type expression, or None if `text` is not one."""
    value = " ".join(text.strip().split())
    if not value:
        return None
    lowered = value.lower()
    if lowered in PRIMITIVES:
        return Kind(PRIMITIVES[lowered])
    if match := _ARRAY.match(value):
        item = match["item"]
        if item.lower() in ("strings", "string"):
            return Kind("array", item=Kind("string"))
        if item.lower() in ("integers", "integer", "longs", "long"):
            return Kind("array", item=Kind("integer"))
        inner = parse_type(item) or Kind("object", ref=item)
        if inner.name in PRIMITIVES.values() and inner.name != "object":
            return Kind("array", item=inner)
        return Kind("array", item=Kind("object", ref=inner.ref or item))
    if match := _OBJECT.match(value):
        return Kind("object", ref=match["name"])
    if _STRUCT.match(value):
        return Kind("object", ref=value)
    return None
