"""Mutated answers to every public facade method, sync and asyncio: only the package's own errors may leave
a call, every value a call returns matches its annotations, and the report helpers (assessment_table,
verdict_report, verdict_table, parse_callback) and to_dict() work on it.

Bounded and deterministic: from one documented answer per operation, a seeded generator makes the same
mutations on every run — bodies that are not JSON (cut short, HTML, nested beyond any decoder), documents
of the wrong kind, every member removed, nulled or retyped (numbers, text, booleans, arrays, objects, lone
surrogates, decimal text), null and foreign items in arrays, broken Tencent envelopes, undocumented and
error statuses with odd Retry-After and Content-Encoding headers. Each mutation is the answer of one
operation while the others answer as documented, so a workflow method (run_short_job, moderate) reaches
the mutated step. The figures are printed (`pytest -s`) and their floor asserted.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import enum
import functools
import inspect
import json
import logging
import random
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, UnionType
from typing import Any

import ams_client
import attrs
import httpx
import metastudio_client
import moderation_client
import pytest
from fakecloud.samples import voice_zip

PAYLOADS = Path(__file__).resolve().parents[2] / "bench" / "payloads"
SEED = 20261129
RANDOM_MUTATIONS = 40  # per operation, on top of the systematic ones
UPLOAD_URL = "https://obs.mut/voice.zip?Signature=s"
TRAINING_URL, LETTER_URL = "https://obs.mut/training.zip?Signature=s", "https://obs.mut/letter?Signature=s"
SENTENCE_URLS = ("https://obs.mut/sentence-0.wav?Signature=s", "https://obs.mut/sentence-0.txt?Signature=s")
SHORT_JOB = json.loads((PAYLOADS / "metastudio_show_short_job.json").read_text(encoding="utf-8"))
TRAINING_JOB = {
    "job_type": "BASIC", "job_id": "t-1", "app_user_id": "u-1", "voice_name": "v", "sex": "FEMALE", "language": "CN",
    "state": "SUCCEED", "reject_times": 1, "asset_id": "a-1", "create_time": 1733630400, "lastupdate_time": 1733634000,
    "voice_authorization_url": LETTER_URL, "create_type": "PACKAGE", "tag": "NEWS", "phone": "13800000000",
    "batch_name": "b", "is_remake": False, "is_ondemand_resource": False, "output_language": "CN",
    "allocated_resource": {"resource_id": "r-1", "charge_mode": "ON_DEMAND", "expire_time": "2030-01-10T08:43:17Z"},
    "assess_result": SHORT_JOB["assess_result"],
}  # fmt: skip

# The documented answer of every operation the facades call (JSON, or None for an empty body).
SEEDS: dict[str, Any] = {
    "CreateShortJob": {"job_id": "j-1", "data_uploading_url": UPLOAD_URL},
    "CommitShortJob": None,
    "ShowShortJob": SHORT_JOB,
    "ShowJobAuditResult": {
        "system_audit_result": {"audit_time": 1, "errors": [{"audio_name": "0.wav", "error_code": "MSS.1"}]},
        "admin_audit_result": {"message": "ok", "audit_time": 2},
    },
    "UploadShortJobData": None,
    "CreateTrainingBasicJob": {
        "job_id": "t-1",
        "training_data_uploading_url": TRAINING_URL,
        "authorization_letter_uploading_url": LETTER_URL,
        "segment_uploading_url": {"audio_uploading_url": [SENTENCE_URLS[0]], "txt_uploading_url": [SENTENCE_URLS[1]]},
    },
    "UploadTrainingJobData": None,
    "UploadTrainingSentence": None,
    "UploadAuthorizationLetter": None,
    "CommitVoiceTrainingJob": None,
    "ShowVoiceTrainingJob": TRAINING_JOB,
    "ShowJobUploadingAddress": {
        "segment_url": {"audio_uploading_url": [SENTENCE_URLS[0]], "txt_uploading_url": [SENTENCE_URLS[1]]},
        "package_url": {"training_data_uploading_url": TRAINING_URL},
        "authorization_letter_uploading_url": LETTER_URL,
    },
    "ListVoiceTrainingJob": {"count": 1, "jobs": [TRAINING_JOB]},
    "DeleteVoiceTrainingJob": None,
    "ConfirmTrainingSegment": {"confirm_result": True, "unmatched_index_hit": []},
    "ShowTrainingSegmentInfo": {"confirmed_index": [0]},
    "CreateAudioModerationJob": {"request_id": "r-1", "job_id": "j-1"},
    "ShowAudioModerationJob": json.loads((PAYLOADS / "moderation_show_audio_job.json").read_text(encoding="utf-8")),
    "CreateAudioModerationTask": {
        "Response": {
            "Results": [{"DataId": "d", "TaskId": "w-audio-ZxisIq8tQf2iui72wo", "Code": "OK"}],
            "RequestId": "r-1",
        },
    },
    "DescribeTaskDetail": json.loads((PAYLOADS / "ams_describe_task_detail.json").read_text(encoding="utf-8")),
    "DescribeTasks": {
        "Response": {
            "Total": "1",
            "PageToken": "",
            "RequestId": "r-2",
            "Data": [
                {
                    "TaskId": "w-audio-ZxisIq8tQf2iui72wo",
                    "Status": "FINISH",
                    "Suggestion": "Block",
                    "Labels": [{"Label": "Porn", "Suggestion": "Block", "Score": 99}],
                }
            ],
        },
    },
    "CancelTask": {"Response": {"RequestId": "r-3"}},
}
ODD_VALUES: tuple[Any, ...] = (None, 0, -1, 1.5, 1e308, "", "x", "0.0", "\ud800", True, [], {}, [None], {"x": None},
                               "y" * 5000, [[[[[["deep"]]]]]], -(2**70))  # fmt: skip
STATUSES = (201, 202, 204, 206, 299, 301, 304, 400, 401, 403, 404, 409, 418, 429, 500, 501, 502, 503, 504, 520)
HEADERS: tuple[dict[str, str], ...] = (
    {}, {"Retry-After": "abc"}, {"Retry-After": "-1"}, {"Retry-After": "99999999999"},
    {"Retry-After": "Wed, 99 Foo 2999 99:99:99 GMT"}, {"Content-Encoding": "gzip"},
    {"Content-Type": "text/html; charset=utf-8"},
)  # fmt: skip


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...] = ()

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, content=self.content, headers=list(self.headers))


def _dump(document: Any) -> bytes:
    return b"" if document is None else json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _paths(document: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*path, key)
            yield from _paths(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield (*path, index)
            yield from _paths(value, (*path, index))


def _with(document: Any, path: tuple[Any, ...], change: Callable[[Any, Any], None]) -> Any:
    mutated = copy.deepcopy(document)
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    change(parent, path[-1])
    return mutated


def _set(value: Any) -> Callable[[Any, Any], None]:
    def change(parent: Any, key: Any) -> None:
        parent[key] = copy.deepcopy(value)

    return change


def _delete(parent: Any, key: Any) -> None:
    del parent[key]


def _grow(parent: Any, key: Any) -> None:
    if isinstance(parent[key], list):
        parent[key] = [None, *parent[key], "foreign", 7]
    else:
        parent[key] = [parent[key]]


def mutations(operation: str, rng: random.Random) -> Iterator[Answer]:
    """The systematic mutations of the operation's documented answer, then RANDOM_MUTATIONS random ones."""
    document = SEEDS[operation]
    body = _dump(document)
    yield from (Answer(200, content) for content in (
        b"", b"null", b"[]", b'"text"', b"1", b"{", b"<html><body>Bad Gateway</body></html>", b"[" * 100_000,
        b"[" * 5000 + b"]" * 5000, body[: len(body) // 2], b"\xff\xfe" + body, body + b"garbage",
    ))  # fmt: skip
    for status in STATUSES:
        yield Answer(status, body)
    for headers in HEADERS:
        yield Answer(503, b'{"error_code": "MSS.1", "error_msg": "x"}', tuple(headers.items()))
        yield Answer(200, body, tuple(headers.items()))
    if isinstance(document, dict) and "Response" in document:
        for error in (["X"], None, "X", 5, {"Code": 5}, {"Code": ""}, {"Message": "m"}, {"Code": "InternalError"}):
            yield Answer(200, _dump({"Response": {"Error": error, "RequestId": "r"}}))
        envelopes: tuple[Any, ...] = (None, [], "x", {})
        for envelope in envelopes:
            yield Answer(200, _dump({"Response": envelope}))
    paths = list(_paths(document))
    for path in paths:
        yield Answer(200, _dump(_with(document, path, _delete)))
        yield Answer(200, _dump(_with(document, path, _set(None))))
        yield Answer(200, _dump(_with(document, path, _grow)))
    for _ in range(RANDOM_MUTATIONS if paths else 0):
        mutated = document
        for _ in range(rng.randint(1, 3)):
            mutated = _with(mutated, rng.choice(list(_paths(mutated)) or [()]) or ("x",), _set(rng.choice(ODD_VALUES)))
        yield Answer(200, _dump(mutated))


@dataclass
class Figures:
    answers: int = 0
    calls: int = 0
    returned: int = 0
    typed_errors: int = 0
    escapes: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


class Cloud:
    """Answers every request as documented, except the mutated operation."""

    def __init__(self) -> None:
        self.mutated: tuple[str, Answer] | None = None

    def operation(self, request: httpx.Request) -> str:
        path, method = request.url.path, request.method
        if request.url.host == "obs.mut":
            uploads = {"/training.zip": "UploadTrainingJobData", "/letter": "UploadAuthorizationLetter"}
            return uploads.get(path, "UploadTrainingSentence" if "sentence" in path else "UploadShortJobData")
        training = self.training_operation(path, method)
        if training is not None:
            return training
        if "X-TC-Action" in request.headers:
            return request.headers["X-TC-Action"]
        if "/moderation/audio/jobs" in path:
            return "ShowAudioModerationJob" if method == "GET" else "CreateAudioModerationJob"
        if path.endswith("/audit-result"):
            return "ShowJobAuditResult"
        if path.endswith("/short-jobs"):
            return "CreateShortJob"
        return "ShowShortJob" if method == "GET" else "CommitShortJob"

    @staticmethod
    def training_operation(path: str, method: str) -> str | None:
        for suffix, operation in (("/basic-jobs", "CreateTrainingBasicJob"),
                                  ("/uploading-address-url", "ShowJobUploadingAddress"),
                                  ("/user/jobs", "ListVoiceTrainingJob")):  # fmt: skip
            if path.endswith(suffix):
                return operation
        if path.endswith("/training-segment"):
            return "ShowTrainingSegmentInfo" if method == "GET" else "ConfirmTrainingSegment"
        if "/user/jobs/" in path and not path.endswith("/audit-result"):
            return {"GET": "ShowVoiceTrainingJob", "POST": "CommitVoiceTrainingJob"}.get(
                method, "DeleteVoiceTrainingJob"
            )
        return None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        operation = self.operation(request)
        if self.mutated is not None and self.mutated[0] == operation:
            return self.mutated[1].response()
        return Answer(200, _dump(SEEDS[operation])).response()


@functools.cache
def _hints(model: type, package: ModuleType) -> dict[str, Any]:
    return typing.get_type_hints(model, localns=vars(package.models))


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, UnionType):
        return list(typing.get_args(hint))
    return [hint]


def mismatches(value: Any, hint: Any, package: ModuleType, where: str) -> Iterator[str]:
    """Where `value` contradicts `hint` (null items of arrays are None by the parser's documented rule)."""
    for member in _members(hint):
        if member is Any or (member is type(None) and value is None) or (member is package.types.Unset and \
                isinstance(value, package.types.Unset)):  # fmt: skip
            return
        if member in (str, bool) and type(value) is member:
            return
        if (member is int and type(value) is int) or (member is float and type(value) is float):
            return
        if member in (datetime.datetime, datetime.date) and isinstance(value, member):
            return
        if isinstance(member, type) and issubclass(member, enum.Enum) and isinstance(value, member):
            return
        if typing.get_origin(member) is dict and isinstance(value, dict):
            return
        if typing.get_origin(member) is list and isinstance(value, list):
            for index, item in enumerate(value):
                if item is not None:
                    yield from mismatches(item, typing.get_args(member)[0], package, f"{where}[{index}]")
            return
        if isinstance(member, type) and attrs.has(member) and isinstance(value, member):
            hints = _hints(member, package)
            for attribute in attrs.fields(member):
                yield from mismatches(getattr(value, attribute.name), hints[attribute.name], package,
                                      f"{where}.{attribute.name}")  # fmt: skip
            return
        if isinstance(member, type) and dataclasses.is_dataclass(member) and isinstance(value, member):
            hints = _hints(member, package)  # a result of the package's own (TrainingJobResult)
            for item in dataclasses.fields(member):
                yield from mismatches(getattr(value, item.name), hints[item.name], package, f"{where}.{item.name}")
            return
    yield f"{where}: {type(value).__name__} {value!r:.60} is not {hint}"


def exercise(value: Any, hint: Any, package: ModuleType, where: str, figures: Figures) -> None:
    """Check a returned value against its annotation, and run to_dict(), repr() and the report helpers."""
    figures.mismatches += mismatches(value, hint, package, where)
    values = value if isinstance(value, list) else [value]
    for item in values:
        repr(item)
        if hasattr(item, "to_dict"):
            json.dumps(item.to_dict())
    if package is metastudio_client and isinstance(value, package.models.ShowShortJobResponseBody):
        package.assessment_table(value.assess_result)
    if package is metastudio_client and isinstance(value, package.TrainingJobResult):
        package.assessment_table(value.job.assess_result)
        str(value.next_step), value.asset_id, value.succeeded, value.waiting_for_user
    if package is moderation_client:
        results = [value] if isinstance(value, package.models.AudioModerationResult) else []
        if isinstance(value, package.models.ShowAudioModerationJobResponseBody):
            results += [value.result] if isinstance(value.result, package.models.AudioModerationResult) else []
            package.parse_callback(value.to_dict())
        for result in results:
            package.verdict_report(result)
    if package is ams_client and isinstance(value, list | package.models.DescribeTaskDetailResult):
        package.verdict_table([item for item in values if isinstance(item, package.models.DescribeTaskDetailResult)])


@dataclass(frozen=True)
class Method:
    package: ModuleType
    facade: str
    name: str
    operations: frozenset[str]
    args: tuple[Any, ...] = ()
    waits: bool = False  # takes timeout= and backoff=: no waiting in this test
    keywords: tuple[tuple[str, Any], ...] = ()

    def arguments(self, zip_path: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
        args = tuple(zip_path if arg is ZIP else arg for arg in self.args)
        waiting = {"timeout": 0, "backoff": self.package.Backoff(0, 1, 0)} if self.waits else {}
        keywords = {name: zip_path if value is ZIP else value for name, value in self.keywords}
        return args, {**waiting, **keywords}


ZIP = object()  # stands for the path of a good voice zip
TASK = "w-audio-ZxisIq8tQf2iui72wo"
MEDIA = (["https://a.mut/a.mp3"],)
ms, md, am = metastudio_client, moderation_client, ams_client
METHODS = [
    Method(ms, "MetaStudio", "create_short_job", frozenset({"CreateShortJob"})),
    Method(ms, "MetaStudio", "commit_short_job", frozenset({"CommitShortJob"}), ("j-1",)),
    Method(ms, "MetaStudio", "show_short_job", frozenset({"ShowShortJob"}), ("j-1",)),
    Method(ms, "MetaStudio", "show_job_audit_result", frozenset({"ShowJobAuditResult"}), ("j-1",)),
    Method(ms, "MetaStudio", "upload_short_job_data", frozenset({"UploadShortJobData"}), (UPLOAD_URL, ZIP)),
    Method(ms, "MetaStudio", "wait_for_short_job", frozenset({"ShowShortJob"}), ("j-1",), waits=True),
    Method(ms, "MetaStudio", "run_short_job",
           frozenset({"CreateShortJob", "UploadShortJobData", "CommitShortJob", "ShowShortJob"}), (ZIP,), waits=True),
    Method(ms, "MetaStudio", "create_training_job", frozenset({"CreateTrainingBasicJob"}), ("v",)),
    Method(ms, "MetaStudio", "upload_training_job_data", frozenset({"UploadTrainingJobData"}), (TRAINING_URL, ZIP)),
    Method(ms, "MetaStudio", "upload_training_sentence", frozenset({"UploadTrainingSentence"}),
           (*SENTENCE_URLS, ZIP, "text")),
    Method(ms, "MetaStudio", "upload_authorization_letter", frozenset({"UploadAuthorizationLetter"}),
           (LETTER_URL, ZIP)),
    Method(ms, "MetaStudio", "commit_voice_training_job", frozenset({"CommitVoiceTrainingJob"}), ("t-1",)),
    Method(ms, "MetaStudio", "show_voice_training_job", frozenset({"ShowVoiceTrainingJob"}), ("t-1",)),
    Method(ms, "MetaStudio", "show_job_uploading_address", frozenset({"ShowJobUploadingAddress"}), ("t-1",)),
    Method(ms, "MetaStudio", "delete_voice_training_job", frozenset({"DeleteVoiceTrainingJob"}), ("t-1",)),
    Method(ms, "MetaStudio", "confirm_training_segment", frozenset({"ConfirmTrainingSegment"}), ("t-1", 0)),
    Method(ms, "MetaStudio", "show_training_segment_info", frozenset({"ShowTrainingSegmentInfo"}), ("t-1",)),
    Method(ms, "MetaStudio", "list_voice_training_jobs", frozenset({"ListVoiceTrainingJob"})),
    Method(ms, "MetaStudio", "voice_training_job_pages", frozenset({"ListVoiceTrainingJob"})),
    Method(ms, "MetaStudio", "iter_voice_training_jobs", frozenset({"ListVoiceTrainingJob"})),
    Method(ms, "MetaStudio", "wait_for_training_job", frozenset({"ShowVoiceTrainingJob", "ShowJobAuditResult"}),
           ("t-1",), waits=True),
    Method(ms, "MetaStudio", "run_training_job",
           frozenset({"CreateTrainingBasicJob", "UploadTrainingJobData", "UploadAuthorizationLetter",
                      "CommitVoiceTrainingJob", "ShowVoiceTrainingJob", "ShowJobAuditResult"}),
           (ZIP,), waits=True, keywords=(("voice_name", "v"), ("authorization_letter", ZIP))),
    Method(ms, "MetaStudio", "resubmit_training_job",
           frozenset({"ShowJobUploadingAddress", "UploadTrainingJobData", "CommitVoiceTrainingJob",
                      "ShowVoiceTrainingJob", "ShowJobAuditResult"}), ("t-1", ZIP), waits=True),
    Method(md, "Moderation", "create_audio_job", frozenset({"CreateAudioModerationJob"}), ("https://a.mut/a.wav",)),
    Method(md, "Moderation", "show_audio_job", frozenset({"ShowAudioModerationJob"}), ("j-1",)),
    Method(md, "Moderation", "wait_for_audio_job", frozenset({"ShowAudioModerationJob"}), ("j-1",), waits=True),
    Method(md, "Moderation", "moderate_audio", frozenset({"CreateAudioModerationJob", "ShowAudioModerationJob"}),
           ("https://a.mut/a.wav",), waits=True),
    Method(am, "Ams", "create_audio_moderation_task", frozenset({"CreateAudioModerationTask"}), MEDIA),
    Method(am, "Ams", "describe_task_detail", frozenset({"DescribeTaskDetail"}), (TASK,)),
    Method(am, "Ams", "describe_tasks", frozenset({"DescribeTasks"})),
    Method(am, "Ams", "describe_tasks_pages", frozenset({"DescribeTasks"})),
    Method(am, "Ams", "iter_tasks", frozenset({"DescribeTasks"})),
    Method(am, "Ams", "cancel_task", frozenset({"CancelTask"}), (TASK,)),
    Method(am, "Ams", "wait_for_tasks", frozenset({"DescribeTaskDetail"}), ([TASK],), waits=True),
    Method(am, "Ams", "wait_for_task", frozenset({"DescribeTaskDetail"}), (TASK,), waits=True),
    Method(am, "Ams", "moderate", frozenset({"CreateAudioModerationTask", "DescribeTaskDetail"}), MEDIA, waits=True),
]  # fmt: skip
FACADES = {"MetaStudio": "AsyncMetaStudio", "Moderation": "AsyncModeration", "Ams": "AsyncAms"}
MEMBERS_OF_EVERY_FACADE = {"close", "aclose", "with_options"}


def test_every_public_facade_method_is_exercised() -> None:
    for package in (metastudio_client, moderation_client, ams_client):
        for sync_name, async_name in FACADES.items():
            if not hasattr(package, sync_name):
                continue
            for facade in (getattr(package, sync_name), getattr(package, async_name)):
                public = {name for name, _ in inspect.getmembers(facade, callable) if not name.startswith("_")}
                covered = {m.name for m in METHODS if m.package is package and m.facade == sync_name}
                assert public - MEMBERS_OF_EVERY_FACADE == covered, facade


def connect(package: ModuleType, cloud: Cloud, asynchronous: bool) -> Any:
    retry = package.RetryPolicy(max_retries=1, initial_delay=0, max_delay=0, max_retry_after=0)
    options: dict[str, Any] = {"transport": httpx.MockTransport(cloud), "retry": retry, "timeout": 5}
    if package is ams_client:
        options |= {"base_url": "https://ams.mut", "credentials": package.TencentCredentials("AKIDMUT", "key"),
                    "rate_limits": {"*": None}}  # fmt: skip
    else:
        options |= {"base_url": f"https://{package.__name__}.mut",
                    "credentials": package.HuaweiCredentials("AKMUT00000000000", "sk", "p")}  # fmt: skip
    return (package.connect_async if asynchronous else package.connect)(**options)


def _returned(method: Method, facade: Any) -> tuple[Any, bool]:
    """The annotation of what the method returns, and whether it yields items one by one (an iterator: then
    it yields models only, never the None of a null item)."""
    hints = typing.get_type_hints(getattr(type(facade), method.name), localns=vars(method.package.models))
    hint = hints["return"]
    origin = typing.get_origin(hint)
    if origin is not None and origin.__name__ in ("Iterator", "AsyncIterator"):
        return list[typing.get_args(hint)[0]], True  # type: ignore[misc]
    return hint, False


async def _call(method: Method, facade: Any, zip_path: Path, asynchronous: bool) -> Any:
    args, kwargs = method.arguments(zip_path)
    result = getattr(facade, method.name)(*args, **kwargs)
    if asynchronous:
        if inspect.isasyncgen(result):
            return [item async for item in result]
        return await result
    return list(result) if inspect.isgenerator(result) else result


async def run_all(zip_path: Path) -> Figures:
    figures = Figures()
    rng = random.Random(SEED)
    cloud = Cloud()
    packages = (metastudio_client, moderation_client, ams_client)
    clients = {(p, asynchronous): connect(p, cloud, asynchronous) for p in packages for asynchronous in (False, True)}
    for operation in SEEDS:
        for answer in mutations(operation, rng):
            figures.answers += 1
            cloud.mutated = (operation, answer)
            for method in METHODS:
                if operation not in method.operations:
                    continue
                for asynchronous in (False, True):
                    figures.calls += 1
                    facade = clients[(method.package, asynchronous)]
                    name = f"{'async ' if asynchronous else ''}{method.name} <- {operation} {answer.status} " \
                           f"{answer.content[:60]!r}"  # fmt: skip
                    try:
                        value = await _call(method, facade, zip_path, asynchronous)
                    except method.package.ClientError:
                        figures.typed_errors += 1
                        continue
                    except Exception as error:
                        figures.escapes.append(f"{name}: {type(error).__name__}: {error!s:.120}")
                        continue
                    figures.returned += 1
                    hint, yields = _returned(method, facade)
                    if yields and None in value:
                        figures.mismatches.append(f"{name}: an iterator yielded None")
                    try:
                        exercise(value, hint, method.package, name, figures)
                    except Exception as error:
                        figures.escapes.append(f"{name}: helpers: {type(error).__name__}: {error!s:.120}")
    for client in clients.values():
        await client.aclose() if hasattr(client, "aclose") else client.close()
    return figures


async def test_mutated_answers_raise_only_package_errors_and_parse_to_their_annotations(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL):  # thousands of retry warnings, each one tested elsewhere
        figures = await run_all(voice_zip(tmp_path / "voice.zip"))
    print(
        f"\nmutation test: {figures.answers} mutated answers, {figures.calls} calls (sync and asyncio): "
        f"{figures.returned} returned values checked, {figures.typed_errors} typed errors, "
        f"{len(figures.escapes)} escapes, {len(figures.mismatches)} annotation mismatches"
    )
    assert figures.escapes == []
    assert figures.mismatches == []
    assert figures.answers > 1000 and figures.calls > 5000 and figures.returned > 500 and figures.typed_errors > 2000


def test_parse_callback_takes_every_mutated_notification() -> None:
    rng = random.Random(SEED)
    count = 0
    for answer in mutations("ShowAudioModerationJob", rng):
        count += 1
        try:
            job = moderation_client.parse_callback(answer.content)
        except moderation_client.ClientError:
            continue
        assert list(mismatches(job, moderation_client.models.ShowAudioModerationJobResponseBody,
                               moderation_client, "callback")) == []  # fmt: skip
        if isinstance(job.result, moderation_client.models.AudioModerationResult):
            moderation_client.verdict_report(job.result)
    assert count > 100
