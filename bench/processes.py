"""Helper processes spoken to by lines: a command on stdin, one JSON object per reply on stdout.

Used for the loopback server and the per-call workers. stderr goes to a temporary file and is shown
when the process dies or does not answer in time; closing stdin asks the process to exit, and one
that does not is killed (by its own pid, nothing else).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
REPLY_TIMEOUT = 300.0


class ChildFailed(RuntimeError):
    """A helper process died, answered garbage or did not answer in time."""


def loopback_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (default: this environment) with every proxy variable dropped, so traffic stays on loopback."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if not k.lower().endswith("_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


class Child:
    def __init__(self, name: str, argv: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.name = name
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self._process = subprocess.Popen(
            list(argv), cwd=ROOT, env=loopback_env(env), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr,
        )  # fmt: skip

    def _failure(self, what: str) -> ChildFailed:
        self._stderr.seek(0)
        errors = self._stderr.read().decode("utf-8", "replace").strip()
        return ChildFailed(f"{self.name}: {what}" + (f"\n{errors[-3000:]}" if errors else ""))

    def reply(self, timeout: float = REPLY_TIMEOUT) -> dict[str, Any]:
        stdout = self._process.stdout
        assert stdout is not None
        ready, _, _ = select.select([stdout], [], [], timeout)
        if not ready:
            raise self._failure(f"no answer within {timeout:g}s")
        line = stdout.readline()
        if not line:
            raise self._failure(f"exited with status {self._process.wait()}")
        try:
            value = json.loads(line)
        except ValueError:
            raise self._failure(f"answered {line[:200]!r}, not JSON") from None
        if not isinstance(value, dict):
            raise self._failure(f"answered {value!r}, not a JSON object")
        if "error" in value:
            raise self._failure(str(value["error"]))
        return value

    def ask(self, command: str, timeout: float = REPLY_TIMEOUT) -> dict[str, Any]:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(command.encode() + b"\n")
            stdin.flush()
        except BrokenPipeError:
            raise self._failure("exited before the command was sent") from None
        return self.reply(timeout)

    def close(self) -> None:
        if self._process.stdin is not None and not self._process.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._stderr.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()
