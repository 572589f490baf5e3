from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.describe_tasks_result import DescribeTasksResult
    from ..models.tencent_error_response import TencentErrorResponse


T = TypeVar("T", bound="DescribeTasksResponse")


@_attrs_define
class DescribeTasksResponse:
    """Envelope of DescribeTasks (HTTP 200 for success and error).

    Attributes:
        response (DescribeTasksResult | TencentErrorResponse):
    """

    response: DescribeTasksResult | TencentErrorResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tencent_error_response import TencentErrorResponse  # noqa: PLC0415

        response: dict[str, Any]
        if isinstance(self.response, TencentErrorResponse):
            response = self.response.to_dict()
        else:
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.describe_tasks_result import DescribeTasksResult  # noqa: PLC0415
        from ..models.tencent_error_response import TencentErrorResponse  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_response(data: object) -> DescribeTasksResult | TencentErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = TencentErrorResponse.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_type_1 = DescribeTasksResult.from_dict(data)

            return response_type_1

        response = _parse_response(d.pop("Response"))

        describe_tasks_response = cls(
            response=response,
        )

        describe_tasks_response.additional_properties = d
        return describe_tasks_response

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
