"""HTTP/1.1 on the wire, without I/O: the bytes of a request, and a reader that
is fed the bytes of a response as they arrive and says when it is complete.

Both transports (the blocking one on sockets, the asyncio one on streams)
drive the same reader, so they frame, cap and reject responses alike: a body
shorter than its Content-Length or a chunked body without its last chunk is
truncated, and a body past the size cap stops the read at once.

The SDK asks for ``gzip, deflate`` (:data:`ACCEPT_ENCODING`). A body in one of
them is inflated as it arrives, a piece at a time, and the cap counts the
DECODED bytes: a small body that inflates past it stops there, without ever
holding more than the cap. A compressed stream that ends unfinished is
truncated; a body in any other coding (br, zstd...) is refused unread.
"""

from __future__ import annotations

import zlib
from typing import Callable, Iterable, Optional, Protocol

__all__ = [
    "ACCEPT_ENCODING",
    "ClosedWithoutResponse",
    "ProtocolError",
    "ResponseReader",
    "TooLarge",
    "Truncated",
    "Undecodable",
    "encode_request",
]

# The content codings the reader inflates, as the request's Accept-Encoding says them.
ACCEPT_ENCODING = "gzip, deflate"
_GZIP = ("gzip", "x-gzip")
# The most bytes inflated at once: memory stays near the cap whatever the ratio.
_PIECE = 1 << 20
_DEFLATE = ("deflate",)

# A response head (status line and headers) larger than this is refused.
MAX_HEAD_BYTES = 65536
# A chunk-size line or a trailer line longer than this is refused.
MAX_LINE_BYTES = 4096


class ProtocolError(Exception):
    """The server's bytes are not an HTTP/1.1 response this client can read."""


class Truncated(ProtocolError):
    """The connection ended before the response did."""


class ClosedWithoutResponse(Truncated):
    """The connection ended before a single byte of response came."""


class Undecodable(Exception):
    """The body is in a content coding the reader cannot decode: it is not read."""

    def __init__(self, status: int, coding: str) -> None:
        super().__init__(f"content-encoding {coding}")
        self.status = status
        self.coding = coding


class _Zlib(Protocol):
    """What the reader uses of ``zlib.decompressobj()``."""

    @property
    def eof(self) -> bool: ...
    @property
    def unused_data(self) -> bytes: ...
    @property
    def unconsumed_tail(self) -> bytes: ...
    def decompress(self, data: bytes, max_length: int = 0, /) -> bytes: ...


class _Inflater:
    """Inflates a gzip or deflate body as its bytes arrive, never more than asked
    for at once: ``zlib.decompressobj`` with ``max_length``. gzip takes every
    member of a multi-member body; deflate takes the zlib wrapper HTTP means,
    or the raw stream some servers send instead."""

    __slots__ = ("_head", "_zlib", "coding", "started")

    def __init__(self, coding: str) -> None:
        self.coding = coding
        # wbits=47: a gzip or zlib header, told apart by zlib itself.
        self._zlib: Optional[_Zlib] = zlib.decompressobj(wbits=47) if coding in _GZIP else None
        self._head = b""
        self.started = False

    def inflate(self, data: bytes, body: bytearray, limit: int) -> None:
        """Appends what ``data`` inflates to to ``body``, a piece at a time, and
        stops once ``body`` holds more than ``limit`` bytes (the caller refuses it):
        a body that inflates a thousandfold is never held whole."""
        self.started = True
        if self._zlib is None:
            # deflate: the first two bytes say whether the stream has zlib's header.
            self._head += data
            if len(self._head) < 2:
                return
            first, second = self._head[0], self._head[1]
            wrapped = first & 0x0F == 8 and (first << 8 | second) % 31 == 0
            self._zlib = zlib.decompressobj(wbits=15 if wrapped else -15)
            data, self._head = self._head, b""
        while len(body) <= limit:
            want = min(limit + 1 - len(body), _PIECE)
            try:
                piece = self._zlib.decompress(data, want)
            except zlib.error as error:
                raise ProtocolError(f"the {self.coding} response body is corrupt ({error})") from None
            body += piece
            data = self._zlib.unconsumed_tail
            if self._zlib.eof:
                if not (self._zlib.unused_data and self.coding in _GZIP):
                    return
                # Another gzip member follows (RFC 1952 allows several).
                data = self._zlib.unused_data
                self._zlib = zlib.decompressobj(wbits=47)
            elif not data and len(piece) < want:
                return  # everything given is inflated; zlib holds nothing back

    def finish(self) -> None:
        """Says the body has ended: an unfinished compressed stream is truncated."""
        if self.started and (self._zlib is None or not self._zlib.eof):
            raise Truncated(f"the {self.coding} response body ended before its compressed stream did")


class TooLarge(Exception):
    """The body is larger than the cap: reading stopped."""

    def __init__(self, limit: int, status: int, announced: int | None) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit
        self.status = status
        self.announced = announced


def encode_request(method: str, target: str, headers: Iterable[tuple[str, str]], body: bytes | None) -> bytes:
    """The request as bytes: the request line, the headers as given (the caller
    includes Host and Content-Length), a blank line, the body."""
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n"
    data = head.encode("latin-1")
    return data + body if body else data


_HEAD, _LENGTH, _CHUNK_SIZE, _CHUNK_DATA, _CHUNK_END, _TRAILERS, _UNTIL_CLOSE, _DONE = range(8)


class ResponseReader:
    """Reads one response. Feed it bytes with :meth:`feed` and the end of the
    stream with :meth:`feed_eof` until :attr:`done`.

    ``limit(status)`` gives the most body bytes allowed for a response of that
    status, decoded; past it :class:`TooLarge` is raised (before reading the
    body when an uncompressed body's Content-Length already says so).
    :attr:`body` holds the decoded body; :attr:`received` counts the bytes of
    the stream as they came."""

    __slots__ = (
        "_buffer",
        "_head_only",
        "_inflater",
        "_limit",
        "_raw_body",
        "_remaining",
        "_state",
        "body",
        "done",
        "headers",
        "keep_alive",
        "reason",
        "received",
        "status",
    )

    def __init__(self, request_method: str, limit: Callable[[int], int]) -> None:
        self._head_only = request_method == "HEAD"
        self._limit = limit
        self._buffer = bytearray()
        self._state = _HEAD
        self._remaining = 0
        self._raw_body = 0
        self._inflater: Optional[_Inflater] = None
        self.received = 0
        self.status = 0
        self.reason = ""
        self.headers: list[tuple[str, str]] = []
        self.body = bytearray()
        self.keep_alive = False
        self.done = False

    @property
    def body_limit(self) -> int:
        return self._limit(self.status)

    def feed(self, data: bytes) -> None:
        """Takes the next bytes of the stream (not empty)."""
        self.received += len(data)
        if self._state == _LENGTH and not self._buffer:
            # The common case, without copying into the buffer first.
            take = data[: self._remaining]
            self._take(take)
            self._remaining -= len(take)
            if len(data) > len(take):
                self.keep_alive = False  # bytes after the response: the stream is out of step
            if self._remaining == 0:
                self._finish()
            return
        if self._state == _UNTIL_CLOSE:
            self._take(data)
            return
        if self._state == _DONE:
            self.keep_alive = False
            return
        self._buffer += data
        self._advance()

    def feed_eof(self) -> None:
        """Says the stream ended. Raises :class:`Truncated` unless the response is complete."""
        if self.done:
            return
        state = self._state
        if state == _UNTIL_CLOSE:
            self.keep_alive = False
            self._finish()
            return
        if state == _HEAD:
            if self.received == 0:
                raise ClosedWithoutResponse("the server closed the connection without answering")
            raise Truncated("the connection closed in the middle of the response head")
        if state == _LENGTH:
            expected = self._raw_body + self._remaining
            raise Truncated(f"the response body ended after {self._raw_body} of {expected} bytes (Content-Length)")
        raise Truncated(f"the chunked response body ended after {self._raw_body} bytes, before its last chunk")

    # -- parsing ---------------------------------------------------------------

    def _advance(self) -> None:
        buffer = self._buffer
        while not self.done:
            state = self._state
            if state == _HEAD:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    if len(buffer) > MAX_HEAD_BYTES:
                        raise ProtocolError(f"the response head is larger than {MAX_HEAD_BYTES} bytes")
                    return
                head = bytes(buffer[:end])
                del buffer[: end + 4]
                self._read_head(head)
            elif state == _LENGTH:
                if not buffer:
                    return
                take = buffer[: self._remaining]
                self._take(bytes(take))
                self._remaining -= len(take)
                del buffer[: len(take)]
                if self._remaining:
                    return
                if buffer:
                    self.keep_alive = False
                self._finish()
            elif state == _CHUNK_SIZE:
                line = self._line()
                if line is None:
                    return
                size_text = line.split(b";", 1)[0].strip()
                try:
                    if not size_text or size_text.startswith((b"-", b"+", b"0x", b"0X")):
                        raise ValueError(size_text)
                    size = int(size_text, 16)
                except ValueError:
                    raise ProtocolError("a chunk size is not a hexadecimal number") from None
                if size == 0:
                    self._state = _TRAILERS
                else:
                    if self._inflater is None and len(self.body) + size > self.body_limit:
                        raise TooLarge(self.body_limit, self.status, None)
                    self._remaining = size
                    self._state = _CHUNK_DATA
            elif state == _CHUNK_DATA:
                if not buffer:
                    return
                take = buffer[: self._remaining]
                self._take(bytes(take))
                self._remaining -= len(take)
                del buffer[: len(take)]
                if self._remaining:
                    return
                self._state = _CHUNK_END
            elif state == _CHUNK_END:
                if len(buffer) < 2:
                    return
                if not buffer.startswith(b"\r\n"):
                    raise ProtocolError("a chunk does not end with CRLF")
                del buffer[:2]
                self._state = _CHUNK_SIZE
            elif state == _TRAILERS:
                line = self._line()
                if line is None:
                    return
                if not line:
                    if buffer:
                        self.keep_alive = False
                    self._finish()
            else:  # _UNTIL_CLOSE: everything that came is the body
                data = bytes(buffer)
                buffer.clear()
                self._take(data)
                return

    def _line(self) -> bytes | None:
        buffer = self._buffer
        end = buffer.find(b"\r\n")
        if end < 0:
            if len(buffer) > MAX_LINE_BYTES:
                raise ProtocolError("a chunk-size or trailer line is too long")
            return None
        line = bytes(buffer[:end])
        del buffer[: end + 2]
        return line

    def _read_head(self, head: bytes) -> None:
        lines = head.split(b"\r\n")
        parts = lines[0].split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or len(parts[1]) != 3 or not parts[1].isdigit():
            raise ProtocolError("the response does not start with an HTTP/1.x status line")
        status = int(parts[1])
        headers: list[tuple[str, str]] = []
        for raw in lines[1:]:
            if raw[:1] in (b" ", b"\t") and headers:  # an obsolete folded line continues the last header
                name, value = headers[-1]
                headers[-1] = (name, f"{value} {raw.strip().decode('latin-1')}")
                continue
            name, colon, value = raw.partition(b":")
            if not colon or not name or name != name.strip():
                raise ProtocolError("a response header line is malformed")
            headers.append((name.decode("latin-1").lower(), value.strip().decode("latin-1")))
        if 100 <= status < 200:
            if status == 101:
                raise ProtocolError("the server switched protocols (101), which the client never asks for")
            return  # an interim response (100 Continue, 103 Early Hints): the real one follows
        self.status = status
        self.reason = parts[2].decode("latin-1") if len(parts) > 2 else ""
        self.headers = headers
        http10 = parts[0] == b"HTTP/1.0"
        connection = ",".join(value.lower() for name, value in headers if name == "connection")
        self.keep_alive = not http10 and "close" not in connection
        if self._head_only or status in (204, 304):
            self._finish()
            return
        codings = [c.strip().lower() for name, value in headers if name == "content-encoding" for c in value.split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if codings:
            if len(codings) > 1 or codings[0] not in (*_GZIP, *_DEFLATE):
                self.keep_alive = False
                raise Undecodable(status, ", ".join(codings))
            self._inflater = _Inflater(codings[0])
        transfer = [value.strip().lower() for name, value in headers if name == "transfer-encoding"]
        if transfer:
            if any(name == "content-length" for name, _ in headers):
                self.keep_alive = False  # both framings: read by Transfer-Encoding, then close (RFC 9112, 6.1)
            codings = [coding.strip() for value in transfer for coding in value.split(",") if coding.strip()]
            if codings and codings[-1] == "chunked":
                self._state = _CHUNK_SIZE
            else:
                self._until_close()
            return
        lengths = {value.strip() for name, value in headers if name == "content-length"}
        if not lengths:
            self._until_close()
            return
        if len(lengths) > 1 or not all(length.isdigit() for length in lengths):
            raise ProtocolError("the response has an invalid Content-Length")
        length = int(lengths.pop())
        if self._inflater is None and length > self.body_limit:
            raise TooLarge(self.body_limit, status, length)
        if length == 0:
            self._finish()
            return
        self._remaining = length
        self._state = _LENGTH

    def _until_close(self) -> None:
        self.keep_alive = False
        self._state = _UNTIL_CLOSE

    def _take(self, data: bytes) -> None:
        """The next bytes of the body, as framed (de-chunked), decoded if they are compressed."""
        if not data:
            return
        self._raw_body += len(data)
        inflater = self._inflater
        if inflater is None:
            self.body += data
        else:
            inflater.inflate(data, self.body, self.body_limit)
        self._check_size()

    def _check_size(self) -> None:
        if len(self.body) > self.body_limit:
            raise TooLarge(self.body_limit, self.status, None)

    def _finish(self) -> None:
        if self._inflater is not None:
            self._inflater.finish()
        self._state = _DONE
        self.done = True
