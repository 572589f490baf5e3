"""The fake cloud's pytest plugin, registered by the `pytest11` entry point when fakecloud is installed.

Fixtures (all named fakecloud_*, so they cannot clash with a project's own):
  fakecloud_settings     session  the fake's Settings: the documented defaults, jobs finishing at once
                                  (override this fixture, session-scoped, to change them)
  fakecloud_credentials  session  the Credentials the fake accepts (fakecloud.Credentials)
  fakecloud_reset        function the session's FakeCloud, reset (jobs, tasks, faults, calls) before the test
  fakecloud_transport    function an httpx transport to it in-process (sync and asyncio), after the reset
  fakecloud_server       function the same fake served on a free 127.0.0.1 port (fakecloud.ServedFake;
                                  started once per session, on first use), after the reset
One FakeCloud serves the whole session, so a test sees only what it created: every fixture that hands
it out resets it first. Nothing is imported or started until a test asks for a fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .app import FakeCloud
    from .server import ServedFake
    from .settings import Credentials, Settings
    from .transport import InProcessTransport


@pytest.fixture(scope="session")
def fakecloud_settings() -> Settings:
    """The fake's Settings: the documented defaults, jobs finishing at once. Override it (session scope, e.g.
    in conftest.py) to change them."""
    from .progression import Progression
    from .settings import Settings

    return Settings(progression=Progression("immediate"))


@pytest.fixture(scope="session")
def fakecloud_credentials(fakecloud_settings: Settings) -> Credentials:
    """The credentials the fake accepts: Huawei AK/SK (+ project id), IAM token, Tencent SecretId/SecretKey."""
    return fakecloud_settings.credentials


@pytest.fixture(scope="session")
def _fakecloud_session(fakecloud_settings: Settings) -> FakeCloud:
    from .app import FakeCloud

    return FakeCloud(fakecloud_settings)


@pytest.fixture(scope="session")
def _fakecloud_session_server(_fakecloud_session: FakeCloud) -> Iterator[ServedFake]:
    from .server import serve

    with serve(_fakecloud_session) as served:
        yield served


@pytest.fixture
def fakecloud_reset(_fakecloud_session: FakeCloud) -> FakeCloud:
    """The session's FakeCloud, reset (jobs, tasks, faults, calls) before the test: faults, state, calls."""
    _fakecloud_session.reset()
    return _fakecloud_session


@pytest.fixture
def fakecloud_transport(fakecloud_reset: FakeCloud) -> Iterator[InProcessTransport]:
    """An httpx transport to the (reset) fake in-process: pass it as `transport=` to a client, sync or asyncio."""
    with fakecloud_reset.transport() as transport:
        yield transport


@pytest.fixture
def fakecloud_server(fakecloud_reset: FakeCloud, _fakecloud_session_server: ServedFake) -> ServedFake:
    """The same (reset) fake on a free 127.0.0.1 port: `.url`, `.credentials`, `.cloud`; started once per session."""
    return _fakecloud_session_server
