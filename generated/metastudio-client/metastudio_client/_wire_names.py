"""The JSON member name of every field of the generated models (attribute → member), read
from the generated from_dict parsers by scripts/generate.py for the overrides' parser (common/parsing.py)."""

WIRE_NAMES: dict[str, dict[str, str]] = {
    "AdminAuditResult": {
        "message": "message",
        "attachment_name": "attachment_name",
        "attachment_url": "attachment_url",
        "audit_time": "audit_time",
    },
    "AssessProperty": {
        "expected": "expected",
        "actual": "actual",
        "suggestion": "suggestion",
        "suggestion_en": "suggestion_en",
        "status": "status",
    },
    "AssessResult": {
        "speed": "speed",
        "sound": "sound",
        "snr": "snr",
        "reverb": "reverb",
        "dnsmos_ovrl": "dnsmos_ovrl",
        "dnsmos_bak": "dnsmos_bak",
        "suggestion": "suggestion",
    },
    "AuditError": {
        "audio_name": "audio_name",
        "text_name": "text_name",
        "error_code": "error_code",
        "error_message": "error_message",
    },
    "CreateShortJobRequestBody": {
        "job_type": "job_type",
        "language": "language",
    },
    "CreateShortJobResponseBody": {
        "job_id": "job_id",
        "data_uploading_url": "data_uploading_url",
    },
    "ErrorResponseBody": {
        "error_code": "error_code",
        "error_msg": "error_msg",
        "request_id": "request_id",
    },
    "ShowJobAuditResultResponseBody": {
        "system_audit_result": "system_audit_result",
        "admin_audit_result": "admin_audit_result",
    },
    "ShowShortJobResponseBody": {
        "job_id": "job_id",
        "state": "state",
        "job_type": "job_type",
        "job_failed_code": "job_failed_code",
        "job_failed_reason": "job_failed_reason",
        "create_time": "create_time",
        "lastupdate_time": "lastupdate_time",
        "assess_result": "assess_result",
    },
    "SystemAuditResult": {
        "audit_time": "audit_time",
        "errors": "errors",
    },
}
