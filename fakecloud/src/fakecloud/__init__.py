"""A fake of the cloud APIs our clients talk to — Huawei Cloud MetaStudio voice training and Content
Moderation, Tencent Cloud AMS — for contract tests and demos. moto-style: per service, state in
`state.py`, HTTP in `routes.py`, rules apart; the specs it serves are packaged with it.

Ways in:
  in-process    `FakeCloud().transport()`: an httpx transport, sync and asyncio, no sockets
  threaded      `with fakecloud.serve() as served:` uvicorn on a free 127.0.0.1 port (`served.url`)
  pytest        the plugin's `fakecloud_*` fixtures (pytest_plugin.py), registered on install
  command line  `fakecloud --port 8765 --progression polls:1 ...` (flags override the FAKE_* variables)
Control: `FakeCloud.reset()`, `.jobs()`, `.set_state()`, `.faults.add(...)`, `.calls` — or over HTTP under
/_fakecloud (control.py). What it covers: `fakecloud coverage` (coverage.py).

The names below are imported on first use (PEP 562), so that importing the package — as pytest does
with the plugin in every run of an environment that has fakecloud installed — costs nothing until a
test asks for the fake.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import FakeCloud
    from .control import CONTROL_PREFIX
    from .faults import HEADER as FAULT_HEADER
    from .faults import Fault, FaultError, FaultRule
    from .jobs import JobNotFound, JobView, StateRefused
    from .operations import UnknownOperation, UnknownService
    from .progression import Progression
    from .server import ServedFake, serve
    from .settings import Credentials, Settings, SettingsError
    from .transport import InProcessTransport

    __version__: str

# public name → (module, its name there)
_EXPORTS = {
    "CONTROL_PREFIX": (".control", "CONTROL_PREFIX"),
    "FAULT_HEADER": (".faults", "HEADER"),
    "Credentials": (".settings", "Credentials"),
    "FakeCloud": (".app", "FakeCloud"),
    "Fault": (".faults", "Fault"),
    "FaultError": (".faults", "FaultError"),
    "FaultRule": (".faults", "FaultRule"),
    "InProcessTransport": (".transport", "InProcessTransport"),
    "JobNotFound": (".jobs", "JobNotFound"),
    "JobView": (".jobs", "JobView"),
    "Progression": (".progression", "Progression"),
    "ServedFake": (".server", "ServedFake"),
    "Settings": (".settings", "Settings"),
    "SettingsError": (".settings", "SettingsError"),
    "StateRefused": (".jobs", "StateRefused"),
    "UnknownOperation": (".operations", "UnknownOperation"),
    "UnknownService": (".operations", "UnknownService"),
    "serve": (".server", "serve"),
}

__all__ = [
    "CONTROL_PREFIX",
    "FAULT_HEADER",
    "Credentials",
    "FakeCloud",
    "Fault",
    "FaultError",
    "FaultRule",
    "InProcessTransport",
    "JobNotFound",
    "JobView",
    "Progression",
    "ServedFake",
    "Settings",
    "SettingsError",
    "StateRefused",
    "UnknownOperation",
    "UnknownService",
    "__version__",
    "serve",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value: Any = version("fakecloud")
        except PackageNotFoundError:  # imported from a source tree that is not installed
            value = "0+unknown"
    elif name in _EXPORTS:
        module, attribute = _EXPORTS[name]
        value = getattr(importlib.import_module(module, __name__), attribute)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
