from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_type import AudioModerationType
from ..models.suggestion import Suggestion
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_info import InputInfo
    from ..models.media_info import MediaInfo
    from ..models.task_label import TaskLabel


T = TypeVar("T", bound="TaskData")


@_attrs_define
class TaskData:
    """A task of the list (任务数据).

    Attributes:
        data_id (str | Unset): The data ID of the task, for querying and managing it. Example: 3930493.
        task_id (str | Unset): The task ID, identifying the task for later queries and management. Example: w-video-
            aCHKmeasqRq1.
        status (TaskStatus | Unset): Task status.
              * FINISH: The task is finished. (任务已完成)
              * PENDING: The task is waiting. (任务等待中)
              * RUNNING: The task is in progress. (任务进行中)
              * ERROR: The task failed. (任务出错)
              * CANCELLED: The task was cancelled. (任务已取消)
        name (str | Unset): The task name. Example: 测试视频.
        biz_type (str | Unset): The BizType passed when the task was created. Example: default.
        type_ (AudioModerationType | Unset): Audio moderation type.
              * AUDIO: Audio on demand (点播音频)
              * LIVE_AUDIO: Live audio stream (直播音频)
              * AUDIO_AIGC: Detection of AI-generated audio (AI生成识别)
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        media_info (MediaInfo | Unset): Media information (媒体类型).
        labels (list[TaskLabel] | Unset): The malicious labels of the detection result: Normal, Porn, Abuse, Ad, Custom
            and other offensive, unsafe or inappropriate content types.
        created_at (str | Unset): Time the task was created, ISO 8601. Example: 2025-05-12T10:16:57.059Z.
        updated_at (str | Unset): Time the task was last updated, ISO 8601. Example: 2025-05-12T10:39:48.097Z.
        input_info (InputInfo | Unset): The media moderated (输入信息详情).
    """

    data_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    name: str | Unset = UNSET
    biz_type: str | Unset = UNSET
    type_: AudioModerationType | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    media_info: MediaInfo | Unset = UNSET
    labels: list[TaskLabel] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    input_info: InputInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_id = self.data_id

        task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name = self.name

        biz_type = self.biz_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        media_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media_info, Unset):
            media_info = self.media_info.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        created_at = self.created_at

        updated_at = self.updated_at

        input_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_info, Unset):
            input_info = self.input_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_id is not UNSET:
            field_dict["DataId"] = data_id
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if status is not UNSET:
            field_dict["Status"] = status
        if name is not UNSET:
            field_dict["Name"] = name
        if biz_type is not UNSET:
            field_dict["BizType"] = biz_type
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if media_info is not UNSET:
            field_dict["MediaInfo"] = media_info
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if input_info is not UNSET:
            field_dict["InputInfo"] = input_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.input_info import InputInfo  # noqa: PLC0415
        from ..models.media_info import MediaInfo  # noqa: PLC0415
        from ..models.task_label import TaskLabel  # noqa: PLC0415

        d = dict(src_dict)
        data_id = d.pop("DataId", UNSET)

        task_id = d.pop("TaskId", UNSET)

        _status = d.pop("Status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        name = d.pop("Name", UNSET)

        biz_type = d.pop("BizType", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: AudioModerationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AudioModerationType(_type_)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        _media_info = d.pop("MediaInfo", UNSET)
        media_info: MediaInfo | Unset
        if isinstance(_media_info, Unset):
            media_info = UNSET
        else:
            media_info = MediaInfo.from_dict(_media_info)

        _labels = d.pop("Labels", UNSET)
        labels: list[TaskLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = TaskLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        _input_info = d.pop("InputInfo", UNSET)
        input_info: InputInfo | Unset
        if isinstance(_input_info, Unset):
            input_info = UNSET
        else:
            input_info = InputInfo.from_dict(_input_info)

        task_data = cls(
            data_id=data_id,
            task_id=task_id,
            status=status,
            name=name,
            biz_type=biz_type,
            type_=type_,
            suggestion=suggestion,
            media_info=media_info,
            labels=labels,
            created_at=created_at,
            updated_at=updated_at,
            input_info=input_info,
        )

        task_data.additional_properties = d
        return task_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
