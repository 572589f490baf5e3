"""schemathesis against Content Moderation audio jobs: both operations, all default checks, and a
stateful run along the spec's link (create → query). Set-up: harness.py."""

from __future__ import annotations

from typing import Any

import schemathesis
from moderation_client import AkSkAuth, HuaweiCredentials

from contract.harness import STATELESS, HuaweiContract

# The codes for a body that is not JSON (AIS.0014) and a request that fails validation (AIS.0012).
# AIS.0011 (neither biz_type nor event_type + categories) and AIS.0022 (an audio URL that is not an
# http(s) URL, or a callback the fake will not call) are rules the schema cannot express, so schema-valid
# data may get them.
contract = HuaweiContract("moderation", HuaweiCredentials, AkSkAuth, validation_codes={"AIS.0012", "AIS.0014"})


@contract.schema.parametrize()
@STATELESS
def test_operation(case: schemathesis.Case[Any]) -> None:
    contract.call(case)


TestModerationJourneys = contract.journeys()
