"""Options of one request, overriding the client's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from ._options import mask_headers
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["RequestOptions"]


@dataclass(frozen=True)
class RequestOptions:
    """What every method takes after its own keywords: ``extra_headers`` (None
    as a value removes a header the SDK would send), ``extra_query``,
    ``extra_body`` (merged into a JSON body as given) and ``timeout`` (seconds,
    for each attempt)."""

    extra_headers: Optional[Headers] = None
    extra_query: Optional[Query] = None
    extra_body: Optional[Body] = None
    timeout: Union[float, NotGiven] = NOT_GIVEN

    def __repr__(self) -> str:
        headers = mask_headers(self.extra_headers) if self.extra_headers is not None else None
        return (
            f"RequestOptions(extra_headers={headers!r}, extra_query={self.extra_query!r}, "
            f"extra_body={'…' if self.extra_body else None}, timeout={self.timeout!r})"
        )
