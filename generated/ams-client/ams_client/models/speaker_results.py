from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeakerResults")


@_attrs_define
class SpeakerResults:
    """Speaker result (说话人结果).

    Attributes:
        label (str | Unset): Label. Example: cmn.
        score (int | Unset): Score. Example: 90.
        start_time (float | Unset): Start time. Example: 0.
        end_time (str | Unset): End time. Example: 15.
    """

    label: str | Unset = UNSET
    score: int | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        score = self.score

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if score is not UNSET:
            field_dict["Score"] = score
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        score = d.pop("Score", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        speaker_results = cls(
            label=label,
            score=score,
            start_time=start_time,
            end_time=end_time,
        )

        speaker_results.additional_properties = d
        return speaker_results

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
