"""The asyncio transport: native streams (``asyncio`` sockets and, for https,
its TLS), never a thread, so that it does not block the event loop and a
cancelled task ends its request at once (the connection is aborted).

Like the blocking transport it only moves bytes, driven by the same sans-I/O
core. The whole attempt runs under one deadline (DNS, connecting, TLS,
sending, and reading the entire body); idle connections are pooled for the
event loop that opened them, and dropped when another loop uses the client.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import sys
from types import TracebackType
from typing import Any, Callable, Optional

from ._core import AttemptTimeout, ClientConfig, Exchange, Prepared
from ._http11 import ResponseReader
from ._http_types import HTTPHeaders, HTTPResponse

__all__ = ["AsyncTransport"]

_MAX_IDLE = 32
_READ_SIZE = 65536

_Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]
# The wait between attempts (a module attribute so that tests can watch it).
sleep = asyncio.sleep


class _Deadline:
    """Cancels the current task at ``when`` (the loop's clock) and turns that
    cancellation into ``TimeoutError``: ``asyncio.timeout_at`` for Pythons
    before 3.11. A cancellation from elsewhere passes through unchanged."""

    __slots__ = ("_expired", "_handle", "_task", "_when")

    def __init__(self, when: float) -> None:
        self._when = when
        self._expired = False
        self._handle: Optional[asyncio.TimerHandle] = None
        self._task: Optional[asyncio.Task[Any]] = None

    async def __aenter__(self) -> None:
        self._task = asyncio.current_task()
        self._handle = asyncio.get_running_loop().call_at(self._when, self._expire)

    def _expire(self) -> None:
        self._expired = True
        if self._task is not None:
            self._task.cancel()

    async def __aexit__(self, kind: Optional[type[BaseException]], error: Optional[BaseException], trace: Optional[TracebackType]) -> None:
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and kind is asyncio.CancelledError:
            raise asyncio.TimeoutError


def _deadline(when: float) -> Any:
    if sys.version_info >= (3, 11):
        return asyncio.timeout_at(when)
    return _Deadline(when)


def _abort(connection: _Connection) -> None:
    try:
        connection[1].transport.abort()
    except Exception:  # noqa: BLE001 - a transport of a loop that is gone: its socket closes when collected
        pass


class AsyncTransport:
    __slots__ = ("_idle", "_loop", "_pid", "_ssl", "config")

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._ssl: Optional[ssl.SSLContext] = ssl.create_default_context() if config.scheme == "https" else None
        self._idle: list[_Connection] = []
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._pid = os.getpid()

    async def send(self, config: ClientConfig, prepared: Prepared) -> tuple[HTTPResponse, int]:
        exchange = Exchange(config, prepared)
        while True:
            attempt = exchange.next_attempt()
            try:
                status, reason, headers, body = await self._attempt(prepared.method, attempt.data, attempt.timeout, attempt.limit)
            except Exception as error:  # noqa: BLE001 - the core maps it, or re-raises what is not a transport failure
                delay = exchange.failed(error)
            else:
                delay, response = exchange.answered(status, reason, HTTPHeaders(headers), body)
                if delay is None:
                    return response, exchange.retries_taken
            await sleep(delay)

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        if self._loop is not asyncio.get_running_loop():
            # Connections of another loop: that loop must close them, or, when it
            # is gone, the garbage collector does.
            return
        for connection in idle:
            connection[1].close()
        for connection in idle:
            try:
                await connection[1].wait_closed()
            except (OSError, ssl.SSLError):
                pass

    async def _attempt(
        self, method: str, data: bytes, timeout: float, limit: Callable[[int], int]
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        loop = asyncio.get_running_loop()
        phase = "connecting"
        connection: Optional[_Connection] = None
        keep = False
        try:
            async with _deadline(loop.time() + timeout):
                connection = await self._checkout(loop)
                reader, writer = connection
                phase = "sending the request"
                writer.write(data)
                await writer.drain()
                phase = "waiting for the response"
                response = ResponseReader(method, limit)
                read = reader.read
                while not response.done:
                    chunk = await read(_READ_SIZE)
                    if chunk:
                        phase = "reading the response"
                        response.feed(chunk)
                    else:
                        response.feed_eof()
                keep = response.keep_alive
                return response.status, response.reason, response.headers, bytes(response.body)
        except (asyncio.TimeoutError, TimeoutError) as error:
            if isinstance(error, OSError) and error.errno is not None:
                raise  # the system's connect timeout, not the deadline
            raise AttemptTimeout(phase) from None
        finally:
            if connection is not None:
                if keep:
                    self._checkin(connection)
                else:
                    _abort(connection)

    async def _checkout(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        if self._loop is not loop or self._pid != os.getpid():
            # Connections of another event loop (or of the parent process) are not
            # usable here. Those of a loop still running are aborted; a closed
            # loop's are left to the garbage collector (close the client before
            # its loop ends to release them at once).
            stale, self._idle = self._idle, []
            if self._pid == os.getpid() and self._loop is not None and not self._loop.is_closed():
                for connection in stale:
                    self._loop.call_soon_threadsafe(_abort, connection)
            self._loop = loop
            self._pid = os.getpid()
        while self._idle:
            connection = self._idle.pop()
            reader, writer = connection
            if not reader.at_eof() and not writer.is_closing() and reader.exception() is None and not _buffered(reader):
                return connection
            _abort(connection)
        return await self._connect(loop)

    def _checkin(self, connection: _Connection) -> None:
        if len(self._idle) < _MAX_IDLE and asyncio.get_running_loop() is self._loop:
            self._idle.append(connection)
        else:
            _abort(connection)

    async def _connect(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        config = self.config
        infos = await loop.getaddrinfo(config.host, config.port, type=socket.SOCK_STREAM)
        errors: list[OSError] = []
        for family, kind, proto, _, address in infos:
            sock = socket.socket(family, kind, proto)
            try:
                sock.setblocking(False)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                await loop.sock_connect(sock, address)
            except OSError as error:
                sock.close()
                errors.append(error)
                continue
            except BaseException:
                sock.close()
                raise
            try:
                if self._ssl is None:
                    return await asyncio.open_connection(sock=sock, limit=_READ_SIZE)
                return await asyncio.open_connection(sock=sock, ssl=self._ssl, server_hostname=config.host, limit=_READ_SIZE)
            except BaseException:
                sock.close()
                raise
        if errors and all(isinstance(error, ConnectionRefusedError) for error in errors):
            raise errors[0]
        others = [error for error in errors if not isinstance(error, ConnectionRefusedError)]
        raise others[-1] if others else OSError("no address to connect to")


def _buffered(reader: asyncio.StreamReader) -> bool:
    """Whether bytes nobody asked for wait on an idle connection."""
    buffer = getattr(reader, "_buffer", None)
    return bool(buffer)
