"""The jobs a workflow created, reported by whatever exception ends it: nothing created is forgotten.

The workflow helpers (AMS `moderate`, Content Moderation `moderate_audio`, MetaStudio `run_short_job`
and `run_training_job`)
create jobs that run on in the service whatever happens to the caller. Catching only ClientError lost
their ids on Ctrl-C (KeyboardInterrupt), asyncio cancellation (CancelledError; under
`asyncio.wait_for` or `asyncio.timeout` it is the `__cause__` of the TimeoutError they raise, and
Ctrl-C under `asyncio.run` the `__context__` of its KeyboardInterrupt) or a
bug in an `on_progress` callback. `CreatedJobs` wraps a workflow from its first create on; any
exception leaving it goes on unchanged (same object, same type) but carries the ids:
- a ClientError in `created_ids` (merged with the ids it already carries, e.g. TaskRejected's);
- any other exception in a note (`add_note`, shown in its traceback) and a `created_ids` attribute;
and a WARNING names the jobs left unfinished in the service — none for JobFailed, raised only once
the jobs have ended. A create request cut short by a foreign exception may have created a job
whose id never came back: the note says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import TracebackType

from .errors import ClientError, JobFailed, with_created_ids

logger = logging.getLogger(__name__.split(".")[0])


class CreatedJobs:
    """`with CreatedJobs("AMS task", "moderate()") as created:` … `with created.creating():` create …
    `created.add(id)`: an exception leaving the block carries the ids added (see the module docstring)."""

    def __init__(self, kind: str, workflow: str) -> None:
        self.kind = kind
        self.workflow = workflow
        self.ids: list[str] = []
        self._in_flight: str | None = None

    def add(self, *ids: str) -> None:
        self.ids.extend(ids)

    @contextmanager
    def creating(self, operation: str) -> Iterator[None]:
        """Around a create request: a foreign exception inside it is noted as a create that may have
        succeeded unseen (a ClientError says so itself, in `outcome_unknown`)."""
        self._in_flight = operation
        yield
        self._in_flight = None

    def __enter__(self) -> CreatedJobs:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if exc is not None:
            self.report(exc)

    def report(self, exc: BaseException) -> None:
        """Put the ids created on `exc` and log those left unfinished (see the module docstring)."""
        ids = list(dict.fromkeys([*self.ids, *(exc.created_ids if isinstance(exc, ClientError) else ())]))
        if isinstance(exc, ClientError):
            with_created_ids(exc, ids)
        else:
            self._note(exc, ids)
        if ids and not isinstance(exc, JobFailed):
            logger.warning("%s ended by %s: %d %s(s) left unfinished in the service (wait for or cancel them): %s",
                           self.workflow, type(exc).__name__, len(ids), self.kind, ", ".join(ids))  # fmt: skip

    def _note(self, exc: BaseException, ids: list[str]) -> None:
        if ids:
            exc.add_note(f"{self.workflow} had created {len(ids)} {self.kind}(s), left unfinished in the service "
                         f"(wait for or cancel them; also in .created_ids): {', '.join(ids)}")  # fmt: skip
            with suppress(AttributeError, TypeError):  # an exception class with __slots__ takes notes only
                exc.created_ids = tuple(ids)  # type: ignore[attr-defined]
        if self._in_flight is not None:
            exc.add_note(f"{self.workflow} was interrupted during {self._in_flight}: it may have created a "
                         f"{self.kind} whose id never came back")  # fmt: skip
