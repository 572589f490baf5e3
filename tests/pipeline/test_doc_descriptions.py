"""What a field's description states (scripts/docdrift/describe.py) and how a page names its operation
(recognize.py), in the wordings the vendors' pages and SDK docstrings use."""

from __future__ import annotations

import pytest
from docdrift.describe import describe, read_description
from docdrift.recognize import identify
from drift.documented import DocField
from specmodel.kinds import parse_type


@pytest.mark.parametrize(
    ("description", "values"),
    [
        ("Language.\n• CN: Chinese\n• EN: English", ("CN", "EN")),
        ("Language.\n  • zh: Chinese\n  • en: English", ("zh", "en")),
        ("Weapon types.\nweapons: weapons\nknives: knives", ("weapons", "knives")),
        ("Valid values: AUDIO (audio on demand), LIVE_AUDIO (audio live streaming).", ("AUDIO", "LIVE_AUDIO")),
        ("Whether it hit. Valid values: 0 (no), 1 (yes).", ("0", "1")),
        ("Returned values: Block, Review, Pass.", ("Block", "Review", "Pass")),
        ("Returned values: Normal: normal; Porn: pornographic; Custom: custom type and other offensive, unsafe or "
         "inappropriate types of content.", ("Normal", "Porn", "Custom")),
        ("取值：**FINISH**（任务已完成）、**PENDING** （任务等待中）。", ("FINISH", "PENDING")),
        ("取值为：**AUDIO**（点播音频）和**LIVE_AUDIO**（直播音频），默认值为AUDIO。", ("AUDIO", "LIVE_AUDIO")),
        ("取值含：**AUDIO**（点播音频）、**AUDIO_AIGC**（AI生成识别）两种，默认值为AUDIO。", ("AUDIO", "AUDIO_AIGC")),
        ("返回值：**Porn**：色情，**Ad**：广告；以及其他令人反感的内容类型。", ("Porn", "Ad")),
        ("支持检测的音频语言。可选值为zh:中文。不传该参数表示默认为zh。", ("zh",)),
        ("可能的取值有：Teenager 、Gender", ("Teenager", "Gender")),
        ("作业状态，可取值有： running: 运行中 succeeded: 成功 failed: 失败", ("running", "succeeded", "failed")),
        ("音频审核结果是否通过。 block：不通过 pass：通过 review：需要人工复检", ("block", "pass", "review")),
        ("语言。 * CN: 中文 * EN: 英文", ("CN", "EN")),
        ("风险类型如下： - porn：涉黄检测 - ad：广告检测", ("porn", "ad")),
        ("任务标签。 ECOMMERCE: 电商 | NEWS: 新闻", ("ECOMMERCE", "NEWS")),
        ("语音性别 FEMALE: 女性 | MALE: 男性", ("FEMALE", "MALE")),
        ("风险类型如下:\n  politics:涉政。 porn:涉黄。 ad:广告。", ("politics", "porn", "ad")),
        ("Task tag. NEWS: news", ("NEWS",)),
        ("排序字段,当前支持:ceate_time/update_time  默认取值: create_time", ("ceate_time", "update_time")),
        ("排序字段，当前支持：ceate_time/update_time", ("ceate_time", "update_time")),
        ("Sort field. Currently supported: create_time/update_time", ("create_time", "update_time")),
        ("支持2种方式上传语音文件: zip或逐句上传", ()),
        ("上传训练数据的地址。 create_type取值为package时设置。", ()),
        ("State.\n(older pages also had LLM_MAJOR: 大模型 | LLM_MINOR: 小语种)\nNEW: new", ("NEW",)),
        ("Types: VIDEO_2D: 视频 | LIVE_2D: 直播 | ...truncated", ()),
        ("Language.\nDefault value: CN", ()),
        ("User token.\nNote: mandatory with token authentication.\nExample: abc", ()),
        ("取值：由英文字母、数字及四个特殊符号组成，长度不超过64个字符。", ()),
        ("POST / HTTP/1.1\nHost: ams.tencentcloudapi.com\nX-TC-Action: CancelTask", ()),
        ("See https://example.com/doc: the details.", ()),
        # values are what the notation puts in value position, whatever they are called
        ("Valid values: HTTP, HTTPS.", ("HTTP", "HTTPS")),
        ("callback protocol:\n• HTTP: plain\n• HTTPS: TLS", ("HTTP", "HTTPS")),
        ("Short task type.\n• VOICE_ASSESS: voice\n• NOTE: note job\n• TYPE: typed", ("VOICE_ASSESS", "NOTE", "TYPE")),
        ("Enumeration values:\n- CN\n- EN", ("CN", "EN")),
        ("枚举值：\n● CN\n● EN", ("CN", "EN")),
        ("Language.\nEnumeration values:\nCN\nEN", ("CN", "EN")),
        ("Short task type.\n  • VOICE_ASSESS\n  • VOICE_CLONE", ("VOICE_ASSESS", "VOICE_CLONE")),
        ("Short task type.\n  1. VOICE_ASSESS: assess\n  2. VOICE_CLONE: clone", ("VOICE_ASSESS", "VOICE_CLONE")),
        ("Short task type.\n  • VOICE_ASSESS (voice quality assessment)", ("VOICE_ASSESS",)),
        ("Short task type.\n  • VOICE_ASSESS - voice quality assessment", ("VOICE_ASSESS",)),
        ("Task status. • CREATING: The task is being created. • SYSTEM_AUDITING: The system is reviewing it.",
         ("CREATING", "SYSTEM_AUDITING")),
        ("Language. • cn: Chinese • en: English", ("cn", "en")),
        ("Short task type. The value can be VOICE_ASSESS or VOICE_CLONE.", ("VOICE_ASSESS", "VOICE_CLONE")),
        ("Short task type. Options: VOICE_ASSESS, VOICE_CLONE", ("VOICE_ASSESS", "VOICE_CLONE")),
        ("风险类型如下:\n  [zh]:  politics:涉政。 porn:涉黄。\n  [en page]:  porn, ad, moan, terrorism  (no politics)",
         ("politics", "porn", "ad", "moan", "terrorism")),
        ("排序字段,当前支持:ceate_time/update_time  默认取值: create_time", ("ceate_time", "update_time")),
        ("Sort field. Currently supported: create_time/update_time", ("create_time", "update_time")),
        ("支持2种方式上传语音文件: zip或逐句上传", ()),
        ("上传训练数据的地址。 create_type取值为package时设置。", ()),
        # labels name properties, they are not values
        ("Language.\n• CN: Chinese\n• EN: English\nDefault: CN", ("CN", "EN")),
        ("Short task type. Options: VOICE_ASSESS", ("VOICE_ASSESS",)),
        ("Task ID.\nExample value: 26f06524-4f75-4b3a-a853-b649a21aaf66", ()),
        ("Task ID.\n示例值：task-audio-XwxJtbkKXWgCt8AZ", ()),
        ("The failure cause. Common causes:\n1. The audio is too short.\n2. The audio is too noisy.", ()),
        ("Whether it may be empty. The value can be null.", ()),
    ],
)  # fmt: skip
def test_enumerated_values(description: str, values: tuple[str, ...]) -> None:
    assert describe(description).enum == values


@pytest.mark.parametrize(
    ("description", "stated"),
    [
        ("Time created.\n\nValue range:\n\n1~2147483647", {"minimum": 1, "maximum": 2147483647}),
        ("取值范围: 1~100 默认取值: 10", {"minimum": 1, "maximum": 100, "default": "10"}),
        ("置信度，取值范围：0（**最低**）-100（**最高**）", {"minimum": 0, "maximum": 100}),
        ("本次任务中该状态出现的次数 取值范围: 1-10", {"minimum": 1, "maximum": 10}),
        ("唯一标识。 最小长度:2 最大长度:64", {"min_length": 2, "max_length": 64}),
        ("Request ID. Minimum length: 2 Maximum length: 64", {"min_length": 2, "max_length": 64}),
        ("由英文字母组成，**长度不超过64个字符**。", {"max_length": 64}),
        ("数字、字母与下划线的组合，长度为3-32个字符。", {"min_length": 3, "max_length": 32}),
        ("Name, at most 128 characters.", {"max_length": 128}),
        ("Language. Default value: CN", {"default": "CN"}),
        ("默认取值: FEMALE", {"default": "FEMALE"}),
        ("**默认值为10**（每页展示10条任务）。", {"default": "10"}),
        ("该布尔字段表示是否展示；默认值为False。", {"default": "False"}),
        ("用户等级，默认0 未知 1 低", {"default": "0"}),
        ("若不传入此参数，则默认值为URL，此时系统自动判定。", {"default": "URL"}),
        ("**默认值为最近3天**", {}),
        ("**默认值为15秒**", {"default": "15秒"}),
        ("Language. Default: CN", {"default": "CN"}),
        ("Language. The default value is EN.", {"default": "EN"}),
        ("Time created.\n\nMinimum: 1\n\nMaximum: 2147483647", {"minimum": 1, "maximum": 2147483647}),
        ("最小值：1 最大值：4294967295", {"minimum": 1, "maximum": 4294967295}),
        ("Time created. Value range: [1, 2147483647]", {"minimum": 1, "maximum": 2147483647}),
        ("The failure cause. The value contains 1 to 256 characters.", {"min_length": 1, "max_length": 256}),
        ("The failure cause.\nLength: 1 to 256 characters", {"min_length": 1, "max_length": 256}),
        ("CN: 中文 | EN: 英文   (third-party page: 默认取值: CN)", {}),
        ("Note: this field may return null, indicating that no valid values can be obtained.", {"nullable": True}),
        ("备注：当Type为COS时此字段不为空。\n注意：此字段可能返回 null，表示取不到有效值。", {"nullable": True}),
    ],
)  # fmt: skip
def test_ranges_lengths_defaults_and_nullability(description: str, stated: dict[str, object]) -> None:
    described = describe(description)
    found = {
        k: getattr(described, k) for k in ("minimum", "maximum", "min_length", "max_length", "default", "nullable")
    }
    assert {k: v for k, v in found.items() if v is not None} == stated


@pytest.mark.parametrize(
    ("description", "kind", "stated"),
    [
        ("The IDs. Array Length: 1 - 100", "Array of strings", (1, 100)),
        ("任务ID列表。 数组长度：1 - 10", "Array of strings", (1, 10)),
        ("输入的任务信息。\n备注：最多同时可创建**10个任务**。", "Array of TaskInput", (None, 10)),
        ("The tasks. Note: you can create up to 10 tasks at a time.", "Array of TaskInput", (None, 10)),
        ("Names, up to 64 characters each.", "Array of strings", (None, None)),
        ("每个标签最多64个字符。", "Array of strings", (None, None)),
        ("Name, up to 10 characters.", "String", (None, None)),
        ("最多同时可创建10个任务。", "String", (None, None)),  # an array's wording, not a string's
    ],
)  # fmt: skip
def test_array_lengths(description: str, kind: str, stated: tuple[int | None, int | None]) -> None:
    row = read_description(DocField("f", parse_type(kind), description=description))
    assert (row.min_items, row.max_items) == stated


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Action Yes String Common Params. The value used for this API: CancelTask.\n"
         "Version Yes String Common Params. The value used for this API: 2020-12-29.\n"
         "Domain name for API request: ams.tencentcloudapi.com.", "action CancelTask (ams 2020-12-29)"),
        ("Action\t是\tString\t公共参数,本接口取值:DescribeTasks。\nVersion\t是\tString\t公共参数,本接口取值:2020-12-29。\n"
         "接口请求域名: ams.tencentcloudapi.com 。", "action DescribeTasks (ams 2020-12-29)"),
        ("Action 是 String 公共参数， 本接口取值： CancelTask。\n接口请求域名：ams.ap-guangzhou.tencentcloudapi.com",
         "action CancelTask (ams)"),
        ("ACTION: DescribeTaskDetail  (查看任务详情)   Version: 2020-12-29   Endpoint: ams.tencentcloudapi.com",
         "action DescribeTaskDetail (ams 2020-12-29)"),
        ("POST / HTTP/1.1\nHost: vm.tencentcloudapi.com\nX-TC-Action: DescribeTasks\nX-TC-Version: 2021-09-22",
         "action DescribeTasks (vm 2021-09-22)"),
        ("URI\n\nGET /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}\n\nTable 1 Path Parameters",
         "GET /v1/{project_id}/voice-training-manage/user/short-jobs/{job_id}"),
        ("URI: POST /v3/{project_id}/moderation/audio/jobs", "POST /v3/{project_id}/moderation/audio/jobs"),
    ],
)  # fmt: skip
def test_pages_name_their_operation_and_product(text: str, named: str) -> None:
    found = identify(text)
    assert [str(i) for i in found.declared + found.mentioned] == [named]


def test_a_uri_block_lists_every_operation_and_reports_an_incomplete_uri() -> None:
    text = """URIs
  Basic   : POST /v1/{project_id}/voice-training-manage/user/basic-jobs
  Middle  : POST /v1/{project_id}/voice-training-manage/user/???-jobs   [not captured]
  Premium : POST /v1/{project_id}/voice-training-manage/user/advance-jobs

Request body parameters
  Example: POST /v1/{project_id}/voice-training-manage/user/other-jobs
"""
    found = identify(text)
    prefix = "/v1/{project_id}/voice-training-manage/user"
    assert [i.path for i in found.declared] == [f"{prefix}/basic-jobs", f"{prefix}/advance-jobs"]
    assert [i.path for i in found.mentioned] == [f"{prefix}/other-jobs"]
    assert [(u.line, u.why) for u in found.unreadable] == [(3, "the URI is incomplete on the page (not compared)")]
