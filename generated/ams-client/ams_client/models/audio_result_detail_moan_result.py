from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioResultDetailMoanResult")


@_attrs_define
class AudioResultDetailMoanResult:
    """Moan detection result (音频呻吟审核结果).

    Attributes:
        label (str | Unset): The content type detected; fixed to Moan (呻吟) for moan detection. Example: Moan.
        score (int | Unset): Confidence of moan detection, 0 (lowest) to 100 (highest). Example: 89.
        start_time (float | Unset): Start of the segment with the moan label in the audio file, in seconds. Example: 0.
        end_time (float | Unset): End of the segment with the moan label in the audio file, in seconds. Example: 15.
        sub_label_code (str | Unset): Second-level label code.
        sub_label (str | Unset): The second-level label under Label. Example: PornMoan.
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
    """

    label: str | Unset = UNSET
    score: int | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    sub_label_code: str | Unset = UNSET
    sub_label: str | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        score = self.score

        start_time = self.start_time

        end_time = self.end_time

        sub_label_code = self.sub_label_code

        sub_label = self.sub_label

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if score is not UNSET:
            field_dict["Score"] = score
        if start_time is not UNSET:
            field_dict["StartTime"] = start_time
        if end_time is not UNSET:
            field_dict["EndTime"] = end_time
        if sub_label_code is not UNSET:
            field_dict["SubLabelCode"] = sub_label_code
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        score = d.pop("Score", UNSET)

        start_time = d.pop("StartTime", UNSET)

        end_time = d.pop("EndTime", UNSET)

        sub_label_code = d.pop("SubLabelCode", UNSET)

        sub_label = d.pop("SubLabel", UNSET)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        audio_result_detail_moan_result = cls(
            label=label,
            score=score,
            start_time=start_time,
            end_time=end_time,
            sub_label_code=sub_label_code,
            sub_label=sub_label,
            suggestion=suggestion,
        )

        audio_result_detail_moan_result.additional_properties = d
        return audio_result_detail_moan_result

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
