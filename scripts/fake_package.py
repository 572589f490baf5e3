"""Build what the fake cloud's package carries from the repository: the specs it serves and its coverage table.

  fakecloud/src/fakecloud/specs/<name>.yaml   byte-identical copies of specs/<name>.yaml (an installed fake
                                              never reads the repository)
  fakecloud/COVERAGE.md                       the coverage table, rendered from those specs and the fake's
                                              routes (fakecloud.coverage)

Usage:
  python scripts/fake_package.py            write them (`make generate`)
  python scripts/fake_package.py --check    list every file that differs from what specs/ produce, exit 1
                                            if any (`make test`)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from fakecloud import FakeCloud, Settings
from fakecloud.coverage import REPOSITORY_ORIGIN, render

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
PACKAGE_SPECS = ROOT / "fakecloud" / "src" / "fakecloud" / "specs"
COVERAGE = ROOT / "fakecloud" / "COVERAGE.md"


def expected_files(specs: Path = SPECS_DIR) -> dict[Path, bytes]:
    """Every file this script owns, as specs/ makes it."""
    files = {PACKAGE_SPECS / spec.name: spec.read_bytes() for spec in sorted(specs.glob("*.yaml"))}
    with tempfile.TemporaryDirectory(prefix="fake-specs-") as folder:
        for path, content in files.items():
            (Path(folder) / path.name).write_bytes(content)
        files[COVERAGE] = render(FakeCloud(Settings(), specs=Path(folder)), REPOSITORY_ORIGIN).encode("utf-8")
    return files


def differences(expected: dict[Path, bytes]) -> list[str]:
    found = [f"{path.relative_to(ROOT)} ({'content differs' if path.exists() else 'missing'})"
             for path, content in expected.items() if not path.is_file() or path.read_bytes() != content]  # fmt: skip
    found += [f"{path.relative_to(ROOT)} (no spec in specs/ produces it)"
              for path in sorted(PACKAGE_SPECS.glob("*.yaml")) if path not in expected]  # fmt: skip
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the files differ from what specs/ produce")
    args = parser.parse_args(argv)
    expected = expected_files()
    problems = differences(expected)
    if args.check:
        if problems:
            print("the fake's package is not what specs/ produce; run `make generate` and commit:", file=sys.stderr)
            for line in problems:
                print(f"  {line}", file=sys.stderr)
            return 1
        print(f"fakecloud/ matches specs/ ({len(expected) - 1} spec(s) and COVERAGE.md)")
        return 0
    PACKAGE_SPECS.mkdir(parents=True, exist_ok=True)
    for path in sorted(PACKAGE_SPECS.glob("*.yaml")):
        if path not in expected:
            path.unlink()
    for path, content in expected.items():
        if not path.is_file() or path.read_bytes() != content:
            path.write_bytes(content)
            print(f"{path.relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
