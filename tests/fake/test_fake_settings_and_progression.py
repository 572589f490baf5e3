"""Fake cloud settings (in Python, FAKE_* variables: one parser) and job progression."""

from __future__ import annotations

import dataclasses
from typing import Any

import fakecloud
import pytest
from ams_client import RequestLimitExceededError, TencentCredentials
from ams_client import connect as connect_ams
from constants import AMS_URL, METASTUDIO_URL
from fakecloud import FakeCloud
from fakecloud.progression import Progression, Timeline
from fakecloud.settings import DEFAULT_AK, DEFAULT_PORT, Settings, SettingsError
from metastudio_client import HuaweiCredentials, connect


def test_defaults_are_documented_values() -> None:
    settings = Settings.from_env({})
    assert (settings.ak, settings.auth, settings.port, str(settings.progression)) == (
        DEFAULT_AK, True, DEFAULT_PORT, "polls:1",
    )  # fmt: skip
    assert "sk" not in repr(settings).replace("sk=", "")  # the SK field is left out of the repr
    assert settings.sk not in repr(settings)


def test_environment_overrides() -> None:
    env = {"FAKE_AK": "A", "FAKE_SK": "S", "FAKE_AUTH": "off", "FAKE_PORT": "9000", "FAKE_PROGRESSION": "seconds:2.5"}
    settings = Settings.from_env(env)
    assert (settings.ak, settings.sk, settings.auth, settings.port) == ("A", "S", False, 9000)
    assert settings.progression == Progression("seconds", 2.5)


@pytest.mark.parametrize(
    ("name", "value"),
    [("FAKE_AUTH", "maybe"), ("FAKE_PORT", "http"), ("FAKE_PORT", "70000"), ("FAKE_PROGRESSION", "polls:0")],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_settings_take_the_text_their_variables_take() -> None:
    """Settings(auth="off") left auth on (describe() said "off"), progression="immediate" crashed the first
    create (AttributeError), rate_limit="on" the first Tencent call (TypeError); port="9000" stayed text."""
    text = Settings(auth="off", progression="polls:3", rate_limit="on", port="9000")
    assert text == Settings(auth=False, progression=Progression("polls", 3), rate_limit=20, port=9000)
    assert Settings(auth="ON", rate_limit="off", progression=" Immediate ") == Settings(
        progression=Progression("immediate")
    )
    assert text == Settings.from_env({"FAKE_AUTH": "off", "FAKE_PROGRESSION": "polls:3", "FAKE_RATE_LIMIT": "on",
                                      "FAKE_PORT": "9000"})  # fmt: skip
    assert FakeCloud(text).describe() == {"services": ["metastudio", "moderation", "ams"], "auth": False,
                                          "progression": "polls:3", "rate_limit": 20, "security_token": False,
                                          "tc_token": False}  # fmt: skip


def test_text_settings_behave_like_the_variables() -> None:
    cloud = FakeCloud(Settings(auth="off", progression="immediate", rate_limit="1"))
    wrong = HuaweiCredentials("WRONG", "wrong", "p")
    with connect(base_url=METASTUDIO_URL, credentials=wrong, transport=cloud.transport()) as metastudio:
        job_id = metastudio.create_short_job().job_id  # auth off: a wrong key is accepted
        assert metastudio.show_short_job(job_id).state == "CREATING"
    with connect_ams(base_url=AMS_URL, credentials=TencentCredentials("AKIDWRONG", "x"),
                     transport=cloud.transport()) as ams:  # fmt: skip
        [task] = ams.create_audio_moderation_task(["https://media.example.com/a.mp3"]).results or []
        assert ams.describe_task_detail(str(task.task_id)).status == "FINISH"  # immediate
        with pytest.raises(RequestLimitExceededError):  # 1 request per second and action; no retry to outwait it
            ams.with_options(max_retries=0).describe_task_detail(str(task.task_id))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"auth": "maybe"}, "Settings.auth: must be 'on' or 'off' (or True / False), got 'maybe'"),
        ({"auth": 1}, "Settings.auth: must be 'on' or 'off' (or True / False), got 1"),
        ({"progression": "soon"}, "Settings.progression: expected 'immediate', 'polls:N'"),
        ({"progression": 3}, "Settings.progression: must be a Progression or 'immediate'"),
        ({"rate_limit": 0}, "Settings.rate_limit: must be 'off', 'on' or a number of requests per second (>= 1), "
                            "got 0"),
        ({"rate_limit": True}, "Settings.rate_limit: must be 'off', 'on' or a number"),
        ({"rate_limit": "fast"}, "Settings.rate_limit: must be 'off', 'on' or a number"),
        ({"port": "http"}, "Settings.port: must be a port number (0-65535, 0: a free port), got 'http'"),
        ({"port": 65536}, "Settings.port: must be a port number"),
        ({"ak": ""}, "Settings.ak: must not be empty"),
        ({"ak": None}, "Settings.ak: must be text, got NoneType"),
        ({"sk": " padded "}, "Settings.sk: must be printable ASCII without spaces"),
        ({"secret_key": "tab\tinside"}, "Settings.secret_key: must be printable ASCII without spaces"),
    ],
)  # fmt: skip
def test_a_bad_value_is_refused_naming_the_field(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        Settings(**fields)
    assert " padded " not in str(caught.value) and "inside" not in str(caught.value)  # secrets are not shown


def test_replace_checks_too_and_settings_are_hashable() -> None:
    settings = Settings(progression="immediate")
    assert dataclasses.replace(settings, rate_limit=2) == Settings(progression="immediate", rate_limit=2)
    with pytest.raises(SettingsError, match=r"Settings\.port"):
        dataclasses.replace(settings, port=-1)
    assert len({settings, Settings(progression=Progression("immediate")), Settings()}) == 2


def test_what_a_user_needs_to_build_settings_is_exported() -> None:
    assert fakecloud.Progression is Progression and fakecloud.Settings is Settings
    assert fakecloud.SettingsError is SettingsError and issubclass(SettingsError, ValueError)


@pytest.mark.parametrize(
    ("mode", "amount"),
    [("polls", 0), ("polls", 1.5), ("seconds", -1), ("seconds", float("inf")), ("seconds", float("nan")),
     ("immediate", 2), ("sometimes", 1), ("polls", True)],
)  # fmt: skip
def test_a_progression_that_cannot_advance_is_refused(mode: Any, amount: Any) -> None:
    with pytest.raises(ValueError, match="expected 'immediate', 'polls:N' \\(a whole N >= 1\\) or 'seconds:T'"):
        Progression(mode, amount)


@pytest.mark.parametrize("text", ["soon", "polls:1.5", "seconds:-1", "polls:", "seconds:x", "seconds:inf",
                                  "seconds:nan", "polls:inf", "immediate:1"])  # fmt: skip
def test_progression_parse_errors(text: str) -> None:
    with pytest.raises(ValueError, match="expected 'immediate'"):
        Progression.parse(text)


def test_polls_progression_shows_each_state_n_times() -> None:
    timeline = Timeline(["A", "B", "C"], Progression.parse("polls:2"))
    assert [timeline.observe() for _ in range(7)] == ["A", "A", "B", "B", "C", "C", "C"]
    assert timeline.finished


def test_seconds_progression_follows_the_clock() -> None:
    now = [100.0]
    timeline = Timeline(["A", "B", "C"], Progression.parse("seconds:10"), clock=lambda: now[0])
    assert timeline.observe() == "A"
    now[0] = 115
    assert timeline.current() == "B" and timeline.changed_at == 115
    now[0] = 200
    assert timeline.observe() == "C"


def test_immediate_progression_jumps_to_the_end() -> None:
    assert Timeline(["A", "B"], Progression.parse("immediate")).current() == "B"
