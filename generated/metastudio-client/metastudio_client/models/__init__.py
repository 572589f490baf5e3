"""Contains all the data models used in inputs/outputs"""

from .admin_audit_result import AdminAuditResult
from .assess_property import AssessProperty
from .assess_result import AssessResult
from .audit_error import AuditError
from .charge_mode import ChargeMode
from .commit_voice_training_job_request_body import CommitVoiceTrainingJobRequestBody
from .confirm_training_segment_response_body import ConfirmTrainingSegmentResponseBody
from .create_short_job_request_body import CreateShortJobRequestBody
from .create_short_job_response_body import CreateShortJobResponseBody
from .create_training_job_request_body import CreateTrainingJobRequestBody
from .create_training_job_response_body import CreateTrainingJobResponseBody
from .create_type import CreateType
from .error_response_body import ErrorResponseBody
from .job_tag import JobTag
from .language import Language
from .list_voice_training_job_response_body import ListVoiceTrainingJobResponseBody
from .package_uploading_url import PackageUploadingUrl
from .segment_uploading_urls import SegmentUploadingUrls
from .sex import Sex
from .short_job_state import ShortJobState
from .short_job_type import ShortJobType
from .show_job_audit_result_response_body import ShowJobAuditResultResponseBody
from .show_job_uploading_address_response_body import ShowJobUploadingAddressResponseBody
from .show_short_job_response_body import ShowShortJobResponseBody
from .show_training_segment_info_response_body import ShowTrainingSegmentInfoResponseBody
from .sort_direction import SortDirection
from .supported_service import SupportedService
from .system_audit_result import SystemAuditResult
from .training_job_sort_key import TrainingJobSortKey
from .training_job_state import TrainingJobState
from .training_job_type import TrainingJobType
from .voice_training_allocated_resource import VoiceTrainingAllocatedResource
from .voice_training_job import VoiceTrainingJob

__all__ = (
    "AdminAuditResult",
    "AssessProperty",
    "AssessResult",
    "AuditError",
    "ChargeMode",
    "CommitVoiceTrainingJobRequestBody",
    "ConfirmTrainingSegmentResponseBody",
    "CreateShortJobRequestBody",
    "CreateShortJobResponseBody",
    "CreateTrainingJobRequestBody",
    "CreateTrainingJobResponseBody",
    "CreateType",
    "ErrorResponseBody",
    "JobTag",
    "Language",
    "ListVoiceTrainingJobResponseBody",
    "PackageUploadingUrl",
    "SegmentUploadingUrls",
    "Sex",
    "ShortJobState",
    "ShortJobType",
    "ShowJobAuditResultResponseBody",
    "ShowJobUploadingAddressResponseBody",
    "ShowShortJobResponseBody",
    "ShowTrainingSegmentInfoResponseBody",
    "SortDirection",
    "SupportedService",
    "SystemAuditResult",
    "TrainingJobSortKey",
    "TrainingJobState",
    "TrainingJobType",
    "VoiceTrainingAllocatedResource",
    "VoiceTrainingJob",
)
