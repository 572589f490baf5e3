from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_data import TaskData


T = TypeVar("T", bound="DescribeTasksResult")


@_attrs_define
class DescribeTasksResult:
    """The `Response` member of a successful DescribeTasks.

    Attributes:
        request_id (str): The unique request ID, returned for each request; quote it when locating a problem.
        total (str | Unset): Total number of tasks matched, as an integer string. Example: 468.
        data (list[TaskData] | Unset): The tasks of the current page; see TaskData.
        page_token (str | Unset): Token for the next page: pass it as PageToken to get the next page. Empty on the last
            page. Example: 4765-48dXwxJtbkKXW8d3eb.
    """

    request_id: str
    total: str | Unset = UNSET
    data: list[TaskData] | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        total = self.total

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if total is not UNSET:
            field_dict["Total"] = total
        if data is not UNSET:
            field_dict["Data"] = data
        if page_token is not UNSET:
            field_dict["PageToken"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_data import TaskData  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        total = d.pop("Total", UNSET)

        _data = d.pop("Data", UNSET)
        data: list[TaskData] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = TaskData.from_dict(data_item_data)

                data.append(data_item)

        page_token = d.pop("PageToken", UNSET)

        describe_tasks_result = cls(
            request_id=request_id,
            total=total,
            data=data,
            page_token=page_token,
        )

        describe_tasks_result.additional_properties = d
        return describe_tasks_result

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
