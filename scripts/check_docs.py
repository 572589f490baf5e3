"""Doc-drift check: do the vendor doc pages still agree with specs/?

Reads every page given: files saved as text or HTML, folders of them (recursively, any file name) and
http(s):// URLs. Recognises the operations each page documents by its content (method + URI, or the
action of a Tencent product and version) — or the data structures it defines — and compares every
property it documents with the spec, honouring the spec's pinned x-decisions (see scripts/drift/).

Usage: python scripts/check_docs.py [--json] PAGE_OR_FOLDER_OR_URL [...]
Exit status: 0 agrees, 1 drift (or a stale decision), 2 unusable input (a page, folder or URL that
cannot be read, or a checked page with rows the reader could not read). The last line of the text
report states the outcome.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docdrift.html import canonical_url, looks_like_html, parse_html
from docdrift.inputs import PageInput, UnusableInput, page_inputs
from docdrift.pages import Page, parse_text
from docdrift.recognize import identify, operations_for, product_of, tencent_product
from drift.compare import Comparer
from drift.report import CHECKED, NOT_COVERED, UNUSABLE, Report, SourceResult
from spec_check import SpecError, load, spec_files
from specmodel.document import SpecIndex

TOOL = "check-docs"


def read_page(page: PageInput) -> tuple[Page, tuple[str, ...]]:
    """The page's tables, and the names decisions may use for it besides its file name or URL."""
    if looks_like_html(page.text):
        canonical = canonical_url(page.text)
        return parse_html(page.name, page.text), (*page.aliases, *([canonical] if canonical else []))
    return parse_text(page.name, page.text), page.aliases


def check_page(page_input: PageInput, index: SpecIndex) -> SourceResult:
    if page_input.problem is not None:
        return SourceResult(page_input.name, UNUSABLE, reason=page_input.problem)
    if not page_input.text.strip():
        return SourceResult(page_input.name, NOT_COVERED, reason="an empty page (no text)")
    page, aliases = read_page(page_input)
    page.notes += page_input.notes
    identities, skipped = identify(page.text)
    source = page.source(*aliases)
    operations, reasons = [], []
    for identity in identities:
        found, reason = operations_for(identity, index)
        operations += [(identity, op) for op in found]
        reasons += [reason] if reason else []
    if operations:
        if not page.tables:
            names = ", ".join(f"{op.operation_id} ({identity})" for identity, op in operations)
            return SourceResult(page.name, NOT_COVERED, reason=f"{names}: no parameter tables on the page",
                                unreadable=page.unreadable)  # fmt: skip
        comparer = Comparer(source)
        for _, op in operations:
            comparer.operation(page.operation(), op)
        comparison = comparer.finish()
        comparison.notes += page.notes + [f"{u}" for u in skipped] + reasons
        subject = "; ".join(f"{op.doc.path.name} {op.operation_id} ({identity})" for identity, op in operations)
        return SourceResult(page.name, CHECKED, subject, comparisons=[comparison], unreadable=page.unreadable)
    structures = _structures(page, index)
    if structures is not None:
        return structures
    if identities:
        return SourceResult(page.name, NOT_COVERED, reason="; ".join(reasons), unreadable=[*skipped, *page.unreadable])
    if page.tables:
        return SourceResult(page.name, NOT_COVERED, reason="has field tables but names no operation (no URI, no "
                            "action)", unreadable=page.unreadable)  # fmt: skip
    return SourceResult(page.name, NOT_COVERED, reason="names no operation and has no parameter tables (not an "
                        "API reference page)")  # fmt: skip


def _structures(page: Page, index: SpecIndex) -> SourceResult | None:
    """A page of data structures (tables named like our component schemas), compared with them."""
    named = [t for t in page.area("object") if t.name]
    matches = [(t, found) for t in named if (found := index.structures(str(t.name)))]
    if not matches:
        return None
    service, version = tencent_product(page.text)
    for _, found in matches[:1]:
        ours = product_of(found[0][0].document)
        if (service and ours[0] and service != ours[0]) or (version and ours[0] and version != ours[1]):
            theirs = f"{service or '?'} {version or '?'}"
            reason = f"data structures of {theirs}, another product or version than our {ours[0]} {ours[1]}"
            return SourceResult(page.name, NOT_COVERED, reason=reason)
    source = page.source()
    comparer = Comparer(source)
    for table, found in matches:
        for doc, schema in found:
            objects = [o for o in source.objects if o.name == table.name]
            comparer.structure(objects[0], doc, schema)
    comparison = comparer.finish(unplaced_tables=False)
    others = sorted({str(t.name) for t in named} - {str(t.name) for t, _ in matches})
    if others:
        comparison.notes.append(f"structures our specs do not define (not compared): {', '.join(others)}")
    names = ", ".join(sorted({str(t.name) for t, _ in matches}))
    return SourceResult(page.name, CHECKED, f"data structures {names}", comparisons=[comparison],
                        unreadable=page.unreadable)  # fmt: skip


def check(entries: list[str], specs: list[Path] | None = None) -> Report:
    index = SpecIndex({path: load(path) for path in specs or spec_files()})
    results = [check_page(page, index) for page in page_inputs(entries)]
    return Report(TOOL, results)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="+", help="doc pages (text or HTML), folders of them, or http(s) URLs")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--spec", action="append", type=Path, help="compare with these specs (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    try:
        report = check(args.pages, args.spec)
    except (UnusableInput, SpecError) as exc:
        if args.json:
            print(json.dumps({"outcome": "unusable input", "error": str(exc), "results": []}, ensure_ascii=False))
        print(f"{TOOL}: unusable input: {exc}", file=sys.stderr)
        return 2
    return report.emit(as_json=args.json)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
