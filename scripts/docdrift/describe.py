"""What a field's description states beyond its type: enumerated values, value range, lengths, default,
nullability — in the ways vendor pages (and the SDKs' docstrings) write them.

Enumerated values are read by where the notation puts them, not by what they are called (a value may be
HTTP, NOTE or TYPE):

• CREATING: The task is being created.       a list item: a bullet (•, ●, -, *) or a number (1.), then
- CN                                          `value: meaning`, `value (meaning)`, `value - meaning` or
1. VOICE_ASSESS: voice quality assessment    the value alone; bullets squashed onto one line too
block:包含敏感信息,不通过                       `value: meaning` lines (full- or half-width colon)
FEMALE: 女性 | MALE: 男性      语言。 * CN: 中文 * EN: 英文      inline, " | " or " * " separated
Valid values: AUDIO (audio on demand), LIVE_AUDIO (audio live streaming).      a list after an intro
Enumeration values:\\nCN\\nEN      风险类型如下:\\n  [en page]:  porn, ad, moan      the lines after an intro
The value can be VOICE_ASSESS or VOICE_CLONE.      取值：**FINISH**（任务已完成）、**PENDING** （任务等待中）
排序字段,当前支持:ceate_time/update_time      Returned values: Normal: normal; Porn: pornographic; ...
任务标签。 (ECOMMERCE | NEWS | STORYTELLING)      (PACKAGE | SEGMENT — enum per create pages)      a list in parentheses
排序规则:desc(降序)/asc(升序)      desc (descending) | asc (ascending)      values glossed in parentheses

A `label: ...` line outside a list ("Note: ...", "Default: CN", "Options: X", "Example value: ...") is
not a value: its label names a property. Ranges, lengths, defaults, nullability:

Value range: 0~2147483647      取值范围: 1~100      [1, 2147483647]      Minimum: 1 Maximum: 100
最小值：1 最大值：100      最小长度:2 最大长度:64      长度不超过64个字符      contains 1 to 256 characters
Length: 1 to 256 characters      Default value: CN      Default: CN      The default value is EN.
默认取值: FEMALE      默认值为AUDIO      默认0      默认值为15秒 (with its unit)      此字段可能返回 null
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.documented import DocField

_VALUE = r"[A-Za-z0-9][A-Za-z0-9_\-.]*"
_MARKER = r"(?:[•·●▪◦*\-–]|\d{1,2}[.)、])"
# A list item: its marker (optional), the value, then its meaning (or nothing).
_ITEM = re.compile(
    rf"^\s*(?P<marker>{_MARKER}\s*)?(?P<value>{_VALUE})"
    rf"(?:\s*[:：]\s*(?P<meaning>\S.*)|\s*[(（](?P<paren>[^)）]*)[)）]\s*\S?.*|\s+[-–—]\s+(?P<dash>\S.*)|\s*)$"
)
_INTRO = re.compile(
    r"(?:(?<![A-Za-z]\s)(?<![\w-])(?:Valid values?|Returned values?|Possible values?|Enumerated values?"
    r"|Enumeration values?|Supported values?|Allowed values?|Currently supported|Values?|Options?"
    r"|The options are(?: as follows)?)"
    r"|(?<!默认)(?<![A-Za-z0-9_])(?:取值(?!范围)(?:为|含|如下|有)?|返回值(?:为|如下)?|可选值(?:为|如下|有)?"
    r"|可取值(?:为|有|如下)?|枚举值(?:为|如下)?|(?:当前)?支持(?:的取值|的值)?(?:为|有)?|如下))\s*(?:包括|如下)?\s*[:：]"
    r"|(?<![A-Za-z0-9_])(?:可选值|取值|返回值)为(?=\s*\*{0,2}[A-Za-z0-9])"
    r"|(?:\bThe value (?:can|must|may) be(?: one of)?|\b(?:can|must) be one of|\bValid values are|\bPossible values are"
    r"|\bThe options are)(?:\s*[:：])?(?=\s*[A-Za-z0-9`*])(?!\s*null\b)",
    re.IGNORECASE,
)
# Words that label a property of the field ("Note: ...", "Default: CN"): outside a list, not a value.
_LABELS = {
    "note", "notes", "example", "examples", "value", "values", "range", "format", "type", "description", "see",
    "sources", "source", "title", "request", "response", "input", "output", "returned", "valid", "warning",
    "caution", "tip", "e.g", "i.e", "mandatory", "remarks", "remark", "unit", "host", "content-type",
    "authorization", "minimum", "maximum", "min", "max", "length", "step", "steps", "default", "options", "option",
    "constraints", "constraint", "enumeration", "enumerations", "url", "uri",
}  # fmt: skip
_HTTP_HEADER = re.compile(r"^(?:X-[\w-]+|Host|Content-Type|Authorization)$", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_MARKUP = re.compile(r"\*\*|</?(?:strong|b|em|code|p|li|ul|br\s*/?)>|`")
_SEPARATORS = re.compile(rf"\s*(?:[,，、;；/]|\band\b|\bor\b|和|及|或)\s*|\s+(?={_VALUE}\s*[:：])")
_CHAINED = re.compile(rf"(?<=\s)({_VALUE})\s*[:：](?=[^\s/])")
_INLINE_SPLIT = re.compile(rf" \| |\s(?=[*\-]\s+{_VALUE}\s*[:：])|\s*[•●▪◦]\s*|。\s*(?={_VALUE}\s*[:：])")
# A list in parentheses after the description: bare values separated by " | ", a remark after a dash.
_PAREN_LIST = re.compile(rf"[(（]\s*(?P<values>{_VALUE}(?:\s*\|\s*{_VALUE})+)\s*(?:(?:[—–]|(?<=\s)-)[^()（）]*)?[)）]")
# Values each glossed in parentheses, separated by "/", "|" or "、", starting the text or after a colon or a
# space (not inside a word: "通过AK(Access Key ID)/SK(Secret Access Key)" is prose).
_GLOSSED = rf"{_VALUE}\s*(?:\([^()]+\)|（[^（）]+）)"
_GLOSSED_ITEM = re.compile(rf"({_VALUE})\s*[(（]")
_GLOSSED_LIST = re.compile(rf"(?:^|(?<=[\s:：]))(?P<list>{_GLOSSED}(?:\s*[/|、]\s*{_GLOSSED})+)")
_TAG = re.compile(r"^\s*(?:\[[^\]]*\]|[(（][^)）]*[)）])\s*[:：]?\s*")  # "[en page 2025-07-02]:" before a list
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBER = r"-?\d+(?:\.\d+)?"
_RANGE = re.compile(
    rf"(?:Value range|Valid range|Range|取值范围|范围)\s*(?:is|为)?\s*[:：]?\s*(?P<low>{_NUMBER})\s*"
    rf"(?:~|～|-|–|—|to|至)\s*(?P<high>{_NUMBER})"
    rf"|(?:Value range|Valid range|Range|取值范围|范围)\s*(?:is|为)?\s*[:：]?\s*\[\s*(?P<ilow>{_NUMBER})\s*,\s*"
    rf"(?P<ihigh>{_NUMBER})\s*\]",
    re.IGNORECASE,
)
_MINIMUM = re.compile(rf"(?<!\w)(?:Minimum|Min|最小值)\s*(?:value)?\s*[:：]\s*(?P<n>{_NUMBER})", re.IGNORECASE)
_MAXIMUM = re.compile(rf"(?<!\w)(?:Maximum|Max|最大值)\s*(?:value)?\s*[:：]\s*(?P<n>{_NUMBER})", re.IGNORECASE)
_MIN_LENGTH = re.compile(r"(?:最小长度|Minimum length)\s*[:：]?\s*(\d+)", re.IGNORECASE)
_MAX_LENGTH = re.compile(
    r"(?:最大长度|Maximum length)\s*[:：]?\s*(\d+)|长度不超过\s*(\d+)|不超过\s*(\d+)\s*个?字符"
    r"|(?:at most|up to|no more than|cannot exceed|a maximum of)\s+(\d+)\s+characters",
    re.IGNORECASE,
)
_LENGTH_RANGE = re.compile(
    r"(?:长度为|length(?: of)?|contains?)\s*[:：]?\s*(\d+)\s*(?:-|–|~|～|to)\s*(\d+)\s*(?:个字符|characters)",
    re.IGNORECASE,
)
_SPAN = r"\s*(\d+)\s*(?:-|–|~|～|to|至)\s*(\d+)"
_ITEMS = re.compile(rf"(?:数组长度|Array Length|数组大小|Array size)\s*[:：]?{_SPAN}", re.IGNORECASE)
_UP_TO_ITEMS = re.compile(  # an array bounded in prose: "最多同时可创建10个任务", "up to 10 tasks" (not characters)
    "|".join((r"最多(?:同时)?(?:可以?|能|支持)?(?:同时)?(?:创建|传入|提交|输入|包含|填写|指定)?\s*(\d+)\s*个(?!字符|字节|汉字)",
              r"(?:up to|at most|a maximum of|no more than)\s+(\d+)\s+(?!characters?\b|bytes?\b|chars?\b)[a-z]+")),
    re.IGNORECASE,
)  # fmt: skip
_UNITS = r"(?:毫秒|秒|分钟|小时|天|ms|s|seconds?|minutes?|hours?|days?)"
_DEFAULT = re.compile(
    r"(?:(?:Default value|Defaults? to|Default is|The default value is|(?-i:Default)(?=\s*[:：]))(?![A-Za-z])"
    r"|默认取值|默认值(?:为|是)?"
    r"|默认为|默认(?=\s*-?\d))\s*[:：]?\s*[\"'“]?"
    rf"(?P<value>-?\d+(?:\.\d+)?{_UNITS}(?![A-Za-z\u3400-\u9fff])|[A-Za-z0-9_.\-]+(?![A-Za-z0-9_.\-]|[\u3400-\u9fff]))",
    re.IGNORECASE,
)
_NOT_A_DEFAULT = {"the", "a", "an", "empty", "none", "not", "no", "is", "to", "be", "value", "values"}
_CUT = re.compile(r"\btruncated\b|（截断）", re.I)
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
    enum_cut: bool = False  # the page cut its list of values short ("...truncated"): not compared


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
        enum_cut=bool(_CUT.search(text)),
    )


def read_description(row: DocField) -> DocField:
    """Fill in what the row's description states; what the source states otherwise (an SDK's enum class,
    tccli's value_allowed_null) is kept. Enum values only for scalars and arrays of scalars; a bare
    minimum/maximum of a string ("Minimum: 1 Maximum: 256") is its length; an array's number of items is
    read from its own notation ("Array Length: 1 - 10", "最多同时可创建10个任务")."""
    described = describe(row.description)
    if row.scalar and not row.enum:
        row.enum, row.enum_cut = described.enum, described.enum_cut
    string = row.kind is not None and "string" in (row.kind.name, row.kind.item.name if row.kind.item else None)
    stated = {
        "minimum": described.minimum, "maximum": described.maximum, "min_length": described.min_length,
        "max_length": described.max_length, "default": described.default, "nullable": described.nullable,
    }  # fmt: skip
    if string:
        stated["min_length"] = described.min_length if described.min_length is not None else _int(described.minimum)
        stated["max_length"] = described.max_length if described.max_length is not None else _int(described.maximum)
        stated["minimum"] = stated["maximum"] = None
    if row.kind is not None and row.kind.name == "array":
        stated["min_items"], stated["max_items"] = _items(_MARKUP.sub("", row.description))
    for attribute, value in stated.items():
        if getattr(row, attribute) is None:
            setattr(row, attribute, value)
    return row


def _int(number: float | None) -> int | None:
    return int(number) if number is not None and float(number).is_integer() else None


def enum_values(description: str) -> tuple[str, ...]:
    """Values the description enumerates, in order, without duplicates; empty if it enumerates none."""
    text = _MARKUP.sub("", re.sub(r"</?p>|<br\s*/?>|</li>", "\n", description))
    if _CUT.search(text):
        return ()  # a list cut short on the page: its values cannot be compared
    found: list[tuple[int, str]] = []  # (line, value): values in the order the page lists them
    lines = text.splitlines()
    run: list[tuple[int, _Item]] = []  # consecutive lines of unmarked `value: meaning` items
    for number, line in enumerate(lines):
        found += [(number, v) for m in _PAREN_LIST.finditer(line) for v in re.split(r"\s*\|\s*", m["values"])]
        glossed = [g["list"] for g in _GLOSSED_LIST.finditer(line)]
        found += [(number, m.group(1)) for text_list in glossed for m in _GLOSSED_ITEM.finditer(text_list)]
        line = _GLOSSED_LIST.sub(" ", _PAREN_LIST.sub(" ", line))  # read: not items of another notation
        if re.match(r"^\s*[(（].*[)）]\s*$", line):
            continue  # a remark in parentheses ("(older pages also had ...)"), not the field's values
        parts = _INLINE_SPLIT.split(line)
        squashed = len(parts) > 1
        read = [_item(part, marked=squashed and index > 0, first_of_inline=squashed and index == 0)
                for index, part in enumerate(parts)]  # fmt: skip
        items = [item for item in read if item is not None]
        unmarked = [item for item in items if not item.listed]
        found += [(number, v) for item in items if item.listed for v in item.values]
        if unmarked:
            run += [(number, item) for item in unmarked]
        elif line.strip():
            found += _run_values(run)
            run = []
        if _trailing_intro(line):
            found += _following(lines, number + 1)
    found += _run_values(run)
    for intro in _INTRO.finditer(text):
        found += [(text.count("\n", 0, intro.start()), v) for v in _listed(text[intro.end() :])]
    ordered = [value for _, value in sorted(found, key=lambda item: (item[0], lines[item[0]].find(item[1])))]
    return tuple(dict.fromkeys(v for v in ordered if not _HTTP_HEADER.match(v)))


@dataclass(frozen=True)
class _Item:
    values: list[str]  # the item's value, and values squashed into its meaning
    listed: bool  # marked as a list item (a bullet or number, or squashed into a bulleted line)
    label: bool  # its value is a label word ("Note", "Default")
    meaning: str


def _run_values(run: list[tuple[int, _Item]]) -> list[tuple[int, str]]:
    """The values of a run of unmarked `value: meaning` lines. A label word is a value only in a run that has
    values which are not labels, and only with a short meaning ("default:默认事件"), not a note ("Note: this
    field may return null ...")."""
    values = any(not item.label for _, item in run)
    kept = [(n, item) for n, item in run if not item.label or (values and _short(item.meaning))]
    return [(n, v) for n, item in kept for v in item.values]


def _short(meaning: str) -> bool:
    return bool(_CJK.match(meaning.strip())) or len(meaning.split()) <= 3


def _item(part: str, *, marked: bool, first_of_inline: bool) -> _Item | None:
    """One list item: its value (and the values squashed into its meaning), or None."""
    candidates = [part]
    if first_of_inline and (found := re.search(rf"(?:^|[\s。，,])(?={_VALUE}\s*[:：])", part)):
        candidates.append(part[found.end() :])  # after the text introducing an inline list ("语音性别 FEMALE: 女性")
    elif found := re.search(rf"(?:。|\.\s)\s*(?={_VALUE}\s*[:：])", part):
        candidates.append(part[found.end() :])  # after the sentence that introduces it: "Task tag. NEWS: news"
    for candidate in candidates:
        match = _ITEM.match(candidate)
        if match is None:
            continue
        value, meaning = match["value"], match["meaning"]
        listed = marked or match["marker"] is not None
        if meaning is not None and meaning.startswith("//"):
            continue  # a URL (https://...)
        if meaning is None and not listed:
            continue  # a bare word outside a list
        numbered = match["marker"] is not None and re.fullmatch(r"\d{1,2}[.)、]\s*", match["marker"])
        if numbered and meaning is None and match["paren"] is None and match["dash"] is None:
            continue  # "1. Foo" alone: a numbered paragraph, not a value
        # A list squashed onto one line ("block：不通过 pass：通过 review：需要人工复检") goes on in the meaning.
        chained = [m.group(1) for m in _CHAINED.finditer(meaning or "") if m.group(1).lower() not in _LABELS]
        return _Item([value, *chained], listed, value.lower() in _LABELS, meaning or "")
    return None


def _trailing_intro(line: str) -> bool:
    """Does the line end with an intro ("Enumeration values:", "风险类型如下:"), its list on the next lines?"""
    return any(not line[m.end() :].strip() for m in _INTRO.finditer(line))


def _following(lines: list[str], start: int) -> list[tuple[int, str]]:
    """The values on the lines from `start` (after an intro): one value a line, or a bare list ("[en page]:
    porn, ad, moan"), until a line that is not a list."""
    values: list[tuple[int, str]] = []
    for number, line in enumerate(lines[start:], start=start):
        stripped = _TAG.sub("", line).strip()
        if not stripped:
            if values:
                break
            continue
        bare = re.sub(rf"^{_MARKER}\s*", "", _PARENS.sub(" ", stripped)).strip()
        items = [i.strip() for i in _SEPARATORS.split(bare) if i.strip()]
        if items and all(re.fullmatch(_VALUE, i) for i in items):
            values += [(number, item) for item in items]
            continue
        if _ITEM.match(stripped) or re.search(rf"{_VALUE}\s*[:：]", stripped):
            continue  # `value: meaning` lines are read line by line
        break
    return values


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
        form = this_form
        values.append(match["value"].rstrip("."))
        if rest:  # a value followed by prose ("AUDIO_AIGC三种"): the list ends here
            break
    return values


def _range(text: str) -> tuple[float | None, float | None]:
    stripped = _PARENS.sub("", text)
    if match := _RANGE.search(stripped):
        if match["low"] is not None:
            return float(match["low"]), float(match["high"])
        return float(match["ilow"]), float(match["ihigh"])
    low = float(m["n"]) if (m := _MINIMUM.search(stripped)) else None
    high = float(m["n"]) if (m := _MAXIMUM.search(stripped)) else None
    return low, high


def _lengths(text: str) -> tuple[int | None, int | None]:
    minimum = int(m.group(1)) if (m := _MIN_LENGTH.search(text)) else None
    maximum = None
    if m := _MAX_LENGTH.search(text):
        maximum = int(next(g for g in m.groups() if g))
    if m := _LENGTH_RANGE.search(text):
        minimum, maximum = int(m.group(1)), int(m.group(2))
    return minimum, maximum


def _items(text: str) -> tuple[int | None, int | None]:
    """An array's bounds on its number of items: "Array Length: 1 - 10", else "up to 10 tasks"."""
    if match := _ITEMS.search(text):
        return int(match.group(1)), int(match.group(2))
    if match := _UP_TO_ITEMS.search(text):
        return None, int(next(g for g in match.groups() if g))
    return None, None


def _default(text: str) -> str | None:
    stripped = _PARENS.sub("", text)
    for match in _DEFAULT.finditer(stripped):
        value = match["value"].rstrip(".")
        if value and value.lower() not in _NOT_A_DEFAULT:
            return value
    return None
