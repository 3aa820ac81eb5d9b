"""The errors the SDK raises. ``except revox.RevoxError`` handles every one.

The classes for well-known failure statuses (``NotFoundError``...) are made
from spec/sdk-policy.yaml into ``_generated/errors.py``; the bases are here.
No message, ``str``, ``repr`` or kept body shows the API key: a key the server
echoes back is replaced by ``***`` before the error is made.
"""

from __future__ import annotations

from typing import Optional

from ._generated import policy
from ._http_types import HTTPRequest, HTTPResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ConfigurationError",
    "InvalidRequestError",
    "ResponseTooLargeError",
    "RevoxError",
]


class RevoxError(Exception):
    """Every error the SDK raises."""


class ConfigurationError(RevoxError):
    """A client option that cannot work: no API key, a negative timeout, a base
    URL that is not an absolute http(s) URL... The message names the option and
    never shows a value that may be secret. Nothing was sent."""


class InvalidRequestError(RevoxError, ValueError):
    """Input the SDK refuses to send: an empty id, a missing required keyword, a
    body JSON cannot carry... The message names the keyword. Nothing was sent."""


class APIError(RevoxError):
    """A request was sent and did not end in a usable answer. Itself (not a
    subclass) for a success whose body is not what the operation answers: no
    body, or not JSON (or not a JSON object) where JSON was expected; the
    message says the status, and ``body`` holds what came."""

    message: str
    request: Optional[HTTPRequest]
    """The request that failed (its last attempt), credentials masked."""
    body: object
    """The response body: parsed JSON when it was JSON, else its text; None when
    no response came."""

    def __init__(self, message: str, request: Optional[HTTPRequest] = None, *, body: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The server answered with a failure status (or a redirect, which the SDK
    does not follow). A subclass for each well-known status."""

    status_code: int
    response: HTTPResponse
    request_id: Optional[str]
    """The server's id of the request (its ``policy.HEADER_REQUEST_ID`` header), to
    quote when contacting support."""

    def __init__(self, message: str, *, response: HTTPResponse, body: object) -> None:
        super().__init__(message, response.http_request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get(policy.HEADER_REQUEST_ID)


class APIConnectionError(APIError):
    """No complete response came: DNS, a refused, reset or dropped connection,
    TLS, or a body cut short (fewer bytes than announced)."""

    def __init__(self, message: str = "Connection error.", request: Optional[HTTPRequest] = None) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """An attempt took longer than ``timeout``: connecting, sending, waiting and
    reading the whole body all count."""

    def __init__(self, message: str = "Request timed out.", request: Optional[HTTPRequest] = None) -> None:
        super().__init__(message, request)


class ResponseTooLargeError(APIError):
    """An answer was larger than ``max_response_bytes``: the SDK stopped reading
    and closed the connection. Never retried."""

    limit: int
    status_code: Optional[int]

    def __init__(self, message: str, request: Optional[HTTPRequest] = None, *, limit: int, status_code: Optional[int]) -> None:
        super().__init__(message, request)
        self.limit = limit
        self.status_code = status_code
