"""Results as JSON files (bench/results/<UTC timestamp>.json, not committed) and what the machine was.

A result file is one dict: `meta` (when, where, which commit, the settings) and one key per section.
`flatten` turns any result into {"section.api.row.metric": number} for comparisons.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .processes import ROOT

RESULTS_DIR = ROOT / "bench" / "results"


def _git(*arguments: str) -> str | None:
    result = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


def metadata(settings: dict[str, object], quick: bool) -> dict[str, Any]:
    dirty = _git("status", "--porcelain", "--", "specs", "overrides", "generated", "bench")
    return {
        "started": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(dirty) if dirty is not None else None,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "quick": quick,
        "settings": settings,
    }


def default_path(meta: dict[str, Any]) -> Path:
    return RESULTS_DIR / f"{meta['started'].replace(':', '').replace('-', '')}.json"


def write(results: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read(path: Path) -> dict[str, Any]:
    value = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(value, dict) or "meta" not in value:
        raise ValueError(f"{path}: not a benchmark result (no 'meta')")
    return value


def flatten(value: Any, prefix: str = "") -> dict[str, float]:
    """Every number in `value` (lists of samples and the metadata left out), keyed by its dotted path."""
    found: dict[str, float] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if prefix == "" and key == "meta":
                continue
            found.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        found[prefix] = float(value)
    return found
