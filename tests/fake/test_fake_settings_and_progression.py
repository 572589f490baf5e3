"""Fake cloud settings (FAKE_* variables) and job progression."""

from __future__ import annotations

import pytest
from fakecloud.progression import Progression, Timeline
from fakecloud.settings import DEFAULT_AK, DEFAULT_PORT, Settings, SettingsError


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


@pytest.mark.parametrize("text", ["soon", "polls:1.5", "seconds:-1", "polls:", "seconds:x"])
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
