"""schemathesis against MetaStudio: every operation, all default checks, a stateful run along the spec's
links (create → commit → show / audit result / delete, short jobs and training tasks), and the training
flow walked link by link. Set-up: harness.py."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from metastudio_client import AkSkAuth, HuaweiCredentials

from contract.harness import STATELESS, HuaweiContract
from contract.target import WRITE

# MetaStudio's codes for a body that is not JSON and for a request that fails validation.
contract = HuaweiContract("metastudio", HuaweiCredentials, AkSkAuth, validation_codes={"MSS.10000002", "MSS.10000003"})


@contract.schema.parametrize()
@STATELESS
def test_operation(case: schemathesis.Case[Any]) -> None:
    contract.call(case)


TestMetaStudioJourneys = contract.journeys()

TRAINING_FLOW = ["CreateTrainingBasicJob", "CommitVoiceTrainingJob", "ShowVoiceTrainingJob", "ShowJobAuditResult",
                 "DeleteVoiceTrainingJob"]  # fmt: skip


@pytest.mark.skipif(not WRITE, reason="read-only contract run: the walk creates a task (set CONTRACT_WRITE=1)")
def test_the_training_flow_along_the_links() -> None:
    """create → commit (nothing uploaded: the documented error) → show → audit result → delete, the job id
    carried by the spec's links, every answer validated by every check."""
    answers = contract.along_links(TRAINING_FLOW, {"body": {"voice_name": "contract-walk", "create_type": "PACKAGE"}})
    assert [answer.status_code for answer in answers] == [200, 400, 200, 200, 200]
    if contract.target.cloud is not None:  # what the fake decides (a live service may word it otherwise)
        assert answers[1].json()["error_code"] == "MSS.10001004"
        assert answers[2].json()["state"] == "CREATING"
        assert answers[3].json() == {"system_audit_result": {"audit_time": 0, "errors": []}}
        walked = answers[0].json()["job_id"]
        assert walked not in [job.id for job in contract.target.cloud.jobs("metastudio")]  # deleted
