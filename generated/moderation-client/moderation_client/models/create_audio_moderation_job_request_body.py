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


T = TypeVar("T", bound="CreateAudioModerationJobRequestBody")


@_attrs_define
class CreateAudioModerationJobRequestBody:
    """
    Attributes:
        data (AudioInputBody): Audio data input. (音频数据输入)
        event_type (AudioModerationEventType | Unset): Event type.
              * default: default event (默认事件)
              * audiobook: audio book (有声书)
              * education: educational audio (教育音频)
              * game: game voice room (游戏语音房)
              * live: livestream fashion show (秀场直播)
              * ecommerce: livestream e-commerce (电商直播)
              * voiceroom: dating voice room (交友语音房)
              * private: private voice chat (私密语音聊天)
        categories (list[AudioModerationCategory] | Unset): Risk types to detect; the list cannot be empty.
            (需要检测的风险类型,列表不能为空。) Must be passed together with event_type when biz_type is not passed; ignored when biz_type
            is passed.
        callback (str | Unset): If this field is not empty, the moderation result is sent to this URL; if it is
            empty, poll ShowAudioModerationJob for the result.
            (该字段非空时,检测结果会回调通知您的URL。该字段为空时,您需要定时轮询获取检测结果。)
            1. Your callback endpoint must support POST.
            2. The callback body has the format of the ShowAudioModerationJob response.
            3. HTTP 200 within 3 seconds means received; any other status or a slower answer is
               a failure, and the result is then sent again several times.
        biz_type (str | Unset): Name of a custom moderation policy created in the console; the feature must be enabled
            on application before use. If passed, it takes precedence and event_type and categories have no effect; if not
            passed, event_type and categories must be passed.
            (用户在控制台界面创建的自定义审核策略名称。该功能需申请开通后使用。如果请求参数中传了biz_type则优先使用biz_type,
            event_type和categories参数将不生效,审核策略由biz_type的设置决定。如果用户没传biz_type则event_type和categories必须传。)
        seed (str | Unset): Used to verify, on callback, that the request was sent by Huawei Cloud Content
            Moderation; you define it. A random string of letters, digits and underscores, at most
            64 characters. When seed is not empty, the callback headers include X-Auth-Signature,
            generated with HmacSHA256: the string to sign is create_time, job_id, request_id and
            seed concatenated in this order, and the key is seed, i.e.
            X-Auth-Signature = HmacSHA256(key=seed, msg=create_time + job_id + request_id + seed).
            (用于回调通知时校验请求是由华为云内容安全服务发起,您可以自定义。值为随机字符串,由英文字母、数字、下划线组成,不超过64个字符。
            当seed非空时,headers中将包含X-Auth-
            Signature字段,字段的值使用HmacSHA256算法生成,待加密字符串由create_time、job_id、request_id、seed按照顺序拼接而成,密钥为seed。)
    """

    data: AudioInputBody
    event_type: AudioModerationEventType | Unset = UNSET
    categories: list[AudioModerationCategory] | Unset = UNSET
    callback: str | Unset = UNSET
    biz_type: str | Unset = UNSET
    seed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.value
                categories.append(categories_item)

        callback = self.callback

        biz_type = self.biz_type

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if categories is not UNSET:
            field_dict["categories"] = categories
        if callback is not UNSET:
            field_dict["callback"] = callback
        if biz_type is not UNSET:
            field_dict["biz_type"] = biz_type
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_input_body import AudioInputBody  # noqa: PLC0415

        d = dict(src_dict)
        data = AudioInputBody.from_dict(d.pop("data"))

        _event_type = d.pop("event_type", UNSET)
        event_type: AudioModerationEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = AudioModerationEventType(_event_type)

        _categories = d.pop("categories", UNSET)
        categories: list[AudioModerationCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = AudioModerationCategory(categories_item_data)

                categories.append(categories_item)

        callback = d.pop("callback", UNSET)

        biz_type = d.pop("biz_type", UNSET)

        seed = d.pop("seed", UNSET)

        create_audio_moderation_job_request_body = cls(
            data=data,
            event_type=event_type,
            categories=categories,
            callback=callback,
            biz_type=biz_type,
            seed=seed,
        )

        create_audio_moderation_job_request_body.additional_properties = d
        return create_audio_moderation_job_request_body

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
