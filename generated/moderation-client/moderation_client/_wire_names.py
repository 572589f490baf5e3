"""The JSON member name of every field of the generated models (attribute → member), read
from the generated from_dict parsers by scripts/generate.py for the overrides' parser (common/parsing.py)."""

WIRE_NAMES: dict[str, dict[str, str]] = {
    "AudioInputBody": {
        "url": "url",
        "language": "language",
    },
    "AudioModerationDetail": {
        "start_time": "start_time",
        "suggestion": "suggestion",
        "end_time": "end_time",
        "label": "label",
        "audio_text": "audio_text",
        "segments": "segments",
    },
    "AudioModerationRequestParams": {
        "event_type": "event_type",
        "data": "data",
        "callback": "callback",
        "categories": "categories",
    },
    "AudioModerationResult": {
        "suggestion": "suggestion",
        "details": "details",
        "audio_text": "audio_text",
    },
    "AudioModerationSegment": {
        "segment": "segment",
    },
    "CreateAudioModerationJobRequestBody": {
        "data": "data",
        "event_type": "event_type",
        "categories": "categories",
        "callback": "callback",
        "biz_type": "biz_type",
        "seed": "seed",
    },
    "CreateAudioModerationJobResponseBody": {
        "request_id": "request_id",
        "job_id": "job_id",
    },
    "ErrorResponseBody": {
        "error_code": "error_code",
        "error_msg": "error_msg",
        "request_id": "request_id",
    },
    "ShowAudioModerationJobResponseBody": {
        "job_id": "job_id",
        "status": "status",
        "result": "result",
        "request_params": "request_params",
        "create_time": "create_time",
        "update_time": "update_time",
        "request_id": "request_id",
    },
}
