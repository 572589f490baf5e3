from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BucketInfo")


@_attrs_define
class BucketInfo:
    """Tencent Cloud COS bucket of the file (文件桶信息); see the COS documentation
    https://cloud.tencent.com/document/product/436/44352. Not empty when Type is COS.

        Attributes:
            bucket (str): Name of the COS bucket. Example: cmsop-appid.
            region (str): Region of the COS bucket (where its data is stored). Example: ap-guangzhou.
            object_ (str): Object key in the bucket. Example: /audioDate/20240101/cmsop-audio.mp3.
    """

    bucket: str
    region: str
    object_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        region = self.region

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Bucket": bucket,
                "Region": region,
                "Object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = d.pop("Bucket")

        region = d.pop("Region")

        object_ = d.pop("Object")

        bucket_info = cls(
            bucket=bucket,
            region=region,
            object_=object_,
        )

        bucket_info.additional_properties = d
        return bucket_info

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
