from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """Information about the user behind the content (User结果); if filled in, users with a violation risk can be identified.

    Attributes:
        level (int | Unset): User level: 0 unknown (default), 1 low, 2 medium, 3 high. (用户等级，默认0 未知 1 低 2 中 3 高)
            Default: 0.
        gender (int | Unset): Gender: 0 unknown (default), 1 male, 2 female. (性别 默认0 未知 1 男性 2 女性) Default: 0.
        age (int | Unset): Age; 0 = unknown (default). (年龄 默认0 未知) Default: 0.
        user_id (str | Unset): Business user ID; if given, the account's history of malicious behaviour informs the
            verdict. E.g. WeChat uin, QQ number, WeChat/QQ openid or any string; together with AccountType it identifies one
            account. Example: user1.
        phone (str | Unset): Mobile phone number. Example: 176****2131.
        account_type (str | Unset): Type of UserId: 1 WeChat uin, 2 QQ number, 3 WeChat group uin, 4 QQ group number, 5
            WeChat openid, 6 QQ openid, 7 other string. ("1-微信uin 2-QQ号 3-微信群uin 4-qq群号 5-微信openid 6-QQopenid 7-其它string")
            Example: 1-微信uin.
        nickname (str | Unset): User nickname. Example: name.
        head_url (str | Unset): Link of the user's avatar image. Example: https://cmstest-123.cos.ap-
            guangzhou.myqcloud.com/image.jpg.
        desc (str | Unset): User profile, at most 5000 characters. Example: Desc_1.
        room_id (str | Unset): Room ID (group chat scenario). Example: roomid_1.
        group_id (str | Unset): Group ID (group chat scenario). Example: groupid_1.
        group_size (int | Unset): Number of users in the group (group chat scenario). Example: 1.
        receiver_id (str | Unset): ID of the message receiver. Example: userid_1.
        send_time (str | Unset): Time the message was generated ("消息生成时间，毫秒"). Example: 2025-05-15 15:40:06.
    """

    level: int | Unset = 0
    gender: int | Unset = 0
    age: int | Unset = 0
    user_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    account_type: str | Unset = UNSET
    nickname: str | Unset = UNSET
    head_url: str | Unset = UNSET
    desc: str | Unset = UNSET
    room_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    group_size: int | Unset = UNSET
    receiver_id: str | Unset = UNSET
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        gender = self.gender

        age = self.age

        user_id = self.user_id

        phone = self.phone

        account_type = self.account_type

        nickname = self.nickname

        head_url = self.head_url

        desc = self.desc

        room_id = self.room_id

        group_id = self.group_id

        group_size = self.group_size

        receiver_id = self.receiver_id

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["Level"] = level
        if gender is not UNSET:
            field_dict["Gender"] = gender
        if age is not UNSET:
            field_dict["Age"] = age
        if user_id is not UNSET:
            field_dict["UserId"] = user_id
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if account_type is not UNSET:
            field_dict["AccountType"] = account_type
        if nickname is not UNSET:
            field_dict["Nickname"] = nickname
        if head_url is not UNSET:
            field_dict["HeadUrl"] = head_url
        if desc is not UNSET:
            field_dict["Desc"] = desc
        if room_id is not UNSET:
            field_dict["RoomId"] = room_id
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if group_size is not UNSET:
            field_dict["GroupSize"] = group_size
        if receiver_id is not UNSET:
            field_dict["ReceiverId"] = receiver_id
        if send_time is not UNSET:
            field_dict["SendTime"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("Level", UNSET)

        gender = d.pop("Gender", UNSET)

        age = d.pop("Age", UNSET)

        user_id = d.pop("UserId", UNSET)

        phone = d.pop("Phone", UNSET)

        account_type = d.pop("AccountType", UNSET)

        nickname = d.pop("Nickname", UNSET)

        head_url = d.pop("HeadUrl", UNSET)

        desc = d.pop("Desc", UNSET)

        room_id = d.pop("RoomId", UNSET)

        group_id = d.pop("GroupId", UNSET)

        group_size = d.pop("GroupSize", UNSET)

        receiver_id = d.pop("ReceiverId", UNSET)

        send_time = d.pop("SendTime", UNSET)

        user = cls(
            level=level,
            gender=gender,
            age=age,
            user_id=user_id,
            phone=phone,
            account_type=account_type,
            nickname=nickname,
            head_url=head_url,
            desc=desc,
            room_id=room_id,
            group_id=group_id,
            group_size=group_size,
            receiver_id=receiver_id,
            send_time=send_time,
        )

        user.additional_properties = d
        return user

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
