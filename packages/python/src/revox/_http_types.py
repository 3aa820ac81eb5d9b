"""What the SDK shows of an HTTP exchange: the request as sent (credentials
masked) and the response as received."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Mapping

__all__ = ["HTTPHeaders", "HTTPRequest", "HTTPResponse"]


class HTTPHeaders(Mapping[str, str]):
    """Response headers, looked up by any case. A header sent several times reads
    as its values joined by ``", "``; :meth:`get_list` gives them apart."""

    __slots__ = ("_joined", "_pairs")

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._pairs = [(name.lower(), value) for name, value in pairs]
        joined: dict[str, str] = {}
        for name, value in self._pairs:
            joined[name] = f"{joined[name]}, {value}" if name in joined else value
        self._joined = joined

    def __getitem__(self, name: str) -> str:
        return self._joined[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._joined

    def __iter__(self) -> Iterator[str]:
        return iter(self._joined)

    def __len__(self) -> int:
        return len(self._joined)

    def get_list(self, name: str) -> list[str]:
        """Every value of one header, in the order received."""
        lowered = name.lower()
        return [value for key, value in self._pairs if key == lowered]

    def raw(self) -> list[tuple[str, str]]:
        """The headers as received, names in lower case."""
        return list(self._pairs)

    def __repr__(self) -> str:
        return f"HTTPHeaders({self._joined!r})"


class HTTPRequest:
    """A request as the SDK sent it. Credentials headers read ``***``."""

    __slots__ = ("headers", "method", "url")

    def __init__(self, method: str, url: str, headers: Mapping[str, str]) -> None:
        self.method = method
        self.url = url
        self.headers: Mapping[str, str] = dict(headers)

    def __repr__(self) -> str:
        return f"<HTTPRequest {self.method} {self.url}>"


class HTTPResponse:
    """A response as received: status, headers and the whole body, which the SDK
    read within the attempt's timeout and size cap.

    On errors, a key the server echoed is replaced by ``***`` in the headers
    and the body kept here."""

    __slots__ = ("content", "elapsed", "headers", "http_request", "reason", "status_code")

    def __init__(
        self,
        status_code: int,
        reason: str,
        headers: HTTPHeaders,
        content: bytes,
        http_request: HTTPRequest,
        elapsed: float,
    ) -> None:
        self.status_code = status_code
        self.reason = reason
        self.headers = headers
        self.content = content
        self.http_request = http_request
        self.elapsed = elapsed
        """Seconds from sending the request to reading the last byte of the body."""

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def __repr__(self) -> str:
        return f"<HTTPResponse {self.status_code} {self.http_request.method} {self.http_request.url}>"
