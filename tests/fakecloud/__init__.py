"""A fake of the cloud APIs our clients talk to, for contract tests and demos (moto-style: per service,
state in `state.py`, HTTP in `routes.py`). Serve it in-process with `FakeCloud().transport()` or on a
socket with `python -m fakecloud` (`make mock`). Settings: see settings.py (FAKE_* variables)."""

from .app import FakeCloud
from .settings import Settings
from .transport import InProcessTransport

__all__ = ["FakeCloud", "InProcessTransport", "Settings"]
