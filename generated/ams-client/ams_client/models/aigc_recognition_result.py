from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIGCRecognitionResult")


@_attrs_define
class AIGCRecognitionResult:
    """Moderation result of an AI-generated audio segment (aigc片段审核结果).

    Attributes:
        label (str | Unset): First-level label name. Example: GeneratedContentRisk.
        label_code (str | Unset): First-level label code. Example: 27002.
        score (int | Unset): Score. Example: 94.
        start_time (float | Unset): Start offset of the VAD segment in the original audio segment. Example: 4037.5.
        end_time (float | Unset): End offset of the VAD segment in the original audio segment. Example: 4037.5.
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        sub_label (str | Unset): Second-level label name. Example: AIAudioGenerated.
        sub_label_code (str | Unset): Second-level label code. Example: 27002401.
        sub_tag (str | Unset): Third-level label name. Example: aigcrisk.
        sub_tag_code (str | Unset): Third-level label code. Example: 2006000000001345.
    """

    label: str | Unset = UNSET
    label_code: str | Unset = UNSET
    score: int | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    sub_label: str | Unset = UNSET
    sub_label_code: str | Unset = UNSET
    sub_tag: str | Unset = UNSET
    sub_tag_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        label_code = self.label_code

        score = self.score

        start_time = self.start_time

        end_time = self.end_time

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        sub_label = self.sub_label

        sub_label_code = self.sub_label_code

        sub_tag = self.sub_tag

        sub_tag_code = self.sub_tag_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if label_code is not UNSET:
            field_dict["LabelCode"] = label_code
        if score is not UNSET:
            field_dict["Score"] = score
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label
        if sub_label_code is not UNSET:
            field_dict["SubLabelCode"] = sub_label_code
        if sub_tag is not UNSET:
            field_dict["SubTag"] = sub_tag
        if sub_tag_code is not UNSET:
            field_dict["SubTagCode"] = sub_tag_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        label_code = d.pop("LabelCode", UNSET)

        score = d.pop("Score", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        sub_label = d.pop("SubLabel", UNSET)

        sub_label_code = d.pop("SubLabelCode", UNSET)

        sub_tag = d.pop("SubTag", UNSET)

        sub_tag_code = d.pop("SubTagCode", UNSET)

        aigc_recognition_result = cls(
            label=label,
            label_code=label_code,
            score=score,
            start_time=start_time,
            end_time=end_time,
            suggestion=suggestion,
            sub_label=sub_label,
            sub_label_code=sub_label_code,
            sub_tag=sub_tag,
            sub_tag_code=sub_tag_code,
        )

        aigc_recognition_result.additional_properties = d
        return aigc_recognition_result

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
