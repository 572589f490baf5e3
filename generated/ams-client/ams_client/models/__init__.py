"""Contains all the data models used in inputs/outputs"""

from .aigc_recognition_result import AIGCRecognitionResult
from .audio_moderation_type import AudioModerationType
from .audio_result import AudioResult
from .audio_result_detail_language_result import AudioResultDetailLanguageResult
from .audio_result_detail_moan_result import AudioResultDetailMoanResult
from .audio_result_detail_text_result import AudioResultDetailTextResult
from .audio_segments import AudioSegments
from .bucket_info import BucketInfo
from .cancel_task_request import CancelTaskRequest
from .cancel_task_response import CancelTaskResponse
from .cancel_task_result import CancelTaskResult
from .create_audio_moderation_task_request import CreateAudioModerationTaskRequest
from .create_audio_moderation_task_response import CreateAudioModerationTaskResponse
from .create_audio_moderation_task_result import CreateAudioModerationTaskResult
from .describe_task_detail_request import DescribeTaskDetailRequest
from .describe_task_detail_response import DescribeTaskDetailResponse
from .describe_task_detail_result import DescribeTaskDetailResult
from .describe_tasks_request import DescribeTasksRequest
from .describe_tasks_response import DescribeTasksResponse
from .describe_tasks_result import DescribeTasksResult
from .duration import Duration
from .file_access_type import FileAccessType
from .hit_info import HitInfo
from .hit_snippet_infos import HitSnippetInfos
from .input_info import InputInfo
from .label_results import LabelResults
from .media_info import MediaInfo
from .position import Position
from .recognition_result import RecognitionResult
from .sentence import Sentence
from .speaker_results import SpeakerResults
from .storage_info import StorageInfo
from .suggestion import Suggestion
from .tag import Tag
from .task_data import TaskData
from .task_filter import TaskFilter
from .task_filter_type import TaskFilterType
from .task_input import TaskInput
from .task_label import TaskLabel
from .task_result import TaskResult
from .task_status import TaskStatus
from .tencent_error import TencentError
from .tencent_error_response import TencentErrorResponse
from .tencent_language import TencentLanguage
from .travel_results import TravelResults
from .user import User

__all__ = (
    "AIGCRecognitionResult",
    "AudioModerationType",
    "AudioResult",
    "AudioResultDetailLanguageResult",
    "AudioResultDetailMoanResult",
    "AudioResultDetailTextResult",
    "AudioSegments",
    "BucketInfo",
    "CancelTaskRequest",
    "CancelTaskResponse",
    "CancelTaskResult",
    "CreateAudioModerationTaskRequest",
    "CreateAudioModerationTaskResponse",
    "CreateAudioModerationTaskResult",
    "DescribeTaskDetailRequest",
    "DescribeTaskDetailResponse",
    "DescribeTaskDetailResult",
    "DescribeTasksRequest",
    "DescribeTasksResponse",
    "DescribeTasksResult",
    "Duration",
    "FileAccessType",
    "HitInfo",
    "HitSnippetInfos",
    "InputInfo",
    "LabelResults",
    "MediaInfo",
    "Position",
    "RecognitionResult",
    "Sentence",
    "SpeakerResults",
    "StorageInfo",
    "Suggestion",
    "Tag",
    "TaskData",
    "TaskFilter",
    "TaskFilterType",
    "TaskInput",
    "TaskLabel",
    "TaskResult",
    "TaskStatus",
    "TencentError",
    "TencentErrorResponse",
    "TencentLanguage",
    "TravelResults",
    "User",
)
