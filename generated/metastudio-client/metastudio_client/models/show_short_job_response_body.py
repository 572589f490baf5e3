from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_job_state import ShortJobState
from ..models.short_job_type import ShortJobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assess_result import AssessResult


T = TypeVar("T", bound="ShowShortJobResponseBody")


@_attrs_define
class ShowShortJobResponseBody:
    """
    Attributes:
        job_id (str): Task ID.
        state (ShortJobState): Task status.
              * CREATING: The task is being created. (创建中)
              * SYSTEM_AUDITING: The task is being reviewed by the system. (系统审核中)
              * AUDITING: The task is being manually reviewed. (人工审核中)
              * WAITING_SPLIT: The task is waiting for trimming. (等待切割)
              * SPLITTING: The trimming is in progress. (切割中)
              * SPLIT_FAILED: The trimming failed. (切割失败)
              * ANNOTATING: The annotation is in progress. (标注中)
              * WAITING: The task is waiting for training. (等待训练)
              * PROCESSING: The task is being trained. (任务训练中)
              * RESULT_REVIEW: review result (审核结果)
              * AUDIT_FAILED: The review failed and the system waits for the user to upload data again. (审核失败，等待用户重传数据)
              * UPLOADING: The file is being uploaded. (上传中)
              * FAILED: Task execution failed. (失败)
              * SUCCEED: Task execution succeeded. (成功)
              * USER_RESULT_REVIEW: The user is reviewing the result (from the official SDK's JobState)
              * USER_REVIEW_REJECT: The user rejected the result (from the official SDK's JobState)
        job_type (ShortJobType | Unset): Short task type.
              * VOICE_ASSESS: voice quality assessment (声音质量检测)
        job_failed_code (str | Unset): An error code is displayed when a task fails.
        job_failed_reason (str | Unset): The failure cause is displayed when a task fails.
        create_time (int | Unset): Time when a task was created. Value range: 1~2147483647
        lastupdate_time (int | Unset): The time when the task status was updated. Value range: 1~2147483647
        assess_result (AssessResult | Unset): Audio quality assessment result.
    """

    job_id: str
    state: ShortJobState
    job_type: ShortJobType | Unset = UNSET
    job_failed_code: str | Unset = UNSET
    job_failed_reason: str | Unset = UNSET
    create_time: int | Unset = UNSET
    lastupdate_time: int | Unset = UNSET
    assess_result: AssessResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        state = self.state.value

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        job_failed_code = self.job_failed_code

        job_failed_reason = self.job_failed_reason

        create_time = self.create_time

        lastupdate_time = self.lastupdate_time

        assess_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assess_result, Unset):
            assess_result = self.assess_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "state": state,
            }
        )
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if job_failed_code is not UNSET:
            field_dict["job_failed_code"] = job_failed_code
        if job_failed_reason is not UNSET:
            field_dict["job_failed_reason"] = job_failed_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if assess_result is not UNSET:
            field_dict["assess_result"] = assess_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assess_result import AssessResult  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        state = ShortJobState(d.pop("state"))

        _job_type = d.pop("job_type", UNSET)
        job_type: ShortJobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = ShortJobType(_job_type)

        job_failed_code = d.pop("job_failed_code", UNSET)

        job_failed_reason = d.pop("job_failed_reason", UNSET)

        create_time = d.pop("create_time", UNSET)

        lastupdate_time = d.pop("lastupdate_time", UNSET)

        _assess_result = d.pop("assess_result", UNSET)
        assess_result: AssessResult | Unset
        if isinstance(_assess_result, Unset):
            assess_result = UNSET
        else:
            assess_result = AssessResult.from_dict(_assess_result)

        show_short_job_response_body = cls(
            job_id=job_id,
            state=state,
            job_type=job_type,
            job_failed_code=job_failed_code,
            job_failed_reason=job_failed_reason,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            assess_result=assess_result,
        )

        show_short_job_response_body.additional_properties = d
        return show_short_job_response_body

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
