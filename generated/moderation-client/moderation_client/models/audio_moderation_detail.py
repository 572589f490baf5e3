from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_detail_suggestion import AudioModerationDetailSuggestion
from ..models.audio_moderation_label import AudioModerationLabel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_moderation_segment import AudioModerationSegment


T = TypeVar("T", bound="AudioModerationDetail")


@_attrs_define
class AudioModerationDetail:
    """Moderation detail of one audio segment. (审核详情)

    Attributes:
        start_time (float | Unset): Start time of the audio segment, in seconds. (音频片段开始时间。)
        suggestion (AudioModerationDetailSuggestion | Unset): Handling suggestion for an audio segment.
              * block: contains sensitive information and fails (包含敏感信息,不通过)
              * review: needs manual review (需要人工复检)
        end_time (float | Unset): End time of the audio segment, in seconds. (音频片段结束时间。)
        label (AudioModerationLabel | Unset): Label of an audio segment.
              * terrorism: terrorism-related violating content (暴恐违规内容)
              * politics: politically sensitive violating content (涉政违规内容)
              * porn: pornographic violating content (色情违规内容)
              * ban: prohibited violating content (违禁违规内容)
              * abuse: abusive violating content (辱骂违规内容)
              * ad: advertising violating content (广告违规内容)
              * moan: moaning violating content (娇喘违规内容)
              * meaningless: meaningless violating content (无意义违规内容)
        audio_text (str | Unset): Text content of the audio segment. (音频片段文本内容。)
        segments (list[AudioModerationSegment] | Unset): Risky segments that were hit. Absent when the hit comes from
            the semantic algorithm model. (命中的风险片段信息列表,如果命中语义算法模型,则该字段不会存在。)
    """

    start_time: float | Unset = UNSET
    suggestion: AudioModerationDetailSuggestion | Unset = UNSET
    end_time: float | Unset = UNSET
    label: AudioModerationLabel | Unset = UNSET
    audio_text: str | Unset = UNSET
    segments: list[AudioModerationSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        end_time = self.end_time

        label: str | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.value

        audio_text = self.audio_text

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if label is not UNSET:
            field_dict["label"] = label
        if audio_text is not UNSET:
            field_dict["audio_text"] = audio_text
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_moderation_segment import AudioModerationSegment  # noqa: PLC0415

        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        _suggestion = d.pop("suggestion", UNSET)
        suggestion: AudioModerationDetailSuggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = AudioModerationDetailSuggestion(_suggestion)

        end_time = d.pop("end_time", UNSET)

        _label = d.pop("label", UNSET)
        label: AudioModerationLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = AudioModerationLabel(_label)

        audio_text = d.pop("audio_text", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[AudioModerationSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = AudioModerationSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        audio_moderation_detail = cls(
            start_time=start_time,
            suggestion=suggestion,
            end_time=end_time,
            label=label,
            audio_text=audio_text,
            segments=segments,
        )

        audio_moderation_detail.additional_properties = d
        return audio_moderation_detail

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
