from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_uploading_url import PackageUploadingUrl
    from ..models.segment_uploading_urls import SegmentUploadingUrls


T = TypeVar("T", bound="ShowJobUploadingAddressResponseBody")


@_attrs_define
class ShowJobUploadingAddressResponseBody:
    """
    Attributes:
        segment_url (SegmentUploadingUrls | Unset): Upload URLs of a SEGMENT task, one per sentence (index i is sentence
            i).
        package_url (PackageUploadingUrl | Unset): Upload URL of a PACKAGE task.
        authorization_letter_uploading_url (str | Unset): URL for uploading the authorization letter (授权书的上传地址). The
            client masks it in reprs and logs.
    """

    segment_url: SegmentUploadingUrls | Unset = UNSET
    package_url: PackageUploadingUrl | Unset = UNSET
    authorization_letter_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_url, Unset):
            segment_url = self.segment_url.to_dict()

        package_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package_url, Unset):
            package_url = self.package_url.to_dict()

        authorization_letter_uploading_url = self.authorization_letter_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_url is not UNSET:
            field_dict["segment_url"] = segment_url
        if package_url is not UNSET:
            field_dict["package_url"] = package_url
        if authorization_letter_uploading_url is not UNSET:
            field_dict["authorization_letter_uploading_url"] = authorization_letter_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_uploading_url import PackageUploadingUrl  # noqa: PLC0415
        from ..models.segment_uploading_urls import SegmentUploadingUrls  # noqa: PLC0415

        d = dict(src_dict)
        _segment_url = d.pop("segment_url", UNSET)
        segment_url: SegmentUploadingUrls | Unset
        if isinstance(_segment_url, Unset):
            segment_url = UNSET
        else:
            segment_url = SegmentUploadingUrls.from_dict(_segment_url)

        _package_url = d.pop("package_url", UNSET)
        package_url: PackageUploadingUrl | Unset
        if isinstance(_package_url, Unset):
            package_url = UNSET
        else:
            package_url = PackageUploadingUrl.from_dict(_package_url)

        authorization_letter_uploading_url = d.pop("authorization_letter_uploading_url", UNSET)

        show_job_uploading_address_response_body = cls(
            segment_url=segment_url,
            package_url=package_url,
            authorization_letter_uploading_url=authorization_letter_uploading_url,
        )

        show_job_uploading_address_response_body.additional_properties = d
        return show_job_uploading_address_response_body

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
