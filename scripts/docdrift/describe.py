"""What a field's description states beyond its type: enumerated values, value range, lengths, default,
nullability — in the ways vendor pages (and the SDKs' docstrings) write them:

• CREATING: The task is being created.              value: meaning, one a line (bullets or not)
block:包含敏感信息,不通过                              Chinese pages, full- or half-width colon
FEMALE: 女性 | MALE: 男性      语言。 * CN: 中文 * EN: 英文      inline, " | " or " * " separated
Valid values: AUDIO (audio on demand), LIVE_AUDIO (audio live streaming).      a list after an intro
取值：**FINISH**（任务已完成）、**PENDING** （任务等待中）      bold values, 、-separated
Returned values: Normal: normal; Porn: pornographic; ...
Value range: 0~2147483647      取值范围: 1~100      最小长度:2 最大长度:64      长度不超过64个字符
Default value: CN      默认取值: FEMALE      默认值为AUDIO      默认0      此字段可能返回 null
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.documented import DocField

_VALUE = r"[A-Za-z0-9][A-Za-z0-9_\-.]*"
_LINE_VALUE = re.compile(rf"^\s*(?:[•·*\-]\s*)?(?P<value>{_VALUE})\s*[:：]\s*(?P<meaning>\S.*)?$")
_INTRO = re.compile(
    r"(?:(?<![\w-])(?<!default )(?:Valid values?|Returned values?|Possible values?|Enumerated values?|Values?|Options?)"
    r"|(?<!默认)(?:取值(?!范围)(?:为|含|如下|有)?|返回值(?:为|如下)?|可选值(?:为|如下|有)?|可取值(?:为|有|如下)?"
    r"|枚举值(?:为|如下)?))\s*(?:包括|如下)?\s*[:：]|(?:可选值|取值|返回值)为(?=\s*\*{0,2}[A-Za-z0-9])",
    re.IGNORECASE,
)
_STOPWORDS = {
    "note", "notes", "example", "examples", "value", "values", "range", "format", "type", "description", "see",
    "sources", "source", "title", "request", "response", "input", "output", "returned", "valid", "warning",
    "caution", "tip", "e.g", "i.e", "mandatory", "remarks", "unit", "host", "content-type",
    "authorization", "minimum", "maximum", "length", "step", "steps", "http", "https",
}  # fmt: skip
_HTTP_HEADER = re.compile(r"^(?:X-[\w-]+|Host|Content-Type|Authorization)$", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_MARKUP = re.compile(r"\*\*|</?(?:strong|b|em|code|p|li|ul|br\s*/?)>|`")
_SEPARATORS = re.compile(rf"\s*(?:[,，、;；]|\band\b|\bor\b|和|及|或)\s*|\s+(?={_VALUE}\s*[:：])")
_CHAINED = re.compile(rf"(?<=\s)({_VALUE})\s*[:：](?=[^\s/])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBER = r"-?\d+(?:\.\d+)?"
_RANGE = re.compile(
    rf"(?:Value range|Valid range|Range|取值范围|范围)\s*(?:is|为)?\s*[:：]?\s*(?P<low>{_NUMBER})\s*"
    rf"(?:~|～|-|–|—|to|至)\s*(?P<high>{_NUMBER})",
    re.IGNORECASE,
)
_MIN_LENGTH = re.compile(r"(?:最小长度|Minimum length)\s*[:：]?\s*(\d+)", re.IGNORECASE)
_MAX_LENGTH = re.compile(
    r"(?:最大长度|Maximum length)\s*[:：]?\s*(\d+)|长度不超过\s*(\d+)|不超过\s*(\d+)\s*个?字符"
    r"|(?:at most|up to|no more than|cannot exceed|a maximum of)\s+(\d+)\s+characters",
    re.IGNORECASE,
)
_LENGTH_RANGE = re.compile(
    r"(?:长度为|length(?: of)?|contain)\s*(\d+)\s*(?:-|–|~|～|to)\s*(\d+)\s*(?:个字符|characters)", re.IGNORECASE
)
_DEFAULT = re.compile(
    r"(?:(?:Default value|Defaults? to|Default is)(?![A-Za-z])|默认取值|默认值(?:为|是)?|默认为|默认(?=\s*-?\d))"
    r"\s*[:：]?\s*"
    r"[\"'“]?(?P<value>[A-Za-z0-9_.\-]+)(?![A-Za-z0-9_.\-]|[\u3400-\u9fff])",
    re.IGNORECASE,
)
_NOT_A_DEFAULT = {"the", "a", "an", "empty", "none", "not", "no", "is", "to", "be", "value", "values"}
_NULLABLE = re.compile(r"可能返回\s*null|may return null|can be null|可能为\s*null", re.IGNORECASE)


@dataclass(frozen=True)
class Described:
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    default: str | None = None
    nullable: bool | None = None


def describe(description: str) -> Described:
    """What the description states; every property it does not state is None (or empty)."""
    text = re.sub(r"</?p>|<br\s*/?>|</li>", "\n", description)
    plain = _MARKUP.sub("", text)
    low, high = _range(plain)
    min_length, max_length = _lengths(plain)
    return Described(
        enum=enum_values(text),
        minimum=low,
        maximum=high,
        min_length=min_length,
        max_length=max_length,
        default=_default(plain),
        nullable=True if _NULLABLE.search(plain) else None,
    )


def read_description(row: DocField) -> DocField:
    """Fill in what the row's description states; what the source states otherwise (an SDK's enum class,
    tccli's value_allowed_null) is kept. Enum values only for scalars and arrays of scalars."""
    described = describe(row.description)
    if row.scalar and not row.enum:
        row.enum = described.enum
    for attribute in ("minimum", "maximum", "min_length", "max_length", "default", "nullable"):
        if getattr(row, attribute) is None:
            setattr(row, attribute, getattr(described, attribute))
    return row


def enum_values(description: str) -> tuple[str, ...]:
    """Values the description enumerates, in order, without duplicates; empty if it enumerates none."""
    text = _MARKUP.sub("", re.sub(r"</?p>|<br\s*/?>|</li>", "\n", description))
    found: list[str] = []
    if re.search(r"\btruncated\b|（截断）", text, re.I):
        return ()  # a list cut short on the page: its values cannot be compared
    for line in text.splitlines():
        if re.match(r"^\s*[(（].*[)）]\s*$", line):
            continue  # a remark in parentheses ("(older pages also had ...)"), not the field's values
        parts = re.split(rf" \| |(?:\s[*\-]\s|•|。\s*)(?={_VALUE}\s*[:：])", line)
        for number, part in enumerate(parts):
            found += _line_value(part, inline=len(parts) > 1 and number == 0)
    for intro in _INTRO.finditer(text):
        found += _listed(text[intro.end() :])
    return tuple(dict.fromkeys(v for v in found if not _HTTP_HEADER.match(v)))


def _line_value(part: str, *, inline: bool) -> list[str]:
    """`value: meaning` at the start of a part; in the first part of an inline list also after the text
    that introduces it ("任务标签。 ECOMMERCE: 电商 | NEWS: 新闻", "语音性别 FEMALE: 女性 | MALE: 男性")."""
    candidates = [part]
    if inline and (found := re.search(rf"(?:^|[\s。，,])(?={_VALUE}\s*[:：])", part)):
        candidates.append(part[found.end() :])
    elif found := re.search(rf"(?:。|\.\s)\s*(?={_VALUE}\s*[:：])", part):
        candidates.append(part[found.end() :])  # after the sentence that introduces it: "Task tag. NEWS: news"
    for candidate in candidates:
        match = _LINE_VALUE.match(candidate)
        if match and match["meaning"] is not None and not match["meaning"].startswith("//"):
            if match["value"].lower() in _STOPWORDS:
                return []
            # A list squashed onto one line ("block：不通过 pass：通过 review：需要人工复检") goes on in the meaning.
            chained = [m.group(1) for m in _CHAINED.finditer(match["meaning"]) if m.group(1).lower() not in _STOPWORDS]
            return [match["value"], *chained]
    return []


def _listed(tail: str) -> list[str]:
    """The values of an inline list after an intro, up to the end of its sentence; the list ends at the
    first item that is not a value (or not of the first item's form, `value` or `value: meaning`)."""
    sentence = tail.split("\n")[0] if tail.strip() and not tail.startswith("\n") else ""
    while _PARENS.search(sentence):
        sentence = _PARENS.sub(" ", sentence)
    sentence = re.split(r"\.(?:\s|$)|。", sentence)[0]
    values: list[str] = []
    form: str | None = None
    for item in _SEPARATORS.split(sentence):
        item = item.strip().strip("\"'“”")
        if not item:
            continue
        match = re.match(rf"^(?P<value>{_VALUE})\s*(?P<colon>[:：=].*)?(?P<rest>.*)$", item)
        if match is None:
            break
        rest = match["rest"].strip()
        this_form = "meaning" if match["colon"] else "bare"
        if (rest and not _CJK.match(rest)) or (form is not None and this_form != form):
            break
        if match["value"].lower() in _STOPWORDS:
            break
        form = this_form
        values.append(match["value"].rstrip("."))
        if rest:  # a value followed by prose ("AUDIO_AIGC三种"): the list ends here
            break
    return values


def _range(text: str) -> tuple[float | None, float | None]:
    stripped = _PARENS.sub("", text)
    match = _RANGE.search(stripped)
    if match is None:
        return None, None
    return float(match["low"]), float(match["high"])


def _lengths(text: str) -> tuple[int | None, int | None]:
    minimum = int(m.group(1)) if (m := _MIN_LENGTH.search(text)) else None
    maximum = None
    if m := _MAX_LENGTH.search(text):
        maximum = int(next(g for g in m.groups() if g))
    if m := _LENGTH_RANGE.search(text):
        minimum, maximum = int(m.group(1)), int(m.group(2))
    return minimum, maximum


def _default(text: str) -> str | None:
    stripped = _PARENS.sub("", text)
    for match in _DEFAULT.finditer(stripped):
        value = match["value"].rstrip(".")
        if value and value.lower() not in _NOT_A_DEFAULT:
            return value
    return None
