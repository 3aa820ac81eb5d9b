# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""The types of ``client.call``: its answers' models, its methods' keywords (``...Params``,
Python names) and the request objects only it takes (``...Param``, keys as on the wire).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Literal, Optional, TypedDict, Union

from .._models import BaseModel
from .._pagination import AsyncPage, SyncPage
from .assistants import Assistant
from .shared import (
    CalendlyParam,
    CallRetryConfig,
    CallRetryConfigParam,
    CustomToolParam,
    EmailNotificationOutcome,
    FaqItemInputParam,
    FirstSentenceMode,
    HumanTransferMode,
    LlmModel,
    LlmModelParam,
    StructuredOutputFieldParam,
    VoiceParam,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AsyncCallListPage",
    "CallAssistantParam",
    "CallAttempt",
    "CallConcurrencyParam",
    "CallCreateParams",
    "CallCreateResponse",
    "CallListParams",
    "CallListResponse",
    "CallOrder",
    "CallOrderResponse",
    "CallRetrieveResponse",
    "SyncCallListPage",
    "TranscriptEntry",
]


class CallListResponse(BaseModel):
    """One page of call attempts."""

    calls: List[CallAttempt]


class CallAttempt(BaseModel):
    """One try at reaching the number of a call order."""

    id: str
    answered_at: Optional[str]
    ended_at: Optional[str]
    started_at: str
    phone_number: str
    recording_url: Optional[str]
    result: Optional[Literal["IVR", "voicemail", "human", "unknown", "ios-screening-filter"]]
    status: Literal["queued", "ringing", "ongoing", "completed", "error"]
    structured_output: Optional[Dict[str, object]] = None
    transcript: Optional[List[TranscriptEntry]] = None
    dial_error: Optional[
        Literal[
            "number_non_attributed",
            "too_many_calls",
            "busy",
            "temporarily_unavailable",
            "no_answer",
            "no_international_permission",
            "precondition_failed",
            "non_classified_error",
        ]
    ] = None
    end_reason: Optional[str] = None
    ended_by: Optional[Literal["agent", "user", "system"]] = None


class TranscriptEntry(BaseModel):
    """One turn of a conversation."""

    content: str
    role: Literal["user", "assistant", "tool"]
    tool_arguments: Optional[Union[Dict[str, object], str]] = None
    tool_is_error: Optional[bool] = None
    tool_name: Optional[str] = None


class CallAssistantParam(TypedDict, total=False):
    """An assistant described inside a call order instead of saved beforehand: the fields
    of an assistant with ``prompt`` required. It has no ``name`` in the official SDK;
    whether the server reads one is not documented.
    """

    after_call_sms_prompt: Optional[str]
    background_sound: Optional[Literal["audio/office.ogg"]]
    background_sound_volume: float
    calendly: Optional[CalendlyParam]
    call_retry_config: CallRetryConfigParam
    custom_tools: List[CustomToolParam]
    email_notification_address: Optional[str]
    email_notification_outcomes: List[EmailNotificationOutcome]
    end_of_call_sentence: str
    faq_items: List[FaqItemInputParam]
    first_sentence: str
    first_sentence_delay_ms: int
    first_sentence_mode: FirstSentenceMode
    from_phone_number: Optional[str]
    human_transfer_mode: HumanTransferMode
    ivr_navigation_enabled: bool
    llm_model: LlmModelParam
    max_call_duration_secs: float
    name: str
    prompt: Required[str]
    structured_output_config: List[StructuredOutputFieldParam]
    transfer_phone_number: Optional[str]
    voice: VoiceParam
    voicemail_message: Optional[str]
    webhook_url: str


class CallConcurrencyParam(TypedDict, total=False):
    """A limit on how many calls run at the same time for one key, for example one call at
    a time per clinic. It does not deduplicate orders.
    """

    key: Required[str]
    max: Required[float]


class CallOrderResponse(BaseModel):
    """A call order, wrapped under the ``call`` key."""

    call: CallOrder


class CallOrder(BaseModel):
    """A request to reach one phone number, and the attempts made so far to reach it. API
    versions may add properties; ignore the ones you do not know.
    """

    id: str
    assistant: Optional[Assistant] = None
    call_attempts: List[CallAttempt]
    call_retry_config: Optional[CallRetryConfig]
    calls_count: float
    created_at: str
    direction: Literal["inbound", "outbound"]
    first_sentence_delay_ms: float
    from_phone_number: str
    is_cancelled: bool
    is_completed: bool
    last_call_attempt: Optional[CallAttempt]
    llm_model: LlmModel
    metadata: Optional[Dict[str, str]]
    next_call_at: Optional[str]
    scheduled_at: Optional[str]
    to_phone_number: str


class CallListParams(TypedDict, total=False):
    """The keywords of ``client.call.list``."""

    page: Required[int]
    page_size: Required[int]


class CallCreateParams(TypedDict, total=False):
    """The keywords of ``client.call.create``."""

    phone_number: Required[str]
    assistant_id: str
    assistant: CallAssistantParam
    concurrency: CallConcurrencyParam
    force_now: bool
    from_phone_number: str
    metadata: Dict[str, str]
    prompt_variables: Dict[str, str]
    scheduled_at: str


CallCreateResponse = CallOrderResponse
"""What ``client.call.create`` returns."""


CallRetrieveResponse = CallOrderResponse
"""What ``client.call.retrieve`` returns."""


class SyncCallListPage(SyncPage[CallAttempt], CallListResponse):
    """A page of ``client.call.list``: ``.calls``, and iterating walks every item of every
    page.
    """


class AsyncCallListPage(AsyncPage[CallAttempt], CallListResponse):
    """A page of ``client.call.list``: ``.calls``, and ``async for`` walks every item of
    every page.
    """
