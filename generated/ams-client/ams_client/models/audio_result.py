from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion import Suggestion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aigc_recognition_result import AIGCRecognitionResult
    from ..models.audio_result_detail_language_result import AudioResultDetailLanguageResult
    from ..models.audio_result_detail_moan_result import AudioResultDetailMoanResult
    from ..models.audio_result_detail_text_result import AudioResultDetailTextResult
    from ..models.label_results import LabelResults
    from ..models.recognition_result import RecognitionResult
    from ..models.sentence import Sentence
    from ..models.speaker_results import SpeakerResults
    from ..models.travel_results import TravelResults


T = TypeVar("T", bound="AudioResult")


@_attrs_define
class AudioResult:
    """Moderation result of an audio segment (音频审核输出参数).

    Attributes:
        hit_flag (int | Unset): Whether the content hit a moderation model: 0 (no, 未命中), 1 (yes, 命中). Example: 1.
        label (str | Unset): The malicious label of the result. Known values: Normal (正常), Porn (色情), Abuse (谩骂),
            Ad (广告), Custom (自定义违规), and other offensive, unsafe or inappropriate content types.
             Example: Ad.
        suggestion (Suggestion | Unset): Recommended follow-up operation.
              * Block: Block it. (建议屏蔽)
              * Review: Have it reviewed manually. (建议人工复审)
              * Pass: Let it pass. (建议通过)
        score (int | Unset): Confidence of the label, 0 (lowest) to 100 (highest). Example: 100.
        text (str | Unset): Text recognised by ASR. Audio files of up to 5 hours can be recognised; longer ones make the
            API report an error. Example: 加不加微信.
        url (str | Unset): Link to the moderated segment. Valid 12 hours by default (use COS pre-signing for longer).
            Example: http://tianyu-content-moderation-xxxx.cos.ap-guangzhou.myqcloud.com/segment-/vod/w-video-
            aCUvYiAxxxxx/audio_0_1111.mp3.
        duration (str | Unset): Duration of the audio, in milliseconds. Example: 29000.
        extra (str | Unset): Additional information; differs by customer and BizType. Example: {ad}.
        text_results (list[AudioResultDetailTextResult] | Unset): Detailed moderation results of the ASR text.
        moan_results (list[AudioResultDetailMoanResult] | Unset): Detailed results of moan detection.
        language_results (list[AudioResultDetailLanguageResult] | Unset): Detailed results of minority-language
            detection.
        sub_label (str | Unset): The second-level label under Label. Example: Add.
        recognition_results (list[RecognitionResult] | Unset): Results of the recognition labels (识别类标签结果信息列表).
        speaker_results (list[SpeakerResults] | Unset): Speaker results (说话人结果).
        label_results (list[LabelResults] | Unset): Song recognition results (歌曲识别结果).
        travel_results (list[TravelResults] | Unset): Travel (ride-hailing) results (出行结果).
        sub_tag (str | Unset): Third-level label (三级标签). Example: Add friend.
        sub_tag_code (str | Unset): Third-level label code (三级标签码). Example: 20105213301.
        hit_type (str | Unset): Moderation detection type (审核检测类型). Example: text_rule.
        sentences (list[Sentence] | Unset): Start and end times of the ASR sentences.
        request_id (str | Unset): Request ID of the segment (切片请求ID). Example: 91a0f0f6-fed1-41d7-98c8-237533cc1a17.
        aigc_recognition_results (list[AIGCRecognitionResult] | Unset): Moderation results of AI-generated audio
            segments.
    """

    hit_flag: int | Unset = UNSET
    label: str | Unset = UNSET
    suggestion: Suggestion | Unset = UNSET
    score: int | Unset = UNSET
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    duration: str | Unset = UNSET
    extra: str | Unset = UNSET
    text_results: list[AudioResultDetailTextResult] | Unset = UNSET
    moan_results: list[AudioResultDetailMoanResult] | Unset = UNSET
    language_results: list[AudioResultDetailLanguageResult] | Unset = UNSET
    sub_label: str | Unset = UNSET
    recognition_results: list[RecognitionResult] | Unset = UNSET
    speaker_results: list[SpeakerResults] | Unset = UNSET
    label_results: list[LabelResults] | Unset = UNSET
    travel_results: list[TravelResults] | Unset = UNSET
    sub_tag: str | Unset = UNSET
    sub_tag_code: str | Unset = UNSET
    hit_type: str | Unset = UNSET
    sentences: list[Sentence] | Unset = UNSET
    request_id: str | Unset = UNSET
    aigc_recognition_results: list[AIGCRecognitionResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hit_flag = self.hit_flag

        label = self.label

        suggestion: str | Unset = UNSET
        if not isinstance(self.suggestion, Unset):
            suggestion = self.suggestion.value

        score = self.score

        text = self.text

        url = self.url

        duration = self.duration

        extra = self.extra

        text_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_results, Unset):
            text_results = []
            for text_results_item_data in self.text_results:
                text_results_item = text_results_item_data.to_dict()
                text_results.append(text_results_item)

        moan_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.moan_results, Unset):
            moan_results = []
            for moan_results_item_data in self.moan_results:
                moan_results_item = moan_results_item_data.to_dict()
                moan_results.append(moan_results_item)

        language_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.language_results, Unset):
            language_results = []
            for language_results_item_data in self.language_results:
                language_results_item = language_results_item_data.to_dict()
                language_results.append(language_results_item)

        sub_label = self.sub_label

        recognition_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recognition_results, Unset):
            recognition_results = []
            for recognition_results_item_data in self.recognition_results:
                recognition_results_item = recognition_results_item_data.to_dict()
                recognition_results.append(recognition_results_item)

        speaker_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speaker_results, Unset):
            speaker_results = []
            for speaker_results_item_data in self.speaker_results:
                speaker_results_item = speaker_results_item_data.to_dict()
                speaker_results.append(speaker_results_item)

        label_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_results, Unset):
            label_results = []
            for label_results_item_data in self.label_results:
                label_results_item = label_results_item_data.to_dict()
                label_results.append(label_results_item)

        travel_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.travel_results, Unset):
            travel_results = []
            for travel_results_item_data in self.travel_results:
                travel_results_item = travel_results_item_data.to_dict()
                travel_results.append(travel_results_item)

        sub_tag = self.sub_tag

        sub_tag_code = self.sub_tag_code

        hit_type = self.hit_type

        sentences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sentences, Unset):
            sentences = []
            for sentences_item_data in self.sentences:
                sentences_item = sentences_item_data.to_dict()
                sentences.append(sentences_item)

        request_id = self.request_id

        aigc_recognition_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aigc_recognition_results, Unset):
            aigc_recognition_results = []
            for aigc_recognition_results_item_data in self.aigc_recognition_results:
                aigc_recognition_results_item = aigc_recognition_results_item_data.to_dict()
                aigc_recognition_results.append(aigc_recognition_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hit_flag is not UNSET:
            field_dict["HitFlag"] = hit_flag
        if label is not UNSET:
            field_dict["Label"] = label
        if suggestion is not UNSET:
            field_dict["Suggestion"] = suggestion
        if score is not UNSET:
            field_dict["Score"] = score
        if text is not UNSET:
            field_dict["Text"] = text
        if url is not UNSET:
            field_dict["Url"] = url
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if extra is not UNSET:
            field_dict["Extra"] = extra
        if text_results is not UNSET:
            field_dict["TextResults"] = text_results
        if moan_results is not UNSET:
            field_dict["MoanResults"] = moan_results
        if language_results is not UNSET:
            field_dict["LanguageResults"] = language_results
        if sub_label is not UNSET:
            field_dict["SubLabel"] = sub_label
        if recognition_results is not UNSET:
            field_dict["RecognitionResults"] = recognition_results
        if speaker_results is not UNSET:
            field_dict["SpeakerResults"] = speaker_results
        if label_results is not UNSET:
            field_dict["LabelResults"] = label_results
        if travel_results is not UNSET:
            field_dict["TravelResults"] = travel_results
        if sub_tag is not UNSET:
            field_dict["SubTag"] = sub_tag
        if sub_tag_code is not UNSET:
            field_dict["SubTagCode"] = sub_tag_code
        if hit_type is not UNSET:
            field_dict["HitType"] = hit_type
        if sentences is not UNSET:
            field_dict["Sentences"] = sentences
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if aigc_recognition_results is not UNSET:
            field_dict["AIGCRecognitionResults"] = aigc_recognition_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aigc_recognition_result import AIGCRecognitionResult  # noqa: PLC0415
        from ..models.audio_result_detail_language_result import AudioResultDetailLanguageResult  # noqa: PLC0415
        from ..models.audio_result_detail_moan_result import AudioResultDetailMoanResult  # noqa: PLC0415
        from ..models.audio_result_detail_text_result import AudioResultDetailTextResult  # noqa: PLC0415
        from ..models.label_results import LabelResults  # noqa: PLC0415
        from ..models.recognition_result import RecognitionResult  # noqa: PLC0415
        from ..models.sentence import Sentence  # noqa: PLC0415
        from ..models.speaker_results import SpeakerResults  # noqa: PLC0415
        from ..models.travel_results import TravelResults  # noqa: PLC0415

        d = dict(src_dict)
        hit_flag = d.pop("HitFlag", UNSET)

        label = d.pop("Label", UNSET)

        _suggestion = d.pop("Suggestion", UNSET)
        suggestion: Suggestion | Unset
        if isinstance(_suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = Suggestion(_suggestion)

        score = d.pop("Score", UNSET)

        text = d.pop("Text", UNSET)

        url = d.pop("Url", UNSET)

        duration = d.pop("Duration", UNSET)

        extra = d.pop("Extra", UNSET)

        _text_results = d.pop("TextResults", UNSET)
        text_results: list[AudioResultDetailTextResult] | Unset = UNSET
        if _text_results is not UNSET:
            text_results = []
            for text_results_item_data in _text_results:
                text_results_item = AudioResultDetailTextResult.from_dict(text_results_item_data)

                text_results.append(text_results_item)

        _moan_results = d.pop("MoanResults", UNSET)
        moan_results: list[AudioResultDetailMoanResult] | Unset = UNSET
        if _moan_results is not UNSET:
            moan_results = []
            for moan_results_item_data in _moan_results:
                moan_results_item = AudioResultDetailMoanResult.from_dict(moan_results_item_data)

                moan_results.append(moan_results_item)

        _language_results = d.pop("LanguageResults", UNSET)
        language_results: list[AudioResultDetailLanguageResult] | Unset = UNSET
        if _language_results is not UNSET:
            language_results = []
            for language_results_item_data in _language_results:
                language_results_item = AudioResultDetailLanguageResult.from_dict(language_results_item_data)

                language_results.append(language_results_item)

        sub_label = d.pop("SubLabel", UNSET)

        _recognition_results = d.pop("RecognitionResults", UNSET)
        recognition_results: list[RecognitionResult] | Unset = UNSET
        if _recognition_results is not UNSET:
            recognition_results = []
            for recognition_results_item_data in _recognition_results:
                recognition_results_item = RecognitionResult.from_dict(recognition_results_item_data)

                recognition_results.append(recognition_results_item)

        _speaker_results = d.pop("SpeakerResults", UNSET)
        speaker_results: list[SpeakerResults] | Unset = UNSET
        if _speaker_results is not UNSET:
            speaker_results = []
            for speaker_results_item_data in _speaker_results:
                speaker_results_item = SpeakerResults.from_dict(speaker_results_item_data)

                speaker_results.append(speaker_results_item)

        _label_results = d.pop("LabelResults", UNSET)
        label_results: list[LabelResults] | Unset = UNSET
        if _label_results is not UNSET:
            label_results = []
            for label_results_item_data in _label_results:
                label_results_item = LabelResults.from_dict(label_results_item_data)

                label_results.append(label_results_item)

        _travel_results = d.pop("TravelResults", UNSET)
        travel_results: list[TravelResults] | Unset = UNSET
        if _travel_results is not UNSET:
            travel_results = []
            for travel_results_item_data in _travel_results:
                travel_results_item = TravelResults.from_dict(travel_results_item_data)

                travel_results.append(travel_results_item)

        sub_tag = d.pop("SubTag", UNSET)

        sub_tag_code = d.pop("SubTagCode", UNSET)

        hit_type = d.pop("HitType", UNSET)

        _sentences = d.pop("Sentences", UNSET)
        sentences: list[Sentence] | Unset = UNSET
        if _sentences is not UNSET:
            sentences = []
            for sentences_item_data in _sentences:
                sentences_item = Sentence.from_dict(sentences_item_data)

                sentences.append(sentences_item)

        request_id = d.pop("RequestId", UNSET)

        _aigc_recognition_results = d.pop("AIGCRecognitionResults", UNSET)
        aigc_recognition_results: list[AIGCRecognitionResult] | Unset = UNSET
        if _aigc_recognition_results is not UNSET:
            aigc_recognition_results = []
            for aigc_recognition_results_item_data in _aigc_recognition_results:
                aigc_recognition_results_item = AIGCRecognitionResult.from_dict(aigc_recognition_results_item_data)

                aigc_recognition_results.append(aigc_recognition_results_item)

        audio_result = cls(
            hit_flag=hit_flag,
            label=label,
            suggestion=suggestion,
            score=score,
            text=text,
            url=url,
            duration=duration,
            extra=extra,
            text_results=text_results,
            moan_results=moan_results,
            language_results=language_results,
            sub_label=sub_label,
            recognition_results=recognition_results,
            speaker_results=speaker_results,
            label_results=label_results,
            travel_results=travel_results,
            sub_tag=sub_tag,
            sub_tag_code=sub_tag_code,
            hit_type=hit_type,
            sentences=sentences,
            request_id=request_id,
            aigc_recognition_results=aigc_recognition_results,
        )

        audio_result.additional_properties = d
        return audio_result

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
