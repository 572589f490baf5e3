"""Pieces of the benchmark that can be checked without running it: the payloads, the loopback
server's HTTP framing, the virtual clock, the load generator's loopback guard, the targets."""

from __future__ import annotations

import asyncio
import socket
import sys
import time

import pytest
from metastudio_client.models import ShowShortJobResponseBody

from bench import loadgen, targets
from bench.apis import APIS, get
from bench.apis.case import PAYLOADS, data_of
from bench.processes import Child
from bench.waiters import VirtualClock


def test_the_metastudio_payload_is_a_full_assessment_our_model_reads_without_unknown_fields() -> None:
    case = get("metastudio")
    job = ShowShortJobResponseBody.from_dict(case.payload_data())
    case.check(job)
    assert job.additional_properties == {}
    assert all(getattr(job.assess_result, m).additional_properties == {} for m in ("speed", "sound", "snr"))
    assert set(case.payload_data()["assess_result"]) >= {"speed", "sound", "snr", "reverb", "dnsmos_ovrl", "dnsmos_bak"}


def test_every_api_module_names_a_distinct_api() -> None:
    assert len({case.name for case in APIS}) == len(APIS)
    with pytest.raises(KeyError, match="known: metastudio"):
        get("nope")


def test_data_of_drops_nulls_so_official_models_compare_with_the_payload() -> None:
    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"a": 1, "b": None, "c": {"d": None, "e": [1]}}

    assert data_of(Model()) == {"a": 1, "c": {"e": [1]}}


def test_loopback_server_answers_pipelined_and_split_requests_and_counts_them() -> None:
    case = get("metastudio")
    with Child("loopback", [sys.executable, "-m", "bench.loopback", str(PAYLOADS / case.payload)]) as server:
        port = server.reply(timeout=30)["port"]
        with socket.create_connection(("127.0.0.1", port)) as connection:
            post = b"POST /x HTTP/1.1\r\nContent-Length: 2\r\nAuthorization: SDK-HMAC-SHA256 a\r\n\r\n{}"
            get_request = b"GET /y HTTP/1.1\r\nHost: h\r\n\r\n"
            connection.sendall(post[:10])
            time.sleep(0.05)
            connection.sendall(post[10:] + get_request)
            data = b""
            while data.count(b"HTTP/1.1 200 OK") < 2 or not data.endswith(case.payload_bytes()):
                data += connection.recv(65536)
        stats = server.ask("stats")
    assert stats["requests"] == 2 and stats["signed"] == 1
    assert stats["request_lines"] == {"POST /x HTTP/1.1": 1, "GET /y HTTP/1.1": 1}


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


def test_targets_are_not_met_when_not_measured_and_judged_when_they_are() -> None:
    results = {"percall": {"m": {"ratios": {"ours_sync_over_raw": 1.1, "official_over_ours": 1.5}}}}
    found = {row["target"]: row for row in targets.evaluate(results, ["m"])}
    assert found["signed call + parse vs raw httpx (sync) [m]"]["met"] is True
    assert found["official SDK time / ours (sync) [m]"]["met"] is False
    assert found["import time, ours / official SDK [m]"]["met"] is None
