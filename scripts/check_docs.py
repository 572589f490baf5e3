"""Doc-drift check: do the vendor doc pages still agree with specs/?

Reads every page given: files saved as text or HTML, folders of them (recursively, any file name) and
http(s):// URLs. Recognises the operations each page documents by its content (method + URI, or the
action of a Tencent product and version, and the name the page gives itself) — or the data structures
it defines — and compares every property it documents, and everything the spec has that it does not
document, with the spec, honouring the spec's pinned x-decisions for that page, whatever it is saved
as (see scripts/drift/, scripts/docdrift/identity.py).

Usage: python scripts/check_docs.py [--json] PAGE_OR_FOLDER_OR_URL [...]
Exit status: 0 agrees, 1 drift (or a stale decision), 2 unusable input (a page, folder or URL that
cannot be read, or a page of ours with rows or tables the reader could not read). Every entry has its
result; the last line of the text report states the outcome.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docdrift.html import canonical_url, looks_like_html, parse_html
from docdrift.identity import KnownPages, Titles, page_addresses
from docdrift.inputs import PageInput, UnusableInput, page_inputs
from docdrift.pages import Page, parse_text
from docdrift.recognize import Resolution, Subject, identify, resolve, tencent_product
from drift.compare import Comparer
from drift.documented import Source, Unreadable
from drift.report import CHECKED, NOT_COVERED, UNUSABLE, Report, SourceResult, emit_unusable
from spec_check import SpecError, load, spec_files
from specmodel.document import SpecIndex, SpecOperation, product_of

TOOL = "check-docs"


def read_page(page: PageInput) -> tuple[Page, tuple[str, ...]]:
    """The page's tables, and the addresses it has for itself (fetched from, canonical link)."""
    own = (page.name, *page.aliases) if page.name.startswith(("http://", "https://")) else page.aliases
    if looks_like_html(page.text):
        canonical = canonical_url(page.text)
        return parse_html(page.name, page.text), (*own, *([canonical] if canonical else []))
    return parse_text(page.name, page.text), own


class Checker:
    """Pages against our specs (the spec index, and the known pages decisions name by file name)."""

    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        self.titles = Titles.of(index)
        self.known = KnownPages.of(self.titles, operations_of=self._operations_of)

    def page(self, page_input: PageInput) -> SourceResult:
        if page_input.skipped is not None:
            return SourceResult(page_input.name, NOT_COVERED, reason=page_input.skipped)
        if page_input.problem is not None:
            return SourceResult(page_input.name, UNUSABLE, reason=page_input.problem)
        if not page_input.text.strip():
            return SourceResult(page_input.name, NOT_COVERED, reason="an empty page (no text)")
        page, own = read_page(page_input)
        page.notes += page_input.notes
        addresses = page_addresses(page.text, own, self.titles)
        found = identify(page.text, tuple(sorted(addresses)))
        at_address = self.titles.operations_at(page.text, own)
        resolution = resolve(found, self.index, at_address)
        if resolution.several_pages:
            return SourceResult(page.name, UNUSABLE, reason=resolution.several_pages)
        subjects = resolution.subjects or [s for s in resolution.mentioned if _documents(page, s.op)]
        if subjects or resolution.undefined:
            source = self._source(page, addresses, subjects)
            return self._operations(page, source, subjects, resolution, found.unreadable)
        if resolution.listed:
            return SourceResult(page.name, NOT_COVERED, reason="; ".join(resolution.listed),
                                unreadable=found.unreadable)  # fmt: skip
        if not found.declared and not found.names.keys() & {op.operation_id for op in self.index.operations}:
            structures = _structures(page, self.index, self._source(page, addresses), at_address)
            if structures is not None:
                return structures
        reasons = resolution.reasons + [
            f"mentions {s.identity} (line {s.identity.line if s.identity else 0}) but none of its tables documents "
            f"the parameters of {s.op.operation_id}"
            for s in resolution.mentioned
        ]
        if reasons:
            return SourceResult(page.name, NOT_COVERED, reason="; ".join(reasons), unreadable=found.unreadable)
        if page.tables:
            return SourceResult(page.name, NOT_COVERED, reason="has field tables but names no operation (no URI, no "
                                "action)")  # fmt: skip
        return SourceResult(page.name, NOT_COVERED, reason="names no operation and has no parameter tables (not an "
                            "API reference page)")  # fmt: skip

    def _operations_of(self, text: str, addresses: frozenset[str]) -> frozenset[str]:
        """The operations of ours a page declares (its URI, or its action of our product and version)."""
        resolution = resolve(identify(text, tuple(sorted(addresses))), self.index)
        return frozenset(s.op.operation_id for s in resolution.subjects)

    def _source(self, page: Page, addresses: frozenset[str], subjects: list[Subject] | None = None) -> Source:
        """The page as decisions name it: its file name or URL, its addresses, and the known page it is (an
        address in common, else the same operations; the closest text) when it is not itself one of them."""
        url = page.name.startswith(("http://", "https://"))
        itself = not url and Path(page.name).name in self.known.addresses
        operations = frozenset(s.op.operation_id for s in subjects or [])
        known = None if itself else self.known.name_for(addresses, page.text, operations)
        return page.source(*sorted(addresses), same_as=(known,) if known else ())

    def _operations(
        self,
        page: Page,
        source: Source,
        subjects: list[Subject],
        resolution: Resolution,
        unread_uris: list[Unreadable],
    ) -> SourceResult:
        subject = "; ".join(str(s) for s in subjects) or "operations our specs do not define"
        if subjects and not page.tables:
            reason = f"documents {subject}, but no parameter table on it could be read"
            return SourceResult(page.name, UNUSABLE, subject, reason=reason, unreadable=page.unreadable)
        page.unreadable += page.stray if subjects else []
        comparer = Comparer(source)
        for item in subjects:
            comparer.operation(page.operation(), item.op)
            if item.changed:
                line = item.identity.line if item.identity else None
                comparer.page_finding(item.kind, f"{item.op.operation_id}", item.changed, line)
        for message in resolution.undefined:
            comparer.page_finding("undefined operation", "page", message, None)
        comparison = comparer.finish(unplaced_tables=bool(subjects))
        comparison.notes += page.notes + [str(u) for u in unread_uris] + resolution.reasons + resolution.listed
        return SourceResult(page.name, CHECKED, subject, comparisons=[comparison], unreadable=page.unreadable)


def _documents(page: Page, op: SpecOperation) -> bool:
    """Do the page's tables document the operation's parameters (a row named like one of its fields)?"""
    names = {name for location in ("path", "header", "query") for name in op.parameters(location)}
    for schema in (op.request_body(), *(schema for _, schema in op.response_bodies())):
        if schema is not None:
            names |= set(op.doc.properties(schema))
    return any(row.name in names or row.name.lower() in names for table in page.tables for row in table.rows)


def _structures(page: Page, index: SpecIndex, source: Source, at_address: dict[str, str]) -> SourceResult | None:
    """A page of data structures (tables named like our component schemas), compared with them; a structure
    the operations of that spec reach that the page does not define is undocumented. Structures of another
    product or version are not covered, unless the page is at one of our x-doc-sources addresses (our page
    now documents another version: drift)."""
    named = [t for t in page.area("object") if t.name]
    matches = [(t, found) for t in named if (found := index.structures(str(t.name)))]
    service, version = tencent_product(page.text)
    of_product = [d for d in index.documents if service and version and product_of(d.document) == (service, version)]
    if not matches and not (named and of_product):
        return None
    changed = None
    for _, found in matches[:1]:
        ours = product_of(found[0][0].document)
        if (service and ours[0] and service != ours[0]) or (version and ours[0] and version != ours[1]):
            theirs = f"{service or '?'} {version or '?'}"
            if not at_address:
                reason = f"data structures of {theirs}, another product or version than our {ours[0]} {ours[1]}"
                return SourceResult(page.name, NOT_COVERED, reason=reason)
            address = next(iter(at_address.values()))
            changed = (
                f"the page (its address {address}) documents the data structures of {theirs}; the spec has "
                f"{ours[0]} {ours[1]}"
            )
    comparer = Comparer(source)
    if changed:
        comparer.page_finding("product", "data structures", changed, None)
    documents = {id(doc): doc for doc in [*(doc for _, found in matches for doc, _ in found), *of_product]}
    for table, found in matches:
        for doc, schema in found:
            objects = [o for o in source.objects if o.name == table.name]
            comparer.structure(objects[0], doc, schema)
    defined = {str(t.name) for t in named}
    for doc in documents.values():  # the structures of the product the page documents: every one on the page
        for name in doc.structures_reached():
            comparer.structure_presence(name, doc, documented=name in defined)
    comparison = comparer.finish(unplaced_tables=False)
    others = sorted(defined - {str(t.name) for t, _ in matches})
    if others:
        comparison.notes.append(f"structures our specs do not define (not compared): {', '.join(others)}")
    names = ", ".join(sorted({str(t.name) for t, _ in matches})) or "(none of ours)"
    return SourceResult(page.name, CHECKED, f"data structures {names}", comparisons=[comparison],
                        unreadable=page.unreadable)  # fmt: skip


def check(entries: list[str], specs: list[Path] | None = None) -> Report:
    checker = Checker(SpecIndex({path: load(path) for path in specs or spec_files()}))
    return Report(TOOL, [checker.page(page) for page in page_inputs(entries)])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="+", help="doc pages (text or HTML), folders of them, or http(s) URLs")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--spec", action="append", type=Path, help="compare with these specs (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    try:
        report = check(args.pages, args.spec)
    except (UnusableInput, SpecError) as exc:
        return emit_unusable(TOOL, exc, as_json=args.json)
    return report.emit(as_json=args.json)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
