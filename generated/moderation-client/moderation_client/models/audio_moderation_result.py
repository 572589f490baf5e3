from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_suggestion import AudioModerationSuggestion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_moderation_detail import AudioModerationDetail


T = TypeVar("T", bound="AudioModerationResult")


@_attrs_define
class AudioModerationResult:
    """Moderation result of the job; present only when the job status is succeeded. (作业审核结果,当作业状态为succeeded时存在。)

    Attributes:
        suggestion (AudioModerationSuggestion | Unset): Whether the audio passes moderation.
              * block: contains sensitive information and fails (包含敏感信息,不通过)
              * pass: contains no sensitive information and passes (不包含敏感信息,通过)
              * review: needs manual review (需要人工复检)
        details (list[AudioModerationDetail] | Unset): Moderation details. (审核详情。)
        audio_text (str | Unset): Text content of the audio. (音频文本内容。)
    """

    suggestion: AudioModerationSuggestion | Unset = UNSET
    details: list[AudioModerationDetail] | Unset = UNSET
    audio_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        audio_text = self.audio_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if details is not UNSET:
            field_dict["details"] = details
        if audio_text is not UNSET:
            field_dict["audio_text"] = audio_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_moderation_detail import AudioModerationDetail  # noqa: PLC0415

        d = dict(src_dict)
        _suggestion = d.pop("suggestion", UNSET)
        suggestion: AudioModerationSuggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = AudioModerationSuggestion(_suggestion)

        _details = d.pop("details", UNSET)
        details: list[AudioModerationDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = AudioModerationDetail.from_dict(details_item_data)

                details.append(details_item)

        audio_text = d.pop("audio_text", UNSET)

        audio_moderation_result = cls(
            suggestion=suggestion,
            details=details,
            audio_text=audio_text,
        )

        audio_moderation_result.additional_properties = d
        return audio_moderation_result

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
