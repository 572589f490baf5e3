"""Tencent Cloud AMS in the benchmark: DescribeTaskDetail of a finished task with labels and segments.

Tencent Cloud API 3.0 is RPC: every action is `POST /` naming the action in X-TC-Action, answered with
a `{"Response": {...}}` envelope. Our `ams_client` posts to a pseudo-path per action that its TC3 signer
rewrites to `POST /`; the raw rows post the same JSON body to `/` (no signing). The official
`tencentcloud-sdk-python-ams` (AmsClient.DescribeTaskDetail with credential.Credential(id, key)) is
pointed at the loopback server with HttpProfile(protocol="http", endpoint="127.0.0.1:PORT"); it runs on a
requests.Session, which keeps connections alive either way (keepAlive=True only adds the header).
Ours and the SDK return the envelope's Response member; the SDK's models have no to_dict(), so `read`
goes through their to_json_string().
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .case import SECRET_ID, SECRET_KEY, AsyncCall, Case, Mix, SyncCall, WaitRun, data_of

if TYPE_CHECKING:
    import httpx
    from ams_client import Ams

TASK_ID = "w-audio-ZxisIq8tQf2iui72wo"
IN_PROCESS_URL = "https://ams.fake"
# A media name the fake turns into a Porn and an Ad hit (fakecloud/src/fakecloud/ams/rules.py).
RISKY_MEDIA = "https://media.fake/live/room-8812_porn_ad_30s.mp3"
# The states the fake gives an on-demand task (fakecloud/src/fakecloud/ams/state.py).
PLAN = ("PENDING", "RUNNING", "FINISH")
VERDICT = ("Suggestion", "Labels", "Label", "AudioText", "AudioSegments")  # null until the task has FINISHed


# The documented 20 requests/s per action would pace the timed calls; a limit never reached keeps the
# limiter's bookkeeping in the measured cost without its waits (the official SDK has no limiter at all).
UNREACHED_RATE_LIMIT = {"*": 1e9}


def ours_sync(base_url: str) -> SyncCall:
    from ams_client import TencentCredentials, connect

    credentials = TencentCredentials(SECRET_ID, SECRET_KEY)
    client = connect(base_url=base_url, credentials=credentials, rate_limits=UNREACHED_RATE_LIMIT)
    return partial(client.describe_task_detail, TASK_ID)


def ours_async(base_url: str) -> AsyncCall:
    from ams_client import TencentCredentials, connect_async

    credentials = TencentCredentials(SECRET_ID, SECRET_KEY)
    client = connect_async(base_url=base_url, credentials=credentials, rate_limits=UNREACHED_RATE_LIMIT)
    return partial(client.describe_task_detail, TASK_ID)


def official(base_url: str) -> SyncCall:
    from tencentcloud.ams.v20201229 import ams_client, models  # type: ignore[import-not-found]
    from tencentcloud.common import credential  # type: ignore[import-not-found]
    from tencentcloud.common.profile.client_profile import ClientProfile  # type: ignore[import-not-found]
    from tencentcloud.common.profile.http_profile import HttpProfile  # type: ignore[import-not-found]

    profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=urlsplit(base_url).netloc))
    # AMS takes no region (our client sends none either): "" leaves X-TC-Region out.
    client = ams_client.AmsClient(credential.Credential(SECRET_ID, SECRET_KEY), "", profile)

    def call() -> object:
        request = models.DescribeTaskDetailRequest()
        request.TaskId = TASK_ID
        return client.DescribeTaskDetail(request)

    return call


def read(result: object) -> Any:
    """A result as the envelope's JSON data: raw replies are the envelope, ours and the SDK's its Response."""
    if isinstance(result, Mapping):
        return data_of(result)
    to_json_string = getattr(result, "to_json_string", None)
    return {"Response": data_of(json.loads(to_json_string()) if to_json_string is not None else result)}


def _create_task(client: Ams) -> str:
    """Create a task for RISKY_MEDIA; its TaskId."""
    results = client.create_audio_moderation_task([RISKY_MEDIA]).results
    task_id = results[0].task_id if isinstance(results, list) else None
    assert isinstance(task_id, str), f"the fake created no task: {results!r}"
    return task_id


def _finished_task(base_url: str) -> str:
    """A task FINISHed on the fake (tasks end at once there), with hits."""
    from ams_client import Backoff, TencentCredentials, connect

    with connect(base_url=base_url, credentials=TencentCredentials(SECRET_ID, SECRET_KEY)) as client:
        task_id = _create_task(client)
        client.wait_for_task(task_id, backoff=Backoff(0.01, 1, 0.01))
    return task_id


def load(base_url: str) -> Mapping[str, Mix]:
    """read-heavy: 90% DescribeTaskDetail of a finished task + 10% DescribeTasks; create-heavy: 80%
    CreateAudioModerationTask + 20% DescribeTaskDetail. Requests are signed once (TC3 signatures are
    valid for 5 minutes)."""
    import httpx
    from ams_client import VERSION, Tc3Auth, TencentCredentials

    task = _finished_task(base_url)
    auth = Tc3Auth(TencentCredentials(SECRET_ID, SECRET_KEY), service="ams", version=VERSION)
    with httpx.Client(base_url=base_url) as http:

        def signed(action: str, body: Mapping[str, Any]) -> httpx.Request:
            request = http.build_request("POST", "/", json=body, headers={"X-TC-Action": action})
            auth.sign(request)
            return request

        detail = signed("DescribeTaskDetail", {"TaskId": task})
        listing = signed("DescribeTasks", {"Limit": 10})
        create = signed("CreateAudioModerationTask", {"Type": "AUDIO", "Tasks": [{"Input": {"Url": RISKY_MEDIA}}]})
    return {
        "read-heavy": [(0.9, "DescribeTaskDetail", detail), (0.1, "DescribeTasks", listing)],
        "create-heavy": [(0.8, "CreateAudioModerationTask", create), (0.2, "DescribeTaskDetail", detail)],
    }


def simulate_wait(finish_after: float) -> WaitRun:
    """`wait_for_task` (default backoff) on a virtual clock, for a task whose states the fake's own Timeline
    plays out evenly so that it FINISHes `finish_after` seconds after its creation."""
    from ams_client import TencentCredentials, connect
    from ams_client._overrides.common import waiting

    from ..waiters import simulate

    payload = CASE.payload_data()["Response"]

    def body_of(state: str) -> dict[str, Any]:
        verdict = {} if state == "FINISH" else dict.fromkeys(VERDICT)
        return {"Response": {**payload, "Status": state, **verdict}}

    def wait(transport: httpx.BaseTransport) -> None:
        credentials = TencentCredentials(SECRET_ID, SECRET_KEY)
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=transport) as client:
            client.wait_for_task(TASK_ID)

    return simulate(waiting.poll, PLAN, finish_after, body_of, wait)


def real_wait(finish_after: float) -> WaitRun:
    """The real `wait_for_task` against the in-process fake (FAKE_PROGRESSION=seconds:T), real time."""
    from ams_client import TencentCredentials, connect
    from fakecloud import FakeCloud, Settings

    from ..waiters import RealTimeCalls, even_progression

    cloud = FakeCloud(Settings(progression=even_progression(PLAN, finish_after)))
    credentials = TencentCredentials(SECRET_ID, SECRET_KEY)
    with cloud.transport() as fake:
        calls = RealTimeCalls(fake, lambda r: r.headers.get("X-TC-Action") == "DescribeTaskDetail")
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=calls.transport) as client:
            task_id = _create_task(client)
            calls.start()
            client.wait_for_task(task_id)
    return WaitRun(tuple(calls.times), finish_after, len(PLAN))


CASE = Case(
    name="ams",
    operation="DescribeTaskDetail",
    method="POST",
    path="/",
    request_json={"TaskId": TASK_ID},
    payload="ams_describe_task_detail.json",
    package="ams_client",
    official_distribution="tencentcloud-sdk-python-ams",
    official_module="tencentcloud.ams.v20201229.ams_client",
    official_also_imports=("tencentcloud.common.credential",),
    ours_sync=ours_sync,
    ours_async=ours_async,
    official=official,
    load=load,
    simulate_wait=simulate_wait,
    real_wait=real_wait,
    read=read,
)
