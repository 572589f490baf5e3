from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponseBody")


@_attrs_define
class ErrorResponseBody:
    """
    Attributes:
        error_code (str): Error code when the call failed; see Error Codes. Absent when the call succeeded.
            (调用失败时的错误码,具体请参见错误码。调用成功时无此字段。)
        error_msg (str): Error message when the call failed. Absent when the call succeeded. (调用失败时的错误信息。调用成功时无此字段。)
        request_id (str | Unset): Request ID (API gateway errors carry it).
    """

    error_code: str
    error_msg: str
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "error_msg": error_msg,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code")

        error_msg = d.pop("error_msg")

        request_id = d.pop("request_id", UNSET)

        error_response_body = cls(
            error_code=error_code,
            error_msg=error_msg,
            request_id=request_id,
        )

        error_response_body.additional_properties = d
        return error_response_body

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
