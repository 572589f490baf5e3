from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelResults")


@_attrs_define
class LabelResults:
    """Song recognition result (歌曲识别结果).

    Attributes:
        scene (str | Unset): Scene. Example: Ad.
        suggestion (int | Unset): Suggestion (建议值).
        label (str | Unset): Label. Example: Ad.
        name (str | Unset): Name, e.g. song name, language name, speaker name. Example: 测试歌曲.
        score (int | Unset): Score. Example: 70.
        start_time (float | Unset): Start time. Example: 0.
        end_time (float | Unset): End time. Example: 15.
    """

    scene: str | Unset = UNSET
    suggestion: int | Unset = UNSET
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    score: int | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene = self.scene

        suggestion = self.suggestion

        label = self.label

        name = self.name

        score = self.score

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scene is not UNSET:
            field_dict["Scene"] = scene
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if label is not UNSET:
            field_dict["Label"] = label
        if name is not UNSET:
            field_dict["Name"] = name
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
        scene = d.pop("Scene", UNSET)

        suggestion = d.pop("Suggestion", UNSET)

        label = d.pop("Label", UNSET)

        name = d.pop("Name", UNSET)

        score = d.pop("Score", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        label_results = cls(
            scene=scene,
            suggestion=suggestion,
            label=label,
            name=name,
            score=score,
            start_time=start_time,
            end_time=end_time,
        )

        label_results.additional_properties = d
        return label_results

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
