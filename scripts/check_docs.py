"""Doc-drift check: do the vendor doc pages in the given folders still agree with specs/?

Reads every text file under the folders (recursively, any file name), recognises the operation each
page documents by its content (method + URI, or action name) — or the data structures it defines —
and compares the documented fields with the spec (see scripts/docdrift/).

Usage: python scripts/check_docs.py [--json] FOLDER [FOLDER ...]
Exit status: 0 in agreement, 1 drift found, 2 unusable input (the message names the file and why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docdrift.compare import compare_operation, compare_structure
from docdrift.pages import parse_page
from docdrift.recognize import identify
from docdrift.report import PageResult, Report
from docdrift.specs import SpecIndex
from spec_check import SpecError, load, spec_files


class UnusableInput(Exception):
    """A folder or file the check cannot read."""


def _files(folders: list[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if not folder.exists():
            raise UnusableInput(f"{folder}: no such folder")
        found += [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file())
    pages = [p for p in found if not any(part.startswith(".") for part in p.parts[-1:])]
    if not pages:
        raise UnusableInput(f"{', '.join(map(str, folders))}: no doc pages found")
    return pages


def _read(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnusableInput(f"{path}: binary file, not a page saved as text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnusableInput(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def check_page(path: Path, text: str, index: SpecIndex) -> PageResult:
    page = parse_page(path, text)
    identity = identify(text, index.actions)
    operation = index.find(identity) if identity else None
    if operation is not None:
        subject = f"{operation.doc.path.name} {operation.operation_id} ({identity})"
        comparison = compare_operation(page, operation)
        if comparison.compared == 0:
            return PageResult(path, "not covered", subject, f"{identity}: no field tables found on the page")
        return PageResult(path, "checked", subject, comparisons=[comparison])
    structures = [(t, found) for t in page.area("object") if t.name and (found := index.structures(t.name))]
    if structures:
        comparisons = [
            compare_structure(page, table, doc, schema) for table, found in structures for doc, schema in found
        ]
        names = ", ".join(sorted({str(t.name) for t, _ in structures}))
        return PageResult(path, "checked", f"data structures {names}", comparisons=comparisons)
    if identity is not None:
        return PageResult(path, "not covered", reason=f"{identity} is not an operation of our specs")
    return PageResult(path, "not covered", reason="names no operation (not an API reference page)")


def check(folders: list[Path], specs: list[Path] | None = None) -> Report:
    index = SpecIndex({path: load(path) for path in specs or spec_files()})
    results = [check_page(path, _read(path), index) for path in _files(folders)]
    common = Path(*Path.cwd().parts)
    return Report(results, common)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of doc pages saved as text")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--spec", action="append", type=Path, help="compare with these specs (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    try:
        report = check(args.folders, args.spec)
    except (UnusableInput, SpecError) as exc:
        print(f"check-docs: unusable input: {exc}", file=sys.stderr)
        return 2
    print(report.as_json() if args.json else report.as_text())
    return 1 if report.drift else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
