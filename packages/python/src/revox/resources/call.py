# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""``client.call``: list, create, retrieve."""

from __future__ import annotations

from functools import cached_property
from typing import Dict, Optional, Union

from .._generated.operations import OPERATIONS
from .._pagination import AsyncPaginator
from .._request_options import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.call import (
    AsyncCallListPage,
    CallAssistantParam,
    CallAttempt,
    CallConcurrencyParam,
    CallCreateResponse,
    CallRetrieveResponse,
    SyncCallListPage,
)

__all__ = ["AsyncCall", "AsyncCallWithRawResponse", "Call", "CallWithRawResponse"]


class Call(SyncAPIResource):
    """``client.call``: list, create, retrieve."""

    @cached_property
    def with_raw_response(self) -> CallWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return CallWithRawResponse(self)

    def list(
        self,
        *,
        page: int,
        page_size: int,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> SyncCallListPage:
        """**List call attempts** (``GET /call``)

        Returns one page of the organization's call **attempts** (not call orders),
        newest first. Pages are numbered from 0.

        The response has no total, no cursor and no "more" flag. A page with fewer than
        ``page_size`` attempts, or none, is the last one; this rule is inferred, not
        documented.
        """
        return self._request(
            OPERATIONS["listCalls"],
            cast_to=SyncCallListPage,
            params={"page": page, "page_size": page_size},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def create(
        self,
        *,
        phone_number: str,
        assistant_id: Union[str, NotGiven] = NOT_GIVEN,
        assistant: Union[CallAssistantParam, NotGiven] = NOT_GIVEN,
        concurrency: Union[CallConcurrencyParam, NotGiven] = NOT_GIVEN,
        force_now: Union[bool, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[str, NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        prompt_variables: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        scheduled_at: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> CallCreateResponse:
        """**Place a call** (``POST /call``)

        Orders a phone call to ``phone_number``, made by an existing assistant
        (``assistant_id``) or by one described inline (``assistant``). The response is
        the call order; Revox then places one or more call attempts, within the calling
        windows and retry policy in force, possibly over several days. Read their
        progress with ``GET /call/{id}``.

        **This places a real phone call.** Revox documents no idempotency key and
        deduplicates nothing, so sending the same order twice rings the person twice.
        Never repeat this request after a timeout or a dropped connection: the first one
        may have been accepted. Repeating it is safe only after a ``429`` or ``503``,
        which say the order was not taken; the official SDK retries only those.

        Give either ``assistant_id`` or ``assistant``. What the server does when both or
        neither are given is not documented.
        """
        return self._request(
            OPERATIONS["createCall"],
            cast_to=CallCreateResponse,
            params={
                "phone_number": phone_number,
                "assistant_id": assistant_id,
                "assistant": assistant,
                "concurrency": concurrency,
                "force_now": force_now,
                "from_phone_number": from_phone_number,
                "metadata": metadata,
                "prompt_variables": prompt_variables,
                "scheduled_at": scheduled_at,
            },
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def retrieve(
        self,
        id: str,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> CallRetrieveResponse:
        """**Retrieve a call order** (``GET /call/{id}``)

        Returns a call order with all its attempts so far, newest first, including each
        attempt's transcript and extracted data once the attempt has ended.
        """
        return self._request(
            OPERATIONS["retrieveCall"],
            cast_to=CallRetrieveResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class AsyncCall(AsyncAPIResource):
    """``client.call``: list, create, retrieve (awaited; ``list`` also ``async for``)."""

    @cached_property
    def with_raw_response(self) -> AsyncCallWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncCallWithRawResponse(self)

    def list(
        self,
        *,
        page: int,
        page_size: int,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[CallAttempt, AsyncCallListPage]:
        """**List call attempts** (``GET /call``)

        Returns one page of the organization's call **attempts** (not call orders),
        newest first. Pages are numbered from 0.

        The response has no total, no cursor and no "more" flag. A page with fewer than
        ``page_size`` attempts, or none, is the last one; this rule is inferred, not
        documented.
        """
        return self._request_page(
            OPERATIONS["listCalls"],
            cast_to=AsyncCallListPage,
            params={"page": page, "page_size": page_size},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def create(
        self,
        *,
        phone_number: str,
        assistant_id: Union[str, NotGiven] = NOT_GIVEN,
        assistant: Union[CallAssistantParam, NotGiven] = NOT_GIVEN,
        concurrency: Union[CallConcurrencyParam, NotGiven] = NOT_GIVEN,
        force_now: Union[bool, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[str, NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        prompt_variables: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        scheduled_at: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> CallCreateResponse:
        """**Place a call** (``POST /call``)

        Orders a phone call to ``phone_number``, made by an existing assistant
        (``assistant_id``) or by one described inline (``assistant``). The response is
        the call order; Revox then places one or more call attempts, within the calling
        windows and retry policy in force, possibly over several days. Read their
        progress with ``GET /call/{id}``.

        **This places a real phone call.** Revox documents no idempotency key and
        deduplicates nothing, so sending the same order twice rings the person twice.
        Never repeat this request after a timeout or a dropped connection: the first one
        may have been accepted. Repeating it is safe only after a ``429`` or ``503``,
        which say the order was not taken; the official SDK retries only those.

        Give either ``assistant_id`` or ``assistant``. What the server does when both or
        neither are given is not documented.
        """
        return await self._request(
            OPERATIONS["createCall"],
            cast_to=CallCreateResponse,
            params={
                "phone_number": phone_number,
                "assistant_id": assistant_id,
                "assistant": assistant,
                "concurrency": concurrency,
                "force_now": force_now,
                "from_phone_number": from_phone_number,
                "metadata": metadata,
                "prompt_variables": prompt_variables,
                "scheduled_at": scheduled_at,
            },
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def retrieve(
        self,
        id: str,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> CallRetrieveResponse:
        """**Retrieve a call order** (``GET /call/{id}``)

        Returns a call order with all its attempts so far, newest first, including each
        attempt's transcript and extracted data once the attempt has ended.
        """
        return await self._request(
            OPERATIONS["retrieveCall"],
            cast_to=CallRetrieveResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class CallWithRawResponse:
    """``client.call.with_raw_response``."""

    def __init__(self, call: Call) -> None:
        self._call = call
        self.list = to_raw_response_wrapper(call.list)
        self.create = to_raw_response_wrapper(call.create)
        self.retrieve = to_raw_response_wrapper(call.retrieve)


class AsyncCallWithRawResponse:
    """``client.call.with_raw_response`` (awaited)."""

    def __init__(self, call: AsyncCall) -> None:
        self._call = call
        self.list = async_to_raw_response_wrapper(call.list)
        self.create = async_to_raw_response_wrapper(call.create)
        self.retrieve = async_to_raw_response_wrapper(call.retrieve)
