from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_result import AudioResult


T = TypeVar("T", bound="AudioSegments")


@_attrs_define
class AudioSegments:
    """One audio segment and its moderation result (表示该段声音的信息).

    Attributes:
        offset_time (str | Unset): Start of the segment, in seconds. For files: offset from the start of the track (0,
            5, 10, ...); for live streams: Unix timestamp of the segment start (e.g. 1594650717). Example: 400.
        result (AudioResult | Unset): Moderation result of an audio segment (音频审核输出参数).
        created_at (str | Unset): Time the segment was stored (入库时间). Example: 2025-05-15T01:00:47Z.
    """

    offset_time: str | Unset = UNSET
    result: AudioResult | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset_time = self.offset_time

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset_time is not UNSET:
            field_dict["OffsetTime"] = offset_time
        if result is not UNSET:
            field_dict["Result"] = result
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_result import AudioResult  # noqa: PLC0415

        d = dict(src_dict)
        offset_time = d.pop("OffsetTime", UNSET)

        _result = d.pop("Result", UNSET)
        result: AudioResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AudioResult.from_dict(_result)

        created_at = d.pop("CreatedAt", UNSET)

        audio_segments = cls(
            offset_time=offset_time,
            result=result,
            created_at=created_at,
        )

        audio_segments.additional_properties = d
        return audio_segments

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
