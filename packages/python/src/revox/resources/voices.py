# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""``client.voices``: list, retrieve, preview."""

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from .._generated.operations import OPERATIONS
from .._request_options import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.shared import VoiceProvider
from ..types.voices import VoiceListResponse, VoicePreviewResponse, VoiceRetrieveResponse

__all__ = ["AsyncVoices", "AsyncVoicesWithRawResponse", "Voices", "VoicesWithRawResponse"]


class Voices(SyncAPIResource):
    """``client.voices``: list, retrieve, preview."""

    @cached_property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return VoicesWithRawResponse(self)

    def list(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoiceListResponse:
        """**List voices** (``GET /voices``)

        Returns the text-to-speech voices an assistant can speak with. Use a voice's
        ``id`` and ``provider`` in an assistant's ``voice``.
        """
        return self._request(
            OPERATIONS["listVoices"],
            cast_to=VoiceListResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def retrieve(
        self,
        id: str,
        *,
        provider: VoiceProvider,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoiceRetrieveResponse:
        """**Retrieve a voice** (``GET /voices/{id}``)

        Returns one voice of a provider. The same id can exist at both providers, so
        ``provider`` is required.
        """
        return self._request(
            OPERATIONS["retrieveVoice"],
            cast_to=VoiceRetrieveResponse,
            path=(id,),
            params={"provider": provider},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def preview(
        self,
        *,
        provider: VoiceProvider,
        voice_id: str,
        text: Union[str, NotGiven] = NOT_GIVEN,
        speed: Union[float, NotGiven] = NOT_GIVEN,
        volume: Union[float, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoicePreviewResponse:
        """**Preview a voice** (``POST /voices/preview``)

        Speaks a sample text with a voice and returns the audio, not JSON. Send an
        ``Accept`` header that admits audio, such as ``audio/mpeg`` or ``*/*``, and read
        the body as bytes: decoding it as text corrupts it.

        The audio is MP3 (``audio/mpeg``) as far as known; Revox does not document the
        media type, so check the response's ``Content-Type``. Nothing is stored, so the
        request is safe to repeat.
        """
        return self._request(
            OPERATIONS["previewVoice"],
            cast_to=None,
            params={"provider": provider, "voice_id": voice_id, "text": text, "speed": speed, "volume": volume},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class AsyncVoices(AsyncAPIResource):
    """``client.voices``: list, retrieve, preview (awaited)."""

    @cached_property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncVoicesWithRawResponse(self)

    async def list(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoiceListResponse:
        """**List voices** (``GET /voices``)

        Returns the text-to-speech voices an assistant can speak with. Use a voice's
        ``id`` and ``provider`` in an assistant's ``voice``.
        """
        return await self._request(
            OPERATIONS["listVoices"],
            cast_to=VoiceListResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def retrieve(
        self,
        id: str,
        *,
        provider: VoiceProvider,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoiceRetrieveResponse:
        """**Retrieve a voice** (``GET /voices/{id}``)

        Returns one voice of a provider. The same id can exist at both providers, so
        ``provider`` is required.
        """
        return await self._request(
            OPERATIONS["retrieveVoice"],
            cast_to=VoiceRetrieveResponse,
            path=(id,),
            params={"provider": provider},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def preview(
        self,
        *,
        provider: VoiceProvider,
        voice_id: str,
        text: Union[str, NotGiven] = NOT_GIVEN,
        speed: Union[float, NotGiven] = NOT_GIVEN,
        volume: Union[float, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> VoicePreviewResponse:
        """**Preview a voice** (``POST /voices/preview``)

        Speaks a sample text with a voice and returns the audio, not JSON. Send an
        ``Accept`` header that admits audio, such as ``audio/mpeg`` or ``*/*``, and read
        the body as bytes: decoding it as text corrupts it.

        The audio is MP3 (``audio/mpeg``) as far as known; Revox does not document the
        media type, so check the response's ``Content-Type``. Nothing is stored, so the
        request is safe to repeat.
        """
        return await self._request(
            OPERATIONS["previewVoice"],
            cast_to=None,
            params={"provider": provider, "voice_id": voice_id, "text": text, "speed": speed, "volume": volume},
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class VoicesWithRawResponse:
    """``client.voices.with_raw_response``."""

    def __init__(self, voices: Voices) -> None:
        self._voices = voices
        self.list = to_raw_response_wrapper(voices.list)
        self.retrieve = to_raw_response_wrapper(voices.retrieve)
        self.preview = to_raw_response_wrapper(voices.preview)


class AsyncVoicesWithRawResponse:
    """``client.voices.with_raw_response`` (awaited)."""

    def __init__(self, voices: AsyncVoices) -> None:
        self._voices = voices
        self.list = async_to_raw_response_wrapper(voices.list)
        self.retrieve = async_to_raw_response_wrapper(voices.retrieve)
        self.preview = async_to_raw_response_wrapper(voices.preview)
