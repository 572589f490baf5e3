from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_type import CreateType
from ..models.job_tag import JobTag
from ..models.language import Language
from ..models.sex import Sex
from ..models.supported_service import SupportedService
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTrainingJobRequestBody")


@_attrs_define
class CreateTrainingJobRequestBody:
    """A new voice training task (the official SDK's CreateTrainingJobReq).

    Attributes:
        voice_name (str): Voice name, also the name of the voice model asset in the asset library.
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        description (str | Unset): A description, shown in the asset library (一段描述信息,会呈现在资产库中).
        sex (Sex | Unset): Voice gender (语音性别).
              * FEMALE: female (女性)
              * MALE: male (男性)
             Default: Sex.FEMALE.
        language (Language | Unset): Language.
              * CN: Chinese (中文)
              * EN: English (英文)
        create_type (CreateType | Unset): How the training data is uploaded (任务创建方式).
              * PACKAGE: one zip holding all the data (使用一个zip包包含所有数据)
              * SEGMENT: sentence by sentence, each confirmed (逐句上传数据)
        phone (str | Unset): Phone number (手机号). Personal data; the client masks it in reprs and logs.
        dhtms_job_id (str | Unset): ID of the avatar (形象) production task the voice belongs to.
        batch_name (str | Unset): Batch name (批次名称).
        output_language (str | Unset): Output language of the model (模型输出语言类型).
        custom_text (str | Unset): Custom text for the audition sample (自定义试听文本).
        is_ondemand_resource (bool | Unset): Whether to use on-demand resources (是否使用按需资源).
        supported_service (list[SupportedService] | Unset): Businesses the voice is used for.
    """

    voice_name: str
    tag: JobTag | Unset = UNSET
    description: str | Unset = UNSET
    sex: Sex | Unset = Sex.FEMALE
    language: Language | Unset = UNSET
    create_type: CreateType | Unset = UNSET
    phone: str | Unset = UNSET
    dhtms_job_id: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    output_language: str | Unset = UNSET
    custom_text: str | Unset = UNSET
    is_ondemand_resource: bool | Unset = UNSET
    supported_service: list[SupportedService] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_name = self.voice_name

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        description = self.description

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        create_type: str | Unset = UNSET
        if not isinstance(self.create_type, Unset):
            create_type = self.create_type.value

        phone = self.phone

        dhtms_job_id = self.dhtms_job_id

        batch_name = self.batch_name

        output_language = self.output_language

        custom_text = self.custom_text

        is_ondemand_resource = self.is_ondemand_resource

        supported_service: list[str] | Unset = UNSET
        if not isinstance(self.supported_service, Unset):
            supported_service = []
            for supported_service_item_data in self.supported_service:
                supported_service_item = supported_service_item_data.value
                supported_service.append(supported_service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_name": voice_name,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if description is not UNSET:
            field_dict["description"] = description
        if sex is not UNSET:
            field_dict["sex"] = sex
        if language is not UNSET:
            field_dict["language"] = language
        if create_type is not UNSET:
            field_dict["create_type"] = create_type
        if phone is not UNSET:
            field_dict["phone"] = phone
        if dhtms_job_id is not UNSET:
            field_dict["dhtms_job_id"] = dhtms_job_id
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text
        if is_ondemand_resource is not UNSET:
            field_dict["is_ondemand_resource"] = is_ondemand_resource
        if supported_service is not UNSET:
            field_dict["supported_service"] = supported_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_name = d.pop("voice_name")

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

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        _create_type = d.pop("create_type", UNSET)
        create_type: CreateType | Unset
        if isinstance(_create_type, Unset):
            create_type = UNSET
        else:
            create_type = CreateType(_create_type)

        phone = d.pop("phone", UNSET)

        dhtms_job_id = d.pop("dhtms_job_id", UNSET)

        batch_name = d.pop("batch_name", UNSET)

        output_language = d.pop("output_language", UNSET)

        custom_text = d.pop("custom_text", UNSET)

        is_ondemand_resource = d.pop("is_ondemand_resource", UNSET)

        _supported_service = d.pop("supported_service", UNSET)
        supported_service: list[SupportedService] | Unset = UNSET
        if _supported_service is not UNSET:
            supported_service = []
            for supported_service_item_data in _supported_service:
                supported_service_item = SupportedService(supported_service_item_data)

                supported_service.append(supported_service_item)

        create_training_job_request_body = cls(
            voice_name=voice_name,
            tag=tag,
            description=description,
            sex=sex,
            language=language,
            create_type=create_type,
            phone=phone,
            dhtms_job_id=dhtms_job_id,
            batch_name=batch_name,
            output_language=output_language,
            custom_text=custom_text,
            is_ondemand_resource=is_ondemand_resource,
            supported_service=supported_service,
        )

        create_training_job_request_body.additional_properties = d
        return create_training_job_request_body

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
