"""MetaStudio in the benchmark: ShowShortJob of a succeeded job with a full assess_result.

Clients: our `metastudio_client` (sync and asyncio facade) and Huawei's `huaweicloudsdkmetastudio`
(MetaStudioClient.show_short_job with BasicCredentials(ak, sk, project_id)). The official SDK takes
http:// endpoints as they are (ClientBuilder keeps any endpoint starting with "http"), so no tweak
is needed beyond pointing it at the loopback server; it signs with SDK-HMAC-SHA256 like ours.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .case import AK, PROJECT_ID, SK, AsyncCall, Case, Mix, SyncCall, WaitRun, huawei_data_of

if TYPE_CHECKING:
    import httpx

JOB_ID = "26f06524-4f75-4b3a-a853-b649a21aaf66"
SHORT_JOBS = f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs"
IN_PROCESS_URL = "https://metastudio.fake"


def ours_sync(base_url: str) -> SyncCall:
    from metastudio_client import HuaweiCredentials, connect

    client = connect(base_url=base_url, credentials=HuaweiCredentials(AK, SK, PROJECT_ID))
    return partial(client.show_short_job, JOB_ID)


def ours_async(base_url: str) -> AsyncCall:
    from metastudio_client import HuaweiCredentials, connect_async

    client = connect_async(base_url=base_url, credentials=HuaweiCredentials(AK, SK, PROJECT_ID))
    return partial(client.show_short_job, JOB_ID)


def official(base_url: str) -> SyncCall:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials  # type: ignore[import-not-found]
    from huaweicloudsdkmetastudio.v1 import MetaStudioClient, ShowShortJobRequest  # type: ignore[import-not-found]

    builder = MetaStudioClient.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT_ID))
    client = builder.with_endpoint(base_url).build()

    def call() -> object:
        return client.show_short_job(ShowShortJobRequest(job_id=JOB_ID))

    return call


def _succeeded_jobs(base_url: str, count: int) -> list[str]:
    """Run `count` short jobs to SUCCEED on the fake (so reads return a full assess_result)."""
    from fakecloud.samples import voice_zip
    from metastudio_client import Backoff, HuaweiCredentials, connect

    with tempfile.TemporaryDirectory() as folder:
        recording = voice_zip(Path(folder) / "voice.zip")
        with connect(base_url=base_url, credentials=HuaweiCredentials(AK, SK, PROJECT_ID)) as client:
            return [client.run_short_job(recording, backoff=Backoff(0.01, 1, 0.01)).job_id for _ in range(count)]


def load(base_url: str) -> Mapping[str, Mix]:
    """read-heavy: 90% ShowShortJob + 10% ShowJobAuditResult of succeeded jobs; create-heavy: 80%
    CreateShortJob + 20% ShowShortJob. Requests are signed once (valid for the gateway's 15 minutes)."""
    import httpx
    from metastudio_client import AkSkAuth, HuaweiCredentials

    job = _succeeded_jobs(base_url, 1)[0]
    auth = AkSkAuth(HuaweiCredentials(AK, SK, PROJECT_ID))
    with httpx.Client(base_url=base_url) as http:

        def signed(method: str, path: str, body: Mapping[str, Any] | None = None) -> httpx.Request:
            request = http.build_request(method, path, json=body)
            auth.sign(request)
            return request

        show = signed("GET", f"{SHORT_JOBS}/{job}")
        audit = signed("GET", f"/v1/{PROJECT_ID}/voice-training-manage/user/jobs/{job}/audit-result")
        create = signed("POST", SHORT_JOBS, {"job_type": "VOICE_ASSESS"})
    return {
        "read-heavy": [(0.9, "ShowShortJob", show), (0.1, "ShowJobAuditResult", audit)],
        "create-heavy": [(0.8, "CreateShortJob", create), (0.2, "ShowShortJob", show)],
    }


def _plan() -> list[str]:
    from fakecloud.metastudio.assess import Outcome

    return Outcome("SUCCEED").plan


def simulate_wait(finish_after: float) -> WaitRun:
    """`wait_for_short_job` (default backoff) on a virtual clock, for a job whose states the fake's own
    Timeline plays out evenly so that it succeeds `finish_after` seconds after the commit."""
    from metastudio_client import HuaweiCredentials, connect
    from metastudio_client._overrides.common import waiting

    from ..waiters import simulate

    payload = CASE.payload_data()

    def body_of(state: str) -> dict[str, Any]:
        body = {**payload, "state": state} if state == "SUCCEED" else {**payload, "state": state, "assess_result": None}
        return {k: v for k, v in body.items() if v is not None}

    def wait(transport: httpx.BaseTransport) -> None:
        credentials = HuaweiCredentials(AK, SK, PROJECT_ID)
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=transport) as client:
            client.wait_for_short_job(JOB_ID)

    return simulate(waiting.poll, _plan(), finish_after, body_of, wait)


def real_wait(finish_after: float) -> WaitRun:
    """The real `wait_for_short_job` against the in-process fake (FAKE_PROGRESSION=seconds:T), real time."""
    from fakecloud import FakeCloud, Settings
    from fakecloud.samples import voice_zip
    from metastudio_client import HuaweiCredentials, connect

    from ..waiters import RealTimeCalls, even_progression

    plan = _plan()
    cloud = FakeCloud(Settings(progression=even_progression(plan, finish_after)))
    with tempfile.TemporaryDirectory() as folder, cloud.transport() as fake:
        recording = voice_zip(Path(folder) / "voice.zip")
        credentials = HuaweiCredentials(AK, SK, PROJECT_ID)
        calls = RealTimeCalls(fake, lambda r: r.method == "GET" and r.url.path.startswith(f"{SHORT_JOBS}/"))
        with connect(base_url=IN_PROCESS_URL, credentials=credentials, transport=calls.transport) as client:
            created = client.create_short_job()
            client.upload_short_job_data(created.data_uploading_url, recording)
            client.commit_short_job(created.job_id)
            calls.start()
            client.wait_for_short_job(created.job_id)
    return WaitRun(tuple(calls.times), finish_after, len(plan))


CASE = Case(
    name="metastudio",
    operation="ShowShortJob",
    method="GET",
    path=f"{SHORT_JOBS}/{JOB_ID}",
    payload="metastudio_show_short_job.json",
    package="metastudio_client",
    official_distribution="huaweicloudsdkmetastudio",
    official_module="huaweicloudsdkmetastudio.v1",
    ours_sync=ours_sync,
    ours_async=ours_async,
    official=official,
    load=load,
    simulate_wait=simulate_wait,
    real_wait=real_wait,
    read=huawei_data_of,
)
