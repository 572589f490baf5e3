from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sentence")


@_attrs_define
class Sentence:
    """Start and end of an ASR sentence in the audio (ASR识别结果在音频中的起止时间).

    Attributes:
        text (str | Unset): The ASR sentence. Example: 你。.
        start_time (str | Unset): Start time, as H:M:S.mmm. Example: 0:0:0.150.
        end_time (str | Unset): End time, as H:M:S.mmm. Example: 0:0:0.400.
    """

    text: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["Text"] = text
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("Text", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        sentence = cls(
            text=text,
            start_time=start_time,
            end_time=end_time,
        )

        sentence.additional_properties = d
        return sentence

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
