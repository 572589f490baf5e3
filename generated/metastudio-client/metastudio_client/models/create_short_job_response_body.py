from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateShortJobResponseBody")


@_attrs_define
class CreateShortJobResponseBody:
    """
    Attributes:
        job_id (str): Task ID.
        data_uploading_url (str): URL for uploading training data. The training data must be compressed into a .zip
            file and then uploaded to the URL. NOTE: Set content-type to application/zip when
            uploading files to the OBS URL.
    """

    job_id: str
    data_uploading_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        data_uploading_url = self.data_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "data_uploading_url": data_uploading_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        data_uploading_url = d.pop("data_uploading_url")

        create_short_job_response_body = cls(
            job_id=job_id,
            data_uploading_url=data_uploading_url,
        )

        create_short_job_response_body.additional_properties = d
        return create_short_job_response_body

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
