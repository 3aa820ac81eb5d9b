"""What every resource class (``resources/*.py``) shares: the client its
methods send through."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    __slots__ = ("__dict__", "_client", "_request")

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._request = client._request  # pyright: ignore[reportPrivateUsage]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncAPIResource:
    __slots__ = ("__dict__", "_client", "_request", "_request_page")

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._request = client._request  # pyright: ignore[reportPrivateUsage]
        self._request_page = client._request_page  # pyright: ignore[reportPrivateUsage]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
