from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_job_status import AudioModerationJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_moderation_request_params import AudioModerationRequestParams
    from ..models.audio_moderation_result import AudioModerationResult


T = TypeVar("T", bound="ShowAudioModerationJobResponseBody")


@_attrs_define
class ShowAudioModerationJobResponseBody:
    """Job status and result; also the body of the callback notification.

    Attributes:
        job_id (str): Job ID. (作业id。)
        status (AudioModerationJobStatus): Job status.
              * running: The job is running. (正在运行)
              * succeeded: The job was executed successfully. (运行成功)
              * failed: The job failed. (运行失败)
        result (AudioModerationResult | Unset): Moderation result of the job; present only when the job status is
            succeeded. (作业审核结果,当作业状态为succeeded时存在。)
        request_params (AudioModerationRequestParams | Unset): Parameters the job was created with. (作业创建参数。)
        create_time (str | Unset): Time when the job was created, "yyyy-MM-dd HH:mm:ss", e.g. "2022-06-20 11:05:29".
            (作业创建时间。)
        update_time (str | Unset): Time when the job was last updated, "yyyy-MM-dd HH:mm:ss", e.g. "2022-06-20
            11:07:08". (作业更新时间。)
        request_id (str | Unset): Unique ID of the request, used for troubleshooting; keep it. Minimum length: 2.
            Maximum length: 64. (本次请求的唯一标识,用于问题排查,建议保存。)
    """

    job_id: str
    status: AudioModerationJobStatus
    result: AudioModerationResult | Unset = UNSET
    request_params: AudioModerationRequestParams | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        request_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_params, Unset):
            request_params = self.request_params.to_dict()

        create_time = self.create_time

        update_time = self.update_time

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if request_params is not UNSET:
            field_dict["request_params"] = request_params
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_moderation_request_params import AudioModerationRequestParams  # noqa: PLC0415
        from ..models.audio_moderation_result import AudioModerationResult  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        status = AudioModerationJobStatus(d.pop("status"))

        _result = d.pop("result", UNSET)
        result: AudioModerationResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AudioModerationResult.from_dict(_result)

        _request_params = d.pop("request_params", UNSET)
        request_params: AudioModerationRequestParams | Unset
        if isinstance(_request_params, Unset):
            request_params = UNSET
        else:
            request_params = AudioModerationRequestParams.from_dict(_request_params)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        request_id = d.pop("request_id", UNSET)

        show_audio_moderation_job_response_body = cls(
            job_id=job_id,
            status=status,
            result=result,
            request_params=request_params,
            create_time=create_time,
            update_time=update_time,
            request_id=request_id,
        )

        show_audio_moderation_job_response_body.additional_properties = d
        return show_audio_moderation_job_response_body

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
