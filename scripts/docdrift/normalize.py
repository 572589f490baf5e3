"""Text as pages render it → text the readers compare: the characters browsers and editors put in for
spaces (U+00A0 no-break space and its kin, the ideographic space), zero-width characters, full-width
table pipes; and the markup a table cell's text may carry (markdown bold/italics/code, HTML inline tags, escaped
underscores, a trailing colon), compatibility forms folded (NFKC: full-width letters and punctuation)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_CELL_MARKUP = re.compile(r"\*\*|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|</?(?:strong|b|em|i|code)>")


def page_text(text: str) -> str:
    """The page with space-like characters as spaces, zero-width characters removed and full-width pipes
    (｜) as ASCII pipes: the same lines, the same line numbers."""
    return _ZERO_WIDTH.sub("", _SPACES.sub(" ", text)).replace("｜", "|")


def plain_cell(text: str) -> str:
    """A table cell's text without markup, compatibility forms folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).replace("\\_", "_").replace("\\|", "|")
    return " ".join(_CELL_MARKUP.sub("", text).split())


def header_word(text: str) -> str:
    """A header cell as a comparable word: plain, lower case, without trailing punctuation."""
    return plain_cell(text).lower().rstrip(":.：").strip()
