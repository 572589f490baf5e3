from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUploadingUrls")


@_attrs_define
class SegmentUploadingUrls:
    """Upload URLs of a SEGMENT task, one per sentence (index i is sentence i).

    Attributes:
        audio_uploading_url (list[str] | Unset): URLs for the sentences' audio. NOTE: set content-type to audio/wav when
            uploading.
        txt_uploading_url (list[str] | Unset): URLs for the sentences' text. NOTE: set content-type to text/plain when
            uploading.
    """

    audio_uploading_url: list[str] | Unset = UNSET
    txt_uploading_url: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_uploading_url: list[str] | Unset = UNSET
        if not isinstance(self.audio_uploading_url, Unset):
            audio_uploading_url = self.audio_uploading_url

        txt_uploading_url: list[str] | Unset = UNSET
        if not isinstance(self.txt_uploading_url, Unset):
            txt_uploading_url = self.txt_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_uploading_url is not UNSET:
            field_dict["audio_uploading_url"] = audio_uploading_url
        if txt_uploading_url is not UNSET:
            field_dict["txt_uploading_url"] = txt_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_uploading_url = cast(list[str], d.pop("audio_uploading_url", UNSET))

        txt_uploading_url = cast(list[str], d.pop("txt_uploading_url", UNSET))

        segment_uploading_urls = cls(
            audio_uploading_url=audio_uploading_url,
            txt_uploading_url=txt_uploading_url,
        )

        segment_uploading_urls.additional_properties = d
        return segment_uploading_urls

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
