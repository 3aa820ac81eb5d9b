# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""One error class per failure status of spec/sdk-policy.yaml (``errors``)."""

from __future__ import annotations

from typing import Dict, Type

from .._exceptions import APIStatusError

# The classes (the package exports each one as ``revox.<Name>``); the tables are the runtime's.
__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class BadRequestError(APIStatusError):
    """The server answered 400."""


class AuthenticationError(APIStatusError):
    """The server answered 401."""


class PermissionDeniedError(APIStatusError):
    """The server answered 403."""


class NotFoundError(APIStatusError):
    """The server answered 404."""


class ConflictError(APIStatusError):
    """The server answered 409."""


class UnprocessableEntityError(APIStatusError):
    """The server answered 422."""


class RateLimitError(APIStatusError):
    """The server answered 429."""


class InternalServerError(APIStatusError):
    """The server answered 500 or above."""


# The class of each failure status; any other status from 500 up is a
# SERVER_ERROR, and the rest are plain APIStatusErrors.
BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
SERVER_ERROR: Type[APIStatusError] = InternalServerError
