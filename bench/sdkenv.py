"""The official SDKs' environment (.venv-bench): where it is, what it holds, how to run it safely.

`make bench` builds it from bench/requirements.txt; without it the official rows are skipped with the
reason. Processes run there get a temporary HOME, because huaweicloudsdkcore writes
$HOME/.huaweicloud/application_id (its User-Agent telemetry id) when a client is built, and no
PYTHONPATH, so they cannot see our packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

from .processes import ROOT, loopback_env

DEFAULT_VENV = ROOT / ".venv-bench"


class SdkEnv:
    def __init__(self, venv: Path = DEFAULT_VENV) -> None:
        self.venv = venv
        self.home = Path(tempfile.mkdtemp(prefix="bench-sdk-home-"))
        self._versions: dict[str, str | None] = {}

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def env(self) -> dict[str, str]:
        env = loopback_env()
        env.pop("PYTHONPATH", None)
        env["HOME"] = str(self.home)
        return env

    def version(self, distribution: str) -> str | None:
        """The installed version of `distribution` in the environment, None if it is not there."""
        if distribution not in self._versions:
            found = None
            if self.python.is_file():
                code = f"from importlib.metadata import version; print(version({distribution!r}))"
                result = subprocess.run([str(self.python), "-c", code], cwd=ROOT, env=self.env(),
                                        capture_output=True, text=True)  # fmt: skip
                found = result.stdout.strip() if result.returncode == 0 else None
            self._versions[distribution] = found
        return self._versions[distribution]

    def missing(self, distribution: str) -> str | None:
        """Why rows of `distribution` cannot run (the table shows it), or None when they can."""
        if not self.python.is_file():
            return f"official SDK not measured: {_shown(self.venv)}/ is absent (`make bench` installs it)"
        if self.version(distribution) is None:
            where = _shown(self.venv)
            return f"official SDK not measured: {distribution} is not in {where}/ (pin it in bench/requirements.txt)"
        return None

    def close(self) -> None:
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return os.fspath(path)
