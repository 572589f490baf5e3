from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..models.task_filter_type import TaskFilterType
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskFilter")


@_attrs_define
class TaskFilter:
    """Task filter (任务筛选器); every criterion is optional and not filtered on when absent.

    Attributes:
        biz_type (str | Unset): Business type (the number of the policy, configured in the Content Security console) to
            filter by: digits, letters and underscores, 3–32 characters. Not filtered when absent. Example: default.
        type_ (TaskFilterType | Unset): Task type to filter by.
              * VIDEO: Video on demand moderation (点播视频审核)
              * AUDIO: Audio on demand moderation (点播音频审核)
              * LIVE_VIDEO: Live video moderation (直播视频审核)
              * LIVE_AUDIO: Live audio moderation (直播音频审核)
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        task_status (TaskStatus | Unset): Task status.
              * FINISH: The task is finished. (任务已完成)
              * PENDING: The task is waiting. (任务等待中)
              * RUNNING: The task is in progress. (任务进行中)
              * ERROR: The task failed. (任务出错)
              * CANCELLED: The task was cancelled. (任务已取消)
    """

    biz_type: str | Unset = UNSET
    type_: TaskFilterType | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    task_status: TaskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_type = self.biz_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        task_status: str | Unset = UNSET
        if not isinstance(self.task_status, Unset):
            task_status = self.task_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if biz_type is not UNSET:
            field_dict["BizType"] = biz_type
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if task_status is not UNSET:
            field_dict["TaskStatus"] = task_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_type = d.pop("BizType", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: TaskFilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskFilterType(_type_)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        _task_status = d.pop("TaskStatus", UNSET)
        task_status: TaskStatus | Unset
        if isinstance(_task_status, Unset):
            task_status = UNSET
        else:
            task_status = TaskStatus(_task_status)

        task_filter = cls(
            biz_type=biz_type,
            type_=type_,
            suggestion=suggestion,
            task_status=task_status,
        )

        task_filter.additional_properties = d
        return task_filter

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
