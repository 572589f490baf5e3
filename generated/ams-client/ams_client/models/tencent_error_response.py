from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tencent_error import TencentError


T = TypeVar("T", bound="TencentErrorResponse")


@_attrs_define
class TencentErrorResponse:
    """The `Response` member of a failed call: the error and the request ID. Listed first in every envelope's anyOf; it is
    the only member that requires `Error`.

        Attributes:
            error (TencentError): The error of a failed call (公共错误码 / common error codes and the action's own codes).
            request_id (str): The unique request ID, returned for each request; quote it when locating a problem.
    """

    error: TencentError
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Error": error,
                "RequestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tencent_error import TencentError  # noqa: PLC0415

        d = dict(src_dict)
        error = TencentError.from_dict(d.pop("Error"))

        request_id = d.pop("RequestId")

        tencent_error_response = cls(
            error=error,
            request_id=request_id,
        )

        tencent_error_response.additional_properties = d
        return tencent_error_response

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
