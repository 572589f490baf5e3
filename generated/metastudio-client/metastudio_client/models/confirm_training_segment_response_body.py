from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmTrainingSegmentResponseBody")


@_attrs_define
class ConfirmTrainingSegmentResponseBody:
    """
    Attributes:
        confirm_result (bool | Unset): Whether the sentence was confirmed (是否确认成功).
        unmatched_index_hit (list[int] | Unset): Indexes in the sentence's text that the recording does not match
            (讲解不匹配的文本索引). Value range: 0~4096
    """

    confirm_result: bool | Unset = UNSET
    unmatched_index_hit: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_result = self.confirm_result

        unmatched_index_hit: list[int] | Unset = UNSET
        if not isinstance(self.unmatched_index_hit, Unset):
            unmatched_index_hit = self.unmatched_index_hit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_result is not UNSET:
            field_dict["confirm_result"] = confirm_result
        if unmatched_index_hit is not UNSET:
            field_dict["unmatched_index_hit"] = unmatched_index_hit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_result = d.pop("confirm_result", UNSET)

        unmatched_index_hit = cast(list[int], d.pop("unmatched_index_hit", UNSET))

        confirm_training_segment_response_body = cls(
            confirm_result=confirm_result,
            unmatched_index_hit=unmatched_index_hit,
        )

        confirm_training_segment_response_body.additional_properties = d
        return confirm_training_segment_response_body

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
