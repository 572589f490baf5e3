from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_error import AuditError


T = TypeVar("T", bound="SystemAuditResult")


@_attrs_define
class SystemAuditResult:
    """Auto review result.

    Attributes:
        audit_time (int | Unset): Operation time. Value range: 0~2147483647
        errors (list[AuditError] | Unset): Error list.
    """

    audit_time: int | Unset = UNSET
    errors: list[AuditError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_time = self.audit_time

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_time is not UNSET:
            field_dict["audit_time"] = audit_time
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_error import AuditError  # noqa: PLC0415

        d = dict(src_dict)
        audit_time = d.pop("audit_time", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[AuditError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = AuditError.from_dict(errors_item_data)

                errors.append(errors_item)

        system_audit_result = cls(
            audit_time=audit_time,
            errors=errors,
        )

        system_audit_result.additional_properties = d
        return system_audit_result

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
