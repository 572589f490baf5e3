from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_result import TaskResult


T = TypeVar("T", bound="CreateAudioModerationTaskResult")


@_attrs_define
class CreateAudioModerationTaskResult:
    """The `Response` member of a successful CreateAudioModerationTask.

    Attributes:
        request_id (str): The unique request ID, returned for each request; quote it when locating a problem.
        results (list[TaskResult] | Unset): The result of creating each task (one per submitted task); see TaskResult.
    """

    request_id: str
    results: list[TaskResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if results is not UNSET:
            field_dict["Results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_result import TaskResult  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        _results = d.pop("Results", UNSET)
        results: list[TaskResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = TaskResult.from_dict(results_item_data)

                results.append(results_item)

        create_audio_moderation_task_result = cls(
            request_id=request_id,
            results=results,
        )

        create_audio_moderation_task_result.additional_properties = d
        return create_audio_moderation_task_result

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
