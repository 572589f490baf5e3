"""`fakecloud`: serve the fake cloud on 127.0.0.1 until interrupted (`make mock` runs it).

Every setting comes from its FAKE_* environment variable (settings.py), and a flag given overrides it —
the variable is then not read at all, so a flag also stands in for a variable with a bad value:
  fakecloud --port 9000 --progression seconds:2 --rate-limit on
  FAKE_PORT=9000 fakecloud --auth off
  fakecloud --port 0            a free port; the banner names it
The banner line is printed once the port accepts connections. `fakecloud coverage` prints the coverage
table instead (it reads no setting).

Exit status: 0 stopped by Ctrl-C (SIGINT) or SIGTERM; 1 the port cannot be listened on (e.g. in use);
2 a bad flag, variable or command line.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from types import FrameType

from .settings import Settings, SettingsError

# flag → the Settings field it sets (and the FAKE_* variable of that field it overrides)
FLAGS = {
    "--port": "port",
    "--progression": "progression",
    "--rate-limit": "rate_limit",
    "--auth": "auth",
    "--ak": "ak",
    "--sk": "sk",
    "--token": "token",
    "--security-token": "security_token",
    "--secret-id": "secret_id",
    "--secret-key": "secret_key",
    "--tc-token": "tc_token",
}
HELP = {
    "--port": "port on 127.0.0.1, 0 for a free one (default 8765)",
    "--progression": "how jobs advance: immediate | polls:N | seconds:T (default polls:1)",
    "--rate-limit": "Tencent actions: off | on (20 requests/s per action) | N (default off)",
    "--auth": "on | off: check signatures and tokens (default on)",
    "--ak": "the Huawei AK the gateway accepts",
    "--sk": "the Huawei SK the gateway accepts",
    "--token": "the IAM token the gateway accepts",
    "--security-token": "the X-Security-Token AK/SK requests must carry (temporary AK/SK; default: none)",
    "--secret-id": "the Tencent SecretId the gateway accepts",
    "--secret-key": "the Tencent SecretKey the gateway accepts",
    "--tc-token": "the X-TC-Token the Tencent gateway requires (temporary credentials; default: none)",
}
EXIT_STOPPED, EXIT_CANNOT_LISTEN, EXIT_BAD_SETTINGS = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    from . import __version__
    from .settings import SETTINGS

    commands = argparse.ArgumentParser(
        prog="fakecloud",
        description="Serve the fake cloud (Huawei MetaStudio and Content Moderation, Tencent AMS) on 127.0.0.1. "
        "Each flag overrides its FAKE_* environment variable.",
        epilog="exit status: 0 stopped (Ctrl-C or SIGTERM), 1 the port cannot be listened on, 2 a bad flag, "
        "variable or command line",
    )
    commands.add_argument("--version", action="version", version=f"fakecloud {__version__}")
    for flag, name in FLAGS.items():
        commands.add_argument(flag, metavar="VALUE", help=f"{HELP[flag]}; overrides {SETTINGS[name].variable}")
    commands.add_argument("command", nargs="?", choices=["serve", "coverage"], default="serve",
                          help="serve (default) or print the coverage table")  # fmt: skip
    return commands


def settings_from(args: argparse.Namespace, environ: Mapping[str, str]) -> Settings:
    """The FAKE_* settings of `environ`, each flag given taking its variable's place (SettingsError names the
    flag or variable at fault)."""
    given = {name: (flag, getattr(args, name)) for flag, name in FLAGS.items() if getattr(args, name) is not None}
    return Settings.from_env(environ, flags=given)


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    """SIGTERM stops the server like Ctrl-C (uvicorn re-raises the signal it handled once it has stopped)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    commands = parser()
    args = commands.parse_args(argv)
    if args.command == "coverage":
        given = [flag for flag, name in FLAGS.items() if getattr(args, name) is not None]
        if given:
            commands.error(f"coverage takes no flags ({', '.join(given)} are flags of serve)")
        from .app import FakeCloud
        from .coverage import render

        print(render(FakeCloud(Settings())), end="")
        return 0
    try:
        settings = settings_from(args, os.environ if environ is None else environ)
    except SettingsError as exc:
        print(f"fakecloud: {exc}", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    return _serve(settings)


def _serve(settings: Settings) -> int:
    from .app import FakeCloud
    from .control import CONTROL_PREFIX
    from .server import HOST, serve_forever

    def announce(url: str) -> None:
        print(
            f"fake cloud on {url}  (auth {'on' if settings.auth else 'off'}, Huawei AK {settings.ak}, Tencent "
            f"SecretId {settings.secret_id}, progression {settings.progression}, rate limit "
            f"{settings.rate_limit or 'off'}); control plane {url}{CONTROL_PREFIX}; Ctrl-C stops it",
            flush=True,
        )

    with _sigterm_stops():
        try:
            serve_forever(FakeCloud(settings), settings.port, on_started=announce)
        except OSError as exc:
            print(f"fakecloud: cannot listen on {HOST}:{settings.port}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_CANNOT_LISTEN
    return EXIT_STOPPED
