from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeTaskDetailRequest")


@_attrs_define
class DescribeTaskDetailRequest:
    """
    Attributes:
        task_id (str): The task ID (in the Results parameter) returned after an audio moderation task is created;
            identifies the task whose details to query. Note: the query API can query up to 20 tasks at a time. Example:
            w-audio-YBJzazmYs4vO27p2.
        show_all_segments (bool | Unset): Whether to show all audio segments: true (all segments) or false (only
            segments that hit a moderation rule). Default value: false. Default: False.
    """

    task_id: str
    show_all_segments: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        show_all_segments = self.show_all_segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TaskId": task_id,
            }
        )
        if show_all_segments is not UNSET:
            field_dict["ShowAllSegments"] = show_all_segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("TaskId")

        show_all_segments = d.pop("ShowAllSegments", UNSET)

        describe_task_detail_request = cls(
            task_id=task_id,
            show_all_segments=show_all_segments,
        )

        describe_task_detail_request.additional_properties = d
        return describe_task_detail_request

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
