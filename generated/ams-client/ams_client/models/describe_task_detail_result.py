from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_moderation_type import AudioModerationType
from ..models.suggestion import Suggestion
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_segments import AudioSegments
    from ..models.hit_snippet_infos import HitSnippetInfos
    from ..models.input_info import InputInfo
    from ..models.media_info import MediaInfo
    from ..models.task_label import TaskLabel


T = TypeVar("T", bound="DescribeTaskDetailResult")


@_attrs_define
class DescribeTaskDetailResult:
    """The `Response` member of a successful DescribeTaskDetail.

    Attributes:
        request_id (str): The unique request ID, returned for each request; quote it when locating a problem.
        task_id (None | str | Unset): The task ID returned when the task was created (in Results). Example: w-audio-
            YBJzazmYs4vO27p2.
        data_id (None | str | Unset): The DataId passed in Tasks when the task was created, for identifying the data.
            Example: azmYs4vO27p2.
        biz_type (None | str | Unset): The BizType passed when the task was created. Example: default.
        name (None | str | Unset): The task name passed in TaskInput when the task was created. Example: 名称.
        status (None | TaskStatus | Unset): Task status: FINISH, PENDING, RUNNING, ERROR, CANCELLED.
        type_ (AudioModerationType | None | Unset): The audio moderation type passed when the task was created: AUDIO
            (audio on demand) or LIVE_AUDIO (live audio); default AUDIO.
        suggestion (None | Suggestion | Unset): Follow-up operation recommended from the malicious labels: Block, Review
            or Pass. Handle the violation types and suggestions as your business requires.
        labels (list[TaskLabel] | None | Unset): The malicious labels of the detection result: Porn (色情), Abuse (谩骂), Ad
            (广告), Custom (自定义违规) and other offensive, unsafe or inappropriate content types.
        input_info (InputInfo | None | Unset): The media moderated: the input file type and its access address.
        audio_text (None | str | Unset): The text recognised from the audio file, at most the first 1000 characters.
            Example: the text.
        audio_segments (list[AudioSegments] | None | Unset): Moderation results of the audio segments (start time and
            result); see AudioSegments and AudioResult. Only segments that hit a rule unless ShowAllSegments is true.
        error_type (None | str | Unset): The error type when Status is ERROR; empty otherwise. Example: URL_ERROR.
        error_description (None | str | Unset): The error details when Status is ERROR; empty otherwise. Example: the
            url is request is 404.
        created_at (None | str | Unset): Time the task was created, ISO 8601. Example: 2021-01-28T08:20:25.759Z.
        updated_at (None | str | Unset): Time the task was last updated, ISO 8601. Example: 2021-01-28T08:20:25.759Z.
        label (None | str | Unset): The label of the detection result: Normal if nothing malicious was hit, otherwise
            the label of highest priority in Labels. Example: Normal.
        media_info (MediaInfo | None | Unset): Media information (媒体信息).
        hit_snippet_infos (list[HitSnippetInfos] | None | Unset): Machine-moderation hit information (机审命中信息).
    """

    request_id: str
    task_id: None | str | Unset = UNSET
    data_id: None | str | Unset = UNSET
    biz_type: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | TaskStatus | Unset = UNSET
    type_: AudioModerationType | None | Unset = UNSET
    suggestion: None | Suggestion | Unset = UNSET
    labels: list[TaskLabel] | None | Unset = UNSET
    input_info: InputInfo | None | Unset = UNSET
    audio_text: None | str | Unset = UNSET
    audio_segments: list[AudioSegments] | None | Unset = UNSET
    error_type: None | str | Unset = UNSET
    error_description: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    media_info: MediaInfo | None | Unset = UNSET
    hit_snippet_infos: list[HitSnippetInfos] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_info import InputInfo  # noqa: PLC0415
        from ..models.media_info import MediaInfo  # noqa: PLC0415

        request_id = self.request_id

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        data_id: None | str | Unset
        if isinstance(self.data_id, Unset):
            data_id = UNSET
        else:
            data_id = self.data_id

        biz_type: None | str | Unset
        if isinstance(self.biz_type, Unset):
            biz_type = UNSET
        else:
            biz_type = self.biz_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AudioModerationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        suggestion: None | str | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        elif isinstance(self.suggestion, Suggestion):
            suggestion = self.suggestion.value
        else:
            suggestion = self.suggestion

        labels: list[dict[str, Any]] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = []
            for labels_type_0_item_data in self.labels:
                labels_type_0_item = labels_type_0_item_data.to_dict()
                labels.append(labels_type_0_item)

        else:
            labels = self.labels

        input_info: dict[str, Any] | None | Unset
        if isinstance(self.input_info, Unset):
            input_info = UNSET
        elif isinstance(self.input_info, InputInfo):
            input_info = self.input_info.to_dict()
        else:
            input_info = self.input_info

        audio_text: None | str | Unset
        if isinstance(self.audio_text, Unset):
            audio_text = UNSET
        else:
            audio_text = self.audio_text

        audio_segments: list[dict[str, Any]] | None | Unset
        if isinstance(self.audio_segments, Unset):
            audio_segments = UNSET
        elif isinstance(self.audio_segments, list):
            audio_segments = []
            for audio_segments_type_0_item_data in self.audio_segments:
                audio_segments_type_0_item = audio_segments_type_0_item_data.to_dict()
                audio_segments.append(audio_segments_type_0_item)

        else:
            audio_segments = self.audio_segments

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        media_info: dict[str, Any] | None | Unset
        if isinstance(self.media_info, Unset):
            media_info = UNSET
        elif isinstance(self.media_info, MediaInfo):
            media_info = self.media_info.to_dict()
        else:
            media_info = self.media_info

        hit_snippet_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.hit_snippet_infos, Unset):
            hit_snippet_infos = UNSET
        elif isinstance(self.hit_snippet_infos, list):
            hit_snippet_infos = []
            for hit_snippet_infos_type_0_item_data in self.hit_snippet_infos:
                hit_snippet_infos_type_0_item = hit_snippet_infos_type_0_item_data.to_dict()
                hit_snippet_infos.append(hit_snippet_infos_type_0_item)

        else:
            hit_snippet_infos = self.hit_snippet_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
            }
        )
        if task_id is not UNSET:
            field_dict["TaskId"] = task_id
        if data_id is not UNSET:
            field_dict["DataId"] = data_id
        if biz_type is not UNSET:
            field_dict["BizType"] = biz_type
        if name is not UNSET:
            field_dict["Name"] = name
        if status is not UNSET:
            field_dict["Status"] = status
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if input_info is not UNSET:
            field_dict["InputInfo"] = input_info
        if audio_text is not UNSET:
            field_dict["AudioText"] = audio_text
        if audio_segments is not UNSET:
            field_dict["AudioSegments"] = audio_segments
        if error_type is not UNSET:
            field_dict["ErrorType"] = error_type
        if error_description is not UNSET:
            field_dict["ErrorDescription"] = error_description
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if label is not UNSET:
            field_dict["Label"] = label
        if media_info is not UNSET:
            field_dict["MediaInfo"] = media_info
        if hit_snippet_infos is not UNSET:
            field_dict["HitSnippetInfos"] = hit_snippet_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_segments import AudioSegments  # noqa: PLC0415
        from ..models.hit_snippet_infos import HitSnippetInfos  # noqa: PLC0415
        from ..models.input_info import InputInfo  # noqa: PLC0415
        from ..models.media_info import MediaInfo  # noqa: PLC0415
        from ..models.task_label import TaskLabel  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("TaskId", UNSET))

        def _parse_data_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_id = _parse_data_id(d.pop("DataId", UNSET))

        def _parse_biz_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biz_type = _parse_biz_type(d.pop("BizType", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_status(data: object) -> None | TaskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskStatus | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_type_(data: object) -> AudioModerationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AudioModerationType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioModerationType | None | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_suggestion(data: object) -> None | Suggestion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggestion_type_0 = Suggestion(data)

                return suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Suggestion | Unset, data)

        suggestion = _parse_suggestion(d.pop("Suggestion", UNSET))

        def _parse_labels(data: object) -> list[TaskLabel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = []
                _labels_type_0 = data
                for labels_type_0_item_data in _labels_type_0:
                    labels_type_0_item = TaskLabel.from_dict(labels_type_0_item_data)

                    labels_type_0.append(labels_type_0_item)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskLabel] | None | Unset, data)

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_input_info(data: object) -> InputInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_info_type_0 = InputInfo.from_dict(data)

                return input_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InputInfo | None | Unset, data)

        input_info = _parse_input_info(d.pop("InputInfo", UNSET))

        def _parse_audio_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_text = _parse_audio_text(d.pop("AudioText", UNSET))

        def _parse_audio_segments(data: object) -> list[AudioSegments] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audio_segments_type_0 = []
                _audio_segments_type_0 = data
                for audio_segments_type_0_item_data in _audio_segments_type_0:
                    audio_segments_type_0_item = AudioSegments.from_dict(audio_segments_type_0_item_data)

                    audio_segments_type_0.append(audio_segments_type_0_item)

                return audio_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AudioSegments] | None | Unset, data)

        audio_segments = _parse_audio_segments(d.pop("AudioSegments", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("ErrorType", UNSET))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("ErrorDescription", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("CreatedAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("UpdatedAt", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("Label", UNSET))

        def _parse_media_info(data: object) -> MediaInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_info_type_0 = MediaInfo.from_dict(data)

                return media_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaInfo | None | Unset, data)

        media_info = _parse_media_info(d.pop("MediaInfo", UNSET))

        def _parse_hit_snippet_infos(data: object) -> list[HitSnippetInfos] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hit_snippet_infos_type_0 = []
                _hit_snippet_infos_type_0 = data
                for hit_snippet_infos_type_0_item_data in _hit_snippet_infos_type_0:
                    hit_snippet_infos_type_0_item = HitSnippetInfos.from_dict(hit_snippet_infos_type_0_item_data)

                    hit_snippet_infos_type_0.append(hit_snippet_infos_type_0_item)

                return hit_snippet_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HitSnippetInfos] | None | Unset, data)

        hit_snippet_infos = _parse_hit_snippet_infos(d.pop("HitSnippetInfos", UNSET))

        describe_task_detail_result = cls(
            request_id=request_id,
            task_id=task_id,
            data_id=data_id,
            biz_type=biz_type,
            name=name,
            status=status,
            type_=type_,
            suggestion=suggestion,
            labels=labels,
            input_info=input_info,
            audio_text=audio_text,
            audio_segments=audio_segments,
            error_type=error_type,
            error_description=error_description,
            created_at=created_at,
            updated_at=updated_at,
            label=label,
            media_info=media_info,
            hit_snippet_infos=hit_snippet_infos,
        )

        describe_task_detail_result.additional_properties = d
        return describe_task_detail_result

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
