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

from .ams.rules import MAX_SECONDS as AMS_MAX_SECONDS
from .ams.rules import MAX_SEGMENTS as AMS_MAX_SEGMENTS
from .ams.state import MAX_PAGE
from .calls import MAX_CALLS
from .control import MAX_BODY_BYTES
from .faults.rules import HEADER, MAX_DELAY
from .huawei.service import NOT_IMPLEMENTED
from .limits import (
    HUAWEI_MAX_BODY,
    MAX_ARRAY_ITEMS,
    MAX_HEAD,
    MAX_HEADER_LINE,
    MAX_HEADERS,
    MAX_INTEGER_DIGITS,
    MAX_JSON_DEPTH,
    MAX_OBJECT_MEMBERS,
    MAX_STRING_CHARS,
    MAX_URI,
    OFFLOAD_BYTES,
    TENCENT_MAX_BODY,
)
from .metastudio import routes as metastudio
from .metastudio import training_routes
from .metastudio.assess import (
    MAX_ENTRIES,
    MAX_FRAMES,
    MAX_INFLATED,
    MAX_LEVELS,
    MAX_SECONDS,
    MAX_TRANSCRIPT,
    READ_FRAMES,
)
from .metastudio.obs import MAX_UPLOAD_BYTES
from .metastudio.state import MAX_HELD_BYTES
from .metastudio.training_review import SILENCE_DBFS
from .metastudio.training_state import MAX_REJECTIONS, MAX_TASK_BYTES
from .moderation.callbacks import ATTEMPTS, MAX_SENDERS, RETRY_DELAY, TIMEOUT
from .moderation.rules import MAX_DETAILS
from .openapi import MAX_ISSUES, MAX_SHOWN
from .server import REQUEST_SECONDS

if TYPE_CHECKING:
    from .app import FakeCloud

HUAWEI_SIGNATURE = "AK/SK (SDK-HMAC-SHA256 or -SM3) or IAM token; 401 APIG.0301"
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
    """A rule no vendor page documents: what the fake does, why, and the module that decides it."""

    topic: str
    behaviour: str
    reason: str
    decided_in: str


@dataclass(frozen=True)
class Limit:
    what: str
    value: str
    source: str


ASSUMPTIONS = (
    # gateways and HTTP
    Assumption("X-Project-Id differing from the project in the path",
               "400 MSS.00010009 \"urlTenantId is not equal tokenTenantId\" / AIS.0004 \"The request is "
               "unauthorized.\"", "the error tables list these codes for a token or tenant that does not match; "
               "which check raises them is undocumented", "huawei/service.py, */routes.py"),
    Assumption("Huawei temporary AK/SK", "without a configured security_token (FAKE_SECURITY_TOKEN, "
               "--security-token) the AK/SK are permanent and X-Security-Token is not checked; with one, every "
               "AK/SK-signed request must carry that X-Security-Token (else 401 APIG.0301 \"verify security token "
               "fail\", after the signature)", "temporary AK/SK come with a security token the gateway checks; the "
               "fake issues none, and the gateway's message for a wrong one is undocumented",
               "huawei/gateway.py, settings.py"),
    Assumption("Huawei credentials", "AK/SK when an Authorization header is present (an X-Auth-Token beside it "
               "is ignored), else the one configured IAM token string; AK/SK signed SDK-HMAC-SHA256 or "
               "SDK-HMAC-SM3 (the SDKs' ECDSA and SM2 signing and derived V11-HMAC-SHA256 keys: 401 APIG.0301)",
               "the fake cannot validate real IAM tokens; AK/SK with an HMAC is what the SDKs send unless told "
               "otherwise", "huawei/gateway.py"),
    Assumption("a method a Huawei path does not define", "405 APIG.0101 with an Allow header", "HTTP's answer, "
               "which HTTP tooling (schemathesis' unsupported-method check) expects; APIG's table documents 404 "
               "APIG.0101 \"The API request method does not exist\"", "huawei/service.py"),
    Assumption("members of a Huawei body the spec does not declare", "accepted and dropped: never stored nor "
               "answered back (request_params echoes only declared members)", "a typed backend deserialising into "
               "its models ignores unknown members; the pages do not say", "huawei/service.py"),
    Assumption("parameters a Tencent action does not define", "UnknownParameter \"The parameter `Filter.Foo` is "
               "not recognized.\", naming the first in document order (dotted, 0-based array indices), checked "
               "before missing or invalid values", "the code and message are Tencent's; the place notation and the "
               "order of checks are not documented", "tencent/service.py"),
    Assumption("Tencent validation codes", "a missing required value → MissingParameter, a wrong JSON type → "
               "InvalidParameter, any other rule (enum, range, length, pattern, format) → InvalidParameterValue",
               "the common error table defines the codes, not which rule raises which", "tencent/service.py"),
    Assumption("Tencent requests other than POST", "UnsupportedProtocol envelope", "API 3.0 also takes GET with "
               "the parameters in the query; the fake serves the POST + JSON form its clients and the SDKs use",
               "tencent/service.py"),
    Assumption("a query string on Tencent's POST /", "ignored: not signed (the page: the canonical query string "
               "of a POST is empty) and not read as parameters", "the page says how it is signed, not whether it "
               "is read", "tencent/gateway.py, tencent/service.py"),
    Assumption("an empty Tencent body; X-TC-Timestamp missing or not a number", "read as {}; MissingParameter / "
               "InvalidParameter", "undocumented; the same codes as for any other common parameter",
               "tencent/service.py, tencent/gateway.py"),
    Assumption("which Tencent product a request calls", "the Host's first label if it names a product, else the "
               "service of the credential scope, else the only product served", "one fake serves every product "
               "on one host", "tencent/service.py"),
    Assumption("Tencent temporary credentials", "without a configured tc_token (FAKE_TC_TOKEN, --tc-token) the "
               "key pair is permanent: X-TC-Token is checked only as part of the signature when signed; with one, "
               "every request must carry that X-TC-Token (else AuthFailure.TokenFailure \"Token error.\", "
               "checked after the signature)", "the common parameters page: permanent keys need no token, "
               "temporary ones need theirs; the fake issues no STS credentials, and what the service does with a "
               "token beside a permanent key is undocumented", "tencent/gateway.py, settings.py"),
    Assumption("JSON bodies", "UTF-8 only (no byte-order mark, no UTF-16/32); NaN, Infinity and numbers beyond "
               "a double (1e999, an integer of 310 digits) refused; a lone surrogate (\\udcff) refused; the last "
               "of duplicate members wins; 1.0 is not an integer; answered with the service's bad-JSON code "
               "(MSS.10000002, AIS.0014, InvalidParameter)", "RFC 8259 JSON as Jackson and Go read it; what "
               "cannot be stored and answered back as UTF-8 JSON is refused at once instead of failing every later "
               "read",
               "jsonbody.py, openapi.py"),
    Assumption("sizes beyond the limits below", "Huawei: 413 / 414 / 494 APIG.0201 (\"Request entity too large.\", "
               "\"Request URI too large.\", \"Request headers too large.\"); Tencent: a RequestSizeLimitExceeded "
               "envelope, also for the URI and headers and for a JSON value beyond the body limits",
               "APIG documents its codes; Tencent documents the body size and the code, not the rest", "limits.py"),
    Assumption("an invalid or repeated Host header", "400 APIG.0201 \"Bad request.\"; Tencent: an "
               "InvalidParameter envelope", "RFC 9112 §3.2 requires a 400; the vendors' bodies for it are "
               "undocumented", "limits.py"),
    Assumption("a request with both Content-Length and Transfer-Encoding", "400 APIG.0201 \"Bad request.\"; "
               "Tencent: an InvalidParameter envelope; then the connection is closed", "RFC 9112 §6.1 lets a "
               "server refuse it and requires closing; nginx, which gateways run on, refuses it since 1.21.1",
               "limits.py"),
    Assumption("a request that does not arrive in time (served fake)", f"{REQUEST_SECONDS:g} s from its first "
               "byte (or from the connection's opening) for its head and body: then 408 APIG.0201 \"Request "
               "timeout.\" in the API Gateway's JSON and the connection closed (nothing sent: closed quietly)",
               "nginx's client header and body timeouts (60 s); APIG's value and body are undocumented",
               "server.py"),
    Assumption("a number in a header, token or parameter beyond what int() reads", f"more than "
               f"{MAX_INTEGER_DIGITS:,} digits: not a number (X-TC-Timestamp: InvalidParameter; a PageToken: an "
               "empty page; a path or query integer: the validation error; X-Fakecloud-Fault: InvalidFault)",
               "Python's int() refuses longer digit strings; no vendor reads such a number either", "limits.py"),
    Assumption("a percent-encoded / in a path (..%2Fx)", "part of the one path parameter it is in (the job "
               "../x), never a path separator: operations are matched, and calls logged, on the path as received",
               "the client encodes / in a parameter so that it stays one; the gateway's decoding is undocumented",
               "huawei/service.py, faults/middleware.py"),
    Assumption("a path with a trailing slash (or an empty last segment)", "404 APIG.0101, never a redirect",
               "APIG matches paths exactly; a 307 to another path is the web framework's habit, not the gateway's",
               "app.py"),
    Assumption("validation messages", f"show a value cut to about {MAX_SHOWN} characters and the first "
               f"{MAX_ISSUES} problems", "an error never echoes a 10 MB body back; the vendors' messages name "
               "the parameter, not its whole value", "openapi.py"),
    Assumption("bytes the HTTP server cannot read as a request (served fake)", "400 APIG.0201 (494 for a head "
               "beyond the server's buffer) in the API Gateway's JSON, then the connection is closed", "the vendor "
               "cannot be told from bytes that are not HTTP; the framing is lost", "server.py"),
    Assumption("operation of a spec the fake does not implement",
               f"Huawei: HTTP 501 {NOT_IMPLEMENTED}; Tencent: UnsupportedOperation envelope, both saying "
               "\"not implemented by the fake\"", "a spec can grow before the fake does",
               "huawei/service.py, tencent/service.py"),
    # failure injection
    Assumption("injected HTTP 500 / 503 on a Huawei service",
               "the service's internal error code (MSS.00000004, AIS.0003) with that status",
               "the error tables give these codes for internal errors", "faults/answers.py"),
    Assumption("injected HTTP 502 / 504 on a Huawei service",
               "APIG.0201 \"Backend unavailable.\" / \"Backend timeout.\"", "the API Gateway's error table",
               "faults/answers.py"),
    Assumption("injected HTTP status alone on a Tencent action",
               "that status with a plain-text body", "as a proxy in front of the endpoint would answer (the API "
               "answers its own errors with HTTP 200 envelopes)", "faults/answers.py"),
    Assumption("injected errors on the MetaStudio upload URLs (UploadShortJobData, UploadTrainingJobData, ...)",
               "MetaStudio's JSON error bodies, not the XML an OBS pre-signed URL would answer",
               "one error shape per service keeps the fault API simple", "faults/middleware.py"),
    Assumption("where faults act", "before the gateway: an injected error or broken connection is answered "
               "whatever the signature", "as a load balancer or throttling gateway in front of the service",
               "faults/middleware.py"),
    Assumption("truncating an answer without a body (CommitShortJob, UploadShortJobData)", "the service acts, then "
               "the connection is closed before the status line (the client sees it dropped), logged without a "
               "status and counted as a hit", "a body-less answer has no half to send; closing after the service "
               "acted lets a test play \"carried out, answer lost\"", "faults/middleware.py"),
    Assumption("whose an injected error code is", "told by its shape: Huawei SERVICE.NUMBER (APIG.0308), Tencent "
               "CamelCase words (RequestLimitExceeded); refused on another vendor's operation or service; without "
               "either it hits only its vendor's services", "no vendor answers another's codes; the shapes are "
               "the error tables'", "faults/rules.py"),
    Assumption("Tencent error messages in zh-CN (X-TC-Language's default)", "the common error table's Chinese "
               "description of the code (or of its family), then the fake's English detail in parentheses where it "
               "says more; codes of no documented family keep the English message", "the table documents each "
               "code's description in both languages, not the endpoint's detailed Chinese messages",
               "tencent/language.py"),
    # services
    Assumption("MetaStudio upload URLs", "stand in for OBS pre-signed URLs: PUT only, the documented "
               "Content-Type (application/zip; audio/wav and text/plain per sentence), a token in the query instead "
               "of a signature, OBS-style XML errors", "the fake does not serve OBS", "metastudio/obs.py"),
    Assumption("MetaStudio jobs", "an unknown job (or another project's) → 400 MSS.10001002; a second commit → "
               "400 MSS.00000003; the upload is assessed by fixed rules on the audio", "the codes are the error "
               "table's; which condition raises which, and the assessment, are the fake's",
               "metastudio/routes.py, metastudio/assess.py"),
    Assumption("MetaStudio voice-training review", "derived from the uploaded data: the edition's structure "
               "(BASIC 0.wav…19.wav with 0.txt…19.txt, MIDDLE …99, the others one long .wav); a missing, empty, "
               "unreadable or silent file, or one the edition does not take, is a per-file error (MSS.10001004, "
               f"MSS.10001003, FAKE.*; silent: peak below {SILENCE_DBFS:g} dBFS); no signal-quality judgement",
               "the pages document the data's structure, not the review or its codes",
               "metastudio/training_review.py"),
    Assumption("MetaStudio voice-training states", "commit → SYSTEM_AUDITING → AUDIT_FAILED, or → AUDITING (the "
               "administrator approves) → [WAITING_SPLIT → SPLITTING → ANNOTATING for one long recording] → "
               "WAITING → PROCESSING → SUCCEED with an asset_id; RESULT_REVIEW, USER_RESULT_REVIEW, UPLOADING, "
               "FAILED, SPLIT_FAILED, USER_REVIEW_REJECT and an administrator's rejection only through the control "
               "plane", "the pages list the states, not the path through them", "metastudio/training_state.py"),
    Assumption("MetaStudio voice-training resubmission", "ShowJobUploadingAddress issues new URLs (the old ones "
               "answer 403); a commit with no data uploaded since creation or the failed review: 400 MSS.10001004; "
               "a commit in another state: 400 MSS.00000003; no create_type means PACKAGE", "the spec's decisions "
               "(the pages say what a commit starts, not what refuses one)", "metastudio/training_state.py"),
    Assumption("DeleteVoiceTrainingJob", "refused (400 MSS.00000003) while SYSTEM_AUDITING, AUDITING, "
               "WAITING_SPLIT, SPLITTING, ANNOTATING, WAITING or PROCESSING; done in every other state",
               "the spec's decision, after the avatar training tasks' delete page", "metastudio/training_state.py"),
    Assumption("ListVoiceTrainingJob", "time filters RFC 3339 (no offset: UTC), bounds inclusive; voice_name, tag, "
               "batch_name exact; with X-App-UserId only that user's tasks; ties sorted by creation order; a list "
               "does not count as a poll", "the page gives the filters' types, not their formats or matching",
               "metastudio/training_routes.py, metastudio/training_state.py"),
    Assumption("SEGMENT tasks (BASIC and MIDDLE only)", "one audio/wav and one text/plain URL per sentence; "
               "ConfirmTrainingSegment in order (a later sentence: 400 MSS.00000003; one not uploaded: 400 "
               "MSS.10001004); an empty, silent or unreadable recording: confirm_result false, every index of its "
               "text unmatched; a new upload undoes its confirmation; the review also rejects unconfirmed sentences "
               "(FAKE.UNCONFIRMED)", "the pages say sentences are confirmed one after another, not how a match is "
               "judged", "metastudio/training_state.py"),
    Assumption("Content Moderation verdicts and checks", "derived from the audio URL's text; biz_type or both "
               "event_type and categories (else AIS.0011)", "the audio is never fetched; the rule of which "
               "parameters are needed is read from the create page", "moderation/rules.py, moderation/routes.py"),
    Assumption("media URLs that are not URLs, or cannot be downloaded", "not an absolute http(s) URL with a "
               "valid host and port (\"not a url\", ftp://, file://, whitespace, a bad IPv6 host or port; AMS "
               "LIVE_AUDIO also rtmp): Content Moderation data.url → 400 AIS.0022 \"The URL is invalid.\"; AMS "
               "Tasks[].Input.Url → that task's TaskResult Code InvalidParameterValue, no TaskId (CallbackUrl is "
               "not checked: the fake never calls AMS callbacks). A well-formed URL with a host ending in .invalid "
               "or the word unreachable: created, then the job ends failed / the task ERROR with ErrorType URL_ERROR",
               "the codes and statuses are the pages' (AIS.0022 \"check the URL's format\"; status failed; "
               "ErrorType URL_ERROR \"the url is request is 404\"); which failures are caught at creation is "
               "not documented", "urls.py, moderation/routes.py, ams/rules.py"),
    Assumption("Content Moderation callbacks", f"POSTed only to 127.0.0.1/localhost, {ATTEMPTS} attempts "
               f"{RETRY_DELAY:g} s apart, {TIMEOUT:g} s timeout each, {MAX_SENDERS} deliveries at once (the "
               "rest queued); a URL urllib and httpx read differently, or one under /_fakecloud, is refused (400 "
               "AIS.0022)", "the fake never calls out of the machine, nor "
               "into its own control plane (a callback to /_fakecloud/reset would wipe every test's state); the "
               "page says results are \"sent again several times\"", "moderation/callbacks.py"),
    Assumption("AMS verdicts and errors", "judged from the media's name; an unknown TaskId → ResourceNotFound; "
               "cancelling an ended task → FailedOperation; a PageToken the fake did not issue → an empty page",
               "the codes are the action pages'; which condition raises which, and the verdicts, are the fake's",
               "ams/rules.py, ams/routes.py, ams/state.py"),
)  # fmt: skip

LIMITS = (
    Limit("request body", f"Huawei {HUAWEI_MAX_BODY >> 20} MiB, Tencent {TENCENT_MAX_BODY >> 20} MiB",
          "APIG error-code table (12 MB); Tencent request-structure page (POST v3: 10 MB)"),
    Limit("path and query", f"{MAX_URI >> 10} KiB", "APIG error-code table (32 KB); Tencent: assumption"),
    Limit("request headers", f"{MAX_HEADER_LINE >> 10} KiB per header, {MAX_HEADERS >> 10} KiB in all",
          "APIG error-code table (32 KB / 128 KB); Tencent: assumption"),
    Limit("request head the server buffers", f"{MAX_HEAD >> 10} KiB (beyond: 494 APIG.0201, connection closed)",
          "assumption, server.py"),
    Limit("JSON nesting", f"{MAX_JSON_DEPTH} levels (deeper: the bad-JSON error)", "assumption, jsonbody.py"),
    Limit("JSON arrays, objects, strings", f"{MAX_ARRAY_ITEMS:,} items, {MAX_OBJECT_MEMBERS:,} members, "
          f"{MAX_STRING_CHARS:,} characters (beyond: as a body too large)", "assumption, jsonbody.py"),
    Limit("bodies checked off the event loop", f"above {OFFLOAD_BYTES >> 10} KiB: signature, JSON and validation "
          "in a worker thread", "limits.py"),
    Limit("MetaStudio upload size", f"{MAX_UPLOAD_BYTES >> 20} MiB (larger: 400 EntityTooLarge)",
          "assumption, metastudio/obs.py"),
    Limit("MetaStudio uploads held", f"{MAX_HELD_BYTES >> 20} MiB over every job, counted as they arrive, until "
          "committed (then dropped) or reset (beyond: 400 EntityTooLarge); a voice-training task's uploads until "
          "the task is deleted", "assumption, metastudio/state.py"),
    Limit("MetaStudio assessment", f"the first {MAX_SECONDS:g} s of each .wav, {MAX_FRAMES:,} frames, "
          f"{MAX_LEVELS:,} measured 20 ms frames and {MAX_INFLATED >> 20} MiB decompressed per upload, decoded "
          f"{READ_FRAMES:,} frames at a time, {MAX_ENTRIES:,} files per zip, {MAX_TRANSCRIPT >> 10} "
          "KiB per transcript", "assumption, metastudio/assess.py"),
    Limit("MetaStudio voice-training review", f"the same per upload: {MAX_INFLATED >> 20} MiB decompressed, "
          f"{MAX_ENTRIES:,} files per zip, {MAX_TRANSCRIPT >> 10} KiB per transcript read (beyond: per-file errors)",
          "assumption, metastudio/training_review.py"),
    Limit("MetaStudio voice-training uploads kept", f"{MAX_TASK_BYTES >> 20} MiB per task in all (zip or sentences, "
          f"and the letter), {MAX_TRANSCRIPT >> 10} KiB per sentence's text (beyond: 400 EntityTooLarge)",
          "assumption, metastudio/training_state.py"),
    Limit("failed reviews of a voice-training task", f"{MAX_REJECTIONS} (reject_times' documented range 1~10); "
          "then a commit answers 400 MSS.00000003", "metastudio/training_state.py"),
    Limit("Content Moderation result", f"at most {MAX_DETAILS} details (an hour of 10-second slots), "
          f"{MAX_DETAILS} segments in the query's detail", "assumption, moderation/rules.py"),
    Limit("AMS audio", f"{AMS_MAX_SECONDS:,} s ({AMS_MAX_SEGMENTS} segments of 15 s) per task",
          "assumption, ams/rules.py"),
    Limit("AMS DescribeTasks page", f"at most {MAX_PAGE} tasks, whatever Limit (PageToken continues)",
          "assumption (no maximum documented), ams/state.py"),
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
    what = {"UploadTrainingJobData": "training_data_uploading_url (PACKAGE)",
            "UploadTrainingSentence": "segment_uploading_url's audio and text URLs (SEGMENT)",
            "UploadAuthorizationLetter": "authorization_letter_uploading_url",
            "ReadAuthorizationLetter": "voice_authorization_url"}  # fmt: skip
    extra_rows = [
        [f"`{upload.method} {upload.path}`", f"{upload.operation_id}: the data_uploading_url of CreateShortJob "
         "(failure injection: yes)"],
        *([f"`{url.method} {url.path}`", f"{url.operation_id}: the {what[url.operation_id]} of a training task "
           "(failure injection: yes)"] for url in training_routes.URLS),
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
        "Rules no vendor page documents (or where the fake departs from one), decided by the fake, with the reason "
        "(paths relative to the `fakecloud` package).",
        "",
        *_table(
            ["topic", "what the fake does", "why", "decided in"],
            [[a.topic, a.behaviour, a.reason, a.decided_in] for a in ASSUMPTIONS],
        ),
        "",
        "## Limits",
        "",
        *_table(["limit", "value", "source"], [[limit.what, limit.value, limit.source] for limit in LIMITS]),
        "",
    ]
    return "\n".join(lines)
