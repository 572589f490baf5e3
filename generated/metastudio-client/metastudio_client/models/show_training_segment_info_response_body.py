from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowTrainingSegmentInfoResponseBody")


@_attrs_define
class ShowTrainingSegmentInfoResponseBody:
    """
    Attributes:
        confirmed_index (list[int] | Unset): Indexes of the sentences confirmed so far (确认过的语句索引). Value range: 0~1024
    """

    confirmed_index: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_index: list[int] | Unset = UNSET
        if not isinstance(self.confirmed_index, Unset):
            confirmed_index = self.confirmed_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed_index is not UNSET:
            field_dict["confirmed_index"] = confirmed_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmed_index = cast(list[int], d.pop("confirmed_index", UNSET))

        show_training_segment_info_response_body = cls(
            confirmed_index=confirmed_index,
        )

        show_training_segment_info_response_body.additional_properties = d
        return show_training_segment_info_response_body

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
