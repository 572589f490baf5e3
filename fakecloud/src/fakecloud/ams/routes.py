"""The AMS actions of the fake, behind the Tencent Cloud API 3.0 endpoint (tencent/service.py).

Errors: an unknown TaskId → ResourceNotFound; CancelTask of a task that has ended → FailedOperation.
CallbackUrl is stored unchecked: the fake never calls AMS callbacks back.
How tasks are judged and listed: rules.py and state.py.
"""

from __future__ import annotations

from typing import Any

from ..operations import Operation
from ..tencent.service import Call, Product, TencentError
from .state import AmsState, Conflict, TaskNotFound

SERVICE = "ams"
VERSION = "2020-12-29"


def product(spec: dict[str, Any], state: AmsState) -> Product:
    async def create_audio_moderation_task(call: Call) -> dict[str, Any]:
        return {"Results": state.create(call.params)}

    async def describe_task_detail(call: Call) -> dict[str, Any]:
        try:
            return state.detail(call.params["TaskId"], bool(call.params.get("ShowAllSegments", False)))
        except TaskNotFound as exc:
            raise TencentError("ResourceNotFound", str(exc)) from None

    async def describe_tasks(call: Call) -> dict[str, Any]:
        return state.list(call.params)

    async def cancel_task(call: Call) -> dict[str, Any]:
        try:
            state.cancel(call.params["TaskId"])
        except TaskNotFound as exc:
            raise TencentError("ResourceNotFound", str(exc)) from None
        except Conflict as exc:
            raise TencentError("FailedOperation", str(exc)) from None
        return {}

    implemented = {
        "CreateAudioModerationTask": Operation(
            create_audio_moderation_task, "creates tasks in PENDING, judged by name"
        ),
        "DescribeTaskDetail": Operation(describe_task_detail, "one poll: PENDING → RUNNING → FINISH or ERROR"),
        "DescribeTasks": Operation(describe_tasks, "lists tasks (not a poll)"),
        "CancelTask": Operation(cancel_task, "an unended task → CANCELLED; an ended one → FailedOperation"),
    }
    return Product(SERVICE, VERSION, spec, implemented)
