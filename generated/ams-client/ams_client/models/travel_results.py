from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TravelResults")


@_attrs_define
class TravelResults:
    """Travel (ride-hailing) result (出行结果).

    Attributes:
        label (str | Unset): First-level label. Example: Ad.
        sub_label (str | Unset): Second-level label. Example: Add.
        risk_level (str | Unset): Risk level. Example: 1.
        audio_role (str | Unset): Role in the travel audio. Example: AudioRole_1.
        audio_text (str | Unset): Text of the travel speech. Example: 出行文本.
        start_time (float | Unset): Start time. Example: 0.
        end_time (float | Unset): End time. Example: 15.
    """

    label: str | Unset = UNSET
    sub_label: str | Unset = UNSET
    risk_level: str | Unset = UNSET
    audio_role: str | Unset = UNSET
    audio_text: str | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        sub_label = self.sub_label

        risk_level = self.risk_level

        audio_role = self.audio_role

        audio_text = self.audio_text

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label
        if risk_level is not UNSET:
            field_dict["RiskLevel"] = risk_level
        if audio_role is not UNSET:
            field_dict["AudioRole"] = audio_role
        if audio_text is not UNSET:
            field_dict["AudioText"] = audio_text
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        sub_label = d.pop("SubLabel", UNSET)

        risk_level = d.pop("RiskLevel", UNSET)

        audio_role = d.pop("AudioRole", UNSET)

        audio_text = d.pop("AudioText", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        travel_results = cls(
            label=label,
            sub_label=sub_label,
            risk_level=risk_level,
            audio_role=audio_role,
            audio_text=audio_text,
            start_time=start_time,
            end_time=end_time,
        )

        travel_results.additional_properties = d
        return travel_results

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
