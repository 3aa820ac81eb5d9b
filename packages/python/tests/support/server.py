"""A real HTTP/1.1 server on 127.0.0.1 (a free port) in threads: it records
every request as it arrived and answers from a script. Connections are kept
alive, and each request remembers which connection it came on.

A handler gets the :class:`Received` request and returns an answer:

- :class:`Reply` (status, headers, body; Content-Length added unless told);
- ``DROP`` close the connection without answering (after reading the request);
- ``RESET`` the same with a TCP reset;
- ``HANG`` never answer; wait for the client to close the connection;
- :class:`Trickle` a head, then the body one byte every ``interval`` seconds;
- :class:`Raw` exactly these bytes, then close the connection.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
from urllib.parse import parse_qsl


@dataclass
class Received:
    method: str
    target: str
    path: str
    query: List[Tuple[str, str]]
    headers: Dict[str, str]
    body: bytes
    connection: int

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> List[Any]:
        """The parts of a ``multipart/form-data`` body, in order, as email messages
        (``get_param("name", header="content-disposition")``, ``get_filename()``,
        ``get_payload(decode=True)``)."""
        head = f"content-type: {self.headers['content-type']}\r\n\r\n".encode()
        return list(BytesParser(policy=HTTP).parsebytes(head + self.body).iter_parts())


@dataclass
class Reply:
    status: int = 200
    headers: Dict[str, str] = field(default_factory=dict[str, str])
    body: bytes = b""
    length: bool = True
    """Whether to add Content-Length."""
    close: bool = False
    """Whether to close the connection after answering (without saying so)."""
    version: str = "HTTP/1.1"


@dataclass
class Trickle:
    status: int
    headers: Dict[str, str]
    body: bytes
    interval: float


@dataclass
class Raw:
    data: bytes


class _Action:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


DROP = _Action("DROP")
RESET = _Action("RESET")
HANG = _Action("HANG")

Answer = Union[Reply, Trickle, Raw, _Action]
Handler = Callable[[Received], Answer]


def json_reply(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> Handler:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    merged = {"content-type": "application/json", **(headers or {})}
    return lambda _request: Reply(status, merged, data)


def always(answer: Answer) -> Handler:
    return lambda _request: answer


class TestServer:
    def __init__(self, *handlers: Handler, tls: Optional[ssl.SSLContext] = None) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._tls = tls
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._requests: List[Received] = []
        self._sockets: List[socket.socket] = []
        self._threads: List[threading.Thread] = []
        self._closed_at: Dict[int, float] = {}
        self._stop = threading.Event()
        self._handlers: List[Handler] = []
        self._scripted_at = 0
        self.script(*(handlers or (json_reply(200, {}),)))
        self._acceptor = threading.Thread(target=self._accept_loop, name="test-server-accept", daemon=True)
        self._acceptor.start()

    # -- the script and what came ------------------------------------------------

    def script(self, *handlers: Handler) -> None:
        """Handlers used in order, one per request from now on; the last one repeats."""
        with self._lock:
            self._handlers = list(handlers)
            self._scripted_at = len(self._requests)

    @property
    def requests(self) -> List[Received]:
        with self._lock:
            return list(self._requests)

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._sockets)

    def closed_at(self, connection: int) -> Optional[float]:
        """When that connection ended (monotonic), if it did: the client closed it,
        or the server did as scripted."""
        with self._lock:
            return self._closed_at.get(connection)

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} requests, got {len(self.requests)}")
            time.sleep(0.005)

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
            threads = list(self._threads)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(10)
        for sock in sockets:
            sock.close()

    def __enter__(self) -> TestServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- serving ------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            sock.settimeout(None)
            with self._lock:
                self._sockets.append(sock)
                connection = len(self._sockets)
                thread = threading.Thread(target=self._serve, args=(sock, connection), name=f"test-server-{connection}", daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, connection: int) -> None:
        if self._tls is not None:
            try:
                sock.settimeout(10)
                sock = self._tls.wrap_socket(sock, server_side=True)
                sock.settimeout(None)
                with self._lock:
                    self._sockets[connection - 1] = sock
            except (OSError, ssl.SSLError):
                with self._lock:
                    self._closed_at.setdefault(connection, time.monotonic())
                sock.close()
                return
        reader = sock.makefile("rb")
        try:
            while not self._stop.is_set():
                received = self._read_request(reader, connection)
                if received is None:
                    break
                answer = self._handler_for(received)(received)
                if answer is DROP:
                    break
                if answer is RESET:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    break
                if answer is HANG:
                    self._wait_for_close(sock)
                    break
                if isinstance(answer, Raw):
                    sock.sendall(answer.data)
                    break
                if isinstance(answer, Trickle):
                    self._trickle(sock, answer)
                    break
                assert isinstance(answer, Reply)
                head = [f"{answer.version} {answer.status} Status"] + [f"{name}: {value}" for name, value in answer.headers.items()]
                if answer.length:
                    head.append(f"content-length: {len(answer.body)}")
                sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + answer.body)
                if not answer.length or answer.close or answer.headers.get("connection") == "close":
                    break
        except OSError:
            pass  # the client or close() ended the connection
        finally:
            reader.close()
            try:
                sock.close()
            except OSError:
                pass
            with self._lock:  # after the close: a test waiting for it may then rely on it
                self._closed_at.setdefault(connection, time.monotonic())

    def _wait_for_close(self, sock: socket.socket) -> None:
        sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                if not sock.recv(65536):
                    return
            except socket.timeout:
                continue
            except OSError:
                return

    def _trickle(self, sock: socket.socket, answer: Trickle) -> None:
        head = [f"HTTP/1.1 {answer.status} Status"] + [f"{name}: {value}" for name, value in answer.headers.items()]
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        for index in range(len(answer.body)):
            if self._stop.wait(answer.interval):
                return
            sock.sendall(answer.body[index : index + 1])

    def _read_request(self, reader: Any, connection: int) -> Optional[Received]:
        line = reader.readline()
        if not line:
            return None
        method, target, _version = line.decode("latin-1").split(" ", 2)
        headers: Dict[str, str] = {}
        while True:
            header = reader.readline()
            if header in (b"\r\n", b""):
                break
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = reader.read(int(headers.get("content-length", "0")))
        path, _, query = target.partition("?")
        return Received(method, target, path, parse_qsl(query, keep_blank_values=True), headers, body, connection)

    def _handler_for(self, received: Received) -> Handler:
        with self._lock:
            self._requests.append(received)
            index = min(len(self._requests) - 1 - self._scripted_at, len(self._handlers) - 1)
            return self._handlers[index]
