from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_info import StorageInfo


T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """An audio moderation task to create (音视频任务数据结构).

    Attributes:
        input_ (StorageInfo): How to fetch the media to moderate (用于表示数据存储的相关信息).
        data_id (str | Unset): Optional data ID you assign to the object to moderate, for identifying and managing it.
            Letters (either case), digits and the four symbols _ - @ #, at most 64 characters. Example:
            a61237dd-c2a0-43e7-a3da-d27022d39ba7.
        name (str | Unset): Optional task name, for later querying and managing the task. Example: cmsop.
    """

    input_: StorageInfo
    data_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        data_id = self.data_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Input": input_,
            }
        )
        if data_id is not UNSET:
            field_dict["DataId"] = data_id
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_info import StorageInfo  # noqa: PLC0415

        d = dict(src_dict)
        input_ = StorageInfo.from_dict(d.pop("Input"))

        data_id = d.pop("DataId", UNSET)

        name = d.pop("Name", UNSET)

        task_input = cls(
            input_=input_,
            data_id=data_id,
            name=name,
        )

        task_input.additional_properties = d
        return task_input

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
