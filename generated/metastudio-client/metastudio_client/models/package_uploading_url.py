from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageUploadingUrl")


@_attrs_define
class PackageUploadingUrl:
    """Upload URL of a PACKAGE task.

    Attributes:
        training_data_uploading_url (str | Unset): URL for uploading the training data as a zip. NOTE: set content-type
            to application/zip when uploading.
    """

    training_data_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training_data_uploading_url = self.training_data_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training_data_uploading_url is not UNSET:
            field_dict["training_data_uploading_url"] = training_data_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_uploading_url = d.pop("training_data_uploading_url", UNSET)

        package_uploading_url = cls(
            training_data_uploading_url=training_data_uploading_url,
        )

        package_uploading_url.additional_properties = d
        return package_uploading_url

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
