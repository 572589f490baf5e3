"""The fake cloud's pytest plugin, registered by the `pytest11` entry point when fakecloud is installed.

Fixtures (all named fakecloud_*, so they cannot clash with a project's own):
  fakecloud_settings     session  the fake's Settings: PLUGIN_SETTINGS, the documented defaults except that
                                  jobs finish at once (progression "immediate"); override it anywhere
  fakecloud_credentials  function the Credentials the fake of the test's settings accepts
  fakecloud_reset        function the FakeCloud of the test's settings, reset (jobs, tasks, faults, calls)
  fakecloud_transport    function an httpx transport to it in-process (sync and asyncio), after the reset
  fakecloud_server       function the same fake served on a free 127.0.0.1 port (fakecloud.ServedFake;
                                  started on first use), after the reset

Overriding fakecloud_settings: define a fixture of that name in a conftest.py (any directory, any scope)
or a test module; it holds for the tests below it. It returns a whole Settings, whose fields not given
take Settings' own defaults (progression polls:1); to change a setting and keep the plugin's others,
ask for the fixture being overridden:

    @pytest.fixture(scope="session")
    def fakecloud_settings(fakecloud_settings):
        return dataclasses.replace(fakecloud_settings, rate_limit=2)

One FakeCloud (and, once asked for, one server) per distinct Settings, made on first use and kept for the
session, so each test gets the fake of its own settings; every fixture that hands it out resets it first,
so a test sees only what it created. Nothing is imported or started until a test asks for a fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

import pytest

from .settings import Credentials, Settings  # light: no web framework behind them

if TYPE_CHECKING:
    from .app import FakeCloud
    from .server import ServedFake
    from .transport import InProcessTransport

PLUGIN_SETTINGS = Settings(progression="immediate")  # the documented defaults, jobs finishing at once


class _Fakes:
    """The session's fakes, one per distinct Settings, each served on first request; stopped at the end."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._clouds: dict[Settings, FakeCloud] = {}
        self._served: dict[Settings, ServedFake] = {}

    def cloud(self, settings: Settings) -> FakeCloud:
        if settings not in self._clouds:
            from .app import FakeCloud

            self._clouds[settings] = FakeCloud(settings)
        return self._clouds[settings]

    def served(self, settings: Settings) -> ServedFake:
        if settings not in self._served:
            from .server import serve

            self._served[settings] = self._stack.enter_context(serve(self.cloud(settings)))
        return self._served[settings]


@pytest.fixture(scope="session")
def fakecloud_settings() -> Settings:
    """The fake's Settings: the documented defaults, jobs finishing at once (progression "immediate").
    Override it (any scope, any conftest.py) to change them; see the plugin's docstring."""
    return PLUGIN_SETTINGS


@pytest.fixture(scope="session")
def _fakecloud_fakes() -> Iterator[_Fakes]:
    with ExitStack() as stack:
        yield _Fakes(stack)


@pytest.fixture
def fakecloud_credentials(fakecloud_settings: Settings) -> Credentials:
    """The credentials the fake accepts: Huawei AK/SK (+ project id), IAM token, Tencent SecretId/SecretKey."""
    return fakecloud_settings.credentials


@pytest.fixture
def fakecloud_reset(fakecloud_settings: Settings, _fakecloud_fakes: _Fakes) -> FakeCloud:
    """The FakeCloud of the test's settings, reset (jobs, tasks, faults, calls) before the test: faults, state,
    calls."""
    cloud = _fakecloud_fakes.cloud(fakecloud_settings)
    cloud.reset()
    return cloud


@pytest.fixture
def fakecloud_transport(fakecloud_reset: FakeCloud) -> Iterator[InProcessTransport]:
    """An httpx transport to the (reset) fake in-process: pass it as `transport=` to a client, sync or asyncio."""
    with fakecloud_reset.transport() as transport:
        yield transport


@pytest.fixture
def fakecloud_server(fakecloud_reset: FakeCloud, fakecloud_settings: Settings, _fakecloud_fakes: _Fakes) -> ServedFake:
    """The same (reset) fake on a free 127.0.0.1 port: `.url`, `.credentials`, `.cloud`; started on first use."""
    return _fakecloud_fakes.served(fakecloud_settings)
