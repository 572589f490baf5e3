"""Why a fake MetaStudio operation is refused; routes.py and training_routes.py turn each into its answer."""

from __future__ import annotations

from ..jobs import JobNotFound as AnyJobNotFound


class JobNotFound(AnyJobNotFound):
    """No job with that id in that project (400 MSS.10001002)."""


class Conflict(ValueError):
    """The call is not valid in the job's current state; the message says why (400 MSS.00000003)."""


class NoData(ValueError):
    """A submission or confirmation before the data it needs was uploaded (400 MSS.10001004)."""


class TooLarge(ValueError):
    """An upload beyond what the fake keeps for a task; the message says which limit (400 EntityTooLarge)."""


class UploadsFull(ValueError):
    """Holding one more upload would take the fake beyond MAX_HELD_BYTES (state.py): 400 EntityTooLarge."""
