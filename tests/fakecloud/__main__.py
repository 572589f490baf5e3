"""Serve the fake cloud on 127.0.0.1:$FAKE_PORT until interrupted (`make mock`)."""

from __future__ import annotations

import sys

import uvicorn

from .app import FakeCloud
from .settings import Settings, SettingsError


def main() -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"fakecloud: {exc}", file=sys.stderr)
        return 2
    cloud = FakeCloud(settings)
    print(
        f"fake cloud on http://127.0.0.1:{settings.port}  (auth {'on' if settings.auth else 'off'}, "
        f"Huawei AK {settings.ak}, Tencent SecretId {settings.secret_id}, progression {settings.progression}, "
        f"rate limit {settings.rate_limit or 'off'}); Ctrl-C stops it",
        flush=True,
    )
    uvicorn.run(cloud.app, host="127.0.0.1", port=settings.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
