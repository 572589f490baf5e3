"""Which contract modules a live CONTRACT_BASE_URL runs: the spec's servers, or any loopback URL."""

from __future__ import annotations

import pytest

from contract.target import serves, spec_document


@pytest.mark.parametrize(
    ("url", "metastudio", "moderation"),
    [
        ("https://metastudio.cn-north-4.myhuaweicloud.com", True, False),
        ("https://moderation.ap-southeast-3.myhuaweicloud.com/", False, True),
        ("https://moderation.eu-west-101.myhuaweicloud.com", False, False),
        ("https://moderation.cn-north-4.myhuaweicloud.com.evil.example", False, False),
        ("http://127.0.0.1:8765", True, True),
        ("http://localhost:9000", True, True),
    ],
)
def test_a_live_url_selects_the_specs_that_list_it(url: str, metastudio: bool, moderation: bool) -> None:
    assert (serves(spec_document("metastudio"), url), serves(spec_document("moderation"), url)) == (
        metastudio,
        moderation,
    )
