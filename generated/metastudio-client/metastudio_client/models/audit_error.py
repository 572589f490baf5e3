from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditError")


@_attrs_define
class AuditError:
    """
    Attributes:
        audio_name (str | Unset): Audio file name.
        text_name (str | Unset): Text file name.
        error_code (str | Unset): Error code.
        error_message (str | Unset): Error information.
    """

    audio_name: str | Unset = UNSET
    text_name: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_name = self.audio_name

        text_name = self.text_name

        error_code = self.error_code

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_name is not UNSET:
            field_dict["audio_name"] = audio_name
        if text_name is not UNSET:
            field_dict["text_name"] = text_name
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_name = d.pop("audio_name", UNSET)

        text_name = d.pop("text_name", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        audit_error = cls(
            audio_name=audio_name,
            text_name=text_name,
            error_code=error_code,
            error_message=error_message,
        )

        audit_error.additional_properties = d
        return audit_error

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
