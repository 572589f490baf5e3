"""Personal data and pre-signed URLs out of reprs: the phone number, the links to the authorization letter and
the user's data, and the OBS upload URLs.

The generated models are attrs classes whose repr() prints every field, so printing or logging a task
(or the body that creates or submits one) would show the user's phone number, and the URLs of the
signed authorization letter and of the original recordings; printing what a create call answered would
show its pre-signed upload URLs, whose query lets anyone write the object until it expires. This patch
masks the personal fields whole and the upload URLs' queries (common.secrets.mask_fields); the values
sent and received are unchanged.
"""

from __future__ import annotations

from ...models import (
    AdminAuditResult,
    CommitVoiceTrainingJobRequestBody,
    CreateShortJobResponseBody,
    CreateTrainingJobRequestBody,
    CreateTrainingJobResponseBody,
    PackageUploadingUrl,
    SegmentUploadingUrls,
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
SIGNED_URLS = {
    CreateShortJobResponseBody: ("data_uploading_url",),
    CreateTrainingJobResponseBody: ("training_data_uploading_url",),
    PackageUploadingUrl: ("training_data_uploading_url",),
    SegmentUploadingUrls: ("audio_uploading_url", "txt_uploading_url"),
    AdminAuditResult: ("attachment_url",),
}


def install() -> None:
    for model in PERSONAL.keys() | SIGNED_URLS.keys():
        mask_fields(model, *PERSONAL.get(model, ()), signed_urls=SIGNED_URLS.get(model, ()))
