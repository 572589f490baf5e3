from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_category import AudioModerationCategory
from ..models.audio_moderation_event_type import AudioModerationEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_input_body import AudioInputBody


T = TypeVar("T", bound="AudioModerationRequestParams")


@_attrs_define
class AudioModerationRequestParams:
    """Parameters the job was created with. (作业创建参数。)

    Attributes:
        event_type (AudioModerationEventType | Unset): Event type.
              * default: default event (默认事件)
              * audiobook: audio book (有声书)
              * education: educational audio (教育音频)
              * game: game voice room (游戏语音房)
              * live: livestream fashion show (秀场直播)
              * ecommerce: livestream e-commerce (电商直播)
              * voiceroom: dating voice room (交友语音房)
              * private: private voice chat (私密语音聊天)
        data (AudioInputBody | Unset): Audio data input. (音频数据输入)
        callback (str | Unset): The callback passed when the job was created. (创建作业时传的callback参数。)
        categories (list[AudioModerationCategory] | Unset): The categories passed when the job was created.
            (创建作业时传的categories参数。)
    """

    event_type: AudioModerationEventType | Unset = UNSET
    data: AudioInputBody | Unset = UNSET
    callback: str | Unset = UNSET
    categories: list[AudioModerationCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        callback = self.callback

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.value
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if data is not UNSET:
            field_dict["data"] = data
        if callback is not UNSET:
            field_dict["callback"] = callback
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_input_body import AudioInputBody  # noqa: PLC0415

        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: AudioModerationEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = AudioModerationEventType(_event_type)

        _data = d.pop("data", UNSET)
        data: AudioInputBody | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AudioInputBody.from_dict(_data)

        callback = d.pop("callback", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[AudioModerationCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = AudioModerationCategory(categories_item_data)

                categories.append(categories_item)

        audio_moderation_request_params = cls(
            event_type=event_type,
            data=data,
            callback=callback,
            categories=categories,
        )

        audio_moderation_request_params.additional_properties = d
        return audio_moderation_request_params

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
