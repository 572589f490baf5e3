"""Contains all the data models used in inputs/outputs"""

from .admin_audit_result import AdminAuditResult
from .assess_property import AssessProperty
from .assess_result import AssessResult
from .audit_error import AuditError
from .create_short_job_request_body import CreateShortJobRequestBody
from .create_short_job_response_body import CreateShortJobResponseBody
from .error_response_body import ErrorResponseBody
from .language import Language
from .short_job_state import ShortJobState
from .short_job_type import ShortJobType
from .show_job_audit_result_response_body import ShowJobAuditResultResponseBody
from .show_short_job_response_body import ShowShortJobResponseBody
from .system_audit_result import SystemAuditResult

__all__ = (
    "AdminAuditResult",
    "AssessProperty",
    "AssessResult",
    "AuditError",
    "CreateShortJobRequestBody",
    "CreateShortJobResponseBody",
    "ErrorResponseBody",
    "Language",
    "ShortJobState",
    "ShortJobType",
    "ShowJobAuditResultResponseBody",
    "ShowShortJobResponseBody",
    "SystemAuditResult",
)
