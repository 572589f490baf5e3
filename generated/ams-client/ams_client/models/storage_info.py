from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_access_type import FileAccessType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_info import BucketInfo


T = TypeVar("T", bound="StorageInfo")


@_attrs_define
class StorageInfo:
    """How to fetch the media to moderate (用于表示数据存储的相关信息).

    Attributes:
        type_ (FileAccessType | Unset): File access type.
              * URL: Resource link (资源链接)
              * COS: Tencent Cloud Object Storage (腾讯云对象存储)
        url (str | Unset): Link of the file, a standard URL. Not empty when Type is URL; one of Url and BucketInfo must
            be passed. Example: https://cmstest-123.cos.ap-guangzhou.myqcloud.com/audio.mp3.
        bucket_info (BucketInfo | Unset): Tencent Cloud COS bucket of the file (文件桶信息); see the COS documentation
            https://cloud.tencent.com/document/product/436/44352. Not empty when Type is COS.
    """

    type_: FileAccessType | Unset = UNSET
    url: str | Unset = UNSET
    bucket_info: BucketInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        bucket_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bucket_info, Unset):
            bucket_info = self.bucket_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if url is not UNSET:
            field_dict["Url"] = url
        if bucket_info is not UNSET:
            field_dict["BucketInfo"] = bucket_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket_info import BucketInfo  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: FileAccessType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileAccessType(_type_)

        url = d.pop("Url", UNSET)

        _bucket_info = d.pop("BucketInfo", UNSET)
        bucket_info: BucketInfo | Unset
        if isinstance(_bucket_info, Unset):
            bucket_info = UNSET
        else:
            bucket_info = BucketInfo.from_dict(_bucket_info)

        storage_info = cls(
            type_=type_,
            url=url,
            bucket_info=bucket_info,
        )

        storage_info.additional_properties = d
        return storage_info

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
