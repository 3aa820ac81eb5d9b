# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""``client.assistants``: list, create, retrieve, delete, update."""

from __future__ import annotations

from functools import cached_property
from typing import List, Literal, Optional, Union

from .._generated.operations import OPERATIONS
from .._request_options import RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.assistants import (
    AssistantCreateResponse,
    AssistantDeleteResponse,
    AssistantListResponse,
    AssistantRetrieveResponse,
    AssistantUpdateResponse,
)
from ..types.shared import (
    CalendlyParam,
    CallRetryConfigParam,
    CustomToolParam,
    EmailNotificationOutcome,
    FaqItemInputParam,
    FirstSentenceMode,
    HumanTransferMode,
    LlmModelParam,
    StructuredOutputFieldParam,
    VoiceParam,
)

__all__ = ["Assistants", "AssistantsWithRawResponse", "AsyncAssistants", "AsyncAssistantsWithRawResponse"]


class Assistants(SyncAPIResource):
    """``client.assistants``: list, create, retrieve, delete, update."""

    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AssistantsWithRawResponse(self)

    def list(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantListResponse:
        """**List assistants** (``GET /assistants``)

        Returns every assistant of your organization in one response. The list is not
        paginated.
        """
        return self._request(
            OPERATIONS["listAssistants"],
            cast_to=AssistantListResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def create(
        self,
        *,
        name: str,
        prompt: str,
        after_call_sms_prompt: Union[Optional[str], NotGiven] = NOT_GIVEN,
        background_sound: Union[Optional[Literal["audio/office.ogg"]], NotGiven] = NOT_GIVEN,
        background_sound_volume: Union[float, NotGiven] = NOT_GIVEN,
        calendly: Union[Optional[CalendlyParam], NotGiven] = NOT_GIVEN,
        call_retry_config: Union[CallRetryConfigParam, NotGiven] = NOT_GIVEN,
        custom_tools: Union[List[CustomToolParam], NotGiven] = NOT_GIVEN,
        email_notification_address: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email_notification_outcomes: Union[List[EmailNotificationOutcome], NotGiven] = NOT_GIVEN,
        end_of_call_sentence: Union[str, NotGiven] = NOT_GIVEN,
        faq_items: Union[List[FaqItemInputParam], NotGiven] = NOT_GIVEN,
        first_sentence: Union[str, NotGiven] = NOT_GIVEN,
        first_sentence_delay_ms: Union[int, NotGiven] = NOT_GIVEN,
        first_sentence_mode: Union[FirstSentenceMode, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        human_transfer_mode: Union[HumanTransferMode, NotGiven] = NOT_GIVEN,
        ivr_navigation_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        llm_model: Union[LlmModelParam, NotGiven] = NOT_GIVEN,
        max_call_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        structured_output_config: Union[List[StructuredOutputFieldParam], NotGiven] = NOT_GIVEN,
        transfer_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        voice: Union[VoiceParam, NotGiven] = NOT_GIVEN,
        voicemail_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        webhook_url: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantCreateResponse:
        """**Create an assistant** (``POST /assistants``)

        Saves a new assistant and returns it. ``name`` and ``prompt`` are required;
        every other setting is optional and takes the server's default when left out.

        Each request creates a new assistant, even when the body is the same as an
        earlier one: Revox documents no idempotency key. If a request fails without a
        response (a timeout, a dropped connection), list the assistants before sending
        it again, or you may end up with two. The official SDK does not retry it in that
        case.
        """
        return self._request(
            OPERATIONS["createAssistant"],
            cast_to=AssistantCreateResponse,
            params={
                "after_call_sms_prompt": after_call_sms_prompt,
                "background_sound": background_sound,
                "background_sound_volume": background_sound_volume,
                "calendly": calendly,
                "call_retry_config": call_retry_config,
                "custom_tools": custom_tools,
                "email_notification_address": email_notification_address,
                "email_notification_outcomes": email_notification_outcomes,
                "end_of_call_sentence": end_of_call_sentence,
                "faq_items": faq_items,
                "first_sentence": first_sentence,
                "first_sentence_delay_ms": first_sentence_delay_ms,
                "first_sentence_mode": first_sentence_mode,
                "from_phone_number": from_phone_number,
                "human_transfer_mode": human_transfer_mode,
                "ivr_navigation_enabled": ivr_navigation_enabled,
                "llm_model": llm_model,
                "max_call_duration_secs": max_call_duration_secs,
                "name": name,
                "prompt": prompt,
                "structured_output_config": structured_output_config,
                "transfer_phone_number": transfer_phone_number,
                "voice": voice,
                "voicemail_message": voicemail_message,
                "webhook_url": webhook_url,
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
    ) -> AssistantRetrieveResponse:
        """**Retrieve an assistant** (``GET /assistants/{id}``)

        Returns one assistant. Unlike the other assistant operations, the response is
        the assistant itself, not wrapped under an ``assistant`` key; this mirrors what
        the API sends.
        """
        return self._request(
            OPERATIONS["retrieveAssistant"],
            cast_to=AssistantRetrieveResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def delete(
        self,
        id: str,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantDeleteResponse:
        """**Delete an assistant** (``DELETE /assistants/{id}``)

        Deletes an assistant for good. Calls already placed with it keep their records.
        Sending the request again after a success gets ``404``, since the assistant no
        longer exists.
        """
        return self._request(
            OPERATIONS["deleteAssistant"],
            cast_to=AssistantDeleteResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    def update(
        self,
        id: str,
        *,
        after_call_sms_prompt: Union[Optional[str], NotGiven] = NOT_GIVEN,
        background_sound: Union[Optional[Literal["audio/office.ogg"]], NotGiven] = NOT_GIVEN,
        background_sound_volume: Union[float, NotGiven] = NOT_GIVEN,
        calendly: Union[Optional[CalendlyParam], NotGiven] = NOT_GIVEN,
        call_retry_config: Union[CallRetryConfigParam, NotGiven] = NOT_GIVEN,
        custom_tools: Union[List[CustomToolParam], NotGiven] = NOT_GIVEN,
        email_notification_address: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email_notification_outcomes: Union[List[EmailNotificationOutcome], NotGiven] = NOT_GIVEN,
        end_of_call_sentence: Union[str, NotGiven] = NOT_GIVEN,
        faq_items: Union[List[FaqItemInputParam], NotGiven] = NOT_GIVEN,
        first_sentence: Union[str, NotGiven] = NOT_GIVEN,
        first_sentence_delay_ms: Union[int, NotGiven] = NOT_GIVEN,
        first_sentence_mode: Union[FirstSentenceMode, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        human_transfer_mode: Union[HumanTransferMode, NotGiven] = NOT_GIVEN,
        ivr_navigation_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        llm_model: Union[LlmModelParam, NotGiven] = NOT_GIVEN,
        max_call_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        prompt: Union[str, NotGiven] = NOT_GIVEN,
        structured_output_config: Union[List[StructuredOutputFieldParam], NotGiven] = NOT_GIVEN,
        transfer_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        voice: Union[VoiceParam, NotGiven] = NOT_GIVEN,
        voicemail_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        webhook_url: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantUpdateResponse:
        """**Update an assistant** (``PATCH /assistants/{id}``)

        Changes some settings of an existing assistant and returns the whole assistant
        as it is after the change.

        This is a partial update. Only the keys present in the body are changed; every
        key left out keeps its current value. An empty object ``{}`` is a valid body and
        changes nothing. Where a field accepts ``null``, sending ``null`` clears it.

        Arrays are replaced, not merged: sending ``faq_items`` replaces the assistant's
        whole FAQ list with the items sent, and the same holds for
        ``structured_output_config`` and ``call_retry_config.calling_windows``.
        """
        return self._request(
            OPERATIONS["updateAssistant"],
            cast_to=AssistantUpdateResponse,
            path=(id,),
            params={
                "after_call_sms_prompt": after_call_sms_prompt,
                "background_sound": background_sound,
                "background_sound_volume": background_sound_volume,
                "calendly": calendly,
                "call_retry_config": call_retry_config,
                "custom_tools": custom_tools,
                "email_notification_address": email_notification_address,
                "email_notification_outcomes": email_notification_outcomes,
                "end_of_call_sentence": end_of_call_sentence,
                "faq_items": faq_items,
                "first_sentence": first_sentence,
                "first_sentence_delay_ms": first_sentence_delay_ms,
                "first_sentence_mode": first_sentence_mode,
                "from_phone_number": from_phone_number,
                "human_transfer_mode": human_transfer_mode,
                "ivr_navigation_enabled": ivr_navigation_enabled,
                "llm_model": llm_model,
                "max_call_duration_secs": max_call_duration_secs,
                "name": name,
                "prompt": prompt,
                "structured_output_config": structured_output_config,
                "transfer_phone_number": transfer_phone_number,
                "voice": voice,
                "voicemail_message": voicemail_message,
                "webhook_url": webhook_url,
            },
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class AsyncAssistants(AsyncAPIResource):
    """``client.assistants``: list, create, retrieve, delete, update (awaited)."""

    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncAssistantsWithRawResponse(self)

    async def list(
        self,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantListResponse:
        """**List assistants** (``GET /assistants``)

        Returns every assistant of your organization in one response. The list is not
        paginated.
        """
        return await self._request(
            OPERATIONS["listAssistants"],
            cast_to=AssistantListResponse,
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def create(
        self,
        *,
        name: str,
        prompt: str,
        after_call_sms_prompt: Union[Optional[str], NotGiven] = NOT_GIVEN,
        background_sound: Union[Optional[Literal["audio/office.ogg"]], NotGiven] = NOT_GIVEN,
        background_sound_volume: Union[float, NotGiven] = NOT_GIVEN,
        calendly: Union[Optional[CalendlyParam], NotGiven] = NOT_GIVEN,
        call_retry_config: Union[CallRetryConfigParam, NotGiven] = NOT_GIVEN,
        custom_tools: Union[List[CustomToolParam], NotGiven] = NOT_GIVEN,
        email_notification_address: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email_notification_outcomes: Union[List[EmailNotificationOutcome], NotGiven] = NOT_GIVEN,
        end_of_call_sentence: Union[str, NotGiven] = NOT_GIVEN,
        faq_items: Union[List[FaqItemInputParam], NotGiven] = NOT_GIVEN,
        first_sentence: Union[str, NotGiven] = NOT_GIVEN,
        first_sentence_delay_ms: Union[int, NotGiven] = NOT_GIVEN,
        first_sentence_mode: Union[FirstSentenceMode, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        human_transfer_mode: Union[HumanTransferMode, NotGiven] = NOT_GIVEN,
        ivr_navigation_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        llm_model: Union[LlmModelParam, NotGiven] = NOT_GIVEN,
        max_call_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        structured_output_config: Union[List[StructuredOutputFieldParam], NotGiven] = NOT_GIVEN,
        transfer_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        voice: Union[VoiceParam, NotGiven] = NOT_GIVEN,
        voicemail_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        webhook_url: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantCreateResponse:
        """**Create an assistant** (``POST /assistants``)

        Saves a new assistant and returns it. ``name`` and ``prompt`` are required;
        every other setting is optional and takes the server's default when left out.

        Each request creates a new assistant, even when the body is the same as an
        earlier one: Revox documents no idempotency key. If a request fails without a
        response (a timeout, a dropped connection), list the assistants before sending
        it again, or you may end up with two. The official SDK does not retry it in that
        case.
        """
        return await self._request(
            OPERATIONS["createAssistant"],
            cast_to=AssistantCreateResponse,
            params={
                "after_call_sms_prompt": after_call_sms_prompt,
                "background_sound": background_sound,
                "background_sound_volume": background_sound_volume,
                "calendly": calendly,
                "call_retry_config": call_retry_config,
                "custom_tools": custom_tools,
                "email_notification_address": email_notification_address,
                "email_notification_outcomes": email_notification_outcomes,
                "end_of_call_sentence": end_of_call_sentence,
                "faq_items": faq_items,
                "first_sentence": first_sentence,
                "first_sentence_delay_ms": first_sentence_delay_ms,
                "first_sentence_mode": first_sentence_mode,
                "from_phone_number": from_phone_number,
                "human_transfer_mode": human_transfer_mode,
                "ivr_navigation_enabled": ivr_navigation_enabled,
                "llm_model": llm_model,
                "max_call_duration_secs": max_call_duration_secs,
                "name": name,
                "prompt": prompt,
                "structured_output_config": structured_output_config,
                "transfer_phone_number": transfer_phone_number,
                "voice": voice,
                "voicemail_message": voicemail_message,
                "webhook_url": webhook_url,
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
    ) -> AssistantRetrieveResponse:
        """**Retrieve an assistant** (``GET /assistants/{id}``)

        Returns one assistant. Unlike the other assistant operations, the response is
        the assistant itself, not wrapped under an ``assistant`` key; this mirrors what
        the API sends.
        """
        return await self._request(
            OPERATIONS["retrieveAssistant"],
            cast_to=AssistantRetrieveResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantDeleteResponse:
        """**Delete an assistant** (``DELETE /assistants/{id}``)

        Deletes an assistant for good. Calls already placed with it keep their records.
        Sending the request again after a success gets ``404``, since the assistant no
        longer exists.
        """
        return await self._request(
            OPERATIONS["deleteAssistant"],
            cast_to=AssistantDeleteResponse,
            path=(id,),
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )

    async def update(
        self,
        id: str,
        *,
        after_call_sms_prompt: Union[Optional[str], NotGiven] = NOT_GIVEN,
        background_sound: Union[Optional[Literal["audio/office.ogg"]], NotGiven] = NOT_GIVEN,
        background_sound_volume: Union[float, NotGiven] = NOT_GIVEN,
        calendly: Union[Optional[CalendlyParam], NotGiven] = NOT_GIVEN,
        call_retry_config: Union[CallRetryConfigParam, NotGiven] = NOT_GIVEN,
        custom_tools: Union[List[CustomToolParam], NotGiven] = NOT_GIVEN,
        email_notification_address: Union[Optional[str], NotGiven] = NOT_GIVEN,
        email_notification_outcomes: Union[List[EmailNotificationOutcome], NotGiven] = NOT_GIVEN,
        end_of_call_sentence: Union[str, NotGiven] = NOT_GIVEN,
        faq_items: Union[List[FaqItemInputParam], NotGiven] = NOT_GIVEN,
        first_sentence: Union[str, NotGiven] = NOT_GIVEN,
        first_sentence_delay_ms: Union[int, NotGiven] = NOT_GIVEN,
        first_sentence_mode: Union[FirstSentenceMode, NotGiven] = NOT_GIVEN,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        human_transfer_mode: Union[HumanTransferMode, NotGiven] = NOT_GIVEN,
        ivr_navigation_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        llm_model: Union[LlmModelParam, NotGiven] = NOT_GIVEN,
        max_call_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        prompt: Union[str, NotGiven] = NOT_GIVEN,
        structured_output_config: Union[List[StructuredOutputFieldParam], NotGiven] = NOT_GIVEN,
        transfer_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        voice: Union[VoiceParam, NotGiven] = NOT_GIVEN,
        voicemail_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        webhook_url: Union[str, NotGiven] = NOT_GIVEN,
        # Options of this request only.
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, NotGiven] = NOT_GIVEN,
    ) -> AssistantUpdateResponse:
        """**Update an assistant** (``PATCH /assistants/{id}``)

        Changes some settings of an existing assistant and returns the whole assistant
        as it is after the change.

        This is a partial update. Only the keys present in the body are changed; every
        key left out keeps its current value. An empty object ``{}`` is a valid body and
        changes nothing. Where a field accepts ``null``, sending ``null`` clears it.

        Arrays are replaced, not merged: sending ``faq_items`` replaces the assistant's
        whole FAQ list with the items sent, and the same holds for
        ``structured_output_config`` and ``call_retry_config.calling_windows``.
        """
        return await self._request(
            OPERATIONS["updateAssistant"],
            cast_to=AssistantUpdateResponse,
            path=(id,),
            params={
                "after_call_sms_prompt": after_call_sms_prompt,
                "background_sound": background_sound,
                "background_sound_volume": background_sound_volume,
                "calendly": calendly,
                "call_retry_config": call_retry_config,
                "custom_tools": custom_tools,
                "email_notification_address": email_notification_address,
                "email_notification_outcomes": email_notification_outcomes,
                "end_of_call_sentence": end_of_call_sentence,
                "faq_items": faq_items,
                "first_sentence": first_sentence,
                "first_sentence_delay_ms": first_sentence_delay_ms,
                "first_sentence_mode": first_sentence_mode,
                "from_phone_number": from_phone_number,
                "human_transfer_mode": human_transfer_mode,
                "ivr_navigation_enabled": ivr_navigation_enabled,
                "llm_model": llm_model,
                "max_call_duration_secs": max_call_duration_secs,
                "name": name,
                "prompt": prompt,
                "structured_output_config": structured_output_config,
                "transfer_phone_number": transfer_phone_number,
                "voice": voice,
                "voicemail_message": voicemail_message,
                "webhook_url": webhook_url,
            },
            options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout),
        )


class AssistantsWithRawResponse:
    """``client.assistants.with_raw_response``."""

    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants
        self.list = to_raw_response_wrapper(assistants.list)
        self.create = to_raw_response_wrapper(assistants.create)
        self.retrieve = to_raw_response_wrapper(assistants.retrieve)
        self.delete = to_raw_response_wrapper(assistants.delete)
        self.update = to_raw_response_wrapper(assistants.update)


class AsyncAssistantsWithRawResponse:
    """``client.assistants.with_raw_response`` (awaited)."""

    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants
        self.list = async_to_raw_response_wrapper(assistants.list)
        self.create = async_to_raw_response_wrapper(assistants.create)
        self.retrieve = async_to_raw_response_wrapper(assistants.retrieve)
        self.delete = async_to_raw_response_wrapper(assistants.delete)
        self.update = async_to_raw_response_wrapper(assistants.update)
