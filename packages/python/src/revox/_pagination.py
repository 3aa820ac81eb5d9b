"""Pages of a paginated list (``client.call.list(page=0, page_size=50)``).

A page is a model with the page's fields (``page.calls``), and iterating over
it walks every item from this page to the last one, fetching the following
pages as it goes. The API sends no total, cursor or "more" flag, so the last
page is the first with fewer items than the page size asked for, or none
(spec/sdk-policy.yaml, ``pagination.lastPage``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Generator, Generic, Iterator, List, Optional, TypeVar, cast

from ._exceptions import InvalidRequestError
from ._generated import policy
from ._models import BaseModel
from ._operation import Pagination

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

_ItemT = TypeVar("_ItemT")
_AsyncPageT = TypeVar("_AsyncPageT", bound="AsyncPage[Any]")

assert policy.LAST_PAGE == "shorter-than-page-size", "this runtime knows one last-page rule"


class _PageState:
    """How a page was asked for, to ask for the next one."""

    __slots__ = ("fetch", "number", "pagination", "size")

    def __init__(self, pagination: Pagination, number: object, size: object, fetch: Callable[[int], Any]) -> None:
        self.pagination = pagination
        self.number = number
        self.size = size
        self.fetch = fetch


class _BasePage(BaseModel, Generic[_ItemT]):
    def _revox_state(self) -> _PageState:
        return self.__dict__["_revox_page"]

    def _revox_attach(self, state: _PageState) -> None:
        self.__dict__["_revox_page"] = state

    def _revox_items(self) -> List[_ItemT]:
        """This page's items (for ``call.list``, ``.calls``)."""
        value = getattr(self, self._revox_state().pagination.items, None)
        return cast(List[_ItemT], value) if isinstance(value, list) else []

    def has_next_page(self) -> bool:
        """Whether a page may follow: this one is full (as many items as the page
        size asked for)."""
        state = self._revox_state()
        items = self._revox_items()
        if not items:
            return False
        size = state.size
        return not (isinstance(size, (int, float)) and len(items) < size)

    def _next_number(self) -> int:
        state = self._revox_state()
        if not self.has_next_page():
            raise RuntimeError("No next page: check has_next_page() before get_next_page().")
        number = state.number
        if not isinstance(number, int) or isinstance(number, bool):
            raise InvalidRequestError(
                f"`{state.pagination.page}` must be an int to fetch the next page, got {type(number).__name__}. Nothing was sent."
            )
        return number + 1


class SyncPage(_BasePage[_ItemT]):
    """A page of a blocking client."""

    def get_next_page(self) -> Self:
        """The following page (a request)."""
        number = self._next_number()
        return self._revox_state().fetch(number)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every following one."""
        page: Optional[Self] = self
        while page is not None:
            yield page
            page = page.get_next_page() if page.has_next_page() else None

    def __iter__(self) -> Iterator[_ItemT]:
        """Every item from this page on, fetching pages as needed."""
        for page in self.iter_pages():
            yield from page._revox_items()


class AsyncPage(_BasePage[_ItemT]):
    """A page of an asyncio client: ``async for`` walks every item."""

    async def get_next_page(self) -> Self:
        number = self._next_number()
        return await self._revox_state().fetch(number)

    async def iter_pages(self) -> AsyncIterator[Self]:
        page: Optional[Self] = self
        while page is not None:
            yield page
            page = await page.get_next_page() if page.has_next_page() else None

    async def __aiter__(self) -> AsyncIterator[_ItemT]:
        async for page in self.iter_pages():
            for item in page._revox_items():
                yield item


class AsyncPaginator(Generic[_ItemT, _AsyncPageT]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page."""

    __slots__ = ("_fetch",)

    def __init__(self, fetch: Callable[[], Awaitable[_AsyncPageT]]) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, _AsyncPageT]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[_ItemT]:
        page = await self
        async for item in page:
            yield cast(_ItemT, item)
