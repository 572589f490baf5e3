"""Regeneration time: `make generate FORCE=1` (every package rebuilt) and a no-op `make generate`.

Wall time of the real make targets, as a developer runs them (make, the up-to-date check of .venv,
the interpreter's start, the inputs hash). The full run rewrites generated/ with the same bytes:
generation is deterministic (tests/pipeline pins that), so the working tree does not change unless
specs/ or overrides/ already differ from generated/ — exactly what `make generate` would do then.
"""

from __future__ import annotations

import os
import subprocess
import time
from typing import Any

from .processes import ROOT
from .settings import Settings
from .stats import median


def _timed(*arguments: str) -> float:
    command = [os.environ.get("MAKE", "make"), "-s", "generate", *arguments]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{(result.stdout + result.stderr)[-2000:]}")
    return elapsed


def _summary(samples: list[float]) -> dict[str, Any]:
    if not samples:
        return {"skipped": "not run with these settings (--quick)"}
    return {"s_median": median(samples), "s_min": min(samples), "runs": len(samples)}


def measure(settings: Settings) -> dict[str, Any]:
    full = [_timed("FORCE=1") for _ in range(settings.regen_full)]
    noop = [_timed() for _ in range(settings.regen_noop)]
    return {"full": _summary(full), "noop": _summary(noop)}
