"""`fakecloud.serve()`: the fake on a real 127.0.0.1 socket in a thread. Broken connections really happen on
the socket, and raise the same httpx exceptions as the in-process transport (sync: with the same messages).
It stops quietly, also with a request waiting out an injected delay."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ams_client import Backoff as AmsBackoff  # each generated package has its own
from ams_client import TencentCredentials
from ams_client import connect as connect_ams
from constants import PROJECT_ID
from fakecloud import FAULT_HEADER, FakeCloud, ServedFake, Settings, SettingsError, serve
from fakecloud.progression import Progression
from metastudio_client import Backoff, HuaweiCredentials, connect

BASE = f"/v1/{PROJECT_ID}/voice-training-manage/user/short-jobs"


@pytest.fixture(scope="module")
def served() -> Iterator[ServedFake]:
    with serve(settings=Settings(progression=Progression("immediate"))) as fake:
        yield fake


@pytest.fixture
def fresh(served: ServedFake) -> ServedFake:
    served.cloud.reset()
    return served


def test_it_yields_where_it_listens_and_what_it_accepts(fresh: ServedFake, recording: Path) -> None:
    assert fresh.url == f"http://127.0.0.1:{fresh.port}"
    assert dict(fresh.urls) == dict.fromkeys(["metastudio", "moderation", "ams"], fresh.url)
    assert fresh.control_url == f"{fresh.url}/_fakecloud"
    creds = fresh.credentials
    assert (creds.ak, creds.secret_id, creds.project_id) == (
        "FAKEAK00000000000000", "AKIDFAKE0000000000000000000000000000", PROJECT_ID,
    )  # fmt: skip
    assert creds.sk not in repr(creds) and creds.secret_key not in repr(creds) and creds.token not in repr(creds)

    huawei = HuaweiCredentials(creds.ak, creds.sk, creds.project_id)
    with connect(base_url=fresh.urls["metastudio"], credentials=huawei) as metastudio:
        job = metastudio.run_short_job(recording, backoff=Backoff(0.01, maximum=0.1))
    tencent = TencentCredentials(creds.secret_id, creds.secret_key)
    with connect_ams(base_url=fresh.urls["ams"], credentials=tencent) as ams:
        [detail] = ams.moderate(["https://media.example.com/porn.mp3"], backoff=AmsBackoff(0.01, maximum=0.1))

    assert (job.state, detail.suggestion) == ("SUCCEED", "Block")
    assert [j.state for j in fresh.cloud.jobs()] == ["SUCCEED", "FINISH"]


def _exception(client: httpx.Client, path: str, fault: str) -> tuple[type[Exception], str]:
    with pytest.raises(httpx.TransportError) as caught:
        client.get(path, headers={FAULT_HEADER: fault})
    return type(caught.value), str(caught.value)


@pytest.mark.parametrize("connection", ["drop", "reset", "truncate"])
def test_a_broken_connection_raises_the_same_in_process_and_served(fresh: ServedFake, connection: str) -> None:
    settings = Settings(auth=False)
    in_process = FakeCloud(settings)
    with serve(settings=settings) as socket_fake, httpx.Client(transport=in_process.transport()) as local:
        with httpx.Client(base_url=socket_fake.url) as remote:
            job_id = remote.post(BASE, json={"job_type": "VOICE_ASSESS"}).json()["job_id"]
            over_socket = _exception(remote, f"{BASE}/{job_id}", f"connection={connection}")
            assert remote.get(f"{BASE}/{job_id}").status_code == 200  # a new connection serves again
        local_id = local.post(f"http://fake{BASE}", json={"job_type": "VOICE_ASSESS"}).json()["job_id"]
        # same body length in both: the job ids have the same length, the URL host is not in the body
        in_memory = _exception(local, f"http://fake{BASE}/{local_id}", f"connection={connection}")

    assert over_socket == in_memory
    expected = {"drop": httpx.RemoteProtocolError, "reset": httpx.ReadError, "truncate": httpx.RemoteProtocolError}
    assert over_socket[0] is expected[connection]
    assert [(c.operation, c.status) for c in socket_fake.cloud.calls.list(operation="ShowShortJob")] == [
        ("ShowShortJob", None), ("ShowShortJob", 200),
    ]  # fmt: skip


async def _async_exception(client: httpx.AsyncClient, path: str, fault: str) -> type[Exception]:
    with pytest.raises(httpx.TransportError) as caught:
        await client.get(path, headers={FAULT_HEADER: fault})
    return type(caught.value)


@pytest.mark.parametrize("fault", ["connection=drop", "connection=reset", "connection=truncate", "delay=5"])
def test_asyncio_clients_get_the_same_exception_class_in_process_and_served(fault: str) -> None:
    """Only the class is the same for asyncio: over a socket, httpx's asyncio backend raises some of them with
    an empty message (a reset is ReadError(''), a timeout ReadTimeout(''))."""
    settings = Settings(auth=False)
    in_process = FakeCloud(settings)
    path = f"{BASE}/job"

    async def both(url: str) -> tuple[type[Exception], type[Exception]]:
        async with (
            httpx.AsyncClient(base_url=url, timeout=0.5) as remote,
            httpx.AsyncClient(base_url="http://fake", transport=in_process.transport(), timeout=0.5) as local,
        ):
            return await _async_exception(remote, path, fault), await _async_exception(local, path, fault)

    with serve(settings=settings) as socket_fake, httpx.Client(base_url=socket_fake.url, timeout=0.5) as sync:
        over_socket, in_memory = asyncio.run(both(socket_fake.url))
        sync_class = _exception(sync, path, fault)[0]

    expected = {"connection=drop": httpx.RemoteProtocolError, "connection=reset": httpx.ReadError,
                "connection=truncate": httpx.RemoteProtocolError, "delay=5": httpx.ReadTimeout}[fault]  # fmt: skip
    assert over_socket is in_memory is sync_class is expected


def test_stopping_cuts_off_a_delayed_request_quietly(caplog: pytest.LogCaptureFixture,
                                                     capfd: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """The end of the block with a request waiting out a 30 s delay: the client's connection is closed at once,
    without an answer (it got a plain-text 500 after a second, and uvicorn logged a CancelledError), and the call
    log says so."""
    cloud = FakeCloud(Settings(auth=False))
    cloud.faults.add(operation="DescribeTasks", delay=30, times=1)
    outcome: list[BaseException | int] = []

    def call(url: str) -> None:
        try:
            outcome.append(httpx.post(url + "/", headers={"X-TC-Action": "DescribeTasks", "X-TC-Version": "2020-12-29"},
                                      json={}, timeout=60).status_code)  # fmt: skip
        except httpx.TransportError as exc:
            outcome.append(exc)

    with caplog.at_level(logging.INFO):
        with serve(cloud) as served:
            client = threading.Thread(target=call, args=(served.url,))
            client.start()
            while cloud.faults.rules()[0].hits == 0:  # the delay has begun
                time.sleep(0.01)
        client.join(10)

    [result] = outcome
    assert isinstance(result, httpx.RemoteProtocolError), result
    assert str(result) == "Server disconnected without sending a response."
    assert [(c.operation, c.status, c.fault) for c in cloud.calls.list()] == [("DescribeTasks", None, "delay=30")]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "Traceback" not in capfd.readouterr().err


def test_a_delay_makes_a_socket_client_time_out_and_the_fake_notices(fresh: ServedFake) -> None:
    auth = httpx.Client(base_url=fresh.url, timeout=0.2)
    fresh.cloud.faults.add(operation="ShowShortJob", delay=30, times=1)
    with auth:
        with pytest.raises(httpx.ReadTimeout):
            auth.get(f"{BASE}/job", headers={"X-Auth-Token": fresh.credentials.token})
        answer = auth.get(f"{BASE}/job", headers={"X-Auth-Token": fresh.credentials.token})

    assert (answer.status_code, answer.json()["error_code"]) == (400, "MSS.10001002")
    assert [(c.status, c.fault) for c in fresh.cloud.calls.list(operation="ShowShortJob")] == [
        (None, "delay=30"), (400, None),
    ]  # fmt: skip


def test_the_control_plane_answers_on_the_socket(fresh: ServedFake) -> None:
    with httpx.Client(base_url=fresh.control_url) as control:
        health = control.get("/health").json()
        added = control.post("/faults", json={"operation": "CreateShortJob", "status": 503, "times": 1})
        listed = control.get("/faults").json()["faults"]

    assert health == {"status": "ok", "services": ["metastudio", "moderation", "ams"], "auth": True,
                      "progression": "immediate", "rate_limit": None, "security_token": False,
                      "tc_token": False}  # fmt: skip
    assert added.status_code == 201 and listed == [added.json()]
    assert [rule.fault.status for rule in fresh.cloud.faults.rules()] == [503]


def _fakecloud_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("fakecloud-")]


def _refused(url: str) -> bool:
    try:
        httpx.get(url + "/_fakecloud/health", timeout=2)
    except httpx.ConnectError:
        return True
    return False


def test_it_stops_when_the_block_ends_also_when_it_raises() -> None:
    before = _fakecloud_threads()
    with serve() as quiet:
        assert httpx.get(quiet.url + "/_fakecloud/health").status_code == 200
    with pytest.raises(RuntimeError, match="the test body failed"), serve() as failing:
        raise RuntimeError("the test body failed")

    assert _refused(quiet.url) and _refused(failing.url)
    assert _fakecloud_threads() == before


def test_a_busy_port_is_refused_at_once(served: ServedFake) -> None:
    with pytest.raises(OSError), serve(port=served.port):
        pass


@pytest.mark.parametrize("port", ["http", -1, 70000, True])
def test_a_port_that_is_not_one_is_refused(port: Any) -> None:
    with pytest.raises(SettingsError, match=r"serve\(port=\.\.\.\): must be a port number"), serve(port=port):
        pass


def test_a_cloud_or_settings_not_both() -> None:
    with pytest.raises(TypeError, match="not both"), serve(FakeCloud(Settings()), settings=Settings()):
        pass


def test_serve_uses_the_documented_defaults_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_AUTH", "off")
    monkeypatch.setenv("FAKE_AK", "AKFROMENV")
    with serve() as fake:
        assert (fake.cloud.settings.auth, fake.credentials.ak) == (True, "FAKEAK00000000000000")


def test_a_free_port_each_time() -> None:
    with serve() as one, serve() as two:
        ports: Any = {one.port, two.port}
    assert len(ports) == 2
    for port in ports:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))  # released
