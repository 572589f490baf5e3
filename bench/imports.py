"""Import time and memory of each generated package vs the official SDK, in fresh processes.

Each sample is a new interpreter that imports the modules a user needs for the call (our package; the
official SDK's service module, plus e.g. its credentials when that module does not import them) and
reports the wall time of that import, the growth of its resident memory and how many modules it
loaded. Ours and the official one alternate; one discarded round first makes sure both read compiled
.pyc files. Medians over `import_repeats` rounds.

Both sides are measured in .venv-bench, a clean environment holding the SDKs and our packages'
runtime dependencies only. Without it ours is measured in .venv and says so: there httpx also
imports its command-line interface (click, rich), which a user's `pip install` does not bring.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .apis.case import Case
from .processes import ROOT, loopback_env
from .sdkenv import SdkEnv
from .settings import Settings
from .stats import median

PROBE = """
import importlib, json, os, sys, time

def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

modules, memory = len(sys.modules), rss()
started = time.perf_counter()
for name in sys.argv[1:]:
    importlib.import_module(name)
elapsed = time.perf_counter() - started
print(json.dumps({"ms": elapsed * 1000, "rss_mib": (rss() - memory) / 2**20, "modules": len(sys.modules) - modules}))
"""


def _sample(python: str, modules: Sequence[str], env: Mapping[str, str]) -> dict[str, float]:
    result = subprocess.run([python, "-c", PROBE, *modules], cwd=ROOT, env=dict(env), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"importing {' + '.join(modules)} failed:\n{result.stderr[-2000:]}")
    sample: dict[str, float] = json.loads(result.stdout)
    return sample


def _summary(samples: list[dict[str, float]], modules: Sequence[str]) -> dict[str, Any]:
    return {
        "module": " + ".join(modules),
        "ms_median": median([s["ms"] for s in samples]),
        "ms_min": min(s["ms"] for s in samples),
        "rss_mib_median": median([s["rss_mib"] for s in samples]),
        "modules": int(median([s["modules"] for s in samples])),
    }


def _project(package: str) -> Path:
    for init in sorted(ROOT.glob(f"generated/*/{package}/__init__.py")):
        return init.parent.parent
    raise FileNotFoundError(f"no generated/<project>/{package}/ (run `make generate`)")


def _ours(case: Case, sdk: SdkEnv) -> tuple[str, dict[str, str], str]:
    """Interpreter, environment and a description of where our package is imported."""
    if sdk.version("httpx") and sdk.version("attrs"):
        env = sdk.env()
        env["PYTHONPATH"] = str(_project(case.package))
        return str(sdk.python), env, ".venv-bench (only the package's runtime dependencies)"
    return sys.executable, loopback_env(), ".venv (dev environment: there httpx also imports click and rich)"


def measure(case: Case, settings: Settings, sdk: SdkEnv) -> dict[str, Any]:
    python, env, where = _ours(case, sdk)
    official = [case.official_module, *case.official_also_imports]
    sides = {"ours": (python, [case.package], env)}
    reason = sdk.missing(case.official_distribution)
    if reason is None:
        sides["official"] = (str(sdk.python), official, sdk.env())
    samples: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
    for round_ in range(settings.import_repeats + 1):
        for side, (python, modules, env) in sides.items():
            sample = _sample(python, modules, env)
            if round_:
                samples[side].append(sample)
    result: dict[str, Any] = {side: _summary(samples[side], sides[side][1]) for side in sides}
    result["ours"]["environment"] = where
    if reason is not None:
        result["official"] = {"module": " + ".join(official), "skipped": reason}
    else:
        result["ours_over_official"] = result["ours"]["ms_median"] / result["official"]["ms_median"]
        result["rss_ours_over_official"] = result["ours"]["rss_mib_median"] / result["official"]["rss_mib_median"]
    return result
