"""The fake's result notifications: POST a finished job's query body to its `callback` URL.

As the create page describes it: POST, JSON body = the ShowAudioModerationJob body (its request_id
is the create request's), and X-Auth-Signature when the job has a non-empty seed: lower-case hex
HmacSHA256(key=seed, message=create_time + job_id + request_id + seed), computed here independently
of the client's verifier. Delivery runs in background threads (at most MAX_SENDERS at once, the rest
queued), once the job is terminal (see state.py for when that is noticed); each attempt times out after
3 s, and anything but 200 is retried, ATTEMPTS times in all, RETRY_DELAY apart ("sent again several
times" on the page).

The fake never calls out of the machine: create refuses a callback that is not an http(s) URL on a
loopback host, as urllib and httpx both read it, or that is the fake's own control plane (a callback to
/_fakecloud/reset would wipe every test's state) (`callback_problem`), and delivery checks again. No
proxy from the environment is used and no redirect is followed. Every attempt is recorded in
`CallbackSender.deliveries`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..control import CONTROL_PREFIX
from ..urls import shown, url_problem
from .state import AudioJob

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
SIGNATURE_HEADER = "X-Auth-Signature"
ATTEMPTS = 3
MAX_SENDERS = 8  # deliveries in flight at once
RETRY_DELAY = 0.5
TIMEOUT = 3.0


def callback_problem(url: str) -> str | None:
    """Why the fake will not call `url` back, or None if it will. The URL must be an absolute http(s) URL
    (`url_problem`) that reads the same to urllib and to httpx (which delivers it): both find a loopback
    host, and httpx can send it."""
    problem = url_problem(url)
    if problem is not None:
        return f"callback {problem}"
    host = urlsplit(url).hostname or ""
    try:
        sent = httpx.URL(url)
    except httpx.InvalidURL:
        return f"callback {shown(url)} is not a valid URL"
    for named in (host, sent.host):
        if named.lower() not in LOOPBACK_HOSTS:
            return (
                f"callback host {named!r} refused: the fake cloud only calls back 127.0.0.1, localhost or [::1], "
                "never another machine"
            )
    if sent.path.startswith(CONTROL_PREFIX):
        return f"callback {url!r} refused: it is the fake cloud's control plane, not a receiver of results"
    return None


def signature(body: Mapping[str, Any], seed: str) -> str:
    message = f"{body['create_time']}{body['job_id']}{body['request_id']}{seed}"
    return hmac.new(seed.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Delivery:
    """One attempt to deliver a job's result: HTTP status of the receiver, or the error."""

    job_id: str
    url: str
    attempt: int
    status: int | None
    error: str | None = None


class CallbackSender:
    """Delivers results in the background: at most MAX_SENDERS at once (each may wait out its receiver's
    timeouts, ATTEMPTS x TIMEOUT), the others queued in the order their jobs finished."""

    def __init__(self, attempts: int = ATTEMPTS, retry_delay: float = RETRY_DELAY, timeout: float = TIMEOUT) -> None:
        self.attempts = attempts
        self.retry_delay = retry_delay
        self.timeout = timeout
        self.deliveries: list[Delivery] = []
        self._queue: deque[tuple[str, str, bytes, dict[str, str]]] = deque()
        self._senders = 0
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)

    def deliver(self, job: AudioJob) -> None:
        """Send the finished job's result to its callback, if it has one (in the background)."""
        if not job.callback:
            return
        body = job.body(job.timeline.current(), job.request_id)
        headers = {"Content-Type": "application/json"}
        if job.seed:
            headers[SIGNATURE_HEADER] = signature(body, job.seed)
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        with self._lock:
            self._queue.append((job.job_id, job.callback, content, headers))
            if self._senders == MAX_SENDERS:
                return
            self._senders += 1
        threading.Thread(target=self._work, name="fake-callbacks", daemon=True).start()

    def reset(self) -> None:
        """Forget the deliveries recorded so far (those still running are recorded when they end)."""
        with self._lock:
            self.deliveries.clear()

    def join(self, timeout: float = 10.0) -> None:
        """Wait until every delivery started so far has finished (for tests)."""
        with self._idle:
            self._idle.wait_for(lambda: not self._queue and not self._senders, timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._senders -= 1
                    self._idle.notify_all()
                    return
                delivery = self._queue.popleft()
            self._send(*delivery)

    def _record(self, delivery: Delivery) -> None:
        with self._lock:
            self.deliveries.append(delivery)

    def _send(self, job_id: str, url: str, content: bytes, headers: dict[str, str]) -> None:
        if callback_problem(url) is not None:  # never reached through create; a second guard
            self._record(Delivery(job_id, url, 0, None, "refused: not a loopback URL"))
            return
        with httpx.Client(timeout=self.timeout, trust_env=False, follow_redirects=False) as http:
            for attempt in range(1, self.attempts + 1):
                try:
                    status: int | None = http.post(url, content=content, headers=headers).status_code
                    error = None
                except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a receiver's error is recorded, never raised
                    status, error = None, f"{type(exc).__name__}: {exc}"
                self._record(Delivery(job_id, url, attempt, status, error))
                if status == 200:
                    return
                if attempt < self.attempts:
                    time.sleep(self.retry_delay)
