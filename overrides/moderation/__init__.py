"""Content Moderation audio jobs: the client facade (`connect`, `Moderation`, `AsyncModeration`), the
waiter, and the checks of callback notifications, on top of the shared and Huawei overrides."""

from __future__ import annotations

from ...models import (
    AudioLanguage,
    AudioModerationCategory,
    AudioModerationEventType,
    AudioModerationResult,
    CreateAudioModerationJobRequestBody,
    CreateAudioModerationJobResponseBody,
    ShowAudioModerationJobResponseBody,
)
from .. import huawei
from ..common.secrets import mask_fields
from .callbacks import SIGNATURE_HEADER, callback_signature, parse_callback, verify_callback_signature
from .jobs import FAILED_STATUSES, SUCCEEDED_STATUSES, AudioJobFailed
from .report import verdict_report
from .service import (
    DEFAULT_CATEGORIES,
    ENDPOINTS,
    AsyncModeration,
    AudioJobOptions,
    Moderation,
    connect,
    connect_async,
    create_request,
)

__all__ = [
    "DEFAULT_CATEGORIES",
    "ENDPOINTS",
    "FAILED_STATUSES",
    "SIGNATURE_HEADER",
    "SUCCEEDED_STATUSES",
    "AsyncModeration",
    "AudioJobFailed",
    "AudioJobOptions",
    "AudioLanguage",
    "AudioModerationCategory",
    "AudioModerationEventType",
    "AudioModerationResult",
    "CreateAudioModerationJobRequestBody",
    "CreateAudioModerationJobResponseBody",
    "Moderation",
    "ShowAudioModerationJobResponseBody",
    "callback_signature",
    "connect",
    "connect_async",
    "create_request",
    "parse_callback",
    "verdict_report",
    "verify_callback_signature",
]


def install() -> None:
    huawei.install()
    mask_fields(CreateAudioModerationJobRequestBody, "seed")  # the callback's HMAC key
