"""The Python client of the Revox API: AI voice agents that place phone calls.

>>> from revox import Revox
>>> client = Revox()  # reads the API key from its environment variable
>>> client.call.create(phone_number="+14155550123", assistant_id="asst_123").call.id
"""

from __future__ import annotations

from . import types
from ._client import AsyncRevox, Revox
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    ResponseTooLargeError,
    RevoxError,
)
from ._generated import errors as _status_errors
from ._generated.errors import *  # noqa: F403 - one class per failure status of the policy, generated
from ._generated.version import __version__
from ._http_types import HTTPHeaders, HTTPRequest, HTTPResponse
from ._models import BaseModel
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._request_options import RequestOptions
from ._response import BinaryResponse, RawResponse
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRevox",
    "BaseModel",
    "BinaryResponse",
    "ConfigurationError",
    "HTTPHeaders",
    "HTTPRequest",
    "HTTPResponse",
    "InvalidRequestError",
    "NotGiven",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "Revox",
    "RevoxError",
    "SyncPage",
    "__version__",
    "types",
]
__all__ += _status_errors.__all__
