"""The in-process transport shared by several clients, as the generated clients share theirs: httpx closes it
with each client, and closing must neither wait for nor break another client's request still in flight."""

from __future__ import annotations

import threading

import httpx
from fakecloud import FakeCloud, Settings

TENCENT = {"X-TC-Action": "DescribeTasks", "X-TC-Version": "2020-12-29"}


def test_closing_one_client_does_not_wait_for_another_s_delayed_request() -> None:
    """close() waited 2.8 s for the other thread's 3 s delay; now it returns at once, the delayed request is
    answered in full, and the transport serves again afterwards."""
    cloud = FakeCloud(Settings(auth=False))
    cloud.faults.add(operation="DescribeTasks", delay=1.5, times=1)
    transport = cloud.transport()
    answered: list[int] = []
    slow = httpx.Client(base_url="http://fake", transport=transport, timeout=30)
    waiting = threading.Thread(target=lambda: answered.append(slow.post("/", headers=TENCENT, json={}).status_code))
    waiting.start()
    while cloud.faults.rules()[0].hits == 0:  # the delay has begun
        threading.Event().wait(0.01)

    with httpx.Client(base_url="http://fake", transport=transport) as quick:
        assert quick.post("/", headers=TENCENT, json={}).status_code == 200
    logged_at_close = [call.status for call in cloud.calls.list()]
    waiting.join(10)
    again = httpx.Client(base_url="http://fake", transport=transport).post("/", headers=TENCENT, json={})

    assert logged_at_close == [200]  # the delayed call was still in flight when close() returned
    assert answered == [200] and again.status_code == 200
    assert [(call.status, call.fault) for call in cloud.calls.list()] == [(200, None), (200, "delay=1.5"), (200, None)]
    slow.close()
