from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateAudioModerationJobResponseBody")


@_attrs_define
class CreateAudioModerationJobResponseBody:
    """
    Attributes:
        request_id (str): Unique ID of the request, used for troubleshooting; keep it. Minimum length: 2. Maximum
            length: 64. (本次请求的唯一标识,用于问题排查,建议保存。)
        job_id (str): Unique ID of the job. (作业唯一标识。)
    """

    request_id: str
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        job_id = d.pop("job_id")

        create_audio_moderation_job_response_body = cls(
            request_id=request_id,
            job_id=job_id,
        )

        create_audio_moderation_job_response_body.additional_properties = d
        return create_audio_moderation_job_response_body

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
