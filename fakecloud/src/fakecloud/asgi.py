"""Small ASGI helpers the fake's middlewares share."""

from __future__ import annotations

from starlette.types import Message, Receive


def replaying(messages: list[Message], receive: Receive) -> Receive:
    """A receive that hands out `messages` first (a request body already read), then reads on."""
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay
