"""The clients' shared machinery: options (checked once), the request path
from a resource method to the transport, and the result.

``SyncAPIClient`` and ``AsyncAPIClient`` differ only in their transport and
in awaiting it; building requests, retry decisions and answers are the
sans-I/O core's (``_core``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence, Union, cast

from . import _core
from ._async_transport import AsyncTransport
from ._core import ClientConfig, Prepared
from ._exceptions import ConfigurationError
from ._generated import policy
from ._http_types import HTTPResponse
from ._logs import ClientLog
from ._models import BaseModel
from ._operation import Operation
from ._options import (
    Secret,
    check_api_key,
    check_base_url,
    check_delay,
    check_headers,
    check_log_level,
    check_max_bytes,
    check_retries,
    check_timeout,
    is_local_host,
    mask_headers,
)
from ._pagination import AsyncPage, AsyncPaginator, _BasePage, _PageState  # pyright: ignore[reportPrivateUsage]
from ._request_options import RequestOptions
from ._response import RAW_RESPONSE, RawResponse
from ._retry import RetryPolicy
from ._sync_transport import SyncTransport
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncAPIClient", "SyncAPIClient"]


def _env(name: str) -> Optional[str]:
    value = os.environ.get(name, "").strip()
    return value or None


class _ClientBase:
    """Options and their checks, shared by both clients."""

    _config: ClientConfig
    _settings: dict[str, Any]
    _transport: Any

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        max_retries: int = policy.MAX_RETRIES,
        timeout: float = policy.TIMEOUT,
        initial_retry_delay: float = policy.INITIAL_RETRY_DELAY,
        max_retry_delay: float = policy.MAX_RETRY_DELAY,
        max_retry_after: float = policy.MAX_RETRY_AFTER,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        max_response_bytes: Optional[int] = None,
        log_level: Optional[str] = None,
        _transport: Any = None,
    ) -> None:
        """Every option left out (or None) takes its environment variable, then its
        default (spec/sdk-policy.yaml, through ``_generated/policy.py``): ``api_key``,
        ``base_url`` and ``log_level`` read their environment variables first.
        ``timeout`` and the retry delays are in seconds; ``timeout`` bounds each
        whole attempt; a server asking for a longer wait than ``max_retry_after``
        gets no retry. ``max_response_bytes`` caps every answer, decoded (None:
        the policy's caps for JSON and error bodies, and for binary answers)."""
        key = check_api_key(api_key if api_key is not None else _env(policy.ENV_API_KEY), env=policy.ENV_API_KEY)
        url = check_base_url(base_url if base_url is not None else (_env(policy.ENV_BASE_URL) or policy.BASE_URL), env=policy.ENV_BASE_URL)
        level = check_log_level(
            log_level if log_level is not None else (_env(policy.ENV_LOG_LEVEL) or policy.LOG_LEVEL), env=policy.ENV_LOG_LEVEL
        )
        headers = check_headers("default_headers", default_headers)
        if default_query is not None and not isinstance(default_query, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ConfigurationError(f"Invalid `default_query` option: expected a mapping, got {type(default_query).__name__}.")
        log = ClientLog(level, key)
        self._config = ClientConfig(
            api_key=Secret(key),
            base_url=url,
            timeout=check_timeout("timeout", timeout),
            max_retries=check_retries("max_retries", max_retries),
            retry=RetryPolicy(
                check_delay("initial_retry_delay", initial_retry_delay),
                check_delay("max_retry_delay", max_retry_delay),
                check_delay("max_retry_after", max_retry_after),
            ),
            max_response_bytes=check_max_bytes("max_response_bytes", max_response_bytes),
            default_headers=headers,
            default_query=dict(default_query or {}),
            log=log,
        )
        # What with_options starts from: the resolved values, not the environment again.
        self._settings = {
            "api_key": self._config.api_key,
            "base_url": url.geturl(),
            "max_retries": max_retries,
            "timeout": timeout,
            "initial_retry_delay": initial_retry_delay,
            "max_retry_delay": max_retry_delay,
            "max_retry_after": max_retry_after,
            "default_headers": headers,
            "default_query": dict(default_query or {}),
            "max_response_bytes": max_response_bytes,
            "log_level": level,
        }
        if url.scheme == "http" and not is_local_host(self._config.host):
            log.warning(f"base_url {self._config.url}: the API key would cross the network unencrypted (http://).")
        shared = (
            _transport is not None and getattr(_transport, "config", None) is not None and _transport.config.origin == self._config.origin
        )
        self._transport = _transport if shared else self._new_transport()

    def _new_transport(self) -> Any:
        raise NotImplementedError

    # -- what a client shows ------------------------------------------------------

    @property
    def api_key(self) -> str:
        """The API key (never shown by ``repr``, errors or logs)."""
        return self._config.api_key.reveal()

    @property
    def base_url(self) -> str:
        return self._config.url

    @property
    def timeout(self) -> float:
        """Seconds each attempt may take, from connecting to the last byte of the body."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def max_response_bytes(self) -> Optional[int]:
        """The most bytes read of one answer; None for the policy's defaults."""
        return self._config.max_response_bytes

    @property
    def log_level(self) -> str:
        return self._config.log.level

    @property
    def default_headers(self) -> Mapping[str, Optional[str]]:
        return dict(self._config.default_headers)

    def __repr__(self) -> str:
        headers = f", default_headers={mask_headers(self._config.default_headers)!r}" if self._config.default_headers else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout}, max_retries={self.max_retries}{headers})"

    def with_options(
        self,
        *,
        api_key: Union[str, NotGiven] = NOT_GIVEN,
        base_url: Union[str, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
        initial_retry_delay: Union[float, NotGiven] = NOT_GIVEN,
        max_retry_delay: Union[float, NotGiven] = NOT_GIVEN,
        max_retry_after: Union[float, NotGiven] = NOT_GIVEN,
        default_headers: Union[Mapping[str, Optional[str]], NotGiven] = NOT_GIVEN,
        set_default_headers: Union[Mapping[str, Optional[str]], NotGiven] = NOT_GIVEN,
        default_query: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        max_response_bytes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        log_level: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Self:
        """A new client with these options changed and the others as this one's.
        This client is unchanged; the two share kept-alive connections when the
        base URL's origin is the same. ``default_headers`` adds to this client's
        (``set_default_headers`` replaces them)."""
        given: dict[str, Any] = {
            "api_key": api_key,
            "base_url": base_url,
            "max_retries": max_retries,
            "timeout": timeout,
            "initial_retry_delay": initial_retry_delay,
            "max_retry_delay": max_retry_delay,
            "max_retry_after": max_retry_after,
            "max_response_bytes": max_response_bytes,
            "log_level": log_level,
        }
        settings = dict(self._settings)
        settings["api_key"] = self._config.api_key.reveal()
        settings.update({name: value for name, value in given.items() if not isinstance(value, NotGiven)})
        if not isinstance(set_default_headers, NotGiven):
            settings["default_headers"] = dict(set_default_headers)
        elif not isinstance(default_headers, NotGiven):
            settings["default_headers"] = {**settings["default_headers"], **check_headers("default_headers", default_headers)}
        if not isinstance(default_query, NotGiven):
            settings["default_query"] = {**settings["default_query"], **default_query}
        return type(self)(_transport=self._transport, **settings)

    copy = with_options

    # -- results --------------------------------------------------------------------

    def _result(
        self,
        prepared: Prepared,
        response: HTTPResponse,
        cast_to: Optional[type[BaseModel]],
        params: Mapping[str, object],
        fetch: Optional[Callable[[int], Any]],
    ) -> Any:
        value = _core.result(self._config, prepared, response, cast_to)
        pagination = prepared.operation.pagination
        if pagination is not None and fetch is not None and isinstance(value, _BasePage):
            names = {param.wire: param.name for param in prepared.operation.query}
            number = params.get(names.get(pagination.page, pagination.page))
            size = params.get(names.get(pagination.size, pagination.size))
            page = cast(_BasePage[Any], value)
            page._revox_attach(_PageState(pagination, number, size, fetch))  # pyright: ignore[reportPrivateUsage]
            return page
        return value


class SyncAPIClient(_ClientBase):
    """The blocking client's machinery; see :class:`revox.Revox`."""

    _transport: SyncTransport

    def _new_transport(self) -> SyncTransport:
        return SyncTransport(self._config)

    def close(self) -> None:
        """Closes the kept-alive connections. The client stays usable: a later
        request opens a new one."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _request(
        self,
        operation: Operation,
        *,
        cast_to: Optional[type[BaseModel]],
        path: Sequence[object] = (),
        params: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> Any:
        """Sends one operation of the table. Resource methods call this."""
        values = params or {}
        prepared = _core.prepare(self._config, operation, path, values, options)
        response, retries = self._transport.send(self._config, prepared)

        def finish() -> Any:
            fetch = self._next_page(operation, cast_to, path, values, options) if operation.pagination else None
            return self._result(prepared, response, cast_to, values, fetch)

        if RAW_RESPONSE.get():
            if not 200 <= response.status_code < 300:
                raise _core.status_error(self._config, response)
            return RawResponse(response, finish, retries)
        return finish()

    def _next_page(
        self,
        operation: Operation,
        cast_to: Optional[type[BaseModel]],
        path: Sequence[object],
        params: Mapping[str, object],
        options: RequestOptions,
    ) -> Callable[[int], Any]:
        name = _page_param(operation)

        def fetch(number: int) -> Any:
            token = RAW_RESPONSE.set(False)
            try:
                return self._request(operation, cast_to=cast_to, path=path, params={**params, name: number}, options=options)
            finally:
                RAW_RESPONSE.reset(token)

        return fetch


class AsyncAPIClient(_ClientBase):
    """The asyncio client's machinery; see :class:`revox.AsyncRevox`."""

    _transport: AsyncTransport

    def _new_transport(self) -> AsyncTransport:
        return AsyncTransport(self._config)

    async def close(self) -> None:
        """Closes the kept-alive connections; a later request opens a new one."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def _request(
        self,
        operation: Operation,
        *,
        cast_to: Optional[type[BaseModel]],
        path: Sequence[object] = (),
        params: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> Any:
        values = params or {}
        prepared = _core.prepare(self._config, operation, path, values, options)
        response, retries = await self._transport.send(self._config, prepared)

        def finish() -> Any:
            fetch = self._next_page(operation, cast_to, path, values, options) if operation.pagination else None
            return self._result(prepared, response, cast_to, values, fetch)

        if RAW_RESPONSE.get():
            if not 200 <= response.status_code < 300:
                raise _core.status_error(self._config, response)
            return RawResponse(response, finish, retries)
        return finish()

    def _request_page(
        self,
        operation: Operation,
        *,
        cast_to: type[AsyncPage[Any]],
        path: Sequence[object] = (),
        params: Optional[Mapping[str, object]] = None,
        options: RequestOptions,
    ) -> AsyncPaginator[Any, Any]:
        """An async list method's result: awaitable (the first page) and async-iterable (every item)."""
        return AsyncPaginator(lambda: self._request(operation, cast_to=cast_to, path=path, params=params, options=options))

    def _next_page(
        self,
        operation: Operation,
        cast_to: Optional[type[BaseModel]],
        path: Sequence[object],
        params: Mapping[str, object],
        options: RequestOptions,
    ) -> Callable[[int], Any]:
        name = _page_param(operation)

        async def fetch(number: int) -> Any:
            token = RAW_RESPONSE.set(False)
            try:
                return await self._request(operation, cast_to=cast_to, path=path, params={**params, name: number}, options=options)
            finally:
                RAW_RESPONSE.reset(token)

        return fetch


def _page_param(operation: Operation) -> str:
    """The keyword of the page-number query parameter."""
    pagination = operation.pagination
    assert pagination is not None
    for param in operation.query:
        if param.wire == pagination.page:
            return param.name
    return pagination.page
