from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssessProperty")


@_attrs_define
class AssessProperty:
    """Assessment metric details.

    Attributes:
        expected (str | Unset): Expected information.
        actual (str | Unset): Actual information.
        suggestion (str | Unset): Suggestions in Chinese.
        suggestion_en (str | Unset): Suggestions in English.
        status (int | Unset): Whether the range is exceeded. Value range: -1~1
    """

    expected: str | Unset = UNSET
    actual: str | Unset = UNSET
    suggestion: str | Unset = UNSET
    suggestion_en: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected = self.expected

        actual = self.actual

        suggestion = self.suggestion

        suggestion_en = self.suggestion_en

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected is not UNSET:
            field_dict["expected"] = expected
        if actual is not UNSET:
            field_dict["actual"] = actual
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if suggestion_en is not UNSET:
            field_dict["suggestion_en"] = suggestion_en
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected = d.pop("expected", UNSET)

        actual = d.pop("actual", UNSET)

        suggestion = d.pop("suggestion", UNSET)

        suggestion_en = d.pop("suggestion_en", UNSET)

        status = d.pop("status", UNSET)

        assess_property = cls(
            expected=expected,
            actual=actual,
            suggestion=suggestion,
            suggestion_en=suggestion_en,
            status=status,
        )

        assess_property.additional_properties = d
        return assess_property

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
