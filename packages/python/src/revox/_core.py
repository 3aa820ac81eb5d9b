"""The client without I/O: everything the blocking and the asyncio clients
share, so that they cannot drift apart.

- :func:`prepare` turns an operation of the table and a call's arguments into
  a :class:`Prepared` request (or refuses bad input before anything is sent);
- :class:`Exchange` runs the attempt loop's decisions: the bytes of each
  attempt, its deadline and size cap, whether a response or a failure is
  retried and after how long, and the log lines; the transports only move
  bytes and sleep;
- :func:`answer` turns the final response into the method's result or the
  error for it.
"""

from __future__ import annotations

import json
import math
import platform
import re
import socket
import ssl
import time
import uuid
from dataclasses import dataclass, field
from os import PathLike, fspath
from pathlib import PurePath
from typing import Any, Callable, List, Mapping, NoReturn, Optional, Sequence, cast
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from . import _http11
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    ResponseTooLargeError,
)
from ._generated import policy
from ._generated.errors import BY_STATUS, SERVER_ERROR
from ._generated.version import __version__
from ._http_types import HTTPHeaders, HTTPRequest, HTTPResponse
from ._logs import ClientLog
from ._models import BaseModel
from ._operation import Operation, Param
from ._options import Secret, check_headers, mask_headers, redact, sendable
from ._request_options import RequestOptions
from ._response import BinaryResponse
from ._retry import RetryPolicy
from ._types import NotGiven

__all__ = ["AttemptTimeout", "ClientConfig", "Exchange", "Prepared", "prepare", "result", "status_error"]

CLIENT_HEADER = f"revox-python/{__version__} python/{platform.python_version()}"
# Longer details of a failure are cut: a proxy's error page can be megabytes.
MAX_DETAIL = 300
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+\Z")


class AttemptTimeout(Exception):
    """The attempt's deadline passed (raised by a transport)."""

    def __init__(self, phase: str) -> None:
        super().__init__(phase)
        self.phase = phase


@dataclass(frozen=True)
class ClientConfig:
    """What a client was configured with, checked. Shared by its requests and
    by the clients ``with_options`` derives from it."""

    api_key: Secret
    base_url: SplitResult
    timeout: float
    max_retries: int
    retry: RetryPolicy
    max_response_bytes: Optional[int]
    default_headers: Mapping[str, Optional[str]]
    default_query: Mapping[str, object]
    log: ClientLog
    scheme: str = field(init=False)
    host: str = field(init=False)
    port: int = field(init=False)
    origin: str = field(init=False)
    base_path: str = field(init=False)
    host_header: str = field(init=False)

    def __post_init__(self) -> None:
        url = self.base_url
        host = url.hostname or ""
        default_port = 443 if url.scheme == "https" else 80
        port = url.port or default_port
        bracketed = f"[{host}]" if ":" in host else host
        host_header = bracketed if port == default_port else f"{bracketed}:{port}"
        object.__setattr__(self, "scheme", url.scheme)
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "port", port)
        object.__setattr__(self, "origin", f"{url.scheme}://{host_header}")
        object.__setattr__(self, "base_path", url.path)
        object.__setattr__(self, "host_header", host_header)

    @property
    def url(self) -> str:
        return self.origin + self.base_path

    def body_limit(self, operation: Operation) -> Callable[[int], int]:
        """The most body bytes read of a response of each status."""
        if self.max_response_bytes is not None:
            cap = self.max_response_bytes
            return lambda status: cap
        if operation.answer == "binary":
            return lambda status: policy.MAX_BINARY_RESPONSE_BYTES if 200 <= status < 300 else policy.MAX_RESPONSE_BYTES
        return lambda status: policy.MAX_RESPONSE_BYTES

    def __repr__(self) -> str:
        return f"ClientConfig(base_url={self.url!r}, timeout={self.timeout}, max_retries={self.max_retries})"


@dataclass(frozen=True)
class Prepared:
    """One request, built and checked, ready for its attempts."""

    operation: Operation
    method: str
    target: str
    """The path and query, as sent on the request line."""
    url: str
    headers: tuple[tuple[str, str], ...]
    """Every header but the credentials and the per-attempt ones."""
    authorize: bool
    """Whether to send the client's key: not when the call set or removed ``authorization``."""
    body: Optional[bytes]
    timeout: float
    max_retries: int

    def shown_request(self) -> HTTPRequest:
        return HTTPRequest(self.method, self.url, mask_headers(dict(self.headers)))


# -- building the request -------------------------------------------------------


def _refuse(message: str) -> NoReturn:
    raise InvalidRequestError(f"{message} Nothing was sent.")


def _segment(name: str, value: object, integer: bool = False) -> str:
    """A path parameter as one percent-encoded segment. What encoding cannot make
    safe is refused: a value that is not a str (or an int, for a parameter the
    spec types integer), an empty one, and the dot segments, which URL
    resolution turns into another path."""
    if integer and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        _refuse(f"Invalid `{name}`: expected a str, got {type(value).__name__}.")
    if not value:
        _refuse(f"Invalid `{name}`: must not be empty.")
    if value in (".", ".."):
        _refuse(f"Invalid `{name}`: must not be {value!r} (a dot segment changes the path).")
    if _UNRESERVED.match(value):
        return value
    try:
        return quote(value, safe="", errors="strict")
    except UnicodeEncodeError:
        _refuse(f"Invalid `{name}`: must be valid Unicode (it holds a lone surrogate).")


def _query_text(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            _refuse(f"Invalid `{name}`: a query value must be a finite number.")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value
    _refuse(f"Invalid `{name}`: a query value must be a str, a number or a bool, got {type(value).__name__}.")


def _quote(text: str, name: str) -> str:
    try:
        return quote(text, safe="", errors="strict")
    except UnicodeEncodeError:
        _refuse(f"Invalid `{name}`: must be valid Unicode (it holds a lone surrogate).")


def _add_query(pairs: list[tuple[str, str]], wire: str, name: str, value: object, array: bool) -> None:
    if isinstance(value, (list, tuple)):
        items = cast(Sequence[object], value)
        if not array:
            _refuse(f"Invalid `{name}`: expected one value, got a {type(items).__name__}.")
        pairs.extend((wire, _query_text(name, item)) for item in items)
    elif array:
        _refuse(f"Invalid `{name}`: expected a list of values, got {type(value).__name__}.")
    else:
        pairs.append((wire, _query_text(name, value)))


def _given(value: object) -> bool:
    return not isinstance(value, NotGiven)


def _json_problem(value: object) -> str:
    try:
        json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        return "is nested too deeply"
    except UnicodeEncodeError:
        return "holds text that is not valid Unicode (a lone surrogate)"
    except TypeError as error:
        found = re.search(r"Object of type (\w+)", str(error))
        if found:
            return f"holds a {found.group(1)}, which JSON cannot carry"
        found = re.search(r"keys must be .*, not (\w+)", str(error))
        return f"has a {found.group(1)} key, which JSON cannot carry" if found else "holds a value JSON cannot carry"
    except ValueError as error:
        if "Circular" in str(error):
            return "holds a circular reference"
        return "holds a float that is NaN or infinite, which JSON cannot carry"
    return ""


def _encode_json(operation: Operation, body: dict[str, Any], names: Mapping[str, str]) -> bytes:
    try:
        return json.dumps(body, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        pass
    for wire, value in body.items():
        problem = _json_problem(value)
        if problem:
            _refuse(f"The body of {operation.sdk} cannot be sent as JSON: `{names.get(wire, wire)}` {problem}.")
    _refuse(f"The body of {operation.sdk} cannot be sent as JSON.")


def _multipart(operation: Operation, fields: Sequence[tuple[Param, object]]) -> tuple[bytes, str]:
    boundary = f"revox-{uuid.uuid4().hex}"
    out = bytearray()

    def disposition(text: str) -> str:
        return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")

    for param, value in fields:
        out += f"--{boundary}\r\n".encode()
        if param.file:
            filename, content, content_type = _file_part(param, value)
            out += (
                f'Content-Disposition: form-data; name="{disposition(param.wire)}"; filename="{disposition(filename)}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            ).encode()
            out += content
        else:
            if isinstance(value, (dict, list)):
                text = _encode_json(operation, {param.wire: value}, {param.wire: param.name}).decode("utf-8")[len(param.wire) + 4 : -1]
            elif isinstance(value, bool):
                text = "true" if value else "false"
            elif isinstance(value, (str, int, float)):
                text = str(value)
            else:
                _refuse(f"Invalid `{param.name}`: expected a str, a number or a bool, got {type(value).__name__}.")
            out += f'Content-Disposition: form-data; name="{disposition(param.wire)}"\r\n\r\n'.encode()
            try:
                out += text.encode("utf-8")
            except UnicodeEncodeError:
                _refuse(f"Invalid `{param.name}`: must be valid Unicode (it holds a lone surrogate).")
        out += b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def _file_part(param: Param, value: object) -> tuple[str, bytes, str]:
    """A file as (filename, bytes, media type): bytes, a path, an open binary
    file, or a tuple (filename, bytes or file[, media type])."""
    content_type = "application/octet-stream"
    filename = param.wire
    if isinstance(value, tuple):
        parts: tuple[object, ...] = value  # pyright: ignore[reportUnknownVariableType]
        if len(parts) not in (2, 3) or not isinstance(parts[0], str) or (len(parts) == 3 and not isinstance(parts[2], str)):
            _refuse(f"Invalid `{param.name}`: a file tuple is (filename, content) or (filename, content, media type).")
        filename = parts[0]
        if len(parts) == 3:
            content_type = str(parts[2])
        value = parts[1]
    if isinstance(value, (bytes, bytearray)):
        return filename, bytes(value), content_type
    if isinstance(value, memoryview):
        return filename, cast(memoryview, value).tobytes(), content_type
    if isinstance(value, PathLike):
        path: PathLike[str] = value  # pyright: ignore[reportUnknownVariableType]
        try:
            with open(fspath(path), "rb") as file:
                data = file.read()
        except OSError as error:
            raise InvalidRequestError(f"Invalid `{param.name}`: cannot read the file ({error.strerror}). Nothing was sent.") from None
        return (PurePath(fspath(path)).name if filename == param.wire else filename), data, content_type
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, bytes):
            _refuse(f"Invalid `{param.name}`: open the file in binary mode ('rb').")
        name = getattr(value, "name", None)
        if filename == param.wire and isinstance(name, str):
            filename = PurePath(name).name
        return filename, data, content_type
    _refuse(f"Invalid `{param.name}`: expected bytes, a path, a binary file or a (filename, content) tuple, got {type(value).__name__}.")


def prepare(
    config: ClientConfig,
    operation: Operation,
    path_args: Sequence[object],
    params: Mapping[str, object],
    options: RequestOptions,
) -> Prepared:
    """The request of one call, or :class:`InvalidRequestError` before anything is sent.
    ``params`` holds the method's keywords by Python name (``NOT_GIVEN`` when left out)."""
    target = config.base_path + _path(operation, path_args) + _query(config, operation, params, options)
    body, content_type = _body(operation, params, options)
    headers = _headers(config, operation, params, options, content_type)
    return Prepared(
        operation=operation,
        method=operation.http_method,
        target=target,
        url=config.origin + target,
        headers=tuple((name, value) for name, value in headers.items() if value is not None),
        authorize="authorization" not in headers,
        body=body,
        timeout=_timeout(config, options),
        max_retries=config.max_retries,
    )


def _timeout(config: ClientConfig, options: RequestOptions) -> float:
    if isinstance(options.timeout, NotGiven):
        return config.timeout
    value = cast(object, options.timeout)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0:
        return float(value)
    _refuse("Invalid `timeout`: expected a number of seconds > 0.")


def _path(operation: Operation, path_args: Sequence[object]) -> str:
    """The path, each parameter one encoded segment."""
    if len(path_args) != len(operation.path_params):
        _refuse(f"{operation.sdk} takes {len(operation.path_params)} path parameters, got {len(path_args)}.")
    path = operation.path
    for name, value in zip(operation.path_params, path_args):
        path = path.replace("{" + name + "}", _segment(name, value, name in operation.integer_path_params), 1)
    return path


def _query(config: ClientConfig, operation: Operation, params: Mapping[str, object], options: RequestOptions) -> str:
    """``?...``: the operation's parameters, then the client's and the call's extras
    (by wire name; an extra given None removes the parameter)."""
    pairs: list[tuple[str, str]] = []
    for param in operation.query:
        value = params.get(param.name)
        if value is None or not _given(value):
            if param.required:
                _refuse(f"Missing required keyword `{param.name}` for {operation.sdk}.")
            continue
        _add_query(pairs, param.wire, param.name, value, param.array)
    extras = {**config.default_query, **(options.extra_query or {})}
    if extras:
        pairs = [pair for pair in pairs if pair[0] not in extras]
        for key, value in extras.items():
            if value is not None and _given(value):
                _add_query(pairs, key, f"extra_query[{key!r}]", value, isinstance(value, (list, tuple)))
    if not pairs:
        return ""
    return "?" + "&".join(f"{_quote(key, key)}={_quote(value, key)}" for key, value in pairs)


def _body(operation: Operation, params: Mapping[str, object], options: RequestOptions) -> tuple[Optional[bytes], Optional[str]]:
    """The body and its media type. A JSON body is always sent when the operation
    has one (``{}`` when no field is given); its fields go under their wire
    names, nested values as given, ``extra_body`` merged last."""
    spec_body = operation.body
    extra_body = dict(options.extra_body or {})
    if spec_body is None:
        return (_encode_json(operation, extra_body, {}), "application/json") if extra_body else (None, None)
    given = [(param, params[param.name]) for param in spec_body.fields if param.name in params and _given(params[param.name])]
    if spec_body.required or given:
        named = {param.name for param, _ in given}
        missing = [p.name for p in spec_body.fields if p.required and p.name not in named and p.wire not in extra_body]
        if missing:
            _refuse(f"Missing required keyword {', '.join(f'`{name}`' for name in missing)} for {operation.sdk}.")
    if spec_body.encoding == "multipart":
        extra_fields = [(Param(wire=key, name=key, required=False), value) for key, value in extra_body.items()]
        return _multipart(operation, [*given, *extra_fields])
    payload: dict[str, Any] = {param.wire: value for param, value in given}
    payload.update(extra_body)
    return _encode_json(operation, payload, {param.wire: param.name for param in spec_body.fields}), "application/json"


def _headers(
    config: ClientConfig,
    operation: Operation,
    params: Mapping[str, object],
    options: RequestOptions,
    content_type: Optional[str],
) -> dict[str, Optional[str]]:
    """The headers by lower-case name: the SDK's, the operation's parameters, the
    client's defaults, the call's extras (None removes one), then the SDK's own
    client header (``policy.HEADER_CLIENT``). The credentials and the attempt's
    headers come later."""
    headers: dict[str, Optional[str]] = {
        "accept": operation.accept,
        "accept-encoding": _http11.ACCEPT_ENCODING,
        "user-agent": CLIENT_HEADER,
    }
    if content_type is not None:
        headers["content-type"] = content_type
    for param in operation.headers:
        value = params.get(param.name)
        if value is None or not _given(value):
            if param.required:
                _refuse(f"Missing required keyword `{param.name}` for {operation.sdk}.")
            continue
        text = _query_text(param.name, value)
        if not sendable(text):
            _refuse(f"Invalid `{param.name}`: a header carries printable ASCII only.")
        headers[param.wire.lower()] = text
    headers.update(config.default_headers)
    if options.extra_headers:
        try:
            extra = check_headers("extra_headers", options.extra_headers, error=InvalidRequestError)
        except InvalidRequestError as error:
            _refuse(str(error))
        headers.update(extra)
    headers[policy.HEADER_CLIENT] = CLIENT_HEADER
    return headers


# -- the attempts ------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    number: int
    data: bytes
    """The request's bytes."""
    timeout: float
    """Seconds the whole attempt may take."""
    limit: Callable[[int], int]
    started: float


class Exchange:
    """The decisions of one request's attempt loop. A transport calls
    :meth:`next_attempt`, sends its bytes, and reports :meth:`answered` with
    the response or :meth:`failed` with the exception; each says how long to
    wait before the next attempt, or ends the loop (``None`` from
    :meth:`answered`, the error raised by :meth:`failed`)."""

    __slots__ = ("_auth", "_number", "_shown", "_started", "config", "prepared", "retries_taken")

    def __init__(self, config: ClientConfig, prepared: Prepared) -> None:
        self.config = config
        self.prepared = prepared
        self._number = 0
        self._started = 0.0
        self._auth = f"Bearer {config.api_key.reveal()}"
        self._shown = prepared.shown_request()
        self.retries_taken = 0

    def next_attempt(self) -> Attempt:
        self._number += 1
        self.retries_taken = self._number - 1
        prepared = self.prepared
        config = self.config
        headers = [("host", config.host_header), *prepared.headers]
        if prepared.authorize:
            headers.append(("authorization", self._auth))
        headers.append((policy.HEADER_ATTEMPT, str(self._number)))
        if prepared.body is not None:
            headers.append(("content-length", str(len(prepared.body))))
        elif prepared.method in ("POST", "PUT", "PATCH"):
            headers.append(("content-length", "0"))
        shown = mask_headers(dict(headers))
        self._shown = HTTPRequest(prepared.method, prepared.url, shown)
        log = config.log
        if log.enabled(10):
            log.debug(f"→ {prepared.method} {prepared.url} (attempt {self._number}/{prepared.max_retries + 1}) {shown!r}")
        self._started = time.monotonic()
        data = _http11.encode_request(prepared.method, prepared.target, headers, prepared.body)
        return Attempt(self._number, data, prepared.timeout, config.body_limit(prepared.operation), self._started)

    def answered(self, status: int, reason: str, headers: HTTPHeaders, body: bytes) -> tuple[Optional[float], HTTPResponse]:
        """Whether to retry after this response: a delay, or None to keep it."""
        prepared = self.prepared
        elapsed = time.monotonic() - self._started
        response = HTTPResponse(status, reason, headers, body, self._shown, elapsed)
        log = self.config.log
        if log.enabled(10):
            log.debug(f"← {status} {prepared.method} {prepared.url} in {round(elapsed * 1000)} ms (attempt {self._number})")
        if self._number > prepared.max_retries or not RetryPolicy.retryable_status(status, prepared.operation.idempotent):
            return None, response
        delay = self.config.retry.delay(self._number, headers)
        if delay is None:
            return None, response
        if log.enabled(20):
            log.info(
                f"Got {status}. Retrying {prepared.method} {prepared.url} in {round(delay * 1000)} ms (retry {self._number} of {prepared.max_retries})."
            )
        return delay, response

    def failed(self, error: BaseException) -> float:
        """The delay before the next attempt after a failure to get a response,
        or raises the error for it."""
        prepared = self.prepared
        mapped, refused = self._map(error)
        log = self.config.log
        if log.enabled(10):
            log.debug(f"✗ {prepared.method} {prepared.url} failed (attempt {self._number}): {mapped.message}")
        # An answer too large, or in a coding the SDK cannot read, would come again the same.
        final = isinstance(error, (_http11.TooLarge, _http11.Undecodable))
        retryable = not final and RetryPolicy.retryable_failure(refused, prepared.operation.idempotent)
        if retryable and self._number <= prepared.max_retries:
            delay = self.config.retry.delay(self._number, {})
            if delay is not None:
                if log.enabled(20):
                    log.info(
                        f"{mapped.message} Retrying {prepared.method} {prepared.url} in {round(delay * 1000)} ms (retry {self._number} of {prepared.max_retries})."
                    )
                return delay
        raise mapped from error

    def _map(self, error: BaseException) -> tuple[APIError, bool]:
        """The SDK's error for a failure, and whether the connection was refused."""
        request = self._shown
        config = self.config
        where = f"{config.host}:{config.port}"
        if isinstance(error, AttemptTimeout):
            return APITimeoutError(f"Request timed out after {self.prepared.timeout:g} s ({error.phase}).", request), False
        if isinstance(error, _http11.TooLarge):
            size = f" (Content-Length {error.announced})" if error.announced is not None else ""
            message = f"The response ({error.status}) is larger than max_response_bytes, {error.limit} bytes{size}: reading stopped and the connection was closed."
            return ResponseTooLargeError(message, request, limit=error.limit, status_code=error.status), False
        if isinstance(error, _http11.Undecodable):
            message = (
                f"The response ({error.status}) is encoded with {error.coding}, which the SDK cannot decode "
                f"(it asks for {_http11.ACCEPT_ENCODING}): its body was not read and the connection was closed."
            )
            return APIError(message, request), False
        if isinstance(error, _http11.ProtocolError):
            return APIConnectionError(f"Connection error: {error}.", request), False
        if isinstance(error, ConnectionRefusedError):
            return APIConnectionError(f"Connection refused by {where} (ConnectionRefusedError).", request), True
        if isinstance(error, socket.gaierror):
            return APIConnectionError(f"Could not resolve {config.host} ({error.strerror or error}).", request), False
        if isinstance(error, (ssl.SSLError, ssl.CertificateError)):
            return APIConnectionError(
                f"TLS error with {where}: {getattr(error, 'reason', None) or error} ({type(error).__name__}).", request
            ), False
        if isinstance(error, OSError):
            text = error.strerror or str(error) or "no detail"
            return APIConnectionError(f"Connection error with {where}: {text} ({type(error).__name__}).", request), False
        raise error


# -- the answer ------------------------------------------------------------------------


def _error_body(content: bytes, secret: str) -> object:
    """Parsed JSON when the body is JSON, else its text ("" when empty); the key blanked out."""
    text = content.decode("utf-8", errors="replace")
    try:
        data = json.loads(text) if text.strip() else ""
    except (ValueError, RecursionError):
        data = text
    try:
        return redact(data, secret)
    except RecursionError:
        return redact(text, secret)


def _detail(body: object) -> str:
    if isinstance(body, dict):
        data: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
        message = data.get("message")
        if not isinstance(message, str) or not message.strip():
            return _compact(data)
        if "errors" in data:
            return f"{message.strip()} errors: {_compact(data['errors'])}"
        return message.strip()
    if isinstance(body, list):
        return _compact(cast(List[Any], body))
    if isinstance(body, str):
        text = body.strip()
        if not re.match(r"<(!doctype|html)", text, re.IGNORECASE):
            return text
        title = re.search(r"<title[^>]*>([^<]*)</title>", text, re.IGNORECASE)
        shown = title.group(1).strip() if title else ""
        return f"{shown} (HTML error page)" if shown else "(HTML error page)"
    return ""


def _compact(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return str(value)


def _violations(header: Optional[str]) -> str:
    """Prism lists each request violation in ``sl-violations``, as JSON."""
    if not header:
        return ""
    try:
        items = json.loads(header)
        return "; ".join(str(item["message"]) for item in items)
    except (ValueError, TypeError, KeyError, RecursionError):
        return header


def describe_failure(status: int, headers: Mapping[str, str], body: object) -> str:
    """ "404 Assistant not found.": the status, then the best human-readable
    detail the response offers."""
    text = " — ".join(part for part in (_detail(body), _violations(headers.get("sl-violations"))) if part)
    if not text:
        text = "(no body)"
    if len(text) > MAX_DETAIL:
        text = text[:MAX_DETAIL] + "…"
    return text if text.startswith(f"{status} ") else f"{status} {text}"


def _redacted_response(response: HTTPResponse, secret: str) -> HTTPResponse:
    headers = HTTPHeaders((name, redact(value, secret)) for name, value in response.headers.raw())
    content: bytes = redact(response.content, secret)
    return HTTPResponse(response.status_code, response.reason, headers, content, response.http_request, response.elapsed)


def status_error(config: ClientConfig, response: HTTPResponse) -> APIStatusError:
    """The error for a response that is not a success."""
    secret = config.api_key.reveal()
    shown = _redacted_response(response, secret)
    status = response.status_code
    body = _error_body(response.content, secret)
    if 300 <= status < 400:
        location = shown.headers.get("location")
        if location:
            target = urlsplit(urljoin(response.http_request.url, location))
            where = f"{target.scheme}://{target.hostname or ''}{f':{target.port}' if target.port else ''}{target.path}"
            message = f"{status} redirect to {where}: the SDK does not follow redirects; check base_url."
        else:
            message = f"{status} redirect without a Location: the SDK does not follow redirects."
        return APIStatusError(message, response=shown, body=body)
    error_class = BY_STATUS.get(status) or (SERVER_ERROR if status >= 500 else APIStatusError)
    return error_class(redact(describe_failure(status, shown.headers, body), secret), response=shown, body=body)


def result(config: ClientConfig, prepared: Prepared, response: HTTPResponse, cast_to: Optional[type[BaseModel]]) -> Any:
    """The result of a call from its final response, or the error for it: a
    model of ``cast_to`` (a JSON answer), a :class:`BinaryResponse`, or None
    (an empty answer)."""
    status = response.status_code
    if not 200 <= status < 300:
        raise status_error(config, response)
    operation = prepared.operation
    if operation.answer == "empty":
        return None
    if operation.answer == "binary":
        return BinaryResponse(response.content, response.headers.get("content-type", operation.media_type))
    data = parse_json(config, operation, response)
    return data if cast_to is None else model_of(config, operation, response, cast_to, data)


def parse_json(config: ClientConfig, operation: Operation, response: HTTPResponse) -> Any:
    status = response.status_code
    secret = config.api_key.reveal()
    content = response.content
    if not content.strip():
        shown = _redacted_response(response, secret)
        raise APIError(f"{status} response to {operation.sdk} has no body; expected JSON.", shown.http_request, body="")
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else type(error).__name__
        shown = _redacted_response(response, secret)
        media = shown.headers.get("content-type", "no content-type")
        encoding = shown.headers.get("content-encoding")
        note = f", content-encoding {encoding}" if encoding else ""
        raise APIError(
            f"{status} response body of {operation.sdk} is not valid JSON ({reason}; {media}{note}).",
            shown.http_request,
            body=_error_body(content, secret),
        ) from None


def model_of(config: ClientConfig, operation: Operation, response: HTTPResponse, model: type[BaseModel], data: Any) -> BaseModel:
    if not isinstance(data, dict):
        shown = _redacted_response(response, config.api_key.reveal())
        raise APIError(
            f"{response.status_code} response body of {operation.sdk} is {type(data).__name__} JSON; expected an object.",
            shown.http_request,
            body=_error_body(response.content, config.api_key.reveal()),
        )
    return model.construct(data)  # pyright: ignore[reportUnknownArgumentType]
