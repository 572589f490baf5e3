from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TencentError")


@_attrs_define
class TencentError:
    """The error of a failed call (公共错误码 / common error codes and the action's own codes).

    Attributes:
        code (str): Error code. The codes listed on the DescribeTaskDetail page (the action pages share the
            common list): DryRunOperation, FailedOperation, InternalError, InvalidParameter,
            InvalidParameterValue, LimitExceeded, MissingParameter, OperationDenied,
            RequestLimitExceeded, ResourceInUse, ResourceInsufficient, ResourceNotFound,
            ResourceUnavailable, ResourcesSoldOut, UnauthorizedOperation, UnknownParameter,
            UnsupportedOperation; plus the common codes (e.g. AuthFailure.SignatureFailure,
            AuthFailure.SignatureExpire).
        message (str): Error message (language per X-TC-Language).
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Code": code,
                "Message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("Code")

        message = d.pop("Message")

        tencent_error = cls(
            code=code,
            message=message,
        )

        tencent_error.additional_properties = d
        return tencent_error

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
