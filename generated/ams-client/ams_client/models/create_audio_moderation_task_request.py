from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_type import AudioModerationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_input import TaskInput
    from ..models.user import User


T = TypeVar("T", bound="CreateAudioModerationTaskRequest")


@_attrs_define
class CreateAudioModerationTaskRequest:
    """
    Attributes:
        tasks (list[TaskInput]): The audio moderation tasks to create; see TaskInput. Up to 10 tasks can be created at a
            time. (最多同时可创建10个任务)
        biz_type (str | Unset): The number of the moderation policy, configured in the Content Security console.
            Different BizTypes are associated with different business scenarios and recognition policies; without it the
            default policy is used. BizType can contain 3–32 digits, letters and underscores. Example: default.
        type_ (AudioModerationType | Unset): Audio moderation type.
              * AUDIO: Audio on demand (点播音频)
              * LIVE_AUDIO: Live audio stream (直播音频)
              * AUDIO_AIGC: Detection of AI-generated audio (AI生成识别)
             Default: AudioModerationType.AUDIO.
        seed (str | Unset): Optional key for signing the callbacks. The callback carries a header `X-Signature` whose
            value is the hex SHA256 of seed + body; verify it by computing sha256(seed + body) over the received body.
            Example: askseed.
        callback_url (str | Unset): Callback address for moderation information: non-compliant audio segments found
            during moderation are sent to it. Example: https://example.com/url.
        user (User | Unset): Information about the user behind the content (User结果); if filled in, users with a
            violation risk can be identified.
    """

    tasks: list[TaskInput]
    biz_type: str | Unset = UNSET
    type_: AudioModerationType | Unset = AudioModerationType.AUDIO
    seed: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        biz_type = self.biz_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        seed = self.seed

        callback_url = self.callback_url

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Tasks": tasks,
            }
        )
        if biz_type is not UNSET:
            field_dict["BizType"] = biz_type
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if seed is not UNSET:
            field_dict["Seed"] = seed
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if user is not UNSET:
            field_dict["User"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_input import TaskInput  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("Tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskInput.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        biz_type = d.pop("BizType", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: AudioModerationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AudioModerationType(_type_)

        seed = d.pop("Seed", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        _user = d.pop("User", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        create_audio_moderation_task_request = cls(
            tasks=tasks,
            biz_type=biz_type,
            type_=type_,
            seed=seed,
            callback_url=callback_url,
            user=user,
        )

        create_audio_moderation_task_request.additional_properties = d
        return create_audio_moderation_task_request

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
