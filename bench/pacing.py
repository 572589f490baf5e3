"""AMS `moderate()` of many media against the served fake with its rate limit on: paced, never refused.

`make mock` with FAKE_RATE_LIMIT=on answers RequestLimitExceeded beyond 20 requests per second and
action, counted in a sliding one-second window, as the service documents. The client paces every
action to that limit (common.ratelimit), so `moderate()` of N media — N/10 creates, then one
DescribeTaskDetail per task — is never refused and takes at least the minimum the limit allows: the
k-th request of an action (from 0) cannot start before second floor(k / 20), so n requests of an
action need floor((n - 1) / 20) seconds (1,000 media: 4 s of creates + 49 s of polls = 53 s; the issue
rounds it to "about a minute", (100 + 1,000) / 20 = 55 s). Jobs finish at once
(FAKE_PROGRESSION=immediate), so every task needs exactly one poll. Reported: the wall time against
that minimum, the calls per action and the RequestLimitExceeded answers the fake gave (counted on the
client's transport: the client would retry them, hiding them from the result).
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from .apis.case import SECRET_ID, SECRET_KEY
from .load import serving_fake
from .settings import Settings

DOCUMENTED_LIMIT = 20  # requests per second and action (the AMS pages; x-requests-per-second in specs/ams.yaml)
TASKS_PER_CREATE = 10


class Counting(httpx.HTTPTransport):
    """An HTTP transport counting requests per action and the RequestLimitExceeded answers."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[str, int] = {}
        self.throttled = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        action = request.headers.get("X-TC-Action", "?")
        self.calls[action] = self.calls.get(action, 0) + 1
        self.throttled += b"RequestLimitExceeded" in response.content
        return response


def measure(settings: Settings) -> dict[str, Any]:
    from ams_client import TencentCredentials, connect

    media = [f"https://media.fake/clips/podcast-{index}.mp3" for index in range(settings.pacing_media)]
    creates = -(-len(media) // TASKS_PER_CREATE)
    transport = Counting()
    credentials = TencentCredentials(SECRET_ID, SECRET_KEY)
    with serving_fake(FAKE_RATE_LIMIT="on") as (url, _), connect(base_url=url, credentials=credentials,
                                                                  transport=transport) as ams:  # fmt: skip
        started = time.perf_counter()
        details = ams.moderate(media)
        wall = time.perf_counter() - started
    minimum = sum((count - 1) // DOCUMENTED_LIMIT for count in (creates, len(media)))
    return {
        "media": len(media),
        "verdicts": len(details),
        "calls": transport.calls,
        "throttled_answers": transport.throttled,
        "wall_s": wall,
        "minimum_s": minimum,
        "wall_over_minimum": wall / minimum if minimum else None,
    }
