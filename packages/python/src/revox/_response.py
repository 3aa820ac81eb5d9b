"""What methods return besides models: binary answers, and raw responses
(``client.<resource>.with_raw_response.<method>(...)``)."""

from __future__ import annotations

import functools
import os
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, Optional, TypeVar, Union, cast

from ._http_types import HTTPHeaders, HTTPRequest, HTTPResponse

if TYPE_CHECKING:
    from typing_extensions import ParamSpec

    _P = ParamSpec("_P")

__all__ = ["BinaryResponse", "RawResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

_R = TypeVar("_R")

# Set while a with_raw_response method runs: the client then returns the raw response.
RAW_RESPONSE: ContextVar[bool] = ContextVar("revox_raw_response", default=False)


class BinaryResponse:
    """A binary answer (the audio of ``voices.preview``): the bytes the server
    sent (inflated when it compressed them), and their media type.

    >>> audio = client.voices.preview(provider="cartesia", voice_id="...")
    >>> audio.write_to_file("preview.mp3")
    """

    __slots__ = ("content", "content_type")

    def __init__(self, content: bytes, content_type: str) -> None:
        self.content = content
        """The body: the bytes the server sent (inflated when it compressed them)."""
        self.content_type = content_type
        """The server's Content-Type, such as ``audio/mpeg``."""

    def read(self) -> bytes:
        return self.content

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Writes the bytes to ``file``, replacing it."""
        with open(file, "wb") as out:
            out.write(self.content)

    def __len__(self) -> int:
        return len(self.content)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BinaryResponse):
            return NotImplemented
        return self.content == other.content and self.content_type == other.content_type

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # A description, not the bytes: printing audio helps nobody.
        return f"<BinaryResponse {self.content_type} {len(self.content)} bytes>"


class RawResponse(Generic[_R]):
    """The response of a call as received, before it is made into the method's
    result: status, headers, the body, and :meth:`parse` for the result."""

    __slots__ = ("_parse", "_parsed", "http_response", "retries_taken")

    def __init__(self, http_response: HTTPResponse, parse: Callable[[], _R], retries_taken: int) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        """How many retries it took to get this response."""
        self._parse = parse
        self._parsed: Optional[tuple[_R]] = None

    @property
    def headers(self) -> HTTPHeaders:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def http_request(self) -> HTTPRequest:
        """The request as sent (its last attempt), credentials masked."""
        return self.http_response.http_request

    @property
    def url(self) -> str:
        return self.http_response.http_request.url

    @property
    def method(self) -> str:
        return self.http_response.http_request.method

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def elapsed(self) -> float:
        return self.http_response.elapsed

    def parse(self) -> _R:
        """The method's result, made once from this response."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse {self.status_code} {self.method} {self.url}>"


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, RawResponse[_R]]:
    """The method, returning the raw response instead of its result."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast(Any, func(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(func: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[RawResponse[_R]]]:
    """The async method, returning the raw response instead of its result."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast(Any, await func(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
