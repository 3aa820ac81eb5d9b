# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""``client.users``: me."""

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from .._generated.operations import OPERATIONS
from .._request_options import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.users import MeRetrieveResponse, MeUpdateResponse

__all__ = [
    "AsyncMe",
    "AsyncMeWithRawResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Me",
    "MeWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]


class Me(SyncAPIResource):
    """``client.users.me``: retrieve, update."""

    @cached_property
    def with_raw_response(self) -> MeWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return MeWithRawResponse(self)

    def retrieve(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> MeRetrieveResponse:
        """**Retrieve the current user** (``GET /users/me``)

        Returns the user the API key belongs to.
        """
        return self._request(
            OPERATIONS["retrieveCurrentUser"],
            cast_to=MeRetrieveResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def update(
        self,
        *,
        has_completed_onboarding: Union[bool, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> MeUpdateResponse:
        """**Update the current user** (``PATCH /users/me``)

        Changes settings of the user the API key belongs to and returns the user. Keys
        left out keep their value; an empty body changes nothing.
        """
        return self._request(
            OPERATIONS["updateCurrentUser"],
            cast_to=MeUpdateResponse,
            params={"has_completed_onboarding": has_completed_onboarding},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class AsyncMe(AsyncAPIResource):
    """``client.users.me``: retrieve, update (awaited)."""

    @cached_property
    def with_raw_response(self) -> AsyncMeWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncMeWithRawResponse(self)

    async def retrieve(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> MeRetrieveResponse:
        """**Retrieve the current user** (``GET /users/me``)

        Returns the user the API key belongs to.
        """
        return await self._request(
            OPERATIONS["retrieveCurrentUser"],
            cast_to=MeRetrieveResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def update(
        self,
        *,
        has_completed_onboarding: Union[bool, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> MeUpdateResponse:
        """**Update the current user** (``PATCH /users/me``)

        Changes settings of the user the API key belongs to and returns the user. Keys
        left out keep their value; an empty body changes nothing.
        """
        return await self._request(
            OPERATIONS["updateCurrentUser"],
            cast_to=MeUpdateResponse,
            params={"has_completed_onboarding": has_completed_onboarding},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class Users(SyncAPIResource):
    """``client.users``: me."""

    @cached_property
    def me(self) -> Me:
        """``client.users.me``: retrieve, update."""
        return Me(self._client)

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return UsersWithRawResponse(self)


class AsyncUsers(AsyncAPIResource):
    """``client.users``: me (awaited)."""

    @cached_property
    def me(self) -> AsyncMe:
        """``client.users.me``: retrieve, update."""
        return AsyncMe(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncUsersWithRawResponse(self)


class MeWithRawResponse:
    """``client.users.me.with_raw_response``."""

    def __init__(self, me: Me) -> None:
        self._me = me
        self.retrieve = to_raw_response_wrapper(me.retrieve)
        self.update = to_raw_response_wrapper(me.update)


class AsyncMeWithRawResponse:
    """``client.users.me.with_raw_response`` (awaited)."""

    def __init__(self, me: AsyncMe) -> None:
        self._me = me
        self.retrieve = async_to_raw_response_wrapper(me.retrieve)
        self.update = async_to_raw_response_wrapper(me.update)


class UsersWithRawResponse:
    """``client.users.with_raw_response``."""

    def __init__(self, users: Users) -> None:
        self._users = users

    @cached_property
    def me(self) -> MeWithRawResponse:
        return MeWithRawResponse(self._users.me)


class AsyncUsersWithRawResponse:
    """``client.users.with_raw_response`` (awaited)."""

    def __init__(self, users: AsyncUsers) -> None:
        self._users = users

    @cached_property
    def me(self) -> AsyncMeWithRawResponse:
        return AsyncMeWithRawResponse(self._users.me)
