"""Credentials and Secrets are immutable: copy and deepcopy give the object itself (a settings dict holding
them deep-copies); pickle stays refused — a secret must not reach a file or another process — with an
error that says why and what to do instead (repro scripts 18_secret_surfaces.py, 19_creds_to_worker.py)."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import ams_client
import metastudio_client
import pytest

HUAWEI = metastudio_client.HuaweiCredentials("FAKEAK00000000000000", "SK-VERY-SECRET-1", "p" * 32, "TOKEN-SECRET")
TENCENT = ams_client.TencentCredentials("AKIDFAKE0000000000000000000000000000", "SK-VERY-SECRET-1", "TOKEN-SECRET")
HOLDERS = [HUAWEI, HUAWEI.sk, TENCENT, TENCENT.secret_key]


@pytest.mark.parametrize("holder", HOLDERS, ids=lambda h: type(h).__name__)
def test_copies_are_the_object_itself(holder: Any) -> None:
    assert copy.copy(holder) is holder
    assert copy.deepcopy(holder) is holder
    settings = copy.deepcopy({"credentials": holder, "region": "ap-guangzhou"})
    assert settings == {"credentials": holder, "region": "ap-guangzhou"} and settings["credentials"] is holder


@pytest.mark.parametrize("holder", HOLDERS, ids=lambda h: type(h).__name__)
def test_they_are_immutable(holder: Any) -> None:
    name = next(iter(type(holder).__slots__))
    with pytest.raises(AttributeError, match=f"{type(holder).__name__} is immutable: build a new one"):
        setattr(holder, name, "other")
    with pytest.raises(AttributeError, match="is immutable"):
        delattr(holder, name)


@pytest.mark.parametrize(
    ("holder", "instead"),
    [(HUAWEI, "HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID from the environment, else the "
              "credentials file ~/.huaweicloud/credentials (HUAWEICLOUD_SDK_CREDENTIALS_FILE)"),
     (TENCENT, "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY from the environment, else the profile file "
               "~/.tencentcloud/credentials"),
     (HUAWEI.sk, "read the secret where it is used, from the environment or a credentials file")],
)  # fmt: skip
def test_pickle_is_refused_saying_why_and_what_instead(holder: Any, instead: str) -> None:
    with pytest.raises(TypeError) as caught:
        pickle.dumps(holder)
    message = str(caught.value)
    assert message.startswith(f"{type(holder).__name__} cannot be pickled: a pickle would carry its secret in clear "
                              "to a file or another process. Instead, ")  # fmt: skip
    assert message.endswith(instead)
    assert "SECRET-1" not in message and "TOKEN-SECRET" not in message


def _total_in_worker(base: str) -> str:
    return type(ams_client.connect(base_url=base).client).__name__  # credentials from the worker's environment


def test_a_worker_process_gets_the_advice_and_builds_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDWORKER")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "worker-key")
    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(TypeError, match="connect\\(\\) without credentials="):
            pool.submit(_total_in_worker, TENCENT).result(timeout=60)  # type: ignore[arg-type]
        assert pool.submit(_total_in_worker, "http://127.0.0.1:9").result(timeout=60) == "ApiClient"
