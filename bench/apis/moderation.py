"""Content Moderation in the benchmark: ShowAudioModerationJob of a succeeded job with risky details.

Clients: our `moderation_client` (sync and asyncio facade, `show_audio_job`) and Huawei's
`huaweicloudsdkmoderation` (ModerationClient.run_query_audio_moderation_job — the SDK's name of
ShowAudioModerationJob, "RunQueryAudioModerationJob" in API Explorer — with BasicCredentials(ak, sk,
project_id)); it takes http:// endpoints as they are. Its model of request_params.data has only
`url`, so it drops the documented `language` (see OFFICIAL_LACKS).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from .case import AK, PROJECT_ID, SK, AsyncCall, Case, Mix, SyncCall, WaitRun, huawei_data_of

if TYPE_CHECKING:
    pass

JOB_ID = "01763740800_e74125074214453884fc082622eca037"
JOBS = f"/v3/{PROJECT_ID}/moderation/audio/jobs"
IN_PROCESS_URL = "https://moderation.fake"
# An audio URL the fake turns into two risky details (fakecloud/src/fakecloud/moderation/rules.py).
RISKY_AUDIO = "https://media.fake/live/room-8812_porn_0_10_ad_30_40.wav"
CATEGORIES = ("porn", "ad", "moan", "abuse")
OFFICIAL_LACKS = ("request_params.data.language",)


def ours_sync(base_url: str) -> SyncCall:
    from moderation_client import HuaweiCredentials, connect

    client = connect(base_url=base_url, credentials=HuaweiCredentials(AK, SK, PROJECT_ID))
    return partial(client.show_audio_job, JOB_ID)


def ours_async(base_url: str) -> AsyncCall:
    from moderation_client import HuaweiCredentials, connect_async

    client = connect_async(base_url=base_url, credentials=HuaweiCredentials(AK, SK, PROJECT_ID))
    return partial(client.show_audio_job, JOB_ID)


def official(base_url: str) -> SyncCall:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials  # type: ignore[import-not-found]
    from huaweicloudsdkmoderation.v3 import (  # type: ignore[import-not-found]
        ModerationClient,
        RunQueryAudioModerationJobRequest,
    )

    builder = ModerationClient.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT_ID))
    client = builder.with_endpoint(base_url).build()

    def call() -> object:
        return client.run_query_audio_moderation_job(RunQueryAudioModerationJobRequest(job_id=JOB_ID))

    return call


def load(base_url: str) -> Mapping[str, Mix]:
    """read-heavy: ShowAudioModerationJob of a succeeded job; create-heavy: 80% CreateAudioModerationJob +
    20% ShowAudioModerationJob. Requests are signed once (valid for the gateway's 15 minutes)."""
    import httpx
    from moderation_client import AkSkAuth, Backoff, HuaweiCredentials, connect

    credentials = HuaweiCredentials(AK, SK, PROJECT_ID)
    with connect(base_url=base_url, credentials=credentials) as client:
        job = client.create_audio_job(RISKY_AUDIO, categories=CATEGORIES, event_type="live").job_id
        client.wait_for_audio_job(job, backoff=Backoff(0.01, 1, 0.01))
    auth = AkSkAuth(credentials)
    body = {"data": {"url": RISKY_AUDIO}, "event_type": "live", "categories": list(CATEGORIES)}
    with httpx.Client(base_url=base_url) as http:
        show = http.build_request("GET", f"{JOBS}/{job}")
        create = http.build_request("POST", JOBS, json=body)
        for request in (show, create):
            auth.sign(request)
    return {
        "read-heavy": [(1.0, "ShowAudioModerationJob", show)],
        "create-heavy": [(0.8, "CreateAudioModerationJob", create), (0.2, "ShowAudioModerationJob", show)],
    }


def _plan() -> list[str]:
    from fakecloud.moderation.rules import Outcome

    return Outcome("succeeded").plan


def simulate_wait(finish_after: float) -> WaitRun:
    """`wait_for_audio_job` (default backoff) on a virtual clock, for a job whose states the fake's own
    Timeline plays out evenly so that it succeeds `finish_after` seconds after its creation."""
    import httpx
    from moderation_client import HuaweiCredentials, connect
    from moderation_client._overrides.common import waiting

    from ..waiters import simulate

    payload = CASE.payload_data()

    def body_of(state: str) -> dict[str, Any]:
        body = {**payload, "status": state}
        return body if state == "succeeded" else {k: v for k, v in body.items() if k != "result"}

    def wait(transport: httpx.BaseTransport) -> None:
        credentials = HuaweiCredentials(AK, SK, PROJECT_ID)
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=transport) as client:
            client.wait_for_audio_job(JOB_ID)

    return simulate(waiting.poll, _plan(), finish_after, body_of, wait)


def real_wait(finish_after: float) -> WaitRun:
    """The real `wait_for_audio_job` against the in-process fake (FAKE_PROGRESSION=seconds:T), real time."""
    from fakecloud import FakeCloud, Settings
    from moderation_client import HuaweiCredentials, connect

    from ..waiters import RealTimeCalls, even_progression

    plan = _plan()
    cloud = FakeCloud(Settings(progression=even_progression(plan, finish_after)))
    credentials = HuaweiCredentials(AK, SK, PROJECT_ID)
    with cloud.transport() as fake:
        calls = RealTimeCalls(fake, lambda r: r.method == "GET" and r.url.path.startswith(f"{JOBS}/"))
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=calls.transport) as client:
            created = client.create_audio_job(RISKY_AUDIO, categories=CATEGORIES)
            calls.start()
            client.wait_for_audio_job(created.job_id)
    return WaitRun(tuple(calls.times), finish_after, len(plan))


CASE = Case(
    name="moderation",
    operation="ShowAudioModerationJob",
    method="GET",
    path=f"{JOBS}/{JOB_ID}",
    payload="moderation_show_audio_job.json",
    package="moderation_client",
    official_distribution="huaweicloudsdkmoderation",
    official_module="huaweicloudsdkmoderation.v3",
    ours_sync=ours_sync,
    ours_async=ours_async,
    official=official,
    load=load,
    simulate_wait=simulate_wait,
    real_wait=real_wait,
    read=huawei_data_of,
    official_lacks=OFFICIAL_LACKS,
)
