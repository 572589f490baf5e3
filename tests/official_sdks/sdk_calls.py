"""Run by tests/official_sdks/test_official_sdks.py in .venv-bench (the vendors' SDKs, not our packages).

Drives each official SDK through its flow against the fake cloud at the URL given and prints what it
saw as one JSON object: the fake must accept the SDKs' own signatures and its answers must parse with
the SDKs' own models. Only the standard library and the SDKs (and requests, which they bring) are
imported; the settings come as a JSON argument.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

METRICS = ("speed", "sound", "snr", "reverb", "dnsmos_ovrl", "dnsmos_bak")


def _poll(show: Callable[[], Any], done: Callable[[Any], bool], seconds: float = 10.0) -> tuple[Any, list[str]]:
    seen: list[str] = []
    deadline = time.monotonic() + seconds
    while True:
        result = show()
        seen.append(str(result))
        if done(result) or time.monotonic() > deadline:
            return result, seen
        time.sleep(0.05)


def _refusal(call: Callable[[], object], error: type[Exception], *fields: str) -> list[Any] | None:
    """The named fields of the `error` that `call` raises, or None if it is not refused."""
    try:
        call()
    except error as exc:
        return [getattr(exc, field) for field in fields]
    return None


def _huawei_client(client_class: Any, settings: dict[str, Any], sk: str, algorithm: str = "HMAC_SHA256") -> Any:
    """A client of the official SDK signing with `algorithm` (a name of its SigningAlgorithm)."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials  # type: ignore[import-not-found]
    from huaweicloudsdkcore.http.http_config import HttpConfig  # type: ignore[import-not-found]
    from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm  # type: ignore[import-not-found]

    credentials = BasicCredentials(settings["ak"], sk, settings["project_id"])
    config = HttpConfig.get_default_config()
    config.signing_algorithm = SigningAlgorithm[algorithm]
    builder = client_class.new_builder().with_credentials(credentials).with_http_config(config)
    return builder.with_endpoint(settings["url"]).build()


def metastudio(settings: dict[str, Any]) -> dict[str, Any]:
    import requests
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException  # type: ignore[import-not-found]
    from huaweicloudsdkmetastudio.v1 import (  # type: ignore[import-not-found]
        CommitShortJobRequest,
        CreateShortJobReq,
        CreateShortJobRequest,
        MetaStudioClient,
        ShowJobAuditResultRequest,
        ShowShortJobRequest,
    )

    ms = _huawei_client(MetaStudioClient, settings, settings["sk"])
    created = ms.create_short_job(CreateShortJobRequest(body=CreateShortJobReq(job_type="VOICE_ASSESS")))
    with open(settings["zip"], "rb") as recording:
        upload = requests.put(created.data_uploading_url, data=recording, headers={"Content-Type": "application/zip"})
    ms.commit_short_job(CommitShortJobRequest(job_id=created.job_id))
    job, states = _poll(lambda: ms.show_short_job(ShowShortJobRequest(job_id=created.job_id)),
                        lambda j: j.state in ("SUCCEED", "FAILED", "AUDIT_FAILED"))  # fmt: skip
    assessment = job.assess_result
    audit = ms.show_job_audit_result(ShowJobAuditResultRequest(job_id=created.job_id))
    impostor = _huawei_client(MetaStudioClient, settings, "not-the-sk")
    show = ShowShortJobRequest(job_id=created.job_id)
    wrong_sk = _refusal(partial(impostor.show_short_job, show), ClientRequestException, "status_code", "error_code")
    return {
        "job_id": created.job_id,
        "upload_status": upload.status_code,
        "state": job.state,
        "polls": len(states),
        "assessment": {name: getattr(assessment, name).status for name in METRICS} if assessment else None,
        "suggestion": assessment.suggestion if assessment else None,
        "audit_errors": [e.to_dict() for e in audit.system_audit_result.errors or []],
        "audited": bool(audit.system_audit_result.audit_time),
        "wrong_sk": wrong_sk,
    }


def metastudio_training(settings: dict[str, Any]) -> dict[str, Any]:
    """A voice-training task that passes review, and one that fails it, is fixed, resubmitted and passes."""
    import requests
    from huaweicloudsdkmetastudio.v1 import (
        CommitJobReq,
        CommitVoiceTrainingJobRequest,
        CreateTrainingBasicJobRequest,
        CreateTrainingJobReq,
        DeleteVoiceTrainingJobRequest,
        ListVoiceTrainingJobRequest,
        MetaStudioClient,
        ShowJobAuditResultRequest,
        ShowJobUploadingAddressRequest,
        ShowVoiceTrainingJobRequest,
    )

    ms = _huawei_client(MetaStudioClient, settings, settings["sk"])

    def upload(url: str, zip_path: str) -> int:
        with open(zip_path, "rb") as data:
            return int(requests.put(url, data=data, headers={"Content-Type": "application/zip"}).status_code)

    def run(job_id: str) -> tuple[Any, list[str]]:
        """Commit, then poll to an end; the job and the states seen."""
        ms.commit_voice_training_job(CommitVoiceTrainingJobRequest(job_id=job_id, body=CommitJobReq(sex="FEMALE")))
        show = ShowVoiceTrainingJobRequest(job_id=job_id)
        states: list[str] = []

        def fetch() -> Any:
            job = ms.show_voice_training_job(show)
            states.append(job.state)
            return job

        job, _ = _poll(fetch, lambda j: j.state in ("SUCCEED", "FAILED", "AUDIT_FAILED"))
        return job, states

    def audit(job_id: str) -> list[list[str]]:
        result = ms.show_job_audit_result(ShowJobAuditResultRequest(job_id=job_id)).system_audit_result
        return [[e.audio_name, e.text_name, e.error_code] for e in result.errors or []]

    body = CreateTrainingJobReq(voice_name="sdk voice", sex="FEMALE", tag="NEWS", create_type="PACKAGE")
    good = ms.create_training_basic_job(CreateTrainingBasicJobRequest(body=body))
    uploads = [upload(good.training_data_uploading_url, settings["training_zip"])]
    job, states = run(good.job_id)
    passed = {"state": job.state, "asset_id": bool(job.asset_id), "states": list(dict.fromkeys(states)),
              "audit_errors": audit(good.job_id)}  # fmt: skip

    bad = ms.create_training_basic_job(CreateTrainingBasicJobRequest(body=body))
    uploads.append(upload(bad.training_data_uploading_url, settings["rejected_zip"]))
    rejected, _ = run(bad.job_id)
    first_review = audit(bad.job_id)
    address = ms.show_job_uploading_address(ShowJobUploadingAddressRequest(job_id=bad.job_id))
    uploads.append(upload(address.package_url.training_data_uploading_url, settings["training_zip"]))
    fixed, _ = run(bad.job_id)
    oldest = ListVoiceTrainingJobRequest(state="SUCCEED", job_type="BASIC", limit=1, sort_key="create_time",
                                         sort_dir="asc")  # fmt: skip
    listed = ms.list_voice_training_job(oldest)
    ms.delete_voice_training_job(DeleteVoiceTrainingJobRequest(job_id=good.job_id))
    after = ms.list_voice_training_job(ListVoiceTrainingJobRequest())
    return {
        "uploads": uploads,
        "passed": passed,
        "rejected": [rejected.state, rejected.reject_times, rejected.job_failed_code],
        "first_review": first_review,
        "resubmitted": [fixed.state, fixed.reject_times, bool(fixed.asset_id)],
        "listed": [listed.count, [j.job_id for j in listed.jobs]],
        "ids": [good.job_id, bad.job_id],
        "after_delete": [after.count, [j.job_id for j in after.jobs]],
    }


def moderation(settings: dict[str, Any]) -> dict[str, Any]:
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
    from huaweicloudsdkmoderation.v3 import (  # type: ignore[import-not-found]
        AudioCreateRequest,
        AudioInputBody,
        ModerationClient,
        RunCreateAudioModerationJobRequest,
        RunQueryAudioModerationJobRequest,
    )

    md = _huawei_client(ModerationClient, settings, settings["sk"])
    body = AudioCreateRequest(event_type="default", categories=["porn", "ad"],
                              data=AudioInputBody(url=settings["moderation_url"]))  # fmt: skip
    created = md.run_create_audio_moderation_job(RunCreateAudioModerationJobRequest(body=body))
    query = RunQueryAudioModerationJobRequest(job_id=created.job_id)
    job, _ = _poll(lambda: md.run_query_audio_moderation_job(query), lambda j: j.status in ("succeeded", "failed"))
    impostor = _huawei_client(ModerationClient, settings, "not-the-sk")
    wrong_sk = _refusal(
        partial(impostor.run_query_audio_moderation_job, query), ClientRequestException, "status_code", "error_code"
    )
    # HttpConfig.signing_algorithm = HMAC_SM3: Authorization SDK-HMAC-SM3, SM3 for every hash and the HMAC
    sm3 = _huawei_client(ModerationClient, settings, settings["sk"], "HMAC_SM3")
    sm3_created = sm3.run_create_audio_moderation_job(RunCreateAudioModerationJobRequest(body=body))
    sm3_status = sm3.run_query_audio_moderation_job(RunQueryAudioModerationJobRequest(job_id=sm3_created.job_id)).status
    sm3_impostor = _huawei_client(ModerationClient, settings, "not-the-sk", "HMAC_SM3")
    sm3_wrong_sk = _refusal(
        partial(sm3_impostor.run_query_audio_moderation_job, query), ClientRequestException, "status_code", "error_code"
    )
    return {
        "job_id": created.job_id,
        "status": job.status,
        "suggestion": job.result.suggestion if job.result else None,
        "labels": [(d.label, d.start_time, d.end_time) for d in job.result.details] if job.result else None,
        "wrong_sk": wrong_sk,
        "sm3": {"status": sm3_status, "wrong_sk": sm3_wrong_sk},
    }


def ams(settings: dict[str, Any]) -> dict[str, Any]:
    from tencentcloud.ams.v20201229 import ams_client, models  # type: ignore[import-not-found]
    from tencentcloud.common import credential  # type: ignore[import-not-found]
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import (  # type: ignore[import-not-found]
        TencentCloudSDKException,
    )
    from tencentcloud.common.profile.client_profile import ClientProfile  # type: ignore[import-not-found]
    from tencentcloud.common.profile.http_profile import HttpProfile  # type: ignore[import-not-found]

    def client(secret_key: str, unsigned_payload: bool = False) -> Any:
        profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=urlsplit(settings["url"]).netloc))
        profile.unsignedPayload = unsigned_payload  # a class attribute, not an argument of ClientProfile()
        return ams_client.AmsClient(credential.Credential(settings["secret_id"], secret_key), "ap-guangzhou", profile)

    def request(model: Any, fields: dict[str, Any]) -> Any:
        built = model()
        built.from_json_string(json.dumps(fields))
        return built

    tc = client(settings["secret_key"])
    tasks = [{"DataId": name, "Input": {"Type": "URL", "Url": url}} for name, url in settings["ams_urls"].items()]
    created = tc.CreateAudioModerationTask(
        request(models.CreateAudioModerationTaskRequest, {"Type": "AUDIO", "Tasks": tasks})
    )
    ids = {result.DataId: result.TaskId for result in created.Results}
    details = {}
    for name, task_id in ids.items():
        describe = request(models.DescribeTaskDetailRequest, {"TaskId": task_id})
        detail, _ = _poll(partial(tc.DescribeTaskDetail, describe), lambda d: d.Status in ("FINISH", "ERROR"))
        details[name] = [detail.Status, detail.Suggestion, detail.Label]
    listed = tc.DescribeTasks(request(models.DescribeTasksRequest, {"Limit": 100}))
    cancel = request(models.CancelTaskRequest, {"TaskId": next(iter(ids.values()))})
    cancel_finished = _refusal(partial(tc.CancelTask, cancel), TencentCloudSDKException, "code")
    listing = request(models.DescribeTasksRequest, {})
    wrong_key = _refusal(partial(client("not-the-key").DescribeTasks, listing), TencentCloudSDKException, "code")
    # ClientProfile.unsignedPayload = True: X-TC-Content-SHA256: UNSIGNED-PAYLOAD, the body left out of the signature
    unsigned = client(settings["secret_key"], unsigned_payload=True)
    unsigned_detail = unsigned.DescribeTaskDetail(request(models.DescribeTaskDetailRequest, {"TaskId": ids["porn"]}))
    unsigned_listed = unsigned.DescribeTasks(request(models.DescribeTasksRequest, {"Limit": 100}))
    unsigned_wrong_key = _refusal(partial(client("not-the-key", unsigned_payload=True).DescribeTasks, listing),
                                  TencentCloudSDKException, "code")  # fmt: skip
    return {
        "request_id": created.RequestId,
        "details": details,
        "listed": sorted(task.TaskId for task in listed.Data or []) == sorted(ids.values()),
        "cancel_finished": cancel_finished,
        "wrong_key": wrong_key,
        "unsigned_payload": {
            "detail": [unsigned_detail.Status, unsigned_detail.Suggestion],
            "listed": sorted(task.TaskId for task in unsigned_listed.Data or []) == sorted(ids.values()),
            "wrong_key": unsigned_wrong_key,
        },
    }


if __name__ == "__main__":
    settings = json.loads(sys.argv[1])
    print(json.dumps({"metastudio": metastudio(settings), "metastudio_training": metastudio_training(settings),
                      "moderation": moderation(settings), "ams": ams(settings)}))  # fmt: skip
