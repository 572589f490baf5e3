from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_access_type import FileAccessType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_info import BucketInfo


T = TypeVar("T", bound="InputInfo")


@_attrs_define
class InputInfo:
    """The media moderated (输入信息详情).

    Attributes:
        type_ (FileAccessType | Unset): File access type.
              * URL: Resource link (资源链接)
              * COS: Tencent Cloud Object Storage (腾讯云对象存储)
        url (str | Unset): Link of the file, a standard URL; not empty when Type is URL. Example:
            http://cms.xxx.xx/5.mp4.
        bucket_info (BucketInfo | None | Unset): COS bucket of the file; not empty when Type is COS. May return null
            (此字段可能返回 null).
        image_url_list (list[str] | Unset): Optional input images of large-model moderation. Example:
            ['https://adsfs.heytapimage.com/ads-material-depot/image/aede6f87d2ba8fcd0ff4f5d8d60d078f.jpg'].
        text_content (str | Unset): Large-model moderation only, the base64-encoded moderation requirements. Example:
            772b5p0772d5bu66K6u5pma5LiK55yL77yM5LiA5qyh5oCn55yL5Liq.
        title (str | Unset): Title (标题).
        extra (str | Unset): Other information (其他信息).
    """

    type_: FileAccessType | Unset = UNSET
    url: str | Unset = UNSET
    bucket_info: BucketInfo | None | Unset = UNSET
    image_url_list: list[str] | Unset = UNSET
    text_content: str | Unset = UNSET
    title: str | Unset = UNSET
    extra: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket_info import BucketInfo  # noqa: PLC0415

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        bucket_info: dict[str, Any] | None | Unset
        if isinstance(self.bucket_info, Unset):
            bucket_info = UNSET
        elif isinstance(self.bucket_info, BucketInfo):
            bucket_info = self.bucket_info.to_dict()
        else:
            bucket_info = self.bucket_info

        image_url_list: list[str] | Unset = UNSET
        if not isinstance(self.image_url_list, Unset):
            image_url_list = self.image_url_list

        text_content = self.text_content

        title = self.title

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if url is not UNSET:
            field_dict["Url"] = url
        if bucket_info is not UNSET:
            field_dict["BucketInfo"] = bucket_info
        if image_url_list is not UNSET:
            field_dict["ImageUrlList"] = image_url_list
        if text_content is not UNSET:
            field_dict["TextContent"] = text_content
        if title is not UNSET:
            field_dict["Title"] = title
        if extra is not UNSET:
            field_dict["Extra"] = extra

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

        def _parse_bucket_info(data: object) -> BucketInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bucket_info_type_0 = BucketInfo.from_dict(data)

                return bucket_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketInfo | None | Unset, data)

        bucket_info = _parse_bucket_info(d.pop("BucketInfo", UNSET))

        image_url_list = cast(list[str], d.pop("ImageUrlList", UNSET))

        text_content = d.pop("TextContent", UNSET)

        title = d.pop("Title", UNSET)

        extra = d.pop("Extra", UNSET)

        input_info = cls(
            type_=type_,
            url=url,
            bucket_info=bucket_info,
            image_url_list=image_url_list,
            text_content=text_content,
            title=title,
            extra=extra,
        )

        input_info.additional_properties = d
        return input_info

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
