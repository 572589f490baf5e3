"""The public API of each generated package, as scripts/generate.py assembles it from the override layers.

Pinned here name by name, so that adding or removing a public name is a deliberate change: each
layer's own names, each package's `__all__` (the generated Client classes plus its layers' names),
nothing public outside `__all__` (httpx's tests/test_exported_members.py does the same), and every
exported class and function reporting the package as its module.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Iterator
from types import FunctionType, ModuleType

import ams_client
import generate
import metastudio_client
import moderation_client
import pytest
from spec_check import ROOT

GENERATED = ("AuthenticatedClient", "Client")
MODELS = {  # the generated models and enums of the overrides' public signatures, re-exported by the API layer
    "metastudio": (
        "AssessResult",
        "ConfirmTrainingSegmentResponseBody",
        "CreateShortJobResponseBody",
        "CreateTrainingJobResponseBody",
        "CreateType",
        "JobTag",
        "Language",
        "ListVoiceTrainingJobResponseBody",
        "Sex",
        "ShortJobType",
        "ShowJobAuditResultResponseBody",
        "ShowJobUploadingAddressResponseBody",
        "ShowShortJobResponseBody",
        "ShowTrainingSegmentInfoResponseBody",
        "SortDirection",
        "SupportedService",
        "TrainingJobSortKey",
        "TrainingJobState",
        "TrainingJobType",
        "VoiceTrainingJob",
    ),
    "moderation": (
        "AudioLanguage",
        "AudioModerationCategory",
        "AudioModerationEventType",
        "AudioModerationResult",
        "CreateAudioModerationJobRequestBody",
        "CreateAudioModerationJobResponseBody",
        "ShowAudioModerationJobResponseBody",
    ),
    "ams": (
        "AudioModerationType",
        "CancelTaskResult",
        "CreateAudioModerationTaskResult",
        "DescribeTaskDetailResult",
        "DescribeTasksResult",
        "StorageInfo",
        "Suggestion",
        "TaskData",
        "TaskFilter",
        "TaskFilterType",
        "TaskInput",
        "TaskResult",
        "TaskStatus",
        "TencentLanguage",
        "User",
    ),
}
LAYERS = {
    "common": (
        "DEFAULT_TIMEOUT", "ApiClient", "ApiError", "AuthenticationError", "Backoff", "ClientClosed", "ClientError",
        "CallOptions", "ConnectFailed",
        "ConnectionLost", "CredentialsFileError", "InvalidArgument", "JobFailed", "Limited", "MissingCredentialsError",
        "RateLimiter", "ResponseParseError", "ResponseTooLarge", "RetryPolicy", "Secret", "ServerError", "Slot",
        "ThrottlingError", "TimedOut", "TransportError", "UnexpectedResponse", "WaitTimeout", "is_known",
    ),
    "huawei": ("AkSkAuth", "ConnectOptions", "HuaweiCredentials", "TokenAuth"),
    "tencent": (
        "AuthFailureError", "ConnectOptions", "FailedOperationError", "InternalError", "InvalidActionError",
        "InvalidParameterError", "InvalidParameterValueError", "LimitExceededError", "MissingParameterError",
        "OperationDeniedError", "RequestLimitExceededError", "ResourceInUseError", "ResourceInsufficientError",
        "ResourceNotFoundError", "ResourceUnavailableError", "Tc3Auth", "TencentApiError", "TencentCredentials",
        "UnauthorizedOperationError", "UnknownParameterError", "UnsupportedOperationError",
    ),
    "metastudio": (
        "ENDPOINTS", "FAILED_STATES", "SUCCEEDED_STATES", "TRAINING_BACKOFF", "AdminReview", "AsyncMetaStudio",
        "CommitFields", "InvalidUpload", "MetaStudio", "RejectedFile", "ShortJobAwaitingUser", "ShortJobFailed",
        "TrainingDataRejected", "TrainingJobFailed", "TrainingJobFields", "TrainingJobFilters", "TrainingJobResult",
        "UploadFailed", "assessment_table", "connect", "connect_async",
        *MODELS["metastudio"],
    ),
    "moderation": (
        "DEFAULT_CATEGORIES", "ENDPOINTS", "FAILED_STATUSES", "SIGNATURE_HEADER", "SUCCEEDED_STATUSES",
        "AsyncModeration", "AudioJobFailed", "AudioJobOptions", "Moderation", "callback_signature", "connect",
        "connect_async", "create_request", "parse_callback", "verdict_report", "verify_callback_signature",
        *MODELS["moderation"],
    ),
    "ams": (
        "ENDPOINT", "MAX_TASKS_PER_CALL", "TERMINAL_STATES", "VERSION", "Ams", "AsyncAms", "TaskCancelled",
        "TaskFailed", "TaskRejected", "connect", "connect_async", "task_input", "verdict_table", *MODELS["ams"],
    ),
}  # fmt: skip
PACKAGES = {
    metastudio_client: ("metastudio.yaml", ("common", "huawei", "metastudio")),
    moderation_client: ("moderation.yaml", ("common", "huawei", "moderation")),
    ams_client: ("ams.yaml", ("common", "tencent", "ams")),
}
MODELS_OF = {package: MODELS[layers[-1]] for package, (_, layers) in PACKAGES.items()}
parametrize_packages = pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.__name__)


@parametrize_packages
def test_each_layer_declares_only_its_own_names(package: ModuleType) -> None:
    spec, layers = PACKAGES[package]
    target = generate.target_for(ROOT / "specs" / spec)
    assert target.layers == layers
    assert generate.public_names(target) == {layer: sorted(LAYERS[layer]) for layer in layers}


@parametrize_packages
def test_the_package_exports_the_generated_client_and_every_layer_name(package: ModuleType) -> None:
    _, layers = PACKAGES[package]
    assert list(package.__all__) == sorted({*GENERATED, *(name for layer in layers for name in LAYERS[layer])})


@parametrize_packages
def test_nothing_public_is_left_out_of_all(package: ModuleType) -> None:
    public = [name for name, value in vars(package).items() if not name.startswith("_")]
    submodules = {name for name in public if isinstance(getattr(package, name), ModuleType)}
    assert submodules == {"api", "client", "errors", "models", "types"}  # the generated modules, public as such
    assert sorted(set(public) - submodules) == list(package.__all__)


@parametrize_packages
def test_exported_classes_and_functions_report_the_package_as_their_module(package: ModuleType) -> None:
    constants = []
    for name in package.__all__:
        value = getattr(package, name)
        if not isinstance(value, type | FunctionType):
            constants.append(name)
            continue
        generated_model = value.__module__.startswith(f"{package.__name__}.models.")
        assert value.__module__ == package.__name__ or (generated_model and name in MODELS_OF[package]), name
        assert getattr(sys.modules[value.__module__], value.__qualname__) is value  # what pickle looks up
        if not generated_model:  # the generator's models name each other under TYPE_CHECKING only
            typing.get_type_hints(value)  # string annotations still resolve (in the defining module)
    assert constants == [name for name in package.__all__ if name.isupper()]  # DEFAULT_TIMEOUT, ENDPOINTS, ...


def _classes(hint: object) -> Iterator[type]:
    """The classes a type hint names (inside unions, generics, Callable and the fields of an Unpack[TypedDict])."""
    if typing.is_typeddict(hint):
        for field in typing.get_type_hints(hint).values():
            yield from _classes(field)
    elif isinstance(hint, type):
        yield hint
    for argument in typing.get_args(hint):
        yield from _classes(argument)


def _owned(package: ModuleType, cls: type) -> bool:
    """Whether `cls` is the package's own (its methods, inherited ones too, are the package's API)."""
    return cls.__module__ == package.__name__ or cls.__module__.startswith(f"{package.__name__}.")


def _signatures(package: ModuleType) -> Iterator[tuple[str, object]]:
    """(where, type hint) of every parameter and return value of the package's exported functions and of
    the public methods (constructors included) of its exported classes, those they inherit from the
    package's own base classes and mixins too."""
    for name in package.__all__:
        value = getattr(package, name)
        members = ([(f"{name}.{member}", method) for owner in value.__mro__ if _owned(package, owner)
                    for member, method in vars(owner).items()
                    if callable(method) and (member == "__init__" or not member.startswith("_"))]
                   if isinstance(value, type) else [(name, value)] if callable(value) else [])  # fmt: skip
        for where, function in members:
            try:
                hints = typing.get_type_hints(function)
            except NameError:  # names only a TYPE_CHECKING import brings (tenacity's; generated models' fields)
                continue
            yield from ((f"{where}:{parameter}", hint) for parameter, hint in hints.items())


@parametrize_packages
def test_every_type_of_a_public_signature_is_exported(package: ModuleType) -> None:
    """`from ams_client import AudioModerationType` for moderate(type_=...): whatever a public signature
    names is importable from the package (the generator's sentinel Unset from its public `types` module)."""
    missing: dict[str, str] = {}
    for where, hint in _signatures(package):
        for cls in _classes(hint):
            if not _owned(package, cls):
                continue  # the standard library's, httpx's, ...
            if cls.__name__.startswith("_"):
                continue  # private helpers passed between the package's own objects (a rate-limit Slot's window)
            if (
                getattr(package, cls.__name__, None) is not cls
                and getattr(package.types, cls.__name__, None) is not cls
            ):
                missing.setdefault(cls.__name__, where)
    assert missing == {}


def test_reprs_name_the_package_not_the_private_module() -> None:
    assert ams_client.Ams.__module__ == "ams_client"
    assert repr(metastudio_client.ShortJobFailed) == "<class 'metastudio_client.ShortJobFailed'>"
    assert repr(moderation_client.connect).startswith("<function connect at ")
    assert moderation_client.connect.__module__ == "moderation_client"


def test_packages_of_one_vendor_export_the_same_shared_names() -> None:
    shared = [
        set(package.__all__) - set(LAYERS[layers[-1]]) for package, (_, layers) in PACKAGES.items()
    ]  # fmt: skip
    assert shared[0] == shared[1] == {*GENERATED, *LAYERS["common"], *LAYERS["huawei"]}
    assert shared[2] == {*GENERATED, *LAYERS["common"], *LAYERS["tencent"]}
    assert metastudio_client.ConnectOptions is not moderation_client.ConnectOptions  # each package has its copy
    assert set(typing.get_type_hints(metastudio_client.ConnectOptions)) == set(
        typing.get_type_hints(moderation_client.ConnectOptions)
    )
