# Copied from overrides/common/profiles.py by scripts/generate.py — edit that file, not this copy.
"""Reading the vendors' ini credentials files, with errors that name the file and line, never a value.

Huawei's SDK core reads ``~/.huaweicloud/credentials`` and Tencent's SDK ``~/.tencentcloud/credentials``
(then ``/etc/tencentcloud/credentials``), both with the standard library's configparser. `read_profile`
parses one the same way (keys lower-cased, values stripped) but without interpolation, so a ``%`` in a
key is a character, not a syntax error; a file that configparser refuses, or that is not UTF-8, raises
CredentialsFileError naming the file and the line (a UTF-8 BOM is allowed; a path that is no file is
an error too). The line's text is never quoted: it may hold a key.
"""

from __future__ import annotations

from pathlib import Path

from .errors import MissingCredentialsError


class CredentialsFileError(MissingCredentialsError):
    """A credentials file exists but cannot be used (malformed, unreadable, incomplete); the message names
    the file, and the line when one is at fault."""


MALFORMED_HEADER = "a malformed [section] header (no closing ']')"


def _is_header(line: object) -> bool:
    """True for a line that starts like a [section] header (configparser took it for something else; its
    ParsingError keeps the line's repr, quotes included)."""
    return isinstance(line, str) and line.strip().lstrip("'\"").lstrip().startswith("[")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_profile(path: Path) -> dict[str, dict[str, str]]:
    """The sections of an ini credentials file: {section: {key: value}}; CredentialsFileError if malformed."""
    import configparser  # on first use: most programs never read a credentials file

    if not path.is_file():
        raise CredentialsFileError(f"{path}: {'a directory, not a file' if path.is_dir() else 'no such file'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CredentialsFileError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        text = data.decode("utf-8-sig")  # Windows editors start UTF-8 files with a BOM
    except UnicodeDecodeError as exc:
        raise CredentialsFileError(f"{path}:{_line_of(data, exc.start)}: not UTF-8 text") from None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.MissingSectionHeaderError as exc:
        problem = MALFORMED_HEADER if _is_header(exc.line) else "a key before any [section] header"
        raise CredentialsFileError(f"{path}:{exc.lineno}: {problem}") from None
    except configparser.ParsingError as exc:
        headers = [number for number, line in exc.errors if _is_header(line)]
        if headers:
            raise CredentialsFileError(f"{path}:{headers[0]}: {MALFORMED_HEADER}") from None
        lines = ", ".join(str(number) for number, _ in exc.errors)
        raise CredentialsFileError(f"{path}:{lines}: not a 'key = value' line") from None
    except configparser.DuplicateOptionError as exc:
        raise CredentialsFileError(f"{path}:{exc.lineno}: key {exc.option!r} given twice in [{exc.section}]") from None
    except configparser.DuplicateSectionError as exc:
        raise CredentialsFileError(f"{path}:{exc.lineno}: section [{exc.section}] given twice") from None
    except configparser.Error as exc:
        raise CredentialsFileError(f"{path}: not an ini file ({type(exc).__name__})") from None
    return {name: {key: value.strip() for key, value in parser.items(name)} for name in parser.sections()}
