"""The `fakecloud` command: its flags override the FAKE_* variables (which keep working as documented), a
bad value is refused naming the flag or the variable, and the installed console script serves: announced
once it accepts connections, stopped quietly by Ctrl-C or SIGTERM, with the documented exit status."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fakecloud.cli import main, parser, settings_from
from fakecloud.progression import Progression
from fakecloud.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("fakecloud")
BANNER = re.compile(r"^fake cloud on http://127\.0\.0\.1:(\d+)  \(auth ")


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
        (["--port", "70000"], {}, "--port: must be a port number (0-65535, 0: a free port), got '70000'"),
        (["--port", "²"], {}, "--port: must be a port number"),
        (["--port", "٩٠٠٠"], {}, "--port: must be a port number"),  # Arabic-Indic digits are not a port
        (["--progression", "polls:0"], {}, "--progression: expected 'immediate', 'polls:N'"),
        (["--progression", "seconds:inf"], {}, "--progression: expected 'immediate', 'polls:N' (a whole N >= 1) or "
                                                "'seconds:T' (a finite T >= 0), got 'seconds:inf'"),
        (["--progression", "seconds:nan"], {}, "--progression: expected"),
        (["--rate-limit", "fast"], {}, "--rate-limit: must be 'off', 'on' or a number"),
        (["--auth", "maybe"], {}, "--auth: must be 'on' or 'off' (or True / False), got 'maybe'"),
        (["--sk", ""], {}, "--sk: must not be empty"),
        (["--sk", " "], {}, "--sk: must be printable ASCII without spaces"),
        (["--ak", ""], {}, "--ak: must not be empty"),
        (["--ak", "AK WITH SPACE"], {}, "--ak: must be printable ASCII without spaces, got 'AK WITH SPACE'"),
        ([], {"FAKE_PORT": "http"}, "FAKE_PORT: must be a port number"),
        ([], {"FAKE_SK": " "}, "FAKE_SK: must be printable ASCII without spaces"),
        ([], {"FAKE_PROGRESSION": "seconds:inf"}, "FAKE_PROGRESSION: expected"),
        (["--port", "9000"], {"FAKE_AUTH": "maybe"}, "FAKE_AUTH: must be 'on' or 'off'"),
    ],
)  # fmt: skip
def test_a_bad_value_names_the_flag_or_variable(
    argv: list[str], env: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        settings(argv, env)
    assert main(argv, env) == 2
    assert capsys.readouterr().err.startswith(f"fakecloud: {message}")


def test_a_bad_value_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--port", "-1"], {}) == 2
    assert capsys.readouterr().err == "fakecloud: --port: must be a port number (0-65535, 0: a free port), got '-1'\n"


def test_a_secret_s_bad_value_is_not_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--secret-key", "leaked secret"], {}) == 2
    assert "leaked" not in capsys.readouterr().err


def test_a_flag_wins_before_its_variable_is_read() -> None:
    env = {"FAKE_PORT": "abc", "FAKE_PROGRESSION": "soon", "FAKE_SK": " "}
    got = settings(["--port", "9106", "--progression", "polls:2", "--sk", "sk-flag"], env)
    assert (got.port, got.progression, got.sk) == (9106, Progression("polls", 2), "sk-flag")


def test_an_empty_variable_counts_as_unset() -> None:
    assert settings([], {"FAKE_PORT": "", "FAKE_AK": "", "FAKE_AUTH": ""}) == Settings()


def test_coverage_prints_the_committed_table_and_reads_no_setting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage"], {"FAKE_PORT": "abc", "FAKE_AUTH": "maybe"}) == 0
    printed = capsys.readouterr().out
    committed = (ROOT / "fakecloud" / "COVERAGE.md").read_text(encoding="utf-8")
    # the same table; only the committed file says how the repository makes and checks it
    assert printed.partition("\n## ")[2] == committed.partition("\n## ")[2]
    assert "scripts/fake_package.py" in committed and "make " not in printed and "scripts/" not in printed
    assert "by `fakecloud coverage`" in printed


def test_coverage_refuses_the_flags_of_serve(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["coverage", "--port", "9000"], {})
    assert exited.value.code == 2 and "coverage takes no flags (--port are flags of serve)" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_console_script_serves_on_the_flag_s_port_over_the_variable_s() -> None:
    script = SCRIPT
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


def _clean_env(**variables: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("FAKE_")}, **variables}


@contextmanager
def _fakecloud(*args: str, **variables: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The console script started with `args`, and its first line of output (once it has printed one)."""
    process = subprocess.Popen([str(SCRIPT), *args], env=_clean_env(**variables), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        yield process, process.stdout.readline()
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_the_banner_comes_once_the_port_accepts_connections() -> None:
    for _ in range(5):  # announced before binding, a connection right after the banner was refused 6 times in 10
        with _fakecloud("--port", str(_free_port())) as (process, banner):
            port = int(BANNER.match(banner)[1])  # type: ignore[index]
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                pass
            assert httpx.get(f"http://127.0.0.1:{port}/_fakecloud/health", timeout=5).json()["status"] == "ok"
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 0


def test_port_0_serves_on_a_free_port_and_names_it() -> None:
    with _fakecloud("--port", "0") as (process, banner):
        port = int(BANNER.match(banner)[1])  # type: ignore[index]
        assert port != 0 and f"control plane http://127.0.0.1:{port}/_fakecloud;" in banner
        assert httpx.get(f"http://127.0.0.1:{port}/_fakecloud/health", timeout=5).status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0


def test_a_busy_port_exits_1_with_one_line_and_no_banner() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with _fakecloud("--port", str(port)) as (process, banner):
            assert process.wait(timeout=30) == 1
            assert process.stderr is not None
            error = process.stderr.read()
    assert banner == ""
    assert error == f"fakecloud: cannot listen on 127.0.0.1:{port}: Address already in use\n"


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_with_a_delayed_request_in_flight_is_quiet(stop: signal.Signals) -> None:
    """The waiting client sees its connection closed at once (no 500), the call is logged without a status,
    nothing is written to stderr, and the command exits 0."""
    with _fakecloud("--port", "0", "--auth", "off") as (process, banner):
        url = f"http://127.0.0.1:{BANNER.match(banner)[1]}"  # type: ignore[index]
        httpx.post(url + "/_fakecloud/faults", json={"operation": "DescribeTasks", "delay": 20, "times": 1})
        outcome: list[BaseException | int] = []

        def wait_in_a_delay() -> None:
            try:
                outcome.append(httpx.post(url + "/", headers={"X-TC-Action": "DescribeTasks", "X-TC-Version":
                               "2020-12-29"}, json={}, timeout=30).status_code)  # fmt: skip
            except httpx.TransportError as exc:
                outcome.append(exc)

        client = threading.Thread(target=wait_in_a_delay)
        client.start()
        while httpx.get(url + "/_fakecloud/faults").json()["faults"][0]["hits"] == 0:  # the delay has begun
            time.sleep(0.01)
        process.send_signal(stop)
        client.join(timeout=15)
        code = process.wait(timeout=15)
        assert process.stderr is not None
        errors = process.stderr.read()

    assert code == 0 and errors == ""
    [result] = outcome
    assert isinstance(result, httpx.RemoteProtocolError), result
    assert str(result) == "Server disconnected without sending a response."
