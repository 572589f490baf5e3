"""What scripts/generate.py adds to the generated code: every endpoint function sends through the overrides
with an Operation written from its spec (method, path, documented statuses, idempotency, rate limit) and
passes its path parameters through path_segment; every model field has a JSON name and a parsing rule."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import ams_client
import attrs
import metastudio_client
import moderation_client
import pytest
import yaml
from spec_check import HTTP_METHODS, ROOT, SpecError, load

PACKAGES = {metastudio_client: "metastudio.yaml", moderation_client: "moderation.yaml", ams_client: "ams.yaml"}
parametrize_packages = pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.__name__)


def endpoint_modules(package: ModuleType) -> list[ModuleType]:
    api = package.api
    return [importlib.import_module(info.name) for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}.")
            if not info.ispkg]  # fmt: skip


@parametrize_packages
def test_every_operation_of_the_spec_has_its_operation_in_its_module(package: ModuleType) -> None:
    document = load(ROOT / "specs" / PACKAGES[package])
    expected = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                expected[operation["operationId"]] = (
                    method.upper(), path, operation.get("x-idempotent", method == "get"),
                    tuple(sorted(int(code) for code in operation["responses"])),
                    operation.get("x-requests-per-second"),
                )  # fmt: skip
    found = {}
    for module in endpoint_modules(package):
        op = module.OPERATION
        found[op.name] = (op.method, op.path, op.idempotent, op.statuses, op.requests_per_second)
        source = inspect.getsource(module)
        assert "send(client, OPERATION, kwargs)" in source and "asend(client, OPERATION, kwargs)" in source
        assert "quote(" not in source and source.count("path_segment(") == op.path.count("{")
    assert found == expected


def test_the_documented_rate_limits_and_the_reads_sent_as_post() -> None:
    operations = {m.OPERATION.name: m.OPERATION for m in endpoint_modules(ams_client)}
    assert {name: op.requests_per_second for name, op in operations.items()} == dict.fromkeys(operations, 20)
    assert sorted(name for name, op in operations.items() if op.idempotent) == ["DescribeTaskDetail", "DescribeTasks"]
    huawei = [m.OPERATION for p in (metastudio_client, moderation_client) for m in endpoint_modules(p)]
    assert all(op.requests_per_second is None for op in huawei)
    # GETs, and ConfirmTrainingSegment, a POST that only checks an uploaded sentence (its x-idempotent)
    assert sorted(op.name for op in huawei if op.idempotent != (op.method == "GET")) == ["ConfirmTrainingSegment"]
    assert [op.idempotent for op in huawei if op.method == "DELETE"] == [False]  # DeleteVoiceTrainingJob


@parametrize_packages
def test_every_model_field_has_a_json_name_and_a_parsing_rule(package: ModuleType) -> None:
    names: dict[str, dict[str, str]] = package._wire_names.WIRE_NAMES
    for name in package.models.__all__:
        model: Any = getattr(package.models, name)
        if not (isinstance(model, type) and attrs.has(model)):
            continue
        assert set(names[name]) == {f.name for f in attrs.fields(model) if f.init}, name
        with contextlib.suppress(package.ResponseParseError):  # compiles the model's plan: no rule → TypeError
            cast(Any, model).from_dict({})


@pytest.mark.parametrize(
    ("extension", "value", "message"),
    [("x-idempotent", "yes", "must be true or false"), ("x-requests-per-second", 0, "must be .*, a number > 0"),
     ("x-requests-per-second", True, "must be .*, a number > 0")],
)  # fmt: skip
def test_the_client_extensions_are_checked_where_they_stand(
    tmp_path: Path, extension: str, value: object, message: str
) -> None:
    document = yaml.safe_load((ROOT / "specs" / "ams.yaml").read_text(encoding="utf-8"))
    document["paths"]["/CancelTask"]["post"][extension] = value
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SpecError, match=rf"broken\.yaml:\d+:\d+: paths › /CancelTask › post › {extension}: {message}"):
        load(broken)
