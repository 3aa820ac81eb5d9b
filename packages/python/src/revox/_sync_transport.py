"""The blocking transport: sockets, with a pool of kept-alive connections.

It only moves bytes: what to send, when to retry and what a response means
are the sans-I/O core's (``_core.Exchange``, ``_http11.ResponseReader``).

Each attempt has one deadline, ``timeout`` seconds from its start: the socket
timeout is set to the time left before connecting, sending and every read, so
a body that trickles in cannot stretch the attempt. Idle connections are
pooled under a lock (a client is safe to share between threads); a connection
that failed, or that the server may have closed (checked before reuse), is
closed, never reused; a forked child drops its parent's connections.
"""

from __future__ import annotations

import os
import selectors
import socket
import ssl
import threading
import time
import weakref
from typing import Callable, Optional, Union

from ._core import AttemptTimeout, ClientConfig, Exchange, Prepared
from ._http11 import ResponseReader
from ._http_types import HTTPHeaders, HTTPResponse

__all__ = ["SyncTransport"]

# Idle connections kept per client; more are closed when returned.
_MAX_IDLE = 32
_READ_SIZE = 65536
_DONTWAIT: int = getattr(socket, "MSG_DONTWAIT", 0)

_Socket = Union[socket.socket, ssl.SSLSocket]
# The wait between attempts (a module attribute so that tests can watch it).
sleep = time.sleep
_transports: weakref.WeakSet[SyncTransport] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for transport in list(_transports):
        transport._forget()  # pyright: ignore[reportPrivateUsage]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _close(sock: _Socket) -> None:
    try:
        sock.close()
    except OSError:
        pass


def _alive(sock: _Socket) -> bool:
    """Whether an idle connection is still open and silent. A connection the
    server closed (its idle timeout) reads as the end of stream: sending on it
    would fail, and a failure after sending is one a non-idempotent request
    cannot be retried after."""
    try:
        if isinstance(sock, ssl.SSLSocket) or not _DONTWAIT:
            if isinstance(sock, ssl.SSLSocket) and sock.pending():
                return False
            with selectors.DefaultSelector() as selector:
                selector.register(sock, selectors.EVENT_READ)
                return not selector.select(0)
        sock.settimeout(0)  # a timeout would make recv wait for data first
        sock.recv(1, socket.MSG_PEEK | _DONTWAIT)
    except BlockingIOError:
        return True
    except (OSError, ValueError):
        return False
    return False  # the end of stream, or bytes nobody asked for


class SyncTransport:
    __slots__ = ("__weakref__", "_idle", "_lock", "_pid", "_ssl", "config")

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._ssl: Optional[ssl.SSLContext] = ssl.create_default_context() if config.scheme == "https" else None
        self._idle: list[_Socket] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()
        _transports.add(self)

    def send(self, config: ClientConfig, prepared: Prepared) -> tuple[HTTPResponse, int]:
        """Every attempt the policy allows: the final response (whatever its
        status) and the retries taken, or the error of the last failure."""
        exchange = Exchange(config, prepared)
        while True:
            attempt = exchange.next_attempt()
            try:
                status, reason, headers, body = self._attempt(
                    prepared.method, attempt.data, attempt.started + attempt.timeout, attempt.limit
                )
            except Exception as error:  # noqa: BLE001 - the core maps it, or re-raises what is not a transport failure
                delay = exchange.failed(error)
            else:
                delay, response = exchange.answered(status, reason, HTTPHeaders(headers), body)
                if delay is None:
                    return response, exchange.retries_taken
            sleep(delay)

    def close(self) -> None:
        """Closes the idle connections; a later request opens a new one."""
        with self._lock:
            idle, self._idle = self._idle, []
        for sock in idle:
            _close(sock)

    def __del__(self) -> None:
        # A client dropped without close(): its idle sockets go with it, quietly.
        try:
            self.close()
        except Exception:  # noqa: BLE001 - at interpreter exit anything may be gone
            pass

    def _forget(self) -> None:
        # In a forked child: the parent's connections are not ours to use.
        self._lock = threading.Lock()
        idle, self._idle = self._idle, []
        self._pid = os.getpid()
        for sock in idle:
            _close(sock)

    def _attempt(
        self, method: str, data: bytes, deadline: float, limit: Callable[[int], int]
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        sock = self._checkout(deadline)
        keep = False
        try:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AttemptTimeout("connecting")
            sock.settimeout(remaining)
            try:
                sock.sendall(data)
            except socket.timeout:
                raise AttemptTimeout("sending the request") from None
            reader = ResponseReader(method, limit)
            recv = sock.recv
            while not reader.done:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AttemptTimeout("waiting for the response" if reader.received == 0 else "reading the response")
                sock.settimeout(remaining)
                try:
                    chunk = recv(_READ_SIZE)
                except socket.timeout:
                    raise AttemptTimeout("waiting for the response" if reader.received == 0 else "reading the response") from None
                if chunk:
                    reader.feed(chunk)
                else:
                    reader.feed_eof()
            keep = reader.keep_alive
            return reader.status, reader.reason, reader.headers, bytes(reader.body)
        finally:
            if keep:
                self._checkin(sock)
            else:
                _close(sock)

    def _checkout(self, deadline: float) -> _Socket:
        while True:
            with self._lock:
                if self._pid != os.getpid():
                    self._idle, idle = [], self._idle
                    self._pid = os.getpid()
                    for stale in idle:
                        _close(stale)
                sock = self._idle.pop() if self._idle else None
            if sock is None:
                return self._connect(deadline)
            if _alive(sock):
                return sock
            _close(sock)

    def _checkin(self, sock: _Socket) -> None:
        with self._lock:
            if self._pid == os.getpid() and len(self._idle) < _MAX_IDLE:
                self._idle.append(sock)
                return
        _close(sock)

    def _connect(self, deadline: float) -> _Socket:
        config = self.config
        infos = socket.getaddrinfo(config.host, config.port, type=socket.SOCK_STREAM)
        errors: list[OSError] = []
        for family, kind, proto, _, address in infos:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AttemptTimeout("connecting")
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(remaining)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sock.connect(address)
            except socket.timeout:
                _close(sock)
                raise AttemptTimeout("connecting") from None
            except OSError as error:
                _close(sock)
                errors.append(error)
                continue
            if self._ssl is None:
                return sock
            try:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                return self._ssl.wrap_socket(sock, server_hostname=config.host)
            except socket.timeout:
                _close(sock)
                raise AttemptTimeout("the TLS handshake") from None
            except BaseException:
                _close(sock)
                raise
        if errors and all(isinstance(error, ConnectionRefusedError) for error in errors):
            raise errors[0]
        refused = [error for error in errors if not isinstance(error, ConnectionRefusedError)]
        raise refused[-1] if refused else OSError("no address to connect to")
