from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskResult")


@_attrs_define
class TaskResult:
    """The result of creating one task (创建任务时的返回结果).

    Attributes:
        data_id (str | Unset): The DataId passed in TaskInput, identifying the task. Example:
            a61237dd-c2a0-43e7-a3da-d27022d39ba7.
        task_id (str | Unset): The ID of the created task, used to query (DescribeTaskDetail) and cancel it. Example:
            w-audio-aqwfdNiA4vq3Zysfa1.
        code (str | Unset): Creation status: OK means the task was created; any other value is a common error code.
            Example: OK.
        message (str | Unset): Details of the error; only meaningful when Code is an error code. Example: Success.
    """

    data_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_id = self.data_id

        task_id = self.task_id

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_id is not UNSET:
            field_dict["DataId"] = data_id
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_id = d.pop("DataId", UNSET)

        task_id = d.pop("TaskId", UNSET)

        code = d.pop("Code", UNSET)

        message = d.pop("Message", UNSET)

        task_result = cls(
            data_id=data_id,
            task_id=task_id,
            code=code,
            message=message,
        )

        task_result.additional_properties = d
        return task_result

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
