# Copied from overrides/metastudio/masked_fields.py by scripts/generate.py — edit that file, not this copy.
"""Personal data out of reprs: the phone number and the links to the authorization letter and the user's data.

The generated models are attrs classes whose repr() prints every field, so printing or logging a task
(or the body that creates or submits one) would show the user's phone number, and the URLs of the
signed authorization letter and of the original recordings. This patch masks those fields whole in the
models that carry them (common.secrets.mask_fields); the values sent and received are unchanged. (The
pre-signed upload URLs show without their query in every model's repr: common.secrets.install_reprs.)
"""

from __future__ import annotations

from ...models import (
    CommitVoiceTrainingJobRequestBody,
    CreateTrainingJobRequestBody,
    CreateTrainingJobResponseBody,
    ShowJobUploadingAddressResponseBody,
    VoiceTrainingJob,
)
from ..common.secrets import mask_fields

PERSONAL = {
    CreateTrainingJobRequestBody: ("phone",),
    CommitVoiceTrainingJobRequestBody: ("phone",),
    CreateTrainingJobResponseBody: ("authorization_letter_uploading_url",),
    ShowJobUploadingAddressResponseBody: ("authorization_letter_uploading_url",),
    VoiceTrainingJob: ("phone", "voice_authorization_url", "training_input_source_url"),
}


def install() -> None:
    for model, names in PERSONAL.items():
        mask_fields(model, *names)
