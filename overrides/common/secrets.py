"""Secret values that never show: used by every vendor layer for keys, tokens and their identifiers.

The generated client has no notion of credentials. `Secret` keeps a secret inside an object whose
repr(), str(), logs, exception messages and pickles never contain the value (SecretHolder: immutable,
copies are the object itself, pickling refused with what to do instead); `mask_identifier` shows an
access-key identifier the way the vendors' consoles do (first and last four characters). The generated
request models are attrs classes whose repr() prints every field, so printing or logging a request
body would show a callback seed (the HMAC key of the callback signature), and printing a response
the pre-signed upload URL (whose query signature is a credential); every model gets a repr that
masks the query of pre-signed URLs, and `mask_fields` masks a model's secret fields, leaving the
values sent unchanged.
"""

from __future__ import annotations

import hmac
from types import ModuleType
from typing import Any, ClassVar, NoReturn, Self

import attrs

from .errors import InvalidArgument
from .redaction import without_signed_query

MASK = "********"


class SecretHolder:
    """Base of the objects that hold a secret (Secret, the vendors' credentials). They are immutable, so
    copy.copy and copy.deepcopy give the object itself (a settings dict holding them deep-copies); they
    refuse pickle, which would carry the secret in clear to a file or another process, with an error
    that says what to do instead (the class's `_instead`)."""

    __slots__ = ()
    _instead: ClassVar[str] = "read the secret where it is used, from the environment or a credentials file"

    def _set(self, **fields: object) -> None:
        """Set fields in __init__ (the only place they are set)."""
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable: build a new one")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable: build a new one")

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self

    def __reduce__(self) -> NoReturn:
        raise TypeError(f"{type(self).__name__} cannot be pickled: a pickle would carry its secret in clear to a "
                        f"file or another process. Instead, {self._instead}")  # fmt: skip


class Secret(SecretHolder):
    """A secret string: `reveal()` returns it; every other way of showing it prints a mask."""

    __slots__ = ("_value",)
    _value: str

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise InvalidArgument("secret", "must be a non-empty string")
        self._set(_value=value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(Secret)


def _revealed(value: object) -> object:
    """The text of a Secret of this or another generated package (each has its own copy of this class:
    it is recognised by its name and `reveal()`); any other value as it is."""
    if isinstance(value, Secret):
        return value.reveal()
    reveal = getattr(value, "reveal", None)
    return reveal() if type(value).__name__ == "Secret" and callable(reveal) else value


def _text_problem(value: str, header: bool) -> str | None:
    """What keeps `value` from being sent (never quoting it: it may be a secret)."""
    if header:
        for position, character in enumerate(value):
            if not (character.isascii() and character.isprintable()):
                kind = "a non-ASCII" if not character.isascii() else "a control"
                return f"holds {kind} character at position {position}, which an HTTP header cannot carry"
        if value.strip() != value:
            return "has spaces around it (a copy-and-paste slip?)"
    elif not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"is not valid Unicode text (a lone surrogate at position {exc.start})"
    return None


def checked_text(name: str, value: object, *, header: bool = False, what: str = "it") -> str:
    """`value` as non-empty text that can be sent (`header`: in an HTTP header — printable ASCII, no
    surrounding spaces); InvalidArgument naming `name` (and saying `what` it is) otherwise, which never
    quotes the value."""
    value = _revealed(value)
    if not isinstance(value, str) or not value:
        got = "empty text" if value == "" else type(value).__name__
        raise InvalidArgument(name, f"{what} must be non-empty text, got {got}")
    problem = _text_problem(value, header)
    if problem:
        raise InvalidArgument(name, f"{what} {problem}")
    return value


def as_secret(value: object, name: str = "secret", *, header: bool = False, what: str = "it") -> Secret | None:
    """`value` (text, or a Secret of any generated package) checked as `checked_text` does and wrapped in
    this package's Secret; None and "" stay None."""
    if value is None or value == "":
        return None
    return Secret(checked_text(name, value, header=header, what=what))


def required_secret(name: str, value: object, *, header: bool = False, what: str = "it") -> Secret:
    """`as_secret` for a secret that must be given."""
    return Secret(checked_text(name, value, header=header, what=what))


def mask_identifier(identifier: str) -> str:
    """Keep the ends of an access-key identifier visible, as the vendors' consoles do (QTWA***KYUC)."""
    return identifier[:4] + "***" + identifier[-4:] if len(identifier) > 8 else "***"


def _model_repr(self: Any) -> str:
    """attrs' repr, with the class's `_masked_fields` masked when they hold text and the query of a
    pre-signed URL (e.g. CreateShortJob's data_uploading_url, whose signature is a credential) masked, also
    in a list of them (a SEGMENT training task's URL per sentence)."""
    masked: frozenset[str] = getattr(type(self), "_masked_fields", frozenset())
    shown = []
    for field in attrs.fields(type(self)):
        if field.repr:
            value = getattr(self, field.name)
            if isinstance(value, str) and value:
                text = f"'{MASK}'" if field.name in masked else repr(without_signed_query(value))
            elif isinstance(value, list) and any(isinstance(item, str) for item in value):  # a URL per sentence
                text = repr([without_signed_query(item) if isinstance(item, str) else item for item in value])
            else:
                text = repr(value)
            shown.append(f"{field.name}={text}")
    return f"{type(self).__name__}({', '.join(shown)})"


def install_reprs(models: ModuleType) -> None:
    """Give every model of the package the repr above (attrs' own prints every field as it is)."""
    for name in getattr(models, "__all__", ()):
        model = getattr(models, name)
        if isinstance(model, type) and attrs.has(model):
            model.__repr__ = _model_repr  # type: ignore[method-assign]


def mask_fields(model: type[Any], *names: str) -> None:
    """Give the attrs class `model` a repr() that shows the fields `names` masked when they hold a value."""
    model._masked_fields = frozenset(names)
    model.__repr__ = _model_repr  # type: ignore[assignment]
