"""SDK-drift check: do the vendors' own machine-readable definitions still agree with specs/?

Compares every operation our specs define with the vendor's definition of it, field by field and
recursively, honouring the specs' pinned x-decisions (a decision's `source` names the SDK:
huaweicloudsdkmetastudio, huaweicloudsdkmoderation, or tccli): the Huawei SDKs' model classes
(operations matched by method and path, not by name) and the api.json of tccli for Tencent AMS
(matched by action, product and version). An SDK operation of one of our API groups (or of our Tencent
product and version) that our specs do not define is drift unless the spec lists it under x-not-covered,
as on a doc page; operations of other groups are counted as not covered. An operation of our specs the
SDK does not define is drift. See scripts/sdkdrift/.

Usage: python scripts/check_sdk.py [--json] [--latest]
  default   the pinned SDKs (bench/requirements.txt, installed in .venv-bench; tccli pinned there too)
  --latest  the newest releases, in a scratch environment (never in CI)
Exit status: 0 agrees, 1 drift (or a stale decision), 2 unusable input (definitions that cannot be
obtained or read). The last line of the text report states the outcome.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from drift.compare import Comparer, Finding
from drift.report import CHECKED, NOT_COVERED, Report, SourceResult, emit_unusable
from sdkdrift.definitions import SdkDefinitions, SdkOperation
from sdkdrift.obtain import UnusableDefinitions, latest, pinned
from spec_check import SpecError, load, spec_files
from specmodel.document import SpecIndex, SpecOperation, path_matches, product_of

TOOL = "check-sdk"


def _service(operation: SpecOperation) -> str | None:
    """The service a Huawei spec's server names (metastudio of metastudio.{region}.myhuaweicloud.com)."""
    servers = operation.doc.document.get("servers", [])
    host = urlparse(servers[0]["url"]).hostname or "" if servers else ""
    return host.split(".")[0] if "myhuaweicloud" in host else None


def _ours(sdk: SdkDefinitions, index: SpecIndex) -> list[SpecOperation]:
    """The operations of our specs that belong to the SDK's product."""
    if sdk.product is not None:
        return [op for op in index.operations if op.rpc and product_of(op.doc.document) == sdk.product]
    service = sdk.source.name.removeprefix("huaweicloudsdk")
    return [op for op in index.operations if not op.rpc and _service(op) == service]


def _matches(operation: SdkOperation, ours: list[SpecOperation]) -> list[SpecOperation]:
    if operation.action is not None:
        return [op for op in ours if op.operation_id == operation.action]
    return [
        op for op in ours
        if op.method.upper() == operation.method and path_matches(op.path, operation.path or "") is not None
        and path_matches(operation.path or "", op.path) is not None
    ]  # fmt: skip


def _of_our_api(
    operation: SdkOperation, sdk: SdkDefinitions, ours: list[SpecOperation], index: SpecIndex
) -> str | None:
    """How an operation our specs do not define belongs to our API, if it does: an action of our Tencent
    product and version, or a path in one of our API groups (the paths a spec's operations share, whatever
    the version)."""
    if sdk.product is not None:
        return f"an action of our product ({ours[0].doc.path.name}) that the spec does not define" if ours else None
    group = index.group_of(operation.path or "")
    return f"in our API group {group[1]} ({group[0]}) but the spec does not define it" if ours and group else None


def check_definitions(sdk: SdkDefinitions, index: SpecIndex) -> list[SourceResult]:
    ours = _ours(sdk, index)
    comparer = Comparer(sdk.source)
    results: list[SourceResult] = []
    matched: set[str] = set()
    uncovered: list[SdkOperation] = []
    for operation in sdk.operations:
        found = _matches(operation, ours)
        if not found:
            uncovered.append(operation)
        for op in found:
            matched.add(op.operation_id)
            comparer.operation(operation.documented, op)
            subject = f"{op.doc.path.name} {op.operation_id}"
            results.append(SourceResult(f"{sdk.label}: {operation}", CHECKED, subject, comparisons=[comparer.drain()]))
    missing = [op for op in ours if op.operation_id not in matched]
    stale = comparer.finish(unplaced_tables=False)
    for op in missing:
        stale.findings.append(Finding("missing operation", f"{op.doc.path.name} {op.operation_id}",
                                      f"{op.method.upper()} {op.path} is not an operation of {sdk.label}"))  # fmt: skip
    others = 0
    product = sdk.product or (None, None)
    for operation in uncovered:
        name = f"{sdk.label}: {operation}"
        listed = index.not_covered_for(operation.method, operation.path, operation.action, *product)
        of_ours = _of_our_api(operation, sdk, ours, index)
        if listed is not None:
            why = f"{listed.operation} is not covered by {listed.doc.path.name} (x-not-covered: {listed.why})"
            results.append(SourceResult(name, NOT_COVERED, reason=why))
        elif of_ours is not None:  # as on a doc page: a new operation of our API is drift
            message = f"{of_ours}: add it, or list it under x-not-covered with the reason"
            stale.findings.append(Finding("undefined operation", name, message))
        elif sdk.product is not None:
            results.append(SourceResult(name, NOT_COVERED, reason="not an operation of our specs"))
        else:
            others += 1
    if stale.findings:
        results.append(SourceResult(sdk.label, CHECKED, "operations and decisions", comparisons=[stale]))
    if others:
        groups = sorted({group for op in ours if (group := index.group_of(op.path))})
        prefixes = ", ".join(f"{prefix}..." for _, prefix in groups)
        reason = f"{others} more operations of other API groups than ours ({prefixes}): not in our specs"
        results.append(SourceResult(sdk.label, NOT_COVERED, reason=reason))
    if not ours:
        results.append(SourceResult(sdk.label, NOT_COVERED, reason="no spec of ours is of its product"))
    return results


def check(definitions: list[SdkDefinitions], specs: list[Path] | None = None) -> Report:
    index = SpecIndex({path: load(path) for path in specs or spec_files()})
    results = [result for sdk in definitions for result in check_definitions(sdk, index)]
    return Report(TOOL, results, unit="SDK operations")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--latest", action="store_true", help="check against the newest releases (not in CI)")
    parser.add_argument("--spec", action="append", type=Path, help="compare with these specs (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    try:
        if args.latest:
            if os.environ.get("CI"):
                raise UnusableDefinitions("--latest (SDK=latest) never runs in CI: it installs whatever is newest")
            with latest() as definitions:
                report = check(definitions, args.spec)
        else:
            report = check(pinned(), args.spec)
    except (UnusableDefinitions, SpecError) as exc:
        return emit_unusable(TOOL, exc, as_json=args.json)
    return report.emit(as_json=args.json)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
