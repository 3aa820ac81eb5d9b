# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""One class per resource of the API, one method per operation, and the
clients' top-level resources (``client.assistants``, ``client.call``, ``client.voices``, ``client.users``)."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, SyncAPIClient
from .assistants import Assistants, AssistantsWithRawResponse, AsyncAssistants, AsyncAssistantsWithRawResponse
from .call import AsyncCall, AsyncCallWithRawResponse, Call, CallWithRawResponse
from .users import AsyncMe, AsyncUsers, AsyncUsersWithRawResponse, Me, Users, UsersWithRawResponse
from .voices import AsyncVoices, AsyncVoicesWithRawResponse, Voices, VoicesWithRawResponse

__all__ = [
    "Assistants",
    "AsyncAssistants",
    "AsyncCall",
    "AsyncMe",
    "AsyncResources",
    "AsyncUsers",
    "AsyncVoices",
    "Call",
    "Me",
    "SyncResources",
    "Users",
    "Voices",
]


class SyncResources(SyncAPIClient):
    """The top-level resources of the blocking client."""

    @cached_property
    def assistants(self) -> Assistants:
        """``client.assistants``: list, create, retrieve, delete, update."""
        return Assistants(self)

    @cached_property
    def call(self) -> Call:
        """``client.call``: list, create, retrieve."""
        return Call(self)

    @cached_property
    def voices(self) -> Voices:
        """``client.voices``: list, retrieve, preview."""
        return Voices(self)

    @cached_property
    def users(self) -> Users:
        """``client.users``: me."""
        return Users(self)

    @cached_property
    def with_raw_response(self) -> SyncResourcesWithRawResponse:
        """Every resource, its methods returning the raw response."""
        return SyncResourcesWithRawResponse(self)


class AsyncResources(AsyncAPIClient):
    """The top-level resources of the asyncio client."""

    @cached_property
    def assistants(self) -> AsyncAssistants:
        """``client.assistants``: list, create, retrieve, delete, update."""
        return AsyncAssistants(self)

    @cached_property
    def call(self) -> AsyncCall:
        """``client.call``: list, create, retrieve."""
        return AsyncCall(self)

    @cached_property
    def voices(self) -> AsyncVoices:
        """``client.voices``: list, retrieve, preview."""
        return AsyncVoices(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """``client.users``: me."""
        return AsyncUsers(self)

    @cached_property
    def with_raw_response(self) -> AsyncResourcesWithRawResponse:
        """Every resource, its methods returning the raw response."""
        return AsyncResourcesWithRawResponse(self)


class SyncResourcesWithRawResponse:
    def __init__(self, client: SyncResources) -> None:
        self.assistants = AssistantsWithRawResponse(client.assistants)
        self.call = CallWithRawResponse(client.call)
        self.voices = VoicesWithRawResponse(client.voices)
        self.users = UsersWithRawResponse(client.users)


class AsyncResourcesWithRawResponse:
    def __init__(self, client: AsyncResources) -> None:
        self.assistants = AsyncAssistantsWithRawResponse(client.assistants)
        self.call = AsyncCallWithRawResponse(client.call)
        self.voices = AsyncVoicesWithRawResponse(client.voices)
        self.users = AsyncUsersWithRawResponse(client.users)
