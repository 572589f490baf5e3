from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_uploading_urls import SegmentUploadingUrls


T = TypeVar("T", bound="CreateTrainingJobResponseBody")


@_attrs_define
class CreateTrainingJobResponseBody:
    """
    Attributes:
        job_id (str): Task ID.
        training_data_uploading_url (str | Unset): URL for uploading the training data as a zip, set when create_type is
            PACKAGE. NOTE:
            set content-type to application/zip when uploading to the OBS URL.
        segment_uploading_url (SegmentUploadingUrls | Unset): Upload URLs of a SEGMENT task, one per sentence (index i
            is sentence i).
        authorization_letter_uploading_url (str | Unset): URL for uploading the authorization letter (授权书的上传地址). The
            client masks it in reprs and logs.
    """

    job_id: str
    training_data_uploading_url: str | Unset = UNSET
    segment_uploading_url: SegmentUploadingUrls | Unset = UNSET
    authorization_letter_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        training_data_uploading_url = self.training_data_uploading_url

        segment_uploading_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_uploading_url, Unset):
            segment_uploading_url = self.segment_uploading_url.to_dict()

        authorization_letter_uploading_url = self.authorization_letter_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if training_data_uploading_url is not UNSET:
            field_dict["training_data_uploading_url"] = training_data_uploading_url
        if segment_uploading_url is not UNSET:
            field_dict["segment_uploading_url"] = segment_uploading_url
        if authorization_letter_uploading_url is not UNSET:
            field_dict["authorization_letter_uploading_url"] = authorization_letter_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_uploading_urls import SegmentUploadingUrls  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        training_data_uploading_url = d.pop("training_data_uploading_url", UNSET)

        _segment_uploading_url = d.pop("segment_uploading_url", UNSET)
        segment_uploading_url: SegmentUploadingUrls | Unset
        if isinstance(_segment_uploading_url, Unset):
            segment_uploading_url = UNSET
        else:
            segment_uploading_url = SegmentUploadingUrls.from_dict(_segment_uploading_url)

        authorization_letter_uploading_url = d.pop("authorization_letter_uploading_url", UNSET)

        create_training_job_response_body = cls(
            job_id=job_id,
            training_data_uploading_url=training_data_uploading_url,
            segment_uploading_url=segment_uploading_url,
            authorization_letter_uploading_url=authorization_letter_uploading_url,
        )

        create_training_job_response_body.additional_properties = d
        return create_training_job_response_body

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
