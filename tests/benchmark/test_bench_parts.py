"""Pieces of the benchmark that can be checked without running it: the payloads, the loopback
server's HTTP framing, the virtual clock, the load generator's loopback guard, the targets."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from typing import Any

import pytest
from ams_client.models import DescribeTaskDetailResponse
from fakecloud import Settings
from metastudio_client.models import ShowShortJobResponseBody
from moderation_client.models import ShowAudioModerationJobResponseBody

from bench import loadgen, targets
from bench.apis import APIS, ams, get
from bench.apis.case import AK, PAYLOADS, SECRET_ID, SECRET_KEY, SK, count_values, data_of
from bench.processes import Child
from bench.waiters import VirtualClock


def _unknown_fields(model: Any, where: str = "") -> list[str]:
    """Where a parsed model (and every model inside it) kept fields its spec does not document."""
    found = (
        [f"{where or '.'}: {sorted(model.additional_properties)}"]
        if getattr(model, "additional_properties", {})
        else []
    )
    for attribute in getattr(model, "__attrs_attrs__", ()):
        if attribute.name != "additional_properties":
            found += _unknown_fields(getattr(model, attribute.name), f"{where}.{attribute.name}")
    for index, item in enumerate(model if isinstance(model, list) else []):
        found += _unknown_fields(item, f"{where}[{index}]")
    return found


def test_the_metastudio_payload_is_a_full_assessment_our_model_reads_without_unknown_fields() -> None:
    case = get("metastudio")
    job = ShowShortJobResponseBody.from_dict(case.payload_data())
    case.check(job)
    assert _unknown_fields(job) == []
    assert set(case.payload_data()["assess_result"]) >= {"speed", "sound", "snr", "reverb", "dnsmos_ovrl", "dnsmos_bak"}


def test_the_moderation_payload_is_a_succeeded_job_with_details_our_model_reads_without_unknown_fields() -> None:
    case = get("moderation")
    job = ShowAudioModerationJobResponseBody.from_dict(case.payload_data())
    case.check(job)
    assert _unknown_fields(job) == []
    details = case.payload_data()["result"]["details"]
    assert len(details) >= 2 and all(detail["segments"] for detail in details)
    assert case.payload_data()["request_params"]["data"]["language"] == "zh"


def test_the_ams_payload_is_a_finished_task_with_labels_and_segments_our_model_reads_without_unknown_fields() -> None:
    case = get("ams")
    envelope = DescribeTaskDetailResponse.from_dict(case.payload_data())
    case.check(envelope.response)
    assert _unknown_fields(envelope) == []
    detail = case.payload_data()["Response"]
    assert detail["Status"] == "FINISH" and len(detail["Labels"]) >= 2 and len(detail["AudioSegments"]) >= 2
    assert case.request_json == {"TaskId": detail["TaskId"]} and (case.method, case.path) == ("POST", "/")


def test_the_ams_case_reads_envelopes_our_results_and_the_tencent_sdk_s_json() -> None:
    case = get("ams")
    payload = case.payload_data()

    class TencentModel:  # the official SDK's models: no to_dict(), JSON with nulls via to_json_string()
        def to_json_string(self) -> str:
            return json.dumps({**payload["Response"], "HitSnippetInfos": None})

    assert ams.read(payload) == ams.read(TencentModel()) == payload
    case.check(TencentModel())


def test_the_cases_sign_with_the_credentials_the_fake_accepts_by_default() -> None:
    fake = Settings()
    assert (fake.ak, fake.sk, fake.secret_id, fake.secret_key) == (AK, SK, SECRET_ID, SECRET_KEY)


def test_a_member_the_official_sdk_lacks_is_left_out_of_its_check_only() -> None:
    case = get("moderation")
    assert case.official_lacks == ("request_params.data.language",)
    dropped = json.loads(case.payload_bytes())
    del dropped["request_params"]["data"]["language"]
    with pytest.raises(AssertionError, match="differs from the payload"):
        case.check(dropped)
    assert case.check(dropped, lacking=case.official_lacks) == count_values(case.payload_data()) - 1


@pytest.mark.parametrize("case", APIS, ids=lambda case: case.name)
def test_every_member_an_official_sdk_is_said_to_lack_is_in_the_payload(case: Any) -> None:
    for path in case.official_lacks:
        value = case.payload_data()
        for key in path.split("."):
            assert isinstance(value, dict) and key in value, f"{case.name}: {path} is not in {case.payload}"
            value = value[key]


def test_every_api_module_names_a_distinct_api() -> None:
    assert [case.name for case in APIS] == ["metastudio", "moderation", "ams"]
    with pytest.raises(KeyError, match="known: metastudio, moderation, ams"):
        get("nope")


def test_data_of_drops_nulls_so_official_models_compare_with_the_payload() -> None:
    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"a": 1, "b": None, "c": {"d": None, "e": [1]}}

    assert data_of(Model()) == {"a": 1, "c": {"e": [1]}}


def test_loopback_server_answers_pipelined_and_split_requests_and_counts_them() -> None:
    case = get("ams")
    body = json.dumps(case.request_json).encode()
    with Child("loopback", [sys.executable, "-m", "bench.loopback", str(PAYLOADS / case.payload)]) as server:
        port = server.reply(timeout=30)["port"]
        with socket.create_connection(("127.0.0.1", port)) as connection:
            post = (f"POST / HTTP/1.1\r\nContent-Length: {len(body)}\r\nAuthorization: TC3-HMAC-SHA256 a\r\n"
                    "X-TC-Action: DescribeTaskDetail\r\n\r\n").encode() + body  # fmt: skip
            get_request = b"GET /y HTTP/1.1\r\nHost: h\r\n\r\n"
            connection.sendall(post[:10])
            time.sleep(0.05)
            connection.sendall(post[10:-5])  # headers, then the body in two parts, as requests may send them
            time.sleep(0.05)
            connection.sendall(post[-5:] + get_request)
            data = b""
            while data.count(b"HTTP/1.1 200 OK") < 2 or not data.endswith(case.payload_bytes()):
                data += connection.recv(65536)
        stats = server.ask("stats")
    assert data.count(case.payload_bytes()) == 2
    assert stats["requests"] == 2 and stats["signed"] == 1
    assert stats["request_lines"] == {"POST / HTTP/1.1": 1, "GET /y HTTP/1.1": 1}


def test_virtual_clock_drives_a_poller_and_restores_its_defaults() -> None:
    def poller(*, clock: object = time.monotonic, sleep: object = time.sleep) -> tuple[object, object]:
        return clock, sleep

    clock = VirtualClock()
    with clock.driving(poller):
        assert poller() == (clock.now, clock.sleep)
        clock.sleep(2.5)
        assert clock.now() == 2.5
    assert poller() == (time.monotonic, time.sleep)


def test_the_load_generator_refuses_anything_but_loopback() -> None:
    with pytest.raises(ValueError, match="only targets loopback"):
        asyncio.run(loadgen._run("10.0.0.1", 80, [(1.0, b"")], 1, 1.0, 1, 0))


def test_targets_are_not_met_when_not_measured_and_judged_per_api_when_they_are() -> None:
    results = {
        "percall": {
            "m": {"ratios": {"ours_sync_over_raw": 1.1, "official_over_ours": 1.5}},
            "t": {"ratios": {"ours_sync_over_raw": 1.4, "official_over_ours": 1.8}},
        },
        "imports": {"t": {"ours_over_official": 0.3}},
    }
    found = {row["target"]: row["met"] for row in targets.evaluate(results, ["m", "t"])}
    assert found["signed call + parse vs raw httpx (sync) [m]"] is True
    assert found["signed call + parse vs raw httpx (sync) [t]"] is False
    assert found["official SDK time / ours (sync) [m]"] is False
    assert found["official SDK time / ours (sync) [t]"] is True
    assert found["import time, ours / official SDK [m]"] is None
    assert found["import time, ours / official SDK [t]"] is True
    assert found["no-op `make generate`"] is None
