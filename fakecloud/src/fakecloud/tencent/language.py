"""The language of Tencent Cloud API 3.0 error messages: `X-TC-Language: zh-CN` (the default) or `en-US`.

COMMON_ERRORS holds the common error table's description of every code the fake answers, in English (seed
page 003's error table, the English "Error Codes" pages, e.g. https://www.tencentcloud.com/document/api/1036/38589)
and Chinese (the "公共错误码" table, e.g. https://cloud.tencent.com/document/product/1778/111040, and the
Tencent SDK's ams/v20201229/errorcodes.py comments). In en-US an error carries the fake's own message; in
zh-CN the table's Chinese description of its code (or of its family: FailedOperation.X → FailedOperation),
followed, where the fake's message says more than the English description (which parameter, which header),
by that message in parentheses: the endpoint's detailed Chinese wording is not documented (an assumption,
listed in the coverage table), and neither is its answer to another language (the default is used).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("zh-CN", "en-US")
DEFAULT_LANGUAGE = "zh-CN"
SIGNATURE_FAILURE = "The provided credentials could not be validated. Please check your signature is correct."


@dataclass(frozen=True)
class Description:
    """A code's description in the common error table, in English and in Chinese."""

    en: str
    zh: str


COMMON_ERRORS = {
    "AuthFailure.InvalidAuthorization": Description(
        "Authorization in the request header is invalid.", "请求头部的 Authorization 不符合腾讯云标准。"
    ),
    "AuthFailure.SecretIdNotFound": Description(
        "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the "
        "key is correctly entered. Note that whitespaces should not exist before or after the key.",
        "密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
    ),
    "AuthFailure.SignatureExpire": Description(
        "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your "
        "current local time matches the standard time.",
        "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
    ),
    "AuthFailure.SignatureFailure": Description(
        SIGNATURE_FAILURE,  # what the endpoint says (the pages' example), for the table's "Invalid signature. ..."
        "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。",
    ),
    "AuthFailure.TokenFailure": Description("Token error.", "token 错误。"),
    "FailedOperation": Description("The operation failed.", "操作失败。"),
    "InternalError": Description("An internal error occurred.", "内部错误。"),
    "InvalidAction": Description("The API does not exist.", "接口不存在。"),
    "InvalidParameter": Description("The parameter is incorrect.", "参数错误（包括参数格式、类型等错误）。"),
    "InvalidParameterValue": Description("The parameter value is incorrect.", "参数取值错误。"),
    "LimitExceeded": Description("The quota limit is exceeded.", "超过配额限制。"),
    "MissingParameter": Description("The parameter is missing.", "缺少参数错误。"),
    "NoSuchVersion": Description("The API version does not exist.", "接口版本不存在。"),
    "RequestLimitExceeded": Description(
        "The number of requests exceeds the frequency limit.", "请求的次数超过了频率限制。"
    ),
    "ResourceNotFound": Description("The resource does not exist.", "资源不存在。"),
    "ResourceUnavailable": Description("The resource is unavailable.", "资源不可用。"),
    "UnknownParameter": Description("The parameter is unknown.", "未知参数错误。"),
    "UnsupportedOperation": Description("The operation is not supported.", "操作不支持。"),
    "UnsupportedProtocol": Description(
        "HTTP(S) request protocol error; only GET and POST requests are supported.",
        "HTTP(S) 请求协议错误，只支持 GET 和 POST 请求。",
    ),
}


def language_of(headers: Mapping[str, str]) -> str:
    """The language a request asks for in X-TC-Language (`headers` with lower-case names); the default when
    it asks for none of LANGUAGES."""
    asked = headers.get("x-tc-language", "").strip().lower()
    return next((language for language in LANGUAGES if language.lower() == asked), DEFAULT_LANGUAGE)


def message_in(language: str, code: str, message: str) -> str:
    """The message of an error `code` in `language` (module docstring); a code of no documented family keeps
    `message`."""
    if language == "en-US":
        return message
    described = COMMON_ERRORS.get(code) or COMMON_ERRORS.get(code.split(".")[0])
    if described is None:
        return message
    return described.zh if message == described.en else f"{described.zh}（{message}）"
