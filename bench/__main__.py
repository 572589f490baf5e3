"""`python -m bench run|compare|profile` (what `make bench`, `make bench-compare` and `make bench-profile` call)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import compare, profiling
from . import run as bench_run
from .apis import APIS
from .sdkenv import DEFAULT_VENV
from .settings import FULL, QUICK


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="measure, print the table, write bench/results/<timestamp>.json")
    run.add_argument("--quick", action="store_true", help="tiny counts: checks the code runs, numbers meaningless")
    run.add_argument("--only", default=",".join(bench_run.SECTIONS), help="comma-separated sections (default: all)")
    run.add_argument("--api", action="append", default=[], choices=[c.name for c in APIS], help="only this API")
    run.add_argument("--sdk-venv", type=Path, default=Path(os.environ.get("BENCH_SDK_VENV", DEFAULT_VENV)),
                     help="environment holding the official SDKs (default: .venv-bench)")  # fmt: skip
    run.add_argument("--out", type=Path, help="result file (default: bench/results/<timestamp>.json)")
    diff = commands.add_parser("compare", help="compare two result files")
    diff.add_argument("a", type=Path)
    diff.add_argument("b", type=Path)
    prof = commands.add_parser("profile", help="cProfile our per-call cost against the loopback server")
    prof.add_argument("--api", action="append", default=[], choices=[c.name for c in APIS],
                      help="only this API (default: every API)")  # fmt: skip
    prof.add_argument("--calls", type=int, default=3000)
    prof.add_argument("--asyncio", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "compare":
        print(compare.compare(args.a, args.b))
        return 0
    if args.command == "profile":
        return profiling.main(args.api or [c.name for c in APIS], args.calls, args.asyncio)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(sections) - set(bench_run.SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; known: {', '.join(bench_run.SECTIONS)}")
    settings = QUICK if args.quick else FULL
    return bench_run.main(settings, quick=args.quick, sections=sections, api_names=args.api,
                          sdk_venv=args.sdk_venv.resolve(), out=args.out)  # fmt: skip


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
