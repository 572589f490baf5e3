"""Contains all the data models used in inputs/outputs"""

from .audio_input_body import AudioInputBody
from .audio_language import AudioLanguage
from .audio_moderation_category import AudioModerationCategory
from .audio_moderation_detail import AudioModerationDetail
from .audio_moderation_detail_suggestion import AudioModerationDetailSuggestion
from .audio_moderation_event_type import AudioModerationEventType
from .audio_moderation_job_status import AudioModerationJobStatus
from .audio_moderation_label import AudioModerationLabel
from .audio_moderation_request_params import AudioModerationRequestParams
from .audio_moderation_result import AudioModerationResult
from .audio_moderation_segment import AudioModerationSegment
from .audio_moderation_suggestion import AudioModerationSuggestion
from .create_audio_moderation_job_request_body import CreateAudioModerationJobRequestBody
from .create_audio_moderation_job_response_body import CreateAudioModerationJobResponseBody
from .error_response_body import ErrorResponseBody
from .show_audio_moderation_job_response_body import ShowAudioModerationJobResponseBody

__all__ = (
    "AudioInputBody",
    "AudioLanguage",
    "AudioModerationCategory",
    "AudioModerationDetail",
    "AudioModerationDetailSuggestion",
    "AudioModerationEventType",
    "AudioModerationJobStatus",
    "AudioModerationLabel",
    "AudioModerationRequestParams",
    "AudioModerationResult",
    "AudioModerationSegment",
    "AudioModerationSuggestion",
    "CreateAudioModerationJobRequestBody",
    "CreateAudioModerationJobResponseBody",
    "ErrorResponseBody",
    "ShowAudioModerationJobResponseBody",
)
