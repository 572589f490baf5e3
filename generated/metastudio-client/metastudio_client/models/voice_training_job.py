from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_type import CreateType
from ..models.job_tag import JobTag
from ..models.language import Language
from ..models.sex import Sex
from ..models.training_job_state import TrainingJobState
from ..models.training_job_type import TrainingJobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assess_result import AssessResult
    from ..models.voice_training_allocated_resource import VoiceTrainingAllocatedResource


T = TypeVar("T", bound="VoiceTrainingJob")


@_attrs_define
class VoiceTrainingJob:
    """A voice training task (ShowVoiceTrainingJob's response; the official SDK's TrainingJobInfo in lists).

    Attributes:
        job_id (str): Task ID.
        state (TrainingJobState): Voice training task status (the values of ShortJobState: the service's JobState serves
            both).
              * CREATING: The task is being created; its data can be uploaded. (创建中)
              * SYSTEM_AUDITING: The task is being reviewed by the system. (系统审核中)
              * AUDITING: The task is being manually reviewed. (人工审核中)
              * WAITING_SPLIT: The task is waiting for trimming. (等待切割)
              * SPLITTING: The trimming is in progress. (切割中)
              * SPLIT_FAILED: The trimming failed. (切割失败)
              * ANNOTATING: The annotation is in progress. (标注中)
              * WAITING: The task is waiting for training. (等待训练)
              * PROCESSING: The task is being trained. (任务训练中)
              * RESULT_REVIEW: The result is under review (审核结果)
              * AUDIT_FAILED: The review failed; the service waits for the user to upload data again. (审核失败，等待用户重传数据)
              * UPLOADING: The file is being uploaded. (上传中)
              * FAILED: Task execution failed. (失败)
              * SUCCEED: Task execution succeeded. (成功)
              * USER_RESULT_REVIEW: The user is to review the result (from the official SDK's JobState)
              * USER_REVIEW_REJECT: The user rejected the result (from the official SDK's JobState)
        job_type (TrainingJobType | Unset): Training type (训练类型).
              * BASIC: basic edition, 20 sentences (基础版)
              * MIDDLE: advanced edition, 100 sentences (进阶版)
              * ADVANCE: premium edition (高级版)
              * THIRD_PARTY: third-party training, DupDub (第三方出门问问训练版)
              * THIRD_PARTY_LJZN: third-party training, AudioX (第三方逻辑智能训练版)
              * FLEXUS: Flexus edition, large-model feature extraction (Flexus版)
        app_user_id (str | Unset): Third-party user ID (用户id).
        voice_name (str | Unset): Voice name, also the name of the voice model asset.
        sex (Sex | Unset): Voice gender (语音性别).
              * FEMALE: female (女性)
              * MALE: male (男性)
        language (Language | Unset): Language.
              * CN: Chinese (中文)
              * EN: English (英文)
        reject_times (int | Unset): How many times the task's review failed (本次任务中该状态出现的次数). Value range: 1~10
        asset_id (str | Unset): ID of the voice model in the asset library, once the task has succeeded.
        job_failed_code (str | Unset): Error code, when the task failed.
        job_failed_reason (str | Unset): Failure cause, when the task failed.
        create_time (int | Unset): Time the task was created, Unix seconds. Value range: 1~2147483647
        lastupdate_time (int | Unset): Time of the task's last state change, Unix seconds. Value range: 1~2147483647
        voice_authorization_url (str | Unset): Link to the user's authorization letter (用户授权书连接). The client masks it in
            reprs and logs.
        training_input_source_url (str | Unset): URL of the user's original input data (用户原始输入数据url). The client masks
            it in reprs and logs.
        create_type (CreateType | Unset): How the training data is uploaded (任务创建方式).
              * PACKAGE: one zip holding all the data (使用一个zip包包含所有数据)
              * SEGMENT: sentence by sentence, each confirmed (逐句上传数据)
        tag (JobTag | Unset): Task tag (任务标签).
              * ECOMMERCE: e-commerce (电商)
              * NEWS: news (新闻)
              * MARKETING: marketing (营销)
              * LIVE: live streaming (直播)
              * EDUCATION: education (教培)
              * CUSTOMER: customer service (客服)
              * STORYTELLING: storytelling (故事)
        phone (str | Unset): Phone number (手机号). Personal data; the client masks it in reprs and logs.
        dhtms_job_id (str | Unset): ID of the avatar production task the voice belongs to.
        batch_name (str | Unset): Batch name.
        allocated_resource (VoiceTrainingAllocatedResource | Unset): The resource allocated to the task (from the
            official SDK).
        output_language (str | Unset): Output language of the model.
        is_remake (bool | Unset): Whether the task is a remake (任务是否重做).
        assess_result (AssessResult | Unset): Audio quality assessment result.
        is_ondemand_resource (bool | Unset): Whether the task uses on-demand resources (是否是按需任务).
    """

    job_id: str
    state: TrainingJobState
    job_type: TrainingJobType | Unset = UNSET
    app_user_id: str | Unset = UNSET
    voice_name: str | Unset = UNSET
    sex: Sex | Unset = UNSET
    language: Language | Unset = UNSET
    reject_times: int | Unset = UNSET
    asset_id: str | Unset = UNSET
    job_failed_code: str | Unset = UNSET
    job_failed_reason: str | Unset = UNSET
    create_time: int | Unset = UNSET
    lastupdate_time: int | Unset = UNSET
    voice_authorization_url: str | Unset = UNSET
    training_input_source_url: str | Unset = UNSET
    create_type: CreateType | Unset = UNSET
    tag: JobTag | Unset = UNSET
    phone: str | Unset = UNSET
    dhtms_job_id: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    allocated_resource: VoiceTrainingAllocatedResource | Unset = UNSET
    output_language: str | Unset = UNSET
    is_remake: bool | Unset = UNSET
    assess_result: AssessResult | Unset = UNSET
    is_ondemand_resource: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        state = self.state.value

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        app_user_id = self.app_user_id

        voice_name = self.voice_name

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        reject_times = self.reject_times

        asset_id = self.asset_id

        job_failed_code = self.job_failed_code

        job_failed_reason = self.job_failed_reason

        create_time = self.create_time

        lastupdate_time = self.lastupdate_time

        voice_authorization_url = self.voice_authorization_url

        training_input_source_url = self.training_input_source_url

        create_type: str | Unset = UNSET
        if not isinstance(self.create_type, Unset):
            create_type = self.create_type.value

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        phone = self.phone

        dhtms_job_id = self.dhtms_job_id

        batch_name = self.batch_name

        allocated_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated_resource, Unset):
            allocated_resource = self.allocated_resource.to_dict()

        output_language = self.output_language

        is_remake = self.is_remake

        assess_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assess_result, Unset):
            assess_result = self.assess_result.to_dict()

        is_ondemand_resource = self.is_ondemand_resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "state": state,
            }
        )
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if language is not UNSET:
            field_dict["language"] = language
        if reject_times is not UNSET:
            field_dict["reject_times"] = reject_times
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if job_failed_code is not UNSET:
            field_dict["job_failed_code"] = job_failed_code
        if job_failed_reason is not UNSET:
            field_dict["job_failed_reason"] = job_failed_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if voice_authorization_url is not UNSET:
            field_dict["voice_authorization_url"] = voice_authorization_url
        if training_input_source_url is not UNSET:
            field_dict["training_input_source_url"] = training_input_source_url
        if create_type is not UNSET:
            field_dict["create_type"] = create_type
        if tag is not UNSET:
            field_dict["tag"] = tag
        if phone is not UNSET:
            field_dict["phone"] = phone
        if dhtms_job_id is not UNSET:
            field_dict["dhtms_job_id"] = dhtms_job_id
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name
        if allocated_resource is not UNSET:
            field_dict["allocated_resource"] = allocated_resource
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if is_remake is not UNSET:
            field_dict["is_remake"] = is_remake
        if assess_result is not UNSET:
            field_dict["assess_result"] = assess_result
        if is_ondemand_resource is not UNSET:
            field_dict["is_ondemand_resource"] = is_ondemand_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assess_result import AssessResult  # noqa: PLC0415
        from ..models.voice_training_allocated_resource import VoiceTrainingAllocatedResource  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        state = TrainingJobState(d.pop("state"))

        _job_type = d.pop("job_type", UNSET)
        job_type: TrainingJobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = TrainingJobType(_job_type)

        app_user_id = d.pop("app_user_id", UNSET)

        voice_name = d.pop("voice_name", UNSET)

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

        reject_times = d.pop("reject_times", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        job_failed_code = d.pop("job_failed_code", UNSET)

        job_failed_reason = d.pop("job_failed_reason", UNSET)

        create_time = d.pop("create_time", UNSET)

        lastupdate_time = d.pop("lastupdate_time", UNSET)

        voice_authorization_url = d.pop("voice_authorization_url", UNSET)

        training_input_source_url = d.pop("training_input_source_url", UNSET)

        _create_type = d.pop("create_type", UNSET)
        create_type: CreateType | Unset
        if isinstance(_create_type, Unset):
            create_type = UNSET
        else:
            create_type = CreateType(_create_type)

        _tag = d.pop("tag", UNSET)
        tag: JobTag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = JobTag(_tag)

        phone = d.pop("phone", UNSET)

        dhtms_job_id = d.pop("dhtms_job_id", UNSET)

        batch_name = d.pop("batch_name", UNSET)

        _allocated_resource = d.pop("allocated_resource", UNSET)
        allocated_resource: VoiceTrainingAllocatedResource | Unset
        if isinstance(_allocated_resource, Unset):
            allocated_resource = UNSET
        else:
            allocated_resource = VoiceTrainingAllocatedResource.from_dict(_allocated_resource)

        output_language = d.pop("output_language", UNSET)

        is_remake = d.pop("is_remake", UNSET)

        _assess_result = d.pop("assess_result", UNSET)
        assess_result: AssessResult | Unset
        if isinstance(_assess_result, Unset):
            assess_result = UNSET
        else:
            assess_result = AssessResult.from_dict(_assess_result)

        is_ondemand_resource = d.pop("is_ondemand_resource", UNSET)

        voice_training_job = cls(
            job_id=job_id,
            state=state,
            job_type=job_type,
            app_user_id=app_user_id,
            voice_name=voice_name,
            sex=sex,
            language=language,
            reject_times=reject_times,
            asset_id=asset_id,
            job_failed_code=job_failed_code,
            job_failed_reason=job_failed_reason,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            voice_authorization_url=voice_authorization_url,
            training_input_source_url=training_input_source_url,
            create_type=create_type,
            tag=tag,
            phone=phone,
            dhtms_job_id=dhtms_job_id,
            batch_name=batch_name,
            allocated_resource=allocated_resource,
            output_language=output_language,
            is_remake=is_remake,
            assess_result=assess_result,
            is_ondemand_resource=is_ondemand_resource,
        )

        voice_training_job.additional_properties = d
        return voice_training_job

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
