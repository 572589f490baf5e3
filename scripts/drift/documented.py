"""What a vendor source documents, whatever the source (a doc page, an SDK's models): fields with the
properties that are compared with the spec, grouped into operations and named object tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from specmodel.decisions import source_key
from specmodel.kinds import Kind


@dataclass
class DocField:
    """One documented field. A property the source does not state is None (or empty): not compared."""

    name: str
    kind: Kind | None
    required: bool | None = None
    description: str = ""
    line: int | None = None
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None  # an array's number of items
    max_items: int | None = None
    default: str | None = None
    nullable: bool | None = None
    enum_cut: bool = False  # the source cut its list of values short: values not compared
    fields: list[DocField] | None = None  # the object's (array items') fields, when the source gives them inline
    common: bool = False  # a Tencent common parameter (Action, Version, Region) listed among the inputs

    @property
    def scalar(self) -> bool:
        """A scalar, or an array of scalars: a field whose description may enumerate its values."""
        kind = self.kind
        return kind is not None and (
            kind.name not in ("object", "array") or (kind.item is not None and kind.item.name != "object")
        )


@dataclass
class DocObject:
    """A table of fields describing an object: named (a caption, a structure name) or anonymous."""

    name: str | None
    fields: list[DocField]
    line: int | None = None
    status: int | None = None  # the response it sits under, for anonymous tables


@dataclass
class DocOperation:
    """The fields a source documents for one operation. A location, body or response it says nothing
    about is absent: every field the spec has there is undocumented by it. A source that states its
    successful responses only (an SDK's models) has `responses_complete` False: the other statuses of
    the spec are not compared."""

    parameters: dict[str, list[DocField]] = field(default_factory=dict)
    body: list[DocField] | None = None
    responses: dict[int, list[DocField] | None] = field(default_factory=dict)
    responses_complete: bool = True


@dataclass
class Unreadable:
    """Something in a source that could not be read, with where and why."""

    line: int | None
    text: str
    why: str
    name: str | None = None  # the field the row names, when it names one: not compared, nor undocumented

    def __str__(self) -> str:
        at = f"line {self.line}: " if self.line else ""
        return f"{at}{self.why}: {' '.join(self.text.split())[:160]!r}"


@dataclass
class Source:
    """A vendor source as decisions name it (page file name, URL, SDK name; `same_as`: the known page it
    is another copy of), with the object tables the comparison looks nested fields up in, and the header
    parameters it cannot document."""

    name: str
    aliases: tuple[str, ...] = ()
    objects: list[DocObject] = field(default_factory=list)
    silent_headers: frozenset[str] = frozenset()
    lists_values: bool = False  # a field it documents without values lists none (a doc page, not an SDK)
    same_as: tuple[str, ...] = ()
    unread: frozenset[str] = frozenset()  # fields whose rows could not be read (reported as unreadable)

    def is_named_by(self, decision_source: str) -> bool:
        """Named by its own name or address, or as another copy of a known page (saved under another name,
        fetched by URL): its pins are checked as on the known page, a pin that no longer fits is stale."""
        names = (self.name, *self.aliases, *self.same_as)
        return source_key(decision_source) in {source_key(n) for n in names}
