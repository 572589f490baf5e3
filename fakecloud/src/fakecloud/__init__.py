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
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fakecloud")
except PackageNotFoundError:  # imported from a source tree that is not installed
    __version__ = "0+unknown"

from .app import CONTROL_PREFIX, FakeCloud
from .faults import HEADER as FAULT_HEADER
from .faults import Fault, FaultError, FaultRule
from .jobs import JobNotFound, JobView, StateRefused
from .server import ServedFake, serve
from .settings import Credentials, Settings, SettingsError
from .transport import InProcessTransport

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
    "ServedFake",
    "Settings",
    "SettingsError",
    "StateRefused",
    "__version__",
    "serve",
]
