"""Where the definitions come from.

Pinned (the default): the Huawei SDKs installed in .venv-bench from bench/requirements.txt, and tccli's
api.json read from the tccli wheel of the version pinned there as a comment line
(`# definitions-only: tccli==X`), fetched with `pip download --no-deps` into .cache/sdk-definitions/
(git-ignored) — never installed: tccli pulls a full tencentcloud-sdk-python that would replace the
pinned SDKs. Latest: the newest releases, installed into a scratch environment in a temporary folder.
Failures raise UnusableDefinitions naming what could not be obtained.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .definitions import SdkDefinitions, huawei, tencent

ROOT = Path(__file__).resolve().parents[2]
BENCH_REQUIREMENTS = ROOT / "bench" / "requirements.txt"
CACHE = ROOT / ".cache" / "sdk-definitions"
HUAWEI_SDKS = {"huaweicloudsdkmetastudio": "v1", "huaweicloudsdkmoderation": "v3"}
TENCENT_APIS = {"ams": "v20201229"}
_DUMPER = Path(__file__).with_name("huawei_dump.py")


class UnusableDefinitions(Exception):
    """An SDK or definitions file that cannot be obtained or read."""


def pinned_tccli(requirements: Path = BENCH_REQUIREMENTS) -> str:
    """The tccli version pinned in bench/requirements.txt (`# definitions-only: tccli==X`)."""
    text = requirements.read_text(encoding="utf-8")
    found = re.search(r"^#\s*definitions-only:\s*tccli==(\S+)", text, re.M)
    if found is None:
        raise UnusableDefinitions(f"{requirements}: no `# definitions-only: tccli==<version>` line pins tccli")
    return found.group(1)


_UNREACHABLE = re.compile(
    r"Retrying \(|NewConnectionError|ProxyError|ConnectTimeout|ReadTimeout|Could not fetch URL|Connection refused"
    r"|Temporary failure in name resolution|Name or service not known|Network is unreachable"
)


def _run(command: list[str], what: str, *, fetches: bool = False) -> str:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        offline = f"without network, put the wheel into {CACHE}"
        if fetches and (found := _UNREACHABLE.search(result.stderr)):
            raise UnusableDefinitions(f"{what}: the package index could not be reached ({found.group()}...; pip "
                                      f"said: {tail}); {offline}")  # fmt: skip
        if fetches and "No matching distribution" in tail:
            raise UnusableDefinitions(f"{what}: {tail}: the version is not on the package index, or the index "
                                      f"could not be reached; {offline}")  # fmt: skip
        raise UnusableDefinitions(f"{what}: {tail}")
    return result.stdout


def huawei_definitions(python: Path) -> list[SdkDefinitions]:
    if not python.exists():
        raise UnusableDefinitions(f"{python}: no such interpreter (run `make check-sdk`, which builds .venv-bench)")
    specs = [f"{package}:{version}" for package, version in HUAWEI_SDKS.items()]
    output = _run([str(python), str(_DUMPER), *specs], f"reading the Huawei SDK models with {python}")
    dumps: list[dict[str, Any]] = json.loads(output)
    return [_usable(huawei(dump), "its client defines no operations") for dump in dumps]


def tencent_definitions(wheel: Path) -> list[SdkDefinitions]:
    found = []
    try:
        with zipfile.ZipFile(wheel) as archive:
            for service, version in TENCENT_APIS.items():
                api = json.loads(archive.read(f"tccli/services/{service}/{version}/api.json"))
                label = f"tccli {wheel.name.split('-')[1]} api.json {service} {version}"
                found.append(tencent(api, label))
    except (OSError, KeyError, TypeError, AttributeError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise UnusableDefinitions(f"{wheel}: cannot read api.json ({type(exc).__name__}: {exc})") from None
    return [_usable(sdk, "its api.json defines no actions") for sdk in found]


def _usable(sdk: SdkDefinitions, why: str) -> SdkDefinitions:
    """Definitions of a product we have a spec for must define something: empty ones cannot agree."""
    if not sdk.operations:
        raise UnusableDefinitions(f"{sdk.label}: {why} (an empty or truncated definitions file?)")
    return sdk


def _tccli_wheel(requirement: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    version = requirement.partition("==")[2]
    cached = sorted(folder.glob(f"tccli-{version}-*.whl")) if version else []
    if cached:
        return cached[-1]
    before = set(folder.glob("tccli-*.whl"))
    _run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "--dest",
          str(folder), requirement], f"pip download --no-deps {requirement}", fetches=True)  # fmt: skip
    downloaded = sorted(set(folder.glob("tccli-*.whl")) - before) or sorted(folder.glob(f"tccli-{version}*.whl"))
    if not downloaded:
        raise UnusableDefinitions(f"pip download --no-deps {requirement}: no wheel in {folder}")
    return downloaded[-1]


def pinned(bench_python: Path = ROOT / ".venv-bench" / "bin" / "python") -> list[SdkDefinitions]:
    wheel = _tccli_wheel(f"tccli=={pinned_tccli()}", CACHE)
    return huawei_definitions(bench_python) + tencent_definitions(wheel)


@contextmanager
def latest() -> Iterator[list[SdkDefinitions]]:
    """The newest releases, installed into a scratch environment that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="check-sdk-latest-") as scratch:
        venv = Path(scratch) / "venv"
        _run([sys.executable, "-m", "venv", str(venv)], "creating a scratch environment")
        python = venv / "bin" / "python"
        _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade",
              *HUAWEI_SDKS], "pip install the newest Huawei SDKs", fetches=True)  # fmt: skip
        wheel = _tccli_wheel("tccli", Path(scratch) / "wheels")
        yield huawei_definitions(python) + tencent_definitions(wheel)
