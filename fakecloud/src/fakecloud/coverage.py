"""What the fake covers, said honestly: built from the specs it serves and its routes.

`operations()` gives one row per operation of every spec — implemented or not, and per behaviour:
signature check, request validation, part in the state machine, failure injection — and `render()`
the whole table as Markdown (fakecloud/COVERAGE.md, rebuilt by `make generate`, checked by `make test`),
with the routes beyond the specs, the fake's own assumptions (rules no vendor page documents) and its
limits. A rule the fake decides itself gets a row in ASSUMPTIONS, a size or count limit one in LIMITS.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .calls import MAX_CALLS
from .control import MAX_BODY_BYTES
from .faults.rules import HEADER, MAX_DELAY
from .huawei.service import NOT_IMPLEMENTED
from .metastudio import routes as metastudio
from .metastudio.state import MAX_UPLOAD_BYTES
from .moderation.callbacks import ATTEMPTS, RETRY_DELAY, TIMEOUT

if TYPE_CHECKING:
    from .app import FakeCloud

HUAWEI_SIGNATURE = "AK/SK (SDK-HMAC-SHA256) or IAM token; 401 APIG.0301"
TENCENT_SIGNATURE = "TC3-HMAC-SHA256; AuthFailure.*"
TENCENT_VALIDATION = "MissingParameter / InvalidParameter / InvalidParameterValue"


@dataclass(frozen=True)
class OperationRow:
    service: str
    operation: str
    request: str
    implemented: bool
    signature_check: str
    request_validation: str
    state_machine: str
    failure_injection: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Assumption:
    """A rule no vendor page documents: what the fake does, and the module that decides it."""

    topic: str
    behaviour: str
    decided_in: str


@dataclass(frozen=True)
class Limit:
    what: str
    value: str
    source: str


ASSUMPTIONS = (
    Assumption("operation of a spec the fake does not implement",
               f"Huawei: HTTP 501 {NOT_IMPLEMENTED}; Tencent: UnsupportedOperation envelope, both saying "
               "\"not implemented by the fake\"", "huawei/service.py, tencent/service.py"),
    Assumption("injected HTTP 500 / 503 on a Huawei service",
               "the service's internal error code (MSS.00000004, AIS.0003) with that status",
               "faults/answers.py"),
    Assumption("injected HTTP 502 / 504 on a Huawei service",
               "APIG.0201 \"Backend unavailable.\" / \"Backend timeout.\" (the API Gateway's error table)",
               "faults/answers.py"),
    Assumption("injected HTTP status alone on a Tencent action",
               "that status with a plain-text body, as a proxy in front of the endpoint would answer "
               "(the API answers its own errors with HTTP 200 envelopes)", "faults/answers.py"),
    Assumption("injected errors on UploadShortJobData", "MetaStudio's JSON error bodies, not the XML an OBS "
               "pre-signed URL would answer", "faults/middleware.py"),
    Assumption("where faults act", "before the gateway: an injected error or broken connection is answered "
               "whatever the signature", "faults/middleware.py"),
    Assumption("truncating an answer without a body (CommitShortJob, UploadShortJobData)", "the service acts, then "
               "the connection is closed before the status line (the client sees it dropped), logged without a "
               "status and counted as a hit", "faults/middleware.py"),
    Assumption("whose an injected error code is", "told by its shape: Huawei SERVICE.NUMBER (APIG.0308), Tencent "
               "CamelCase words (RequestLimitExceeded); refused on another vendor's operation or service; without "
               "either it hits only its vendor's services", "faults/rules.py"),
    Assumption("Tencent error messages in zh-CN (X-TC-Language's default)", "the common error table's Chinese "
               "description of the code (or of its family), then the fake's English detail in parentheses where it "
               "says more; codes of no documented family keep the English message", "tencent/language.py"),
    Assumption("MetaStudio upload URL", "stands in for the OBS pre-signed URL: PUT only, Content-Type "
               "application/zip, a token in the query instead of a signature, OBS-style XML errors",
               "metastudio/routes.py"),
    Assumption("Content Moderation callbacks", f"POSTed only to 127.0.0.1/localhost, {ATTEMPTS} attempts "
               f"{RETRY_DELAY:g} s apart, {TIMEOUT:g} s timeout each", "moderation/callbacks.py"),
)  # fmt: skip

LIMITS = (
    Limit("MetaStudio upload size", f"{MAX_UPLOAD_BYTES >> 20} MiB (larger: 400 EntityTooLarge)",
          "assumption, metastudio/state.py"),
    Limit("fault delay", f"at most {MAX_DELAY:g} s", "faults/rules.py"),
    Limit("call log", f"the newest {MAX_CALLS:,} calls", "calls.py"),
    Limit("control-plane request body", f"{MAX_BODY_BYTES >> 20} MiB (larger: 413 BodyTooLarge)", "control.py"),
)  # fmt: skip


def operations(cloud: FakeCloud) -> list[OperationRow]:
    """One row per operation of every spec the fake serves, in spec order."""
    rows = []
    for service in cloud.huawei:
        for op in service.operations:
            entry = service.implemented.get(op.operation_id)
            rows.append(OperationRow(
                op.service, op.operation_id, f"{op.method} {op.path}", entry is not None, HUAWEI_SIGNATURE,
                f"against the spec; 400 {service.codes.invalid}",
                entry.state_machine if entry else f"— (501 {NOT_IMPLEMENTED})", "yes",
            ))  # fmt: skip
    for product in cloud.tencent.products.values():
        for op in product.operations:
            tencent = product.implemented.get(op.operation_id)
            rows.append(OperationRow(
                op.service, op.operation_id, f"POST / (X-TC-Action: {op.operation_id})", tencent is not None,
                TENCENT_SIGNATURE, f"against the spec; {TENCENT_VALIDATION}" if tencent else "—",
                tencent.state_machine if tencent else "— (UnsupportedOperation)", "yes",
            ))  # fmt: skip
    return rows


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]


OPERATION_COLUMNS = ["service", "operation", "request", "implemented", "signature check", "request validation",
                     "state machine", "failure injection"]  # fmt: skip


INSTALLED_ORIGIN = "by `fakecloud coverage`"
REPOSITORY_ORIGIN = "by `make generate` (scripts/fake_package.py);\n`make test` fails when this file is out of date"


def render(cloud: FakeCloud, origin: str = INSTALLED_ORIGIN) -> str:
    """The coverage table as Markdown; `origin` says what generated it (the repository's COVERAGE.md:
    REPOSITORY_ORIGIN)."""
    rows = operations(cloud)
    done = sum(row.implemented for row in rows)
    operation_rows = [
        [r.service, r.operation, f"`{r.request}`", "yes" if r.implemented else "**no**", r.signature_check,
         r.request_validation, r.state_machine, r.failure_injection]
        for r in rows
    ]  # fmt: skip
    upload = metastudio.UPLOAD
    extra_rows = [
        [f"`{upload.method} {upload.path}`", f"{upload.operation_id}: the data_uploading_url of CreateShortJob "
         "(failure injection: yes)"],
        ["`/_fakecloud/...`", "the control plane: reset, jobs and tasks, their states, faults, calls, coverage"],
    ]  # fmt: skip
    lines = [
        "# What the fake cloud covers",
        "",
        f"Generated from the specs the fake serves and its routes {origin}. A running fake serves the rows",
        "at `GET /_fakecloud/coverage`.",
        "",
        f"## Operations: {done} of {len(rows)} implemented",
        "",
        *_table(OPERATION_COLUMNS, operation_rows),
        "",
        f"Failure injection: every operation, by operationId (Tencent: action), through `FakeCloud().faults`, "
        f"`POST /_fakecloud/faults` or the `{HEADER}` request header.",
        "",
        "## Routes beyond the specs",
        "",
        *_table(["route", "what"], extra_rows),
        "",
        "## The fake's own assumptions",
        "",
        "Rules no vendor page documents, decided by the fake (paths relative to the `fakecloud` package).",
        "",
        *_table(
            ["topic", "what the fake does", "decided in"], [[a.topic, a.behaviour, a.decided_in] for a in ASSUMPTIONS]
        ),
        "",
        "## Limits",
        "",
        *_table(["limit", "value", "source"], [[limit.what, limit.value, limit.source] for limit in LIMITS]),
        "",
    ]
    return "\n".join(lines)
