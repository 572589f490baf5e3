"""One `make bench` run: every section for every API, the targets, the table and the JSON file."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import imports, load, pacing, percall, regen, report, results, targets, waiters
from .apis import APIS
from .apis.case import Case
from .sdkenv import SdkEnv
from .settings import Settings

SECTIONS = ("percall", "imports", "regen", "load", "waiters", "pacing")


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(settings: Settings, *, quick: bool, sections: Sequence[str], apis: Sequence[Case], sdk: SdkEnv,
        out: Path | None) -> tuple[dict[str, Any], Path]:  # fmt: skip
    found: dict[str, Any] = {"meta": results.metadata(settings.as_dict(), quick)}
    found["meta"]["official_sdk_env"] = str(sdk.venv)
    per_api: dict[str, Callable[[Case], dict[str, Any]]] = {
        "percall": lambda case: percall.measure(case, settings, sdk),
        "imports": lambda case: imports.measure(case, settings, sdk),
        "load": lambda case: load.measure(case, settings),
        "waiters": lambda case: waiters.measure(case, settings),
    }
    for section in SECTIONS:
        if section not in sections:
            continue
        if section == "regen":
            _progress("regeneration")
            found["regen"] = regen.measure(settings)
            continue
        if section == "pacing":
            _progress(f"pacing [ams]: moderate() of {settings.pacing_media} media against the fake's rate limit")
            found["pacing"] = pacing.measure(settings)
            continue
        found[section] = {}
        for case in apis:
            if (section == "load" and case.load is None) or (section == "waiters" and case.simulate_wait is None):
                continue
            _progress(f"{section} [{case.name}]")
            found[section][case.name] = per_api[section](case)
    found["targets"] = targets.evaluate(found, [case.name for case in apis])
    path = results.write(found, out or results.default_path(found["meta"]))
    return found, path


def main(settings: Settings, *, quick: bool, sections: Sequence[str], api_names: Sequence[str], sdk_venv: Path,
         out: Path | None) -> int:  # fmt: skip
    apis = [case for case in APIS if not api_names or case.name in api_names]
    with SdkEnv(sdk_venv) as sdk:
        found, path = run(settings, quick=quick, sections=sections, apis=apis, sdk=sdk, out=out)
    print(report.render(found))
    print(f"\nresults written to {path}")
    return 0
