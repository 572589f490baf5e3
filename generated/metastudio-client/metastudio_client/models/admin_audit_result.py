from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminAuditResult")


@_attrs_define
class AdminAuditResult:
    """Administrator review result.

    Attributes:
        message (str | Unset): Review information.
        attachment_name (str | Unset): Attachment name.
        attachment_url (str | Unset): URL for downloading the attachment.
        audit_time (int | Unset): Operation time. Value range: 0~2147483647
    """

    message: str | Unset = UNSET
    attachment_name: str | Unset = UNSET
    attachment_url: str | Unset = UNSET
    audit_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        attachment_name = self.attachment_name

        attachment_url = self.attachment_url

        audit_time = self.audit_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if attachment_name is not UNSET:
            field_dict["attachment_name"] = attachment_name
        if attachment_url is not UNSET:
            field_dict["attachment_url"] = attachment_url
        if audit_time is not UNSET:
            field_dict["audit_time"] = audit_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        attachment_name = d.pop("attachment_name", UNSET)

        attachment_url = d.pop("attachment_url", UNSET)

        audit_time = d.pop("audit_time", UNSET)

        admin_audit_result = cls(
            message=message,
            attachment_name=attachment_name,
            attachment_url=attachment_url,
            audit_time=audit_time,
        )

        admin_audit_result.additional_properties = d
        return admin_audit_result

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
