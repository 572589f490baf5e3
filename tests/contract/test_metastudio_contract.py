"""schemathesis against MetaStudio: every operation, all default checks, and a stateful run along
the spec's links (create → commit → show / audit result). Set-up: harness.py."""

from __future__ import annotations

from typing import Any

import schemathesis
from metastudio_client import AkSkAuth, HuaweiCredentials

from contract.harness import STATELESS, HuaweiContract

# MetaStudio's codes for a body that is not JSON and for a request that fails validation.
contract = HuaweiContract("metastudio", HuaweiCredentials, AkSkAuth, validation_codes={"MSS.10000002", "MSS.10000003"})


@contract.schema.parametrize()
@STATELESS
def test_operation(case: schemathesis.Case[Any]) -> None:
    contract.call(case)


TestMetaStudioJourneys = contract.journeys()
