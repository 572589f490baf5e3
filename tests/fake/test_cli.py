"""The `fakecloud` command: its flags override the FAKE_* variables (which keep working as documented), a
bad value is refused naming the flag or the variable, and the installed console script serves."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fakecloud.cli import main, parser, settings_from
from fakecloud.progression import Progression
from fakecloud.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]


def settings(argv: list[str], environ: dict[str, str]) -> Settings:
    return settings_from(parser().parse_args(argv), environ)


def test_without_flags_the_variables_decide() -> None:
    env = {"FAKE_PORT": "9000", "FAKE_PROGRESSION": "seconds:2", "FAKE_RATE_LIMIT": "on", "FAKE_AUTH": "off",
           "FAKE_AK": "AKENV", "FAKE_SK": "skenv"}  # fmt: skip
    got = settings([], env)
    assert (got.port, got.progression, got.rate_limit, got.auth, got.ak, got.sk) == (
        9000, Progression("seconds", 2), 20, False, "AKENV", "skenv",
    )  # fmt: skip
    assert settings([], {}) == Settings()


def test_each_flag_overrides_its_variable_and_only_it() -> None:
    env = {"FAKE_PORT": "9000", "FAKE_PROGRESSION": "seconds:2", "FAKE_RATE_LIMIT": "on", "FAKE_AK": "AKENV"}
    got = settings(["--port", "9100", "--rate-limit", "5", "--secret-id", "AKIDFLAG", "--auth", "OFF"], env)
    assert (got.port, got.rate_limit, got.secret_id, got.auth) == (9100, 5, "AKIDFLAG", False)
    assert (got.progression, got.ak) == (Progression("seconds", 2), "AKENV")


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["--port", "70000"], {}, "--port: must be a port number (1-65535), got '70000'"),
        (["--port", "²"], {}, "--port: must be a port number"),
        (["--progression", "polls:0"], {}, "--progression: expected 'immediate', 'polls:N'"),
        (["--rate-limit", "fast"], {}, "--rate-limit: must be 'off', 'on' or a number"),
        (["--auth", "maybe"], {}, "--auth: must be 'on' or 'off', got 'maybe'"),
        (["--sk", ""], {}, "--sk: must not be empty"),
        ([], {"FAKE_PORT": "http"}, "FAKE_PORT: must be a port number"),
        (["--port", "9000"], {"FAKE_AUTH": "maybe"}, "FAKE_AUTH: must be 'on' or 'off'"),
    ],
)
def test_a_bad_value_names_the_flag_or_variable(
    argv: list[str], env: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        settings(argv, env)
    assert main(argv, env) == 2
    assert capsys.readouterr().err.startswith(f"fakecloud: {message}")


def test_a_bad_value_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "0"], {}) == 2
    assert capsys.readouterr().err == "fakecloud: --port: must be a port number (1-65535), got '0'\n"


def test_coverage_prints_the_committed_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage"], {}) == 0
    assert capsys.readouterr().out == (ROOT / "fakecloud" / "COVERAGE.md").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_console_script_serves_on_the_flag_s_port_over_the_variable_s() -> None:
    script = Path(sys.executable).with_name("fakecloud")
    flag_port, env_port = _free_port(), _free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("FAKE_")}, "FAKE_PORT": str(env_port),
           "FAKE_PROGRESSION": "seconds:3"}  # fmt: skip
    process = subprocess.Popen([str(script), "--port", str(flag_port), "--auth", "off"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{flag_port}/_fakecloud/health", timeout=1).json()
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "fakecloud did not start"
                time.sleep(0.1)
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"http://127.0.0.1:{env_port}/_fakecloud/health", timeout=1)
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=10)[0]

    assert (health["auth"], health["progression"]) == (False, "seconds:3")
    assert f"fake cloud on http://127.0.0.1:{flag_port}  (auth off" in output
    assert f"control plane http://127.0.0.1:{flag_port}/_fakecloud" in output
    assert "fake-sk-not-a-secret" not in output and process.returncode == 0
