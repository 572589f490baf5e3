"""Client-side rate limits (overrides/common/ratelimit.py) and the AMS helpers pacing within them: no sliding
window of the service ever holds more requests than the limit; waiters back off from throttling; a batch
that fails part-way says which tasks it created. The limiter alone runs on a clock that the test moves;
the helpers run against the in-process fake counting a sliding one-second window per action."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from ams_client import (
    Ams,
    ApiClient,
    Backoff,
    InvalidArgument,
    RateLimiter,
    ResourceUnavailableError,
    RetryPolicy,
    TaskRejected,
    TencentCredentials,
    TransportError,
    UnexpectedResponse,
    connect,
    connect_async,
)
from constants import AMS_URL
from fakecloud import FakeCloud, InProcessTransport, Settings
from fakecloud.progression import Progression

FAST = Backoff(initial=0.01, maximum=0.05)
MEDIA = "https://media.fake/clips/podcast-{}.mp3"


@dataclass(frozen=True)
class Op:
    name: str = "DescribeTaskDetail"
    requests_per_second: float | None = 20


class Clock:
    """Time that moves only when someone sleeps (thread-safe)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def checked_windows(spans: list[tuple[float, float]], limit: int) -> None:
    """Every request, in the order it got its slot: fewer than `limit` earlier ones ended less than a
    second before it started (or were still in flight)."""
    for index, (start, _) in enumerate(spans):
        recent = [end for _, end in spans[:index] if end > start - 1.0]
        assert len(recent) < limit, f"request {index} at {start}: {len(recent)} others in its window"


def test_a_slot_is_counted_until_its_answer_came_back() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    spans = []
    for _ in range(45):
        slot = limiter.acquire(Op(), sleep=clock.sleep)
        assert slot is not None
        start = clock()
        clock.sleep(0.05)  # the request travels for 50 ms
        slot.release()
        spans.append((start, clock()))
    checked_windows(spans, 20)
    assert spans[20][0] == pytest.approx(spans[0][1] + 1.0)  # the 21st waits for a second after the 1st's answer


def test_the_limits_come_from_the_spec_unless_the_client_says_otherwise() -> None:
    documented, huawei = Op(), Op("ShowShortJob", None)
    assert RateLimiter().limit(documented) == 20 and RateLimiter().limit(huawei) is None
    assert RateLimiter({"DescribeTaskDetail": 5}).limit(documented) == 5
    assert RateLimiter({"*": 10}).limit(huawei) == 10 and RateLimiter({"*": None}).limit(documented) is None
    assert RateLimiter().acquire(huawei) is None  # no limit, no bookkeeping
    with pytest.raises(InvalidArgument, match=r"^rate_limits\['x'\]: must be a finite number of requests per"):
        RateLimiter({"x": 0})


def test_threads_sharing_a_limiter_never_crowd_a_window() -> None:
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()
    limiter = RateLimiter({"*": 5}, clock=lambda: time.monotonic() * 200)  # a second lasts 5 ms

    def worker() -> None:
        for _ in range(10):
            slot = limiter.acquire(Op(), sleep=lambda s: time.sleep(s / 200))
            assert slot is not None
            with lock:
                spans.append((time.monotonic() * 200, 0.0))
                index = len(spans) - 1
            time.sleep(0.0005)
            slot.release()
            with lock:
                spans[index] = (spans[index][0], time.monotonic() * 200)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(spans) == 80
    checked_windows(spans, 5)


async def test_asyncio_tasks_sharing_a_limiter_never_crowd_a_window() -> None:
    clock = Clock()
    limiter = RateLimiter({"*": 4}, clock=clock)
    spans: list[tuple[float, float]] = []

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        await asyncio.sleep(0)

    async def worker() -> None:
        for _ in range(6):
            slot = await limiter.aacquire(Op(), sleep=sleep)
            assert slot is not None
            start = clock()
            await sleep(0.01)
            slot.release()
            spans.append((start, clock()))

    await asyncio.gather(*(worker() for _ in range(5)))
    assert len(spans) == 30
    checked_windows(sorted(spans), 4)


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The in-process fake, counting its RequestLimitExceeded answers per action."""

    def __init__(self, inner: InProcessTransport) -> None:
        self.inner = inner
        self.throttled: dict[str, int] = {}
        self.calls: dict[str, int] = {}

    def _count(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        action = request.headers.get("X-TC-Action", "")
        self.calls[action] = self.calls.get(action, 0) + 1
        if b"RequestLimitExceeded" in response.content:
            self.throttled[action] = self.throttled.get(action, 0) + 1
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return self._count(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self._count(request, response)


@pytest.fixture
def limited_cloud() -> Iterator[Counting]:
    """The fake with the documented limit on: 20 requests per second and action, a sliding window."""
    cloud = FakeCloud(Settings(progression=Progression("immediate"), rate_limit=20))
    with cloud.transport() as transport:
        yield Counting(transport)


def test_moderate_paces_itself_within_the_documented_limit(
    limited_cloud: Counting, tencent_credentials: TencentCredentials
) -> None:
    media = [MEDIA.format(i) for i in range(30)]
    with connect(base_url=AMS_URL, credentials=tencent_credentials, transport=limited_cloud) as ams:
        details = ams.moderate(media, backoff=FAST)
    assert [d.input_info.url for d in details] == media  # type: ignore[union-attr]
    assert limited_cloud.calls == {"CreateAudioModerationTask": 3, "DescribeTaskDetail": 30}
    assert limited_cloud.throttled == {}  # the fake never had to answer RequestLimitExceeded


async def test_moderate_paces_itself_asyncio(limited_cloud: Counting, tencent_credentials: TencentCredentials) -> None:
    media = [MEDIA.format(i) for i in range(25)]
    async with connect_async(base_url=AMS_URL, credentials=tencent_credentials, transport=limited_cloud) as ams:
        details = await ams.moderate(media, backoff=FAST)
    assert len(details) == 25 and limited_cloud.throttled == {}


def test_a_throttled_wait_backs_off_instead_of_aborting(tencent_credentials: TencentCredentials) -> None:
    cloud = FakeCloud(Settings(progression=Progression("immediate"), rate_limit=3))
    with cloud.transport() as transport:
        counting = Counting(transport)
        with connect(base_url=AMS_URL, credentials=tencent_credentials, transport=counting, max_retries=0,
                     rate_limits={"*": None}) as ams:  # fmt: skip
            created = ams.create_audio_moderation_task([MEDIA.format(i) for i in range(6)])
            task_ids = [r.task_id for r in created.results]  # type: ignore[union-attr]
            details = ams.wait_for_tasks(task_ids, backoff=Backoff(initial=0.2, maximum=0.5))  # type: ignore[arg-type]
    assert [d.task_id for d in details] == task_ids
    assert counting.throttled.get("DescribeTaskDetail", 0) >= 1  # it was throttled, and waited it out


def tencent(**members: Any) -> httpx.Response:
    return httpx.Response(200, content=json.dumps({"Response": {"RequestId": "r", **members}}).encode())


def scripted_ams(*answers: httpx.Response) -> Ams:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0)

    return connect(base_url=AMS_URL, credentials=TencentCredentials("AKIDTEST", "key"), max_retries=0,
                   transport=httpx.MockTransport(handler))  # fmt: skip


def created(first: int, count: int) -> httpx.Response:
    return tencent(Results=[{"TaskId": f"t{i}", "Code": "OK"} for i in range(first, first + count)])


def test_a_batch_failing_part_way_carries_the_ids_already_created() -> None:
    error_envelope = tencent(Error={"Code": "ResourceUnavailable.Quota", "Message": "out of quota"})
    ams = scripted_ams(created(0, 10), created(10, 10), error_envelope)
    with pytest.raises(ResourceUnavailableError) as caught:
        ams.moderate([MEDIA.format(i) for i in range(25)])
    assert caught.value.created_ids == tuple(f"t{i}" for i in range(20))
    assert "; 20 created before this error: see .created_ids" in str(caught.value)


def test_an_answer_that_does_not_match_the_batch_is_an_error() -> None:
    ams = scripted_ams(created(0, 1))
    with pytest.raises(UnexpectedResponse, match="answered 1 results for the 3 tasks sent") as caught:
        ams.moderate([MEDIA.format(i) for i in range(3)])
    assert caught.value.created_ids == ("t0",)
    rejected = tencent(Results=[{"TaskId": "t0", "Code": "OK"}, {"Code": "InvalidParameter", "Message": "bad"}])
    with pytest.raises(TaskRejected) as refused:
        scripted_ams(rejected).moderate([MEDIA.format(0), "not a url"])
    assert refused.value.created_ids == ("t0",) and refused.value.error_code == "InvalidParameter"


def test_an_answer_about_another_task_is_an_error() -> None:
    ams = scripted_ams(created(0, 1), tencent(TaskId="someone-else", Status="FINISH"))
    with pytest.raises(UnexpectedResponse, match="DescribeTaskDetail of t0 answered task someone-else") as caught:
        ams.moderate([MEDIA.format(0)], backoff=FAST)
    assert caught.value.created_ids == ("t0",)


def test_copies_of_a_client_share_its_limiter(tencent_credentials: TencentCredentials) -> None:
    with connect(base_url=AMS_URL, credentials=tencent_credentials, retry=RetryPolicy(max_retries=0),
                 rate_limits={"*": 2}) as ams:  # fmt: skip
        copy = ams.with_options(max_retries=1, timeout=3)
        assert isinstance(ams.client, ApiClient) and isinstance(copy.client, ApiClient)
        limiter = ams.client.call_settings.rate_limiter
        assert copy.client.call_settings.rate_limiter is limiter and limiter is not None
        assert limiter.limits == {"*": 2} and copy.client.call_settings.retry.max_retries == 1


async def test_a_cancelled_call_gives_its_slot_back() -> None:
    hang = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["X-TC-Action"] == "DescribeTasks" and not hang.is_set():
            hang.set()
            await asyncio.sleep(3600)  # answers never: the caller gives up
        return tencent(TaskId="t", Status="FINISH", Total="0")

    async with connect_async(base_url=AMS_URL, credentials=TencentCredentials("AKIDTEST", "key"), max_retries=0,
                             transport=httpx.MockTransport(handler), rate_limits={"*": 1}) as ams:  # fmt: skip
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ams.describe_tasks(), timeout=0.2)
        page = await asyncio.wait_for(ams.describe_tasks(), timeout=10)  # its slot was given back
    assert page.request_id == "r"


def test_a_transport_failing_its_own_way_is_a_transport_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise OSError(28, "No space left on device")

    ams = connect(base_url=AMS_URL, credentials=TencentCredentials("AKIDTEST", "key"), retry=RetryPolicy(max_retries=0),
                  transport=httpx.MockTransport(handler))  # fmt: skip
    with pytest.raises(TransportError, match=r"POST https://ams.fake/: OSError: \[Errno 28\]") as caught:
        ams.describe_tasks()
    assert isinstance(caught.value.__cause__, OSError)
