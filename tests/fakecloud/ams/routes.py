"""The AMS actions of the fake, behind the Tencent Cloud API 3.0 endpoint (tencent/service.py).

Errors: an unknown TaskId → ResourceNotFound; CancelTask of a task that has ended → FailedOperation.
How tasks are judged and listed: rules.py and state.py.
"""

from __future__ import annotations

from typing import Any

from ..tencent.service import Call, Product, TencentError
from .state import AmsState, Conflict, TaskNotFound

SERVICE = "ams"
VERSION = "2020-12-29"


def product(state: AmsState) -> Product:
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

    handlers = {
        "CreateAudioModerationTask": create_audio_moderation_task,
        "DescribeTaskDetail": describe_task_detail,
        "DescribeTasks": describe_tasks,
        "CancelTask": cancel_task,
    }
    return Product(SERVICE, VERSION, "ams", handlers)
