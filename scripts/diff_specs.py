"""Breaking-change report: each spec and generated package against its version at a git ref.

Usage: python scripts/diff_specs.py [--base REF] [--json]     (REF defaults to HEAD)
Compares specs/*.yaml and generated/ in the working tree with the same files at REF; prints every
change, marked BREAKING when code written against the old generated client can break.
Exit status: 0 nothing breaking, 1 something breaking, 2 REF or a spec cannot be read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_check import ROOT, SpecError, load, spec_files
from specdiff import Change
from specdiff.api_changes import api_changes, public_api
from specdiff.spec_changes import operation_changes
from specmodel.document import SpecIndex


class BaseUnavailable(Exception):
    pass


def _base_tree(ref: str, folder: Path) -> None:
    """Extract specs/ and generated/ as they are at `ref` into `folder`."""
    result = subprocess.run(["git", "archive", "--format=tar", ref, "specs", "generated"], cwd=ROOT,
                            capture_output=True)  # fmt: skip
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        if "did not match any files" in message:  # a ref from before generated/ existed
            result = subprocess.run(["git", "archive", "--format=tar", ref, "specs"], cwd=ROOT, capture_output=True)
        if result.returncode != 0:
            raise BaseUnavailable(f"{ref}: {result.stderr.decode(errors='replace').strip() or message}")
    with tarfile.open(fileobj=BytesIO(result.stdout)) as archive:
        archive.extractall(folder, filter="data")


def report(ref: str) -> dict[str, list[Change]]:
    sections: dict[str, list[Change]] = {}
    with tempfile.TemporaryDirectory(prefix="diff-specs-") as tmp:
        base = Path(tmp)
        _base_tree(ref, base)
        names = sorted({p.name for p in spec_files()} | {p.name for p in (base / "specs").glob("*.yaml")})
        for name in names:
            current, before = ROOT / "specs" / name, base / "specs" / name
            new_doc = load(current) if current.exists() else {"paths": {}}
            old_doc = yaml.safe_load(before.read_text(encoding="utf-8")) if before.exists() else {"paths": {}}
            old_index, new_index = SpecIndex({before: old_doc}), SpecIndex({current: new_doc})
            sections[f"specs/{name}"] = list(operation_changes(old_index, new_index))
            for document in (old_doc, new_doc):
                client = document.get("info", {}).get("x-client")
                if client:
                    project, package = client["project"], client["package"]
                    old_api = public_api(base / "generated" / project / package)
                    new_api = public_api(ROOT / "generated" / project / package)
                    sections[f"generated/{project}"] = list(api_changes(old_api, new_api))
                    break
    return sections


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="git ref to compare with (default HEAD)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        sections = report(args.base)
    except (BaseUnavailable, SpecError) as exc:
        print(f"diff-specs: {exc}", file=sys.stderr)
        return 2
    breaking = sum(c.breaking for changes in sections.values() for c in changes)
    if args.json:
        payload = {k: [c.__dict__ for c in v] for k, v in sections.items()}
        print(json.dumps({"base": args.base, "breaking": breaking, "sections": payload}, indent=2))
    else:
        for section, changes in sections.items():
            print(f"{section}: {len(changes)} change(s) since {args.base}" if changes else f"{section}: unchanged")
            for change in sorted(changes, key=lambda c: (not c.breaking, c.where)):
                print(f"  {change}")
        print(f"{breaking} breaking change(s)" if breaking else "no breaking changes")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
