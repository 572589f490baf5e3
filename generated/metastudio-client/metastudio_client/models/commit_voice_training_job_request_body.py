from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_tag import JobTag
from ..models.language import Language
from ..models.sex import Sex
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommitVoiceTrainingJobRequestBody")


@_attrs_define
class CommitVoiceTrainingJobRequestBody:
    """What to change at submission (the official SDK's CommitJobReq; every field optional). It differs from the creation
    body: app_user_id is here, create_type and the resource fields are not.

        Attributes:
            tag (JobTag | Unset): Task tag (任务标签).
                  * ECOMMERCE: e-commerce (电商)
                  * NEWS: news (新闻)
                  * MARKETING: marketing (营销)
                  * LIVE: live streaming (直播)
                  * EDUCATION: education (教培)
                  * CUSTOMER: customer service (客服)
                  * STORYTELLING: storytelling (故事)
            description (str | Unset): A description, shown in the asset library.
            sex (Sex | Unset): Voice gender (语音性别).
                  * FEMALE: female (女性)
                  * MALE: male (男性)
            voice_name (str | Unset): Voice name, also the name of the voice model asset.
            language (Language | Unset): Language.
                  * CN: Chinese (中文)
                  * EN: English (英文)
            phone (str | Unset): Phone number (手机号). Personal data; the client masks it in reprs and logs.
            app_user_id (str | Unset): Third-party user ID (第三方用户id).
            output_language (str | Unset): Output language of the model (模型输出语言类型).
            custom_text (str | Unset): Custom text for the audition sample (自定义试听文本).
    """

    tag: JobTag | Unset = UNSET
    description: str | Unset = UNSET
    sex: Sex | Unset = UNSET
    voice_name: str | Unset = UNSET
    language: Language | Unset = UNSET
    phone: str | Unset = UNSET
    app_user_id: str | Unset = UNSET
    output_language: str | Unset = UNSET
    custom_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        description = self.description

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        voice_name = self.voice_name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        phone = self.phone

        app_user_id = self.app_user_id

        output_language = self.output_language

        custom_text = self.custom_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        if sex is not UNSET:
            field_dict["sex"] = sex
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if language is not UNSET:
            field_dict["language"] = language
        if phone is not UNSET:
            field_dict["phone"] = phone
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tag = d.pop("tag", UNSET)
        tag: JobTag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = JobTag(_tag)

        description = d.pop("description", UNSET)

        _sex = d.pop("sex", UNSET)
        sex: Sex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = Sex(_sex)

        voice_name = d.pop("voice_name", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        phone = d.pop("phone", UNSET)

        app_user_id = d.pop("app_user_id", UNSET)

        output_language = d.pop("output_language", UNSET)

        custom_text = d.pop("custom_text", UNSET)

        commit_voice_training_job_request_body = cls(
            tag=tag,
            description=description,
            sex=sex,
            voice_name=voice_name,
            language=language,
            phone=phone,
            app_user_id=app_user_id,
            output_language=output_language,
            custom_text=custom_text,
        )

        commit_voice_training_job_request_body.additional_properties = d
        return commit_voice_training_job_request_body

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
