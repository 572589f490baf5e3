from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskLabel")


@_attrs_define
class TaskLabel:
    """A label of a moderation task's output (用于返回审核任务输出的标签).

    Attributes:
        label (str | Unset): The malicious label of the detection result. Known values:
              * Normal: normal (正常)
              * Porn: pornographic (色情)
              * Abuse: abusive (谩骂)
              * Ad: advertising (广告)
              * Custom: custom non-compliant content (自定义违规)
            and other offensive, unsafe or inappropriate content types (以及其他令人反感、不安全或不适宜的内容类型).
             Example: Ad.
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        score (int | Unset): Confidence of the label, 0 (lowest) to 100 (highest); e.g. Porn 99 means very likely
            pornographic, Porn 0 means not pornographic. Example: 89.
        sub_label (str | Unset): The second-level label under Label. Example: Phone.
    """

    label: str | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    score: int | Unset = UNSET
    sub_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        score = self.score

        sub_label = self.sub_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if score is not UNSET:
            field_dict["Score"] = score
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        score = d.pop("Score", UNSET)

        sub_label = d.pop("SubLabel", UNSET)

        task_label = cls(
            label=label,
            suggestion=suggestion,
            score=score,
            sub_label=sub_label,
        )

        task_label.additional_properties = d
        return task_label

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
