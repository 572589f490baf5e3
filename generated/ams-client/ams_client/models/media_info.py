from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaInfo")


@_attrs_define
class MediaInfo:
    """Media information (媒体类型).

    Attributes:
        codecs (str | Unset): Encoding format of the media file, e.g. wav, mp3, aac, flac, amr, 3gp, m4a, wma, ogg, ape.
            Example: wav.
        duration (int | Unset): Length of the slices the stream is cut into, in milliseconds; default 15 seconds,
            configurable. Example: 5760.
        width (int | Unset): In beta (内测中，敬请期待). Example: 0.
        height (int | Unset): In beta (内测中，敬请期待). Example: 0.
        thumbnail (str | Unset): In beta (内测中，敬请期待).
    """

    codecs: str | Unset = UNSET
    duration: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    thumbnail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codecs = self.codecs

        duration = self.duration

        width = self.width

        height = self.height

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codecs is not UNSET:
            field_dict["Codecs"] = codecs
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if width is not UNSET:
            field_dict["Width"] = width
        if height is not UNSET:
            field_dict["Height"] = height
        if thumbnail is not UNSET:
            field_dict["Thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codecs = d.pop("Codecs", UNSET)

        duration = d.pop("Duration", UNSET)

        width = d.pop("Width", UNSET)

        height = d.pop("Height", UNSET)

        thumbnail = d.pop("Thumbnail", UNSET)

        media_info = cls(
            codecs=codecs,
            duration=duration,
            width=width,
            height=height,
            thumbnail=thumbnail,
        )

        media_info.additional_properties = d
        return media_info

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
