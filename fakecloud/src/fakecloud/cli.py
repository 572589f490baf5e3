"""`fakecloud`: serve the fake cloud on 127.0.0.1 until interrupted (`make mock` runs it).

Every setting comes from its FAKE_* environment variable (settings.py), and a flag given overrides it:
  fakecloud --port 9000 --progression seconds:2 --rate-limit on
  FAKE_PORT=9000 fakecloud --auth off
`fakecloud coverage` prints the coverage table instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import uvicorn

from . import __version__
from .app import CONTROL_PREFIX, FakeCloud
from .progression import Progression
from .server import HOST, uvicorn_config
from .settings import Settings, SettingsError, parse_auth, parse_port, parse_rate_limit, parsed

# flag → (Settings field, variable it overrides, parser; None: the text itself)
FLAGS: dict[str, tuple[str, str, Callable[[str], Any] | None]] = {
    "--port": ("port", "FAKE_PORT", parse_port),
    "--progression": ("progression", "FAKE_PROGRESSION", Progression.parse),
    "--rate-limit": ("rate_limit", "FAKE_RATE_LIMIT", parse_rate_limit),
    "--auth": ("auth", "FAKE_AUTH", parse_auth),
    "--ak": ("ak", "FAKE_AK", None),
    "--sk": ("sk", "FAKE_SK", None),
    "--token": ("token", "FAKE_TOKEN", None),
    "--secret-id": ("secret_id", "FAKE_SECRET_ID", None),
    "--secret-key": ("secret_key", "FAKE_SECRET_KEY", None),
}
HELP = {
    "--port": "port on 127.0.0.1 (default 8765)",
    "--progression": "how jobs advance: immediate | polls:N | seconds:T (default polls:1)",
    "--rate-limit": "Tencent actions: off | on (20 requests/s per action) | N (default off)",
    "--auth": "on | off: check signatures and tokens (default on)",
    "--ak": "the Huawei AK the gateway accepts",
    "--sk": "the Huawei SK the gateway accepts",
    "--token": "the IAM token the gateway accepts",
    "--secret-id": "the Tencent SecretId the gateway accepts",
    "--secret-key": "the Tencent SecretKey the gateway accepts",
}


def parser() -> argparse.ArgumentParser:
    commands = argparse.ArgumentParser(
        prog="fakecloud",
        description="Serve the fake cloud (Huawei MetaStudio and Content Moderation, Tencent AMS) on 127.0.0.1. "
        "Each flag overrides its FAKE_* environment variable.",
    )
    commands.add_argument("--version", action="version", version=f"fakecloud {__version__}")
    for flag, (_, variable, _) in FLAGS.items():
        commands.add_argument(flag, metavar="VALUE", help=f"{HELP[flag]}; overrides {variable}")
    commands.add_argument("command", nargs="?", choices=["serve", "coverage"], default="serve",
                          help="serve (default) or print the coverage table")  # fmt: skip
    return commands


def settings_from(args: argparse.Namespace, environ: Mapping[str, str]) -> Settings:
    """The FAKE_* settings of `environ`, overridden by the flags given (SettingsError names the culprit)."""
    settings = Settings.from_env(environ)
    changes: dict[str, Any] = {}
    for flag, (name, _, parse) in FLAGS.items():
        text = getattr(args, name)
        if text is not None:
            if parse is None and not text:
                raise SettingsError(f"{flag}: must not be empty")
            changes[name] = text if parse is None else parsed(flag, parse, text)
    return replace(settings, **changes)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = settings_from(args, os.environ if environ is None else environ)
    except SettingsError as exc:
        print(f"fakecloud: {exc}", file=sys.stderr)
        return 2
    cloud = FakeCloud(settings)
    if args.command == "coverage":
        from .coverage import render

        print(render(cloud), end="")
        return 0
    url = f"http://{HOST}:{settings.port}"
    print(
        f"fake cloud on {url}  (auth {'on' if settings.auth else 'off'}, Huawei AK {settings.ak}, Tencent SecretId "
        f"{settings.secret_id}, progression {settings.progression}, rate limit {settings.rate_limit or 'off'}); "
        f"control plane {url}{CONTROL_PREFIX}; Ctrl-C stops it",
        flush=True,
    )
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the Ctrl-C it handled: stopping was asked
        uvicorn.Server(uvicorn_config(cloud.app, HOST, settings.port)).run()
    return 0
