from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_language import AudioLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioInputBody")


@_attrs_define
class AudioInputBody:
    """Audio data input. (音频数据输入)

    Attributes:
        url (str): URL of the audio file. (音频url地址。)
        language (AudioLanguage | Unset): Audio language to detect.
              * zh: Chinese (中文)
             Default: AudioLanguage.ZH.
    """

    url: str
    language: AudioLanguage | Unset = AudioLanguage.ZH
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _language = d.pop("language", UNSET)
        language: AudioLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = AudioLanguage(_language)

        audio_input_body = cls(
            url=url,
            language=language,
        )

        audio_input_body.additional_properties = d
        return audio_input_body

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
