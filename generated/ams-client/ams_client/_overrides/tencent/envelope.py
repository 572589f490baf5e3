# Copied from overrides/tencent/envelope.py by scripts/generate.py — edit that file, not this copy.
"""Unwrap Tencent Cloud's `{"Response": ...}` envelope into the action's result model.

Every generated function returns the envelope model, whose `response` is typed as a union of the
error member and the result member (the spec's `anyOf`, error first). Errors have already been raised
by errors.decode_error, so `unwrap` narrows the union to the result — which carries the RequestId —
and turns anything else into a typed error instead of letting a wrong type travel on.
"""

from __future__ import annotations

from typing import TypeVar

from ..common import UnexpectedResponse
from .errors import error_for

R = TypeVar("R")


def unwrap(result_model: type[R], envelope: object) -> R:
    """The envelope's `Response` member as `result_model`."""
    inner = getattr(envelope, "response", None)
    if isinstance(inner, result_model):
        return inner
    error = getattr(inner, "error", None)
    if error is not None:  # an error envelope that did not come through decode_error (e.g. built by hand)
        raise error_for(getattr(error, "code", None), getattr(error, "message", None),
                        getattr(inner, "request_id", None))  # fmt: skip
    raise UnexpectedResponse(
        status_code=0,
        error_code=None,
        error_msg=f"expected a {result_model.__name__} in the Response envelope, got {type(inner).__name__}",
        request_id=None,
    )
