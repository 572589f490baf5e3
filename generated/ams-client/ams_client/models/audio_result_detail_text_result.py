from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hit_info import HitInfo


T = TypeVar("T", bound="AudioResultDetailTextResult")


@_attrs_define
class AudioResultDetailTextResult:
    """Moderation result of the ASR text (音频ASR文本审核结果).

    Attributes:
        label (str | Unset): The malicious label: Normal (正常), Porn (色情), Abuse (谩骂), Ad (广告), Custom (自定义违规), and other
            offensive, unsafe or inappropriate content types. Example: Ad.
        keywords (list[str] | Unset): Keywords of the recognised text that were hit (e.g. 加我微信). Several may be
            returned; if empty while Score is set, the label comes from the semantic model. Example: ['加微信'].
        lib_id (str | Unset): ID of the custom keyword library; only valid when Label is Custom. Example: LibId_1.
        lib_name (str | Unset): Name of the custom keyword library; only valid when Label is Custom. Example: 测试词库.
        score (int | Unset): Confidence of the label, 0 (lowest) to 100 (highest); e.g. Porn 99 = very likely
            pornographic. Example: 100.
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        lib_type (int | Unset): Type of the keyword library: 1 (black/white list library, 黑白库) or 2 (custom keyword
            library, 自定义关键词库); 1 when no custom library is configured. Example: 1.
        sub_label (str | Unset): The second-level label under Label. Example: Add.
        hit_infos (list[HitInfo] | Unset): The keywords hit, with their positions.
    """

    label: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    lib_id: str | Unset = UNSET
    lib_name: str | Unset = UNSET
    score: int | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    lib_type: int | Unset = UNSET
    sub_label: str | Unset = UNSET
    hit_infos: list[HitInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        lib_id = self.lib_id

        lib_name = self.lib_name

        score = self.score

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        lib_type = self.lib_type

        sub_label = self.sub_label

        hit_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hit_infos, Unset):
            hit_infos = []
            for hit_infos_item_data in self.hit_infos:
                hit_infos_item = hit_infos_item_data.to_dict()
                hit_infos.append(hit_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["Label"] = label
        if keywords is not UNSET:
            field_dict["Keywords"] = keywords
        if lib_id is not UNSET:
            field_dict["LibId"] = lib_id
        if lib_name is not UNSET:
            field_dict["LibName"] = lib_name
        if score is not UNSET:
            field_dict["Score"] = score
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if lib_type is not UNSET:
            field_dict["LibType"] = lib_type
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label
        if hit_infos is not UNSET:
            field_dict["HitInfos"] = hit_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hit_info import HitInfo  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("Label", UNSET)

        keywords = cast(list[str], d.pop("Keywords", UNSET))

        lib_id = d.pop("LibId", UNSET)

        lib_name = d.pop("LibName", UNSET)

        score = d.pop("Score", UNSET)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        lib_type = d.pop("LibType", UNSET)

        sub_label = d.pop("SubLabel", UNSET)

        _hit_infos = d.pop("HitInfos", UNSET)
        hit_infos: list[HitInfo] | Unset = UNSET
        if _hit_infos is not UNSET:
            hit_infos = []
            for hit_infos_item_data in _hit_infos:
                hit_infos_item = HitInfo.from_dict(hit_infos_item_data)

                hit_infos.append(hit_infos_item)

        audio_result_detail_text_result = cls(
            label=label,
            keywords=keywords,
            lib_id=lib_id,
            lib_name=lib_name,
            score=score,
            suggestion=suggestion,
            lib_type=lib_type,
            sub_label=sub_label,
            hit_infos=hit_infos,
        )

        audio_result_detail_text_result.additional_properties = d
        return audio_result_detail_text_result

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
